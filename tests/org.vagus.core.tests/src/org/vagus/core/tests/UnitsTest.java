package org.vagus.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.Quantity;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;

class UnitsTest {

    @Test
    void knownSymbolsGiveTheConstants() {
        assertSame(Unit.MILLIVOLT, Unit.of("mV"));
        assertSame(Unit.MILLISECOND_SQUARED, Unit.of("ms^2"));
        assertSame(Unit.BEATS_PER_MINUTE, Unit.of("bpm"));
        assertTrue(Unit.of("1").isDimensionless());
        assertEquals(new Unit("degC"), Unit.of("degC"));
        assertFalse(Unit.of("mS").equals(Unit.MILLISECOND));
    }

    @Test
    void blankOrSpacedSymbolsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Unit.of(" "));
        assertTrue(e.getMessage().contains("unit symbol"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Unit.of("m V"));
        assertThrows(NullPointerException.class, () -> Unit.of(null));
    }

    @Test
    void quantityPrintsValueAndUnit() {
        assertEquals("1.5 s", Quantity.of(1.5, "s").toString());
        assertEquals("0.25", new Quantity(0.25, Unit.DIMENSIONLESS).toString());
        assertEquals(Unit.SECOND, Quantity.of(1.5, "s").withValue(2).unit());
    }

    @Test
    void samplesToSecondsAt1000Hz() {
        SamplingRate rate = SamplingRate.ofHertz(1000);
        assertEquals(1.5, rate.sampleToSeconds(1500), 0);
        assertEquals(0.0, rate.sampleToSeconds(0), 0);
        assertEquals(1500, rate.secondsToSample(1.5));
        assertEquals(-1000, rate.secondsToSample(-1.0));
        assertEquals(Duration.ofMillis(1), rate.period());
        assertEquals(0.001, rate.periodSeconds(), 1e-15);
        assertEquals(6000, rate.samplesIn(Duration.ofSeconds(6)));
    }

    @Test
    void secondsToSampleRoundsToNearestWithHalvesUp() {
        SamplingRate rate = SamplingRate.ofHertz(1000);
        assertEquals(1, rate.secondsToSample(0.0005));
        assertEquals(0, rate.secondsToSample(0.00049));
        assertEquals(0, rate.secondsToSample(-0.0005));
        assertEquals(300, rate.secondsToSample(0.3));
        SamplingRate four = SamplingRate.ofHertz(4);
        assertEquals(2, four.secondsToSample(0.375));
        assertEquals(Duration.ofMillis(250), four.period());
    }

    @Test
    void roundTripKeepsSampleIndex() {
        SamplingRate rate = SamplingRate.ofHertz(1000);
        for (long s = 0; s < 100_000; s += 7) {
            assertEquals(s, rate.secondsToSample(rate.sampleToSeconds(s)));
        }
    }

    @Test
    void invalidRatesAndTimesAreRejected() {
        for (double bad : new double[] { 0, -1, Double.NaN, Double.POSITIVE_INFINITY }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SamplingRate(bad));
            assertTrue(e.getMessage().startsWith("sampling rate"), e.getMessage());
        }
        SamplingRate rate = SamplingRate.ofHertz(1000);
        assertThrows(IllegalArgumentException.class, () -> rate.secondsToSample(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> rate.secondsToSample(1e300));
    }
}
