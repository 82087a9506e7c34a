package org.vagus.signal.tests.hrv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.Unit;
import org.vagus.signal.hrv.Resampler;
import org.vagus.signal.hrv.Resampler.GapPolicy;
import org.vagus.signal.hrv.Resampler.Interpolation;
import org.vagus.signal.hrv.RrIntervals;
import org.vagus.signal.hrv.UniformSeries;

class ResamplerTest {

    @Test
    void linearOnTheGridOfTheFirstBeat() {
        // beats at 0, 0.8, 1.8, 2.7, 3.5 s: points (0.8, 800), (1.8, 1000), (2.7, 900), (3.5, 800)
        RrIntervals rr = RrIntervals.ofIntervalsMs(0, new double[] {800, 1000, 900, 800});
        UniformSeries s = Resampler.defaults().resample(rr);
        assertEquals(Unit.MILLISECOND, s.unit());
        assertEquals(1.0, s.startS(), 1e-12, "first grid point k/4 s after the first beat at or after 0.8 s");
        assertEquals(11, s.length(), "1.0 .. 3.5 s at 4 Hz");
        assertEquals(800 + 200 * (1.0 - 0.8) / 1.0, s.value(0), 1e-9);
        assertEquals(1000 - 100 * (2.5 - 1.8) / 0.9, s.value(6), 1e-9);
        assertEquals(800, s.value(10), 1e-9);
        assertEquals(s.length(), s.validCount());
    }

    @Test
    void splinePassesThroughThePoints() {
        double[] rr = new double[40];
        for (int i = 0; i < rr.length; i++) {
            rr[i] = Math.round(1000 + 50 * Math.sin(i * 0.7)); // whole ms: beats fall on the 1 kHz grid
        }
        RrIntervals beats = RrIntervals.ofIntervalsMs(0, rr);
        UniformSeries s = new Resampler(1000, Interpolation.CUBIC_SPLINE, 4, GapPolicy.MASK).resample(beats);
        for (int i = 1; i < rr.length; i++) {
            int k = (int) Math.round((beats.intervalTime(i) - s.startS()) * 1000);
            assertEquals(rr[i], s.value(k), 1e-6, "point " + i);
        }
    }

    @Test
    void gapsAreMaskedNeverNaN() {
        double[] rr = new double[30];
        java.util.Arrays.fill(rr, 800);
        rr[15] = 6000; // lost signal: 6 s without a beat
        UniformSeries s = Resampler.defaults().resample(RrIntervals.ofIntervalsMs(0, rr));
        int masked = s.length() - s.validCount();
        // points at 12.0 s and 18.8 s: the grid samples strictly between them are masked (12.25 .. 18.75 s)
        assertEquals(27, masked);
        assertEquals(2, s.validRuns().size());
        for (int i = 0; i < s.length(); i++) {
            assertTrue(Double.isFinite(s.value(i)));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Resampler.defaults().withGapPolicy(GapPolicy.FAIL).resample(RrIntervals.ofIntervalsMs(0, rr)));
        assertTrue(e.getMessage().contains("gap of 6.800 s"), e.getMessage());
    }

    @Test
    void ectopicHolesAreBridged() {
        double[] t = new double[20];
        boolean[] normal = new boolean[20];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 0.8;
            normal[i] = i != 10;
        }
        UniformSeries s = Resampler.defaults().resample(RrIntervals.ofBeatTimes(t, normal));
        assertEquals(s.length(), s.validCount(), "a 2.4 s hole is bridged");
        assertEquals(800, s.value(20), 1e-9);
    }

    @Test
    void tooFewBeats() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Resampler.defaults().resample(RrIntervals.ofIntervalsMs(0, new double[] {800})));
        assertTrue(e.getMessage().startsWith("too few beats"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Resampler.defaults().resample(RrIntervals.ofIntervalsMs(0, new double[] {800, 5000, 800})));
        assertFalse(new Resampler(4, Interpolation.LINEAR, 4, GapPolicy.MASK).equals(Resampler.defaults()
                .withInterpolation(Interpolation.CUBIC_SPLINE)));
    }
}
