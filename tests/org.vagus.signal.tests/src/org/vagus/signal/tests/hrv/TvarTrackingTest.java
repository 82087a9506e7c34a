package org.vagus.signal.tests.hrv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.Unit;
import org.vagus.signal.hrv.Detrending;
import org.vagus.signal.hrv.FrequencyBands;
import org.vagus.signal.hrv.HrvTimeCourse;
import org.vagus.signal.hrv.Resampler;
import org.vagus.signal.hrv.TimeVaryingHrv;
import org.vagus.signal.hrv.TvarFit;
import org.vagus.signal.hrv.TvarModel;
import org.vagus.signal.hrv.TvarOptions;
import org.vagus.signal.hrv.UniformSeries;

/**
 * Tracking with known truth: 15 min of intervals with a stationary LF component (0.1 Hz, bandwidth 0.03 Hz, 25 ms)
 * and an HF component whose centre frequency drifts linearly from 0.20 to 0.32 Hz and whose amplitude steps up
 * from 15 to 40 ms at 300 s and back down at 600 s (bandwidth 0.04 Hz). Compared every 2 s outside the edges
 * (60 s) and outside +-75 s of each step (the transition the time resolution smears, see TvarStepResponseTest):
 * the HF peak frequency (highest local maximum of the AR spectrum in 0.15-0.4 Hz), the HF power and nHF against
 * the true values of the generating resonators. Absolute powers come from the variance-matched innovation variance
 * (see TvarModel); linear interpolation attenuates HF by itself (Welch on the same series: -17 % at 0.2 Hz, -41 % at
 * 0.32 Hz), the spline hardly.
 * <p>
 * Two figures each: the tracking error proper (bias: the mean estimate over 20 realisations against the truth),
 * and the error of one recording (median over realisations and time of the absolute error), which also holds the
 * genuine randomness of a narrow-band process observed for a few tens of seconds. Once on the evenly sampled
 * series itself (the estimator alone), once end to end through beats, linear interpolation at 4 Hz and the 0.02 Hz
 * high-pass (the seed pipeline: linear interpolation attenuates HF, so HF power is biased low there), and once with
 * the cubic spline.
 */
class TvarTrackingTest {
    static final double T = 900;
    static final int SEEDS = 20;
    static final FrequencyBands BANDS = FrequencyBands.taskForce();
    static final Synthetic.Component LF = new Synthetic.Component(t -> 0.1, 0.03, t -> 25);
    static final Synthetic.Component HF = new Synthetic.Component(t -> 0.20 + 0.12 * t / T, 0.04,
            t -> t >= 300 && t < 600 ? 40 : 15);

    /** Errors: bias of the ensemble mean and the single-recording median, for frequency (Hz), HF power (relative), nHF. */
    record Errors(double biasHz, double biasHf, double biasNhf, double singleHz, double singleHf, double singleNhf,
            double peakFound) {
        String describe() {
            return String.format(Locale.ROOT, "bias |mean - truth|: HF frequency %.4f Hz, HF power %.1f %%, nHF %.3f;"
                    + " one recording, median |error|: frequency %.4f Hz, HF power %.1f %%, nHF %.3f; HF peak found at"
                    + " %.0f %% of the steps", biasHz, 100 * biasHf, biasNhf, singleHz, 100 * singleHf, singleNhf,
                    100 * peakFound);
        }
    }

    static boolean compared(double t) {
        return t >= 60 && t <= T - 60 && Math.abs(t - 300) >= 75 && Math.abs(t - 600) >= 75;
    }

