package org.vagus.cli.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.vagus.cli.CommandContext;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.hrv.Detrending;
import org.vagus.signal.hrv.HrvTimeCourse;
import org.vagus.signal.hrv.TvarFit;
import org.vagus.signal.hrv.TvarModel;
import org.vagus.signal.hrv.UniformSeries;

/**
 * The benchmark behind {@code vagus bench hrv}: the time of the TVAR(12) model with its Kalman filter and
 * Rauch-Tung-Striebel smoother on 30 min of interval series at 4 Hz (7200 samples), on one thread. The series is
 * synthetic and reproducible (a fixed seed): band-limited stochastic LF (0.1 Hz) and HF (0.25 Hz) components around
 * 800 ms, detrended by the 0.02 Hz high-pass before timing. Honest harness: {@link #WARM_UP} untimed fits warm the
 * JIT, then {@code runs} timed fits; the median is the figure (min and max beside it). The band powers at every step
 * (the spectrum integration, not part of the model) are timed separately.
 */
public final class HrvBenchmark {
    /** Untimed fits before measuring. */
    static final int WARM_UP = 100;
    /** 30 min at 4 Hz. */
    static final int SAMPLES = 7200;

    private HrvBenchmark() {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param ctx where to print
     * @param runs timed fits (at least 1)
     */
    public static void run(CommandContext ctx, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        UniformSeries series = Detrending.defaults().apply(syntheticSeries(SAMPLES, 4, 1));
        TvarModel model = new TvarModel();
        double check = 0;
        for (int i = 0; i < WARM_UP; i++) {
            check += model.fit(series).bandPowers().nHf(SAMPLES / 2);
        }
        double[] fit = new double[runs];
        double[] bands = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            TvarFit f = model.fit(series);
            long t1 = System.nanoTime();
            HrvTimeCourse c = f.bandPowers();
            long t2 = System.nanoTime();
            fit[i] = (t1 - t0) / 1e6;
            bands[i] = (t2 - t1) / 1e6;
            check += c.nHf(SAMPLES / 2);
        }
        ctx.out().printf(Locale.ROOT, "TVAR(%d) + Kalman filter + RTS smoother on 30 min of 4 Hz IBI (%d samples), 1"
                + " thread, %d warm-up fits, %d timed: %s%n", model.options().order(), SAMPLES, WARM_UP, runs,
                describe(fit));
        ctx.out().printf(Locale.ROOT, "band powers (VLF, LF, HF, nHF) at every step: %s; mean nHF %.4f%n",
                describe(bands), check / (WARM_UP + runs));
    }

    private static String describe(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        int n = s.length;
        double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        return String.format(Locale.ROOT, "median %.1f ms, min %.1f ms, max %.1f ms", median, s[0], s[n - 1]);
    }

    /**
     * An interval series in ms: 800 ms plus two second-order resonators driven by Gaussian noise (0.1 Hz, bandwidth
     * 0.03 Hz, 30 ms; 0.25 Hz, bandwidth 0.05 Hz, 20 ms).
     */
    static UniformSeries syntheticSeries(int n, double fs, long seed) {
        Random rnd = new Random(seed);
        double[] x = new double[n];
        double[][] components = {{0.1, 0.03, 30}, {0.25, 0.05, 20}};
        for (double[] c : components) {
            double r = Math.exp(-Math.PI * c[1] / fs);
            double a1 = 2 * r * Math.cos(2 * Math.PI * c[0] / fs);
            double a2 = -r * r;
            double gain = Math.sqrt((1 + a2) * ((1 - a2) * (1 - a2) - a1 * a1) / (1 - a2));
            double y1 = 0;
            double y2 = 0;
            for (int i = -400; i < n; i++) {
                double y = a1 * y1 + a2 * y2 + gain * rnd.nextGaussian();
                y2 = y1;
                y1 = y;
                if (i >= 0) {
                    x[i] += c[2] * y;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            x[i] += 800;
        }
        return new UniformSeries(0, SamplingRate.ofHertz(fs), Unit.MILLISECOND, x);
    }
}
