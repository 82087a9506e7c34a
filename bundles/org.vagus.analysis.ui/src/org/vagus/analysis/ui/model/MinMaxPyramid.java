package org.vagus.analysis.ui.model;

import java.util.Objects;

/**
 * Min/max decimation of a whole recording for a viewer that zooms and pans anywhere: any stretch of samples is
 * reduced to at most two points per pixel column (the column's smallest and largest sample), so a redraw costs the
 * same for a few seconds as for hours of 1000 Hz ECG.
 * <p>
 * Unlike the live monitor's {@code org.vagus.devices.ui.model.MinMaxDecimator}, which folds in a scrolling window
 * incrementally and so cannot jump to an arbitrary range, this keeps a pyramid of block extremes built once: level
 * {@code L} holds the minimum and maximum of each aligned block of {@code BASE << L} samples. The extremes of any
 * range {@code [from, to)} are then found from at most {@code 2 * BASE} raw samples at its unaligned ends and at most
 * two blocks per level in between (as in a segment tree), about 60 look-ups for a column of hours. The pyramid costs
 * {@code n / 4} doubles beside the {@code n} samples (blocks start at {@link #BASE} samples).
 * <p>
 * The drawn trace is exact: each column shows precisely the vertical extent that drawing every one of its samples
 * would cover, spikes included. NaN samples (lost frames) are skipped; a column holding only NaN is a gap, written
 * as one NaN point so that a polyline is broken there.
 * <p>
 * Immutable after construction and safe to share between threads; the samples array is taken over, not copied.
 *
 * @since 0.1.0
 */
public final class MinMaxPyramid {
    /** Samples per block of the finest level. */
    public static final int BASE = 16;

    private final double[] samples;
    /** mins[L][k]: the minimum of samples [k * (BASE << L), (k + 1) * (BASE << L)); +inf for a block of NaN. */
    private final double[][] mins;
    private final double[][] maxs;

    /**
     * Builds the pyramid: O(n).
     *
     * @param samples the samples (taken over; the caller must not change them)
     */
    public MinMaxPyramid(double[] samples) {
        this.samples = Objects.requireNonNull(samples, "samples");
        int levels = 0;
        for (long size = BASE; size <= samples.length; size <<= 1) {
            levels++;
        }
        mins = new double[levels][];
        maxs = new double[levels][];
        if (levels == 0) {
            return;
        }
        int blocks = samples.length / BASE;
        double[] lo = new double[blocks];
        double[] hi = new double[blocks];
        for (int k = 0; k < blocks; k++) {
            double a = Double.POSITIVE_INFINITY;
            double b = Double.NEGATIVE_INFINITY;
            for (int i = k * BASE, end = i + BASE; i < end; i++) {
                double v = samples[i];
                if (v < a) {
                    a = v;
                }
                if (v > b) {
                    b = v;
                }
            }
            lo[k] = a;
            hi[k] = b;
        }
        mins[0] = lo;
        maxs[0] = hi;
        for (int level = 1; level < levels; level++) {
            double[] pl = mins[level - 1];
            double[] ph = maxs[level - 1];
            int n = pl.length / 2;
            double[] l = new double[n];
            double[] h = new double[n];
            for (int k = 0; k < n; k++) {
                l[k] = Math.min(pl[2 * k], pl[2 * k + 1]);
                h[k] = Math.max(ph[2 * k], ph[2 * k + 1]);
            }
            mins[level] = l;
            maxs[level] = h;
        }
    }

    /** @return the number of samples */
    public int length() {
        return samples.length;
    }

    /** @return sample {@code i} */
    public double sample(int i) {
        return samples[i];
    }

