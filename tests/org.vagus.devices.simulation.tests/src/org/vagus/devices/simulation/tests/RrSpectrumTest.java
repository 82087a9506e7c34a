package org.vagus.devices.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.vagus.devices.simulation.ecg.EcgsynParameters;

/**
 * The RR series of the generated beats has its LF and HF peaks where requested and the requested LF/HF ratio,
 * mean heart rate and SDNN.
 * <p>
 * Spectrum, computed here independently of the generator (no FFT: a direct DFT): Welch's method on the RR
 * intervals of the true beats as a series evenly spaced by the mean RR (beat-index tachogram; frequencies
 * {@code k / (256 * mean RR)} Hz), Hann windows of 256 beats, 50 % overlap, mean removed per window, one-sided
 * periodograms averaged over the windows of 8 seeds of 1200 s each. Band powers by summing bins in LF 0.04-0.15 Hz
 * and HF 0.15-0.4 Hz. The beat-index series is used rather than interpolation to 4 Hz because linear interpolation
 * between beats attenuates HF power (by about 25 % at 0.25 Hz and 70 bpm: the transfer function of linear
 * interpolation is {@code sinc^2(f RR)}), which would bias the ratio the generator is asked for.
 * <p>
 * A single recording scatters around the requested ratio because the two peaks are narrow (SD 0.01 Hz, as
 * published): the band power of a 1200 s window has only about {@code 0.025 Hz * 1200 s = 30} degrees of freedom,
 * so its ratio varies by about 20 % from seed to seed; pooling 8 seeds brings that to about 7 %.
 */
class RrSpectrumTest {
    private static final int SEGMENT = 256;
    private static final int SEEDS = 8;
    private static final double SECONDS = 1200;

    /** Pooled Welch PSD of the beat-index RR series (unit: s^2 per Hz), and the mean RR, of several seeds. */
    private static double[][] pooledSpectrum(EcgsynParameters base) {
        double[] psd = new double[SEGMENT / 2 + 1];
        int windows = 0;
        double meanRr = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            // beat times come from the RR process alone, so a low output rate gives the same beats, faster
            EcgsynParameters p = base.toBuilder().rateHz(250).internalRateHz(250).seed(seed).build();
            double[] rr = Sim.run(p, SECONDS).rrS();
            double m = Sim.mean(rr);
            meanRr += m / SEEDS;
            windows += welchInto(rr, psd, m);
        }
        for (int k = 0; k < psd.length; k++) {
            psd[k] /= windows;
        }
        double[] f = new double[psd.length];
        for (int k = 0; k < f.length; k++) {
            f[k] = k / (SEGMENT * meanRr);
        }
        return new double[][] {f, psd, {meanRr}};
    }

    /** Adds the one-sided periodograms of the Hann-windowed, half-overlapping segments; returns their number. */
    private static int welchInto(double[] x, double[] psd, double spacingS) {
        double[] w = new double[SEGMENT];
        double wss = 0;
        for (int i = 0; i < SEGMENT; i++) {
            w[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / SEGMENT);
            wss += w[i] * w[i];
        }
        double fs = 1 / spacingS;
        int count = 0;
        for (int start = 0; start + SEGMENT <= x.length; start += SEGMENT / 2) {
            double mean = 0;
            for (int i = 0; i < SEGMENT; i++) {
                mean += x[start + i];
            }
            mean /= SEGMENT;
            for (int k = 0; k <= SEGMENT / 2; k++) {
                double re = 0;
                double im = 0;
                for (int i = 0; i < SEGMENT; i++) {
                    double v = (x[start + i] - mean) * w[i];
                    double a = -2 * Math.PI * k * i / SEGMENT;
                    re += v * Math.cos(a);
                    im += v * Math.sin(a);
                }
                double p = (re * re + im * im) / (fs * wss);
                psd[k] += (k == 0 || k == SEGMENT / 2) ? p : 2 * p;
            }
            count++;
        }
        return count;
    }

    private static double band(double[][] s, double lo, double hi) {
        double sum = 0;
        for (int k = 0; k < s[0].length; k++) {
            if (s[0][k] >= lo && s[0][k] < hi) {
                sum += s[1][k];
            }
        }
        return sum;
    }

    private static double peak(double[][] s, double lo, double hi) {
        int best = -1;
        for (int k = 0; k < s[0].length; k++) {
            if (s[0][k] >= lo && s[0][k] < hi && (best < 0 || s[1][k] > s[1][best])) {
                best = k;
            }
        }
        return s[0][best];
    }

    private static void check(double lfHz, double hfHz, double ratio) {
        EcgsynParameters p = EcgsynParameters.builder().lf(lfHz, 0.01).hf(hfHz, 0.01).lfHfRatio(ratio).build();
        double[][] s = pooledSpectrum(p);
        double lfPeak = peak(s, 0.04, 0.15);
        double hfPeak = peak(s, 0.15, 0.4);
        double measured = band(s, 0.04, 0.15) / band(s, 0.15, 0.4);
        System.out.printf("requested LF %.3f Hz, HF %.3f Hz, LF/HF %.2f: Welch peaks %.4f and %.4f Hz (bin %.4f Hz),"
                + " LF/HF %.3f (error %+.1f %%)%n", lfHz, hfHz, ratio, lfPeak, hfPeak, s[0][1], measured,
                100 * (measured / ratio - 1));
        assertEquals(lfHz, lfPeak, 0.01, "LF peak");
        assertEquals(hfHz, hfPeak, 0.01, "HF peak");
        assertEquals(1, measured / ratio, 0.15, "LF/HF measured " + measured + ", requested " + ratio);
    }

    @Test
    void peaksAndRatioAsRequestedDefaultsBands() {
        check(0.1, 0.25, 1.5);
    }

    @Test
    void peaksAndRatioFollowOtherRequests() {
        check(0.08, 0.3, 0.5);
    }

    @Test
    void meanHeartRateAndSdnnAsRequested() {
        for (double[] req : new double[][] {{70, 50}, {85, 30}, {60, 80}}) {
            EcgsynParameters p = EcgsynParameters.builder().meanHeartRateBpm(req[0]).rrSdMs(req[1]).rateHz(250)
                    .internalRateHz(250).seed(21).build();
            double[] rr = Sim.run(p, 1800).rrS();
            double hr = 60 / Sim.mean(rr);
            double sdnn = 1000 * Sim.sd(rr);
            System.out.printf("requested %.0f bpm, SD %.0f ms: 1800 s of beats give %.2f bpm (60 / mean RR), SDNN %.1f ms%n",
                    req[0], req[1], hr, sdnn);
            // 60 / mean RR over beats is the harmonic-mean heart rate: above the request by about (SD / RR)^2
            assertEquals(req[0], hr, 0.01 * req[0], "mean heart rate");
            assertEquals(req[1], sdnn, 0.1 * req[1], "SDNN");
        }
    }
}
