package org.vagus.signal.tests.hrv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.hrv.Detrending;
import org.vagus.signal.hrv.FrequencyBands;
import org.vagus.signal.hrv.HrvTimeCourse;
import org.vagus.signal.hrv.RrIntervals;
import org.vagus.signal.hrv.TimeVaryingHrv;
import org.vagus.signal.hrv.TvarFit;
import org.vagus.signal.hrv.TvarModel;
import org.vagus.signal.hrv.TvarOptions;
import org.vagus.signal.hrv.UniformSeries;

class TvarModelTest {
    static final Synthetic.Component LF = new Synthetic.Component(t -> 0.1, 0.03, t -> 30);
    static final Synthetic.Component HF = new Synthetic.Component(t -> 0.25, 0.05, t -> 20);

    @Test
    void scaleOnlyChangesAbsolutePowers() {
        UniformSeries u = Detrending.defaults().apply(Synthetic.uniform(300, 800, 3, LF, HF));
        double[] v = u.values();
        for (int i = 0; i < v.length; i++) {
            v[i] *= 10;
        }
        HrvTimeCourse a = new TvarModel().fit(u).bandPowers();
        HrvTimeCourse b = new TvarModel().fit(u.withValues(v, Unit.MILLISECOND)).bandPowers();
        for (int i = 0; i < a.length(); i += 50) {
            assertEquals(a.nHf(i), b.nHf(i), 1e-9);
            assertEquals(100 * a.hf(i), b.hf(i), 1e-6 * b.hf(i));
            assertEquals(a.total(i), a.vlf(i) + a.lf(i) + a.hf(i), 1e-9 * a.total(i));
            assertEquals(a.nHf(i) + a.nLf(i), 1, 1e-12);
        }
    }

    @Test
    void checkpointedSmootherGivesIdenticalResults() {
        UniformSeries u = Detrending.defaults().apply(Synthetic.uniform(200, 800, 4, LF, HF));
        TvarFit whole = new TvarModel(TvarOptions.defaults()).fit(u);
        TvarFit blocks = new TvarModel(TvarOptions.defaults(), 144 * 97).fit(u);
        for (int i = 0; i < whole.length(); i++) {
            assertArrayEquals(whole.coefficients(i), blocks.coefficients(i), 0, "step " + i);
        }
    }

    @Test
    void gapsAreSkippedAndFlagged() {
        double[] rr = new double[900];
        for (int i = 0; i < rr.length; i++) {
            rr[i] = 800 + 40 * Math.sin(i * 0.8) + 30 * Math.sin(i * 0.21) + 10 * Math.sin(i * i * 0.001);
        }
        rr[400] = 7000;
        RrIntervals beats = RrIntervals.ofIntervalsMs(0, rr);
        HrvTimeCourse c = TimeVaryingHrv.defaults().analyse(beats);
        // the usable points around the gap: the ends of intervals 399 and 401; grid samples strictly between are masked
        double from = beats.intervalTime(399);
        double to = beats.intervalTime(401);
        int expected = (int) (Math.ceil(to * 4) - Math.floor(from * 4) - 1);
        int invalid = 0;
        for (int i = 0; i < c.length(); i++) {
            assertTrue(Double.isFinite(c.nHf(i)) && Double.isFinite(c.total(i)), "step " + i);
            invalid += c.isValid(i) ? 0 : 1;
        }
        assertEquals(expected, invalid, "masked samples between " + from + " and " + to + " s");
        assertFalse(c.nHfSeries().isValid((int) Math.round(((from + to) / 2 - c.time(0)) * 4)));
    }

    @Test
    void optionsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> TvarOptions.defaults().withOrder(0));
        assertThrows(IllegalArgumentException.class, () -> TvarOptions.defaults().withQ(0));
        assertThrows(IllegalArgumentException.class, () -> new FrequencyBands(0.15, 0.04, 0.4));
        UniformSeries tiny = new UniformSeries(0, SamplingRate.ofHertz(4), Unit.MILLISECOND, new double[20]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TvarModel().fit(tiny));
        assertTrue(e.getMessage().contains("too few samples"), e.getMessage());
        double[] flat = new double[100];
        java.util.Arrays.fill(flat, 800);
        assertThrows(IllegalArgumentException.class, () -> new TvarModel().fit(new UniformSeries(0,
                SamplingRate.ofHertz(4), Unit.MILLISECOND, flat)));
        assertThrows(IllegalArgumentException.class, () -> new TvarModel().fit(Detrending.defaults().apply(
                Synthetic.uniform(100, 800, 1, LF, HF))).bandPowers(new FrequencyBands(0.04, 0.15, 2.5), 0.01));
    }

    @Test
    void innovationVarianceFollowsTheAmplitude() {
        Synthetic.Component hf = new Synthetic.Component(t -> 0.25, 0.05, t -> t < 300 ? 10 : 40);
        TvarFit fit = new TvarModel().fit(Detrending.defaults().apply(Synthetic.uniform(600, 800, 5, LF, hf)));
        double before = fit.innovationVariance(150 * 4);
        double after = fit.innovationVariance(450 * 4);
        System.out.printf(Locale.ROOT, "innovation variance %.2f -> %.2f ms^2 when HF goes 10 -> 40 ms%n", before, after);
        assertTrue(after > 3 * before);
    }
}
