package org.vagus.signal.tests.hrv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.hrv.EventEpochs;
import org.vagus.signal.hrv.EventEpochs.Epochs;
import org.vagus.signal.hrv.HrvTimeCourse;
import org.vagus.signal.hrv.TimeVaryingHrv;
import org.vagus.signal.hrv.UniformSeries;

class EventEpochsTest {

    /** A 4 Hz series from 10 s: value = time^2 / 100, so linear interpolation between samples is checkable. */
    static UniformSeries quadratic(boolean[] valid) {
        double[] v = new double[400];
        for (int i = 0; i < v.length; i++) {
            double t = 10 + i / 4.0;
            v[i] = t * t / 100;
        }
        return valid == null ? new UniformSeries(10, SamplingRate.ofHertz(4), Unit.DIMENSIONLESS, v)
                : new UniformSeries(10, SamplingRate.ofHertz(4), Unit.DIMENSIONLESS, v, valid);
    }

    @Test
    void gridOfTheHeartRateEpochs() {
        EventEpochs e = EventEpochs.defaults();
        assertEquals(141, e.points(), "-1..6 s in 50 ms steps");
        assertEquals(-1, e.offsets()[0]);
        assertEquals(6, e.offsets()[140], 1e-12);
        assertEquals(0, e.offsets()[20], 1e-12);
    }

    @Test
    void interpolatesAndSubtractsTheBaseline() {
        Epochs ep = EventEpochs.defaults().epochs(quadratic(null), new double[] {50, 60.1});
        assertEquals(2, ep.count());
        double[][] v = ep.values();
        // the baseline is the mean of the 21 grid points -1.00, -0.95, ..., 0 s, each linearly interpolated
        double[] off = ep.offsets();
        double base = 0;
        double base2 = 0;
        for (int j = 0; j <= 20; j++) {
            base += lin(50 + off[j]) / 21;
            base2 += lin(60.1 + off[j]) / 21;
        }
        assertEquals(50 * 50 / 100.0 - base, v[0][20], 1e-9);
        // 60.1 + 2.05 = 62.15 s lies 0.15 s after the sample at 62.0 s: linear between 62.0 and 62.25 s
        double y = 62.0 * 62.0 / 100 + 0.6 * (62.25 * 62.25 - 62.0 * 62.0) / 100;
        assertEquals(y - base2, v[1][61], 1e-9);
        EventEpochs.Average avg = ep.average();
        assertEquals((v[0][100] + v[1][100]) / 2, avg.value(100), 1e-12);
        assertEquals(2, avg.epochs());
        assertEquals(141, avg.values().length);
    }

    private static double lin(double t) {
        double pos = (t - 10) * 4;
        int i = (int) Math.floor(pos);
        double f = pos - i;
        double a = 10 + i / 4.0;
        double b = a + 0.25;
        return (a * a * (1 - f) + b * b * f) / 100;
    }

    @Test
    void rejectsEpochsOutsideOrInGaps() {
        boolean[] valid = new boolean[400];
        java.util.Arrays.fill(valid, true);
        valid[200] = false; // 60 s
        Epochs ep = EventEpochs.defaults().epochs(quadratic(valid), new double[] {10.5, 58, 80, 108});
        assertEquals(1, ep.count());
        assertArrayEquals(new double[] {80}, ep.eventTimesS());
        assertEquals(3, ep.rejected().size());
        assertTrue(ep.rejected().get(0).contains("outside"), ep.rejected().get(0));
        assertTrue(ep.rejected().get(1).contains("gap"), ep.rejected().get(1));
        Epochs none = EventEpochs.defaults().epochs(quadratic(valid), new double[] {5});
        assertThrows(IllegalStateException.class, none::average);
        assertThrows(IllegalArgumentException.class, () -> new EventEpochs(-1, 6, 0.05, -2, 0));
    }

    @Test
    void nHfEpochsFromTheTimeCourse() {
        Synthetic.Component lf = new Synthetic.Component(t -> 0.1, 0.03, t -> 30);
        Synthetic.Component hf = new Synthetic.Component(t -> 0.25, 0.05, t -> 20);
        HrvTimeCourse c = TimeVaryingHrv.defaults().analyse(Synthetic.beats(600, 800, 9, lf, hf));
        double[] events = new double[13];
        for (int i = 0; i < events.length; i++) {
            events[i] = 60 + 30 * i;
        }
        Epochs ep = EventEpochs.defaults().epochs(c.nHfSeries(), events);
        assertEquals(13, ep.count());
        assertEquals(Unit.DIMENSIONLESS, ep.unit());
        EventEpochs.Average avg = ep.average();
        assertEquals(13, avg.epochs());
        for (double a : avg.values()) {
            assertTrue(Double.isFinite(a) && Math.abs(a) < 0.5);
        }
    }
}
