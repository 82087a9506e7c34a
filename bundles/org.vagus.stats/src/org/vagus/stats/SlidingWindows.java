package org.vagus.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vagus.stats.internal.Checks;

/**
 * Sliding windows over time courses sampled on a regular grid (e.g. event-related heart rate at 20 Hz,
 * -1..6 s around feedback), and the two-group comparison of the windowed values.
 * <p>
 * A window of length L starting at time s covers the closed interval [s, s + L]: the samples from
 * {@code first} to {@code last = first + L fs} inclusive. Its {@link Measure#AUC AUC} is the trapezoid
 * integral over those samples (value x seconds), its {@link Measure#MEAN MEAN} that integral divided by L
 * (the time-average). Windows start at the first sample and advance by the step until the last sample of
 * the course; window length and step must be whole numbers of sample periods.
 * <p>
 * The comparison ({@link #compare}) tests each window with Student's t and reports three families, each
 * labelled: uncorrected windows (p &lt; alpha, no multiple-comparison control), Benjamini-Hochberg FDR
 * windows, and clusters of adjacent windows from a {@link ClusterPermutationTest} (family-wise control).
 * Windows chosen from these results must not be re-tested on the same data (circular analysis,
 * Kriegeskorte et al. 2009); {@link #compare} therefore tests planned ("a priori") windows separately.
 *
 * @since 0.1.0
 */
public final class SlidingWindows {

    /** What one window's value is. */
    public enum Measure {
        /** Trapezoid area under the curve over the window (value x seconds). */
        AUC,
        /** Time-average over the window: AUC / window length. */
        MEAN
    }

    /**
     * One window.
     *
     * @param index 0-based window number
     * @param first index of the first sample
     * @param last index of the last sample (inclusive)
     * @param start time of the first sample, seconds
     * @param end time of the last sample, seconds
     */
    public record Window(int index, int first, int last, double start, double end) {
    }

    private final double sampleRate;
    private final double startTime;
    private final int length;
    private final int step;
    private final Measure measure;

    /**
     * @param sampleRate samples per second of the time courses
     * @param startTime time of sample 0, seconds (e.g. -1 for an epoch from -1 s)
     * @param windowSeconds window length, seconds (0.5 in the seed study)
     * @param stepSeconds step between window starts, seconds (0.05 in the seed study)
     * @param measure what a window's value is
     */
    public SlidingWindows(double sampleRate, double startTime, double windowSeconds, double stepSeconds,
            Measure measure) {
        if (!(sampleRate > 0) || Double.isInfinite(sampleRate) || !Double.isFinite(startTime)) {
            throw new IllegalArgumentException("sample rate must be positive and start time finite");
        }
        this.sampleRate = sampleRate;
        this.startTime = startTime;
        this.length = samples(windowSeconds, "window length");
        this.step = samples(stepSeconds, "step");
        this.measure = java.util.Objects.requireNonNull(measure, "measure");
    }