    /** mode: 0 evenly sampled, 1 beats + linear, 2 beats + spline. */
    static Errors track(int mode) {
        int points = (int) (T / 2) + 1;
        double[] sumF = new double[points];
        int[] nF = new int[points];
        double[] sumHf = new double[points];
        double[] sumN = new double[points];
        int[] n = new int[points];
        double[] singleF = new double[SEEDS * points];
        double[] singleHf = new double[SEEDS * points];
        double[] singleN = new double[SEEDS * points];
        int ms = 0;
        int msF = 0;
        int tried = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            UniformSeries u = switch (mode) {
                case 0 -> Detrending.defaults().apply(Synthetic.uniform(T, 800, 100 + seed, LF, HF));
                case 1 -> TimeVaryingHrv.defaults().series(Synthetic.beats(T, 800, 100 + seed, LF, HF));
                default -> new TimeVaryingHrv(Resampler.defaults().withInterpolation(Resampler.Interpolation.CUBIC_SPLINE),
                        Detrending.defaults(), TvarOptions.defaults()).series(Synthetic.beats(T, 800, 100 + seed, LF, HF));
            };
            TvarFit fit = new TvarModel().fit(u);
            HrvTimeCourse c = fit.bandPowers();
            for (int i = 0; i < c.length(); i++) {
                double t = c.time(i);
                double k2 = t / 2;
                int k = (int) Math.round(k2);
                if (Math.abs(k2 - k) > 1e-6 || !compared(t)) {
                    continue;
                }
                double[] truth = Synthetic.truePowers(t, BANDS, LF, HF);
                double trueN = truth[2] / (truth[1] + truth[2]);
                sumHf[k] += c.hf(i);
                sumN[k] += c.nHf(i);
                n[k]++;
                singleHf[ms] = Math.abs(c.hf(i) / truth[2] - 1);
                singleN[ms] = Math.abs(c.nHf(i) - trueN);
                ms++;
                tried++;
                OptionalDouble f = fit.model(i, Unit.MILLISECOND_SQUARED).peak(0.15, 0.4);
                if (f.isPresent()) {
                    sumF[k] += f.getAsDouble();
                    nF[k]++;
                    singleF[msF++] = Math.abs(f.getAsDouble() - HF.frequencyHz().applyAsDouble(t));
                }
            }
        }
        double[] bF = new double[points];
        double[] bHf = new double[points];
        double[] bN = new double[points];
        int mb = 0;
        int mbF = 0;
        for (int k = 0; k < points; k++) {
            if (n[k] == 0) {
                continue;
            }
            double t = 2.0 * k;
            double[] truth = Synthetic.truePowers(t, BANDS, LF, HF);
            bHf[mb] = Math.abs(sumHf[k] / n[k] / truth[2] - 1);
            bN[mb] = Math.abs(sumN[k] / n[k] - truth[2] / (truth[1] + truth[2]));
            mb++;
            if (nF[k] > 0) {
                bF[mbF++] = Math.abs(sumF[k] / nF[k] - HF.frequencyHz().applyAsDouble(t));
            }
        }
        return new Errors(median(bF, mbF), median(bHf, mb), median(bN, mb), median(singleF, msF),
                median(singleHf, ms), median(singleN, ms), (double) msF / tried);
    }

    static double median(double[] a, int n) {
        double[] s = Arrays.copyOf(a, n);
        Arrays.sort(s);
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    @Test
    void tracksDriftingFrequencyAndSteppingAmplitude() {
        Errors e = track(0);
        System.out.println("TVAR tracking, evenly sampled series: " + e.describe());
        assertTrue(e.biasHz() < 0.02, e.describe());
        assertTrue(e.biasHf() < 0.15, e.describe());
        assertTrue(e.biasNhf() < 0.1, e.describe());
        assertTrue(e.singleHz() < 0.02 && e.singleHf() < 0.4 && e.singleNhf() < 0.15, e.describe());
    }

    @Test
    void tracksThroughBeatsAndLinearInterpolation() {
        Errors e = track(1);
        System.out.println("TVAR tracking, beats + linear 4 Hz + 0.02 Hz high-pass: " + e.describe());
        assertTrue(e.biasHz() < 0.015, e.describe());
        assertTrue(e.biasHf() < 0.35, e.describe());
        assertTrue(e.biasNhf() < 0.05, e.describe());
        assertTrue(e.singleHz() < 0.02 && e.singleHf() < 0.5 && e.singleNhf() < 0.12, e.describe());
    }

    @Test
    void tracksThroughBeatsAndSpline() {
        Errors e = track(2);
        System.out.println("TVAR tracking, beats + cubic spline 4 Hz + 0.02 Hz high-pass: " + e.describe());
        assertTrue(e.biasHz() < 0.015, e.describe());
        assertTrue(e.biasHf() < 0.15, e.describe());
        assertTrue(e.biasNhf() < 0.06, e.describe());
    }
}