    /**
     * The extremes of the finite samples in {@code [from, to)}.
     *
     * @param from the first sample index, clamped to 0
     * @param to the index after the last, clamped to the length
     * @param out receives the minimum in {@code out[0]} and the maximum in {@code out[1]}; both NaN if the range
     *            holds no finite sample
     */
    public void minMax(long from, long to, double[] out) {
        long a = Math.max(0, from);
        long b = Math.min(samples.length, to);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        long i = a;
        while (i < b) {
            if (i % BASE == 0 && i + BASE <= b) {
                int level = 0;
                while (level + 1 < mins.length && i % ((long) BASE << (level + 1)) == 0
                        && i + ((long) BASE << (level + 1)) <= b) {
                    level++;
                }
                int k = (int) (i / ((long) BASE << level));
                lo = Math.min(lo, mins[level][k]);
                hi = Math.max(hi, maxs[level][k]);
                i += (long) BASE << level;
            } else {
                double v = samples[(int) i];
                if (v < lo) {
                    lo = v;
                }
                if (v > hi) {
                    hi = v;
                }
                i++;
            }
        }
        if (lo > hi) {
            out[0] = Double.NaN;
            out[1] = Double.NaN;
        } else {
            out[0] = lo;
            out[1] = hi;
        }
    }

    /**
     * Decimates the samples whose index lies in {@code [from, to)} to {@code columns} equal columns: column {@code c}
     * covers the indices {@code i} with {@code from + c w <= i < from + (c + 1) w}, {@code w = (to - from) / columns}
     * (bounds may be fractional: a viewer's pixel columns rarely start on a sample). A column with one finite sample
     * gives that sample; a column with more gives its minimum and maximum as two points at the column's middle, the
     * one nearer the previous point first so that the polyline does not zigzag; a column with none gives a NaN point
     * (once per run of such columns). When a column is at most two samples wide the samples are written as they are,
     * at their own indices (still at most two per column).
     *
     * @param from the first index covered (may lie outside the recording: only samples inside are drawn)
     * @param to the end of the range, greater than {@code from}
     * @param columns the number of pixel columns, >= 1
     * @param xs receives the abscissae as (fractional) sample indices, at least {@code 2 * columns} long
     * @param ys receives the values, at least {@code 2 * columns} long
     * @return the number of points written, at most {@code 2 * columns}
     */
    public int decimate(double from, double to, int columns, double[] xs, double[] ys) {
        if (columns < 1 || !(to > from) || Double.isInfinite(to - from)) {
            throw new IllegalArgumentException("decimate [" + from + ", " + to + ") to " + columns
                    + " columns: expected finite from < to and at least one column");
        }
        long a = Math.max(0, (long) Math.ceil(from));
        long b = Math.min(samples.length, (long) Math.ceil(to));
        int n = 0;
        if (b <= a) {
            return 0;
        }
        double width = (to - from) / columns;
        if (width <= 2) {
            boolean gap = false;
            for (long i = a; i < b; i++) {
                double v = samples[(int) i];
                if (v == v) {
                    xs[n] = i;
                    ys[n++] = v;
                    gap = false;
                } else if (!gap && n > 0) {
                    xs[n] = i;
                    ys[n++] = Double.NaN;
                    gap = true;
                }
            }
            return n;
        }
        double[] mm = new double[2];
        double previous = Double.NaN;
        boolean gap = false;
        for (int c = 0; c < columns; c++) {
            long s0 = Math.max(a, (long) Math.ceil(from + c * width));
            long s1 = Math.min(b, (long) Math.ceil(from + (c + 1) * width));
            if (s1 <= s0) {
                continue;
            }
            minMax(s0, s1, mm);
            double x = from + (c + 0.5) * width;
            if (Double.isNaN(mm[0])) {
                if (!gap && n > 0) {
                    xs[n] = x;
                    ys[n++] = Double.NaN;
                    gap = true;
                }
                continue;
            }
            gap = false;
            double first = mm[0];
            double second = mm[1];
            if (previous == previous && Math.abs(previous - mm[1]) < Math.abs(previous - mm[0])) {
                first = mm[1];
                second = mm[0];
            }
            xs[n] = x;
            ys[n++] = first;
            if (second != first) {
                xs[n] = x;
                ys[n++] = second;
            }
            previous = second;
        }
        return n;
    }
}
