package org.vagus.signal.tests.hrv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.vagus.signal.hrv.FrequencyBands;
import org.vagus.signal.hrv.HrvTimeCourse;
import org.vagus.signal.hrv.TimeVaryingHrv;
import org.vagus.signal.hrv.TvarOptions;

/**
 * The time resolution of nHF: 800 s of beats whose HF component (0.25 Hz, bandwidth 0.05 Hz) steps from 15 to
 * 45 ms at 400 s beside a stationary LF component (0.1 Hz, 0.03 Hz, 30 ms), so the true nHF steps from 0.22 to
 * 0.72, through the seed pipeline (linear 4 Hz, 0.02 Hz high-pass, TVAR(12)). nHF is averaged over realisations
 * and the 10 % and 90 % crossings between the mean levels of 50-250 s and 550-750 s are timed relative to the step.
 */
class TvarStepResponseTest {
    static final double T = 800;
    static final double STEP = 400;

    /** Mean levels, crossing times relative to the step, and the standard deviation of nHF in one recording (50-250 s). */
    record Response(double before, double after, double t10, double t90, double noise) {
        double rise() {
            return t90 - t10;
        }
    }

    static Response measure(TvarOptions options, int seeds) {
        Synthetic.Component lf = new Synthetic.Component(t -> 0.1, 0.03, t -> 30);
        Synthetic.Component hf = new Synthetic.Component(t -> 0.25, 0.05, t -> t < STEP ? 15 : 45);
        int n = (int) (T * 4) + 1;
        double[] sum = new double[n];
        int[] count = new int[n];
        TimeVaryingHrv pipeline = new TimeVaryingHrv(org.vagus.signal.hrv.Resampler.defaults(),
                org.vagus.signal.hrv.Detrending.defaults(), options);
        double noise = 0;
        for (int s = 0; s < seeds; s++) {
            HrvTimeCourse c = pipeline.analyse(Synthetic.beats(T, 800, 1000 + s, lf, hf));
            double m1 = 0;
            double m2 = 0;
            int m = 0;
            for (int i = 0; i < c.length(); i++) {
                int k = (int) Math.round(c.time(i) * 4);
                if (k >= 0 && k < n) {
                    sum[k] += c.nHf(i);
                    count[k]++;
                }
                if (c.time(i) >= 50 && c.time(i) < 250) {
                    m1 += c.nHf(i);
                    m2 += c.nHf(i) * c.nHf(i);
                    m++;
                }
            }
            noise += Math.sqrt(Math.max(0, m2 / m - (m1 / m) * (m1 / m))) / seeds;
        }
        double before = mean(sum, count, 50, 250);
        double after = mean(sum, count, 550, 750);
        double t10 = Double.NaN;
        double t90 = Double.NaN;
        for (int k = 250 * 4; k < 550 * 4; k++) {
            double f = (sum[k] / count[k] - before) / (after - before);
            if (Double.isNaN(t10) && f >= 0.1) {
                t10 = k / 4.0 - STEP;
            }
            if (Double.isNaN(t90) && f >= 0.9) {
                t90 = k / 4.0 - STEP;
            }
        }
        return new Response(before, after, t10, t90, noise);
    }

    private static double mean(double[] sum, int[] count, double from, double to) {
        double s = 0;
        int n = 0;
        for (int k = (int) (from * 4); k < (int) (to * 4); k++) {
            s += sum[k] / count[k];
            n++;
        }
        return s / n;
    }

    @Test
    void riseTimeOfTheDefaultSetting() {
        Response r = measure(TvarOptions.defaults(), 40);
        double[] truth = Synthetic.truePowers(0, FrequencyBands.taskForce(),
                new Synthetic.Component(t -> 0.1, 0.03, t -> 30), new Synthetic.Component(t -> 0.25, 0.05, t -> 15));
        System.out.printf(Locale.ROOT, "nHF step response (q = %.0e s2, 40 realisations): %.3f -> %.3f (truth %.3f ->"
                + " 0.72), 10 %% at %+.1f s, 90 %% at %+.1f s, 10-90 %% rise time %.1f s; sd of nHF in one recording %.3f%n",
                TvarOptions.DEFAULT_Q, r.before(), r.after(), truth[2] / (truth[1] + truth[2]), r.t10(), r.t90(), r.rise(),
                r.noise());
        assertEquals(0.22, r.before(), 0.06);
        assertEquals(0.69, r.after(), 0.06);
        assertTrue(r.rise() > 20 && r.rise() < 90, "rise time " + r.rise() + " s");
        assertTrue(r.t10() < 0 && r.t90() > 0, "the two-sided smoother starts responding before the step");
    }
}