    private int samples(double seconds, String what) {
        double s = seconds * sampleRate;
        long r = Math.round(s);
        if (!(seconds > 0) || r < 1 || Math.abs(s - r) > 1e-6 * Math.max(1, s)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s %s s is %s samples at %s Hz; it must be a whole, positive number of samples", what, seconds,
                    s, sampleRate));
        }
        return (int) r;
    }

    public Measure measure() {
        return measure;
    }

    /** The windows that fit a course of {@code samples} samples. */
    public List<Window> windows(int samples) {
        if (samples < length + 1) {
            throw new IllegalArgumentException("a course of " + samples + " samples is shorter than one window ("
                    + (length + 1) + " samples)");
        }
        List<Window> out = new ArrayList<>();
        for (int first = 0; first + length <= samples - 1; first += step) {
            out.add(new Window(out.size(), first, first + length, time(first), time(first + length)));
        }
        return out;
    }

    private double time(int sample) {
        return startTime + sample / sampleRate;
    }

    /** Window values, {@code [participant][window]}, for courses {@code [participant][sample]}. */
    public double[][] values(double[][] courses) {
        if (courses.length == 0) {
            throw new IllegalArgumentException("no time courses");
        }
        List<Window> windows = windows(courses[0].length);
        double[][] out = new double[courses.length][windows.size()];
        for (int i = 0; i < courses.length; i++) {
            if (courses[i].length != courses[0].length) {
                throw new IllegalArgumentException("course " + (i + 1) + " has " + courses[i].length
                        + " samples; course 1 has " + courses[0].length);
            }
            Checks.finite(courses[i], "course " + (i + 1));
            for (Window w : windows) {
                out[i][w.index()] = value(courses[i], w.first(), w.last());
            }
        }
        return out;
    }

    /** The value of samples first..last (inclusive) of one course under this measure. */
    double value(double[] course, int first, int last) {
        double area = 0;
        for (int k = first; k < last; k++) {
            area += (course[k] + course[k + 1]) / 2;
        }
        area /= sampleRate;
        return measure == Measure.AUC ? area : area / ((last - first) / sampleRate);
    }

    /**
     * Compares two groups window by window.
     *
     * @param group1 time courses {@code [participant][sample]}
     * @param group2 time courses, same number of samples
     * @param alpha level for all three families, e.g. 0.05
     * @param clusterTest the permutation test over the window series (its seed makes the result reproducible)
     * @param aPriori planned windows {@code {start, end}} in seconds, fixed before seeing the data; may be empty
     */
    public SlidingWindowResult compare(double[][] group1, double[][] group2, double alpha,
            ClusterPermutationTest clusterTest, List<double[]> aPriori) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie strictly between 0 and 1, got " + alpha);
        }
        if (group1.length == 0 || group2.length == 0 || group1[0].length != group2[0].length) {
            throw new IllegalArgumentException("both groups need courses of the same number of samples");
        }
        List<Window> windows = windows(group1[0].length);
        double[][] v1 = values(group1);
        double[][] v2 = values(group2);
        double[] p = new double[windows.size()];
        List<TTestResult> tests = new ArrayList<>();
        for (Window w : windows) {
            try {
                TTestResult r = TTests.student(column(v1, w.index()), column(v2, w.index()));
                tests.add(r);
                p[w.index()] = r.p();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "window %.3f-%.3f s: %s", w.start(),
                        w.end(), e.getMessage()), e);
            }
        }
        double[] q = Fdr.benjaminiHochberg(p);
        ClusterTestResult clusters = clusterTest.run(v1, v2);
        List<SlidingWindowResult.WindowTest> rows = new ArrayList<>();
        for (Window w : windows) {
            rows.add(new SlidingWindowResult.WindowTest(w, tests.get(w.index()), q[w.index()]));
        }
        List<SlidingWindowResult.PlannedTest> planned = new ArrayList<>();
        for (double[] interval : aPriori) {
            planned.add(planned(group1, group2, interval));
        }
        return new SlidingWindowResult(measure, alpha, rows, clusters, planned);
    }

    private SlidingWindowResult.PlannedTest planned(double[][] g1, double[][] g2, double[] interval) {
        if (interval.length != 2 || !(interval[1] > interval[0])) {
            throw new IllegalArgumentException("an a-priori window is {start, end} with end > start");
        }
        int first = index(interval[0], "start", g1[0].length);
        int last = index(interval[1], "end", g1[0].length);
        double[] a = new double[g1.length];
        double[] b = new double[g2.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = value(g1[i], first, last);
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = value(g2[i], first, last);
        }
        return new SlidingWindowResult.PlannedTest(time(first), time(last), TTests.student(a, b));
    }

    private int index(double time, String what, int samples) {
        double s = (time - startTime) * sampleRate;
        long r = Math.round(s);
        if (Math.abs(s - r) > 1e-6 * Math.max(1, Math.abs(s)) || r < 0 || r >= samples) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a-priori window %s %s s is not a sample time of the courses (%s Hz from %s s, %d samples)", what,
                    time, sampleRate, startTime, samples));
        }
        return (int) r;
    }

    private static double[] column(double[][] m, int j) {
        double[] c = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i][j];
        }
        return c;
    }
}
