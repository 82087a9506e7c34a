package org.vagus.signal.beats;

import java.util.Arrays;

/**
 * Quantiles over a centred sliding window, {@code x[i - half] .. x[i + half]} cut at the ends of the series
 * (so the first and last {@code half} windows are shorter). The window is kept sorted in a primitive array:
 * each step removes one value and inserts one by binary search and a block move, O(window) per step without
 * allocation. Quantiles interpolate linearly between order statistics (Hyndman &amp; Fan 1996, definition 7:
 * {@code h = (m - 1) p}, the default of R and NumPy).
 */
final class RollingQuantile {
    private RollingQuantile() {
    }

    /** The quantile {@code p} (0..1) of every centred window. */
    static double[] centred(double[] x, int half, double p) {
        double[][] q = centred(x, half, new double[] {p});
        return q[0];
    }

    /** The half inter-quartile range {@code (Q3 - Q1) / 2} (the quartile deviation) of every centred window. */
    static double[] quartileDeviation(double[] x, int half) {
        double[][] q = centred(x, half, new double[] {0.25, 0.75});
        double[] qd = q[0];
        for (int i = 0; i < qd.length; i++) {
            qd[i] = (q[1][i] - q[0][i]) / 2;
        }
        return qd;
    }

    /** The quantiles {@code ps} of every centred window: result[k][i] is quantile ps[k] of window i. */
    static double[][] centred(double[] x, int half, double[] ps) {
        if (half < 0) {
            throw new IllegalArgumentException("window half-width " + half + ": expected >= 0");
        }
        int n = x.length;
        double[][] out = new double[ps.length][n];
        if (n == 0) {
            return out;
        }
        double[] w = new double[Math.min(n, 2 * half + 1)];
        int m = 0;
        for (int i = 0; i <= Math.min(half, n - 1); i++) {
            m = insert(w, m, x[i]);
        }
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                int in = i + half;
                int outIdx = i - half - 1;
                if (outIdx >= 0) {
                    m = remove(w, m, x[outIdx]);
                }
                if (in < n) {
                    m = insert(w, m, x[in]);
                }
            }
            for (int k = 0; k < ps.length; k++) {
                out[k][i] = quantile(w, m, ps[k]);
            }
        }
        return out;
    }

    /** Definition 7 quantile of the sorted {@code w[0..m)}. */
    static double quantile(double[] w, int m, double p) {
        double h = (m - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= m - 1) {
            return w[m - 1];
        }
        double f = h - lo;
        return w[lo] + f * (w[lo + 1] - w[lo]);
    }

    private static int insert(double[] w, int m, double v) {
        int pos = Arrays.binarySearch(w, 0, m, v);
        if (pos < 0) {
            pos = -pos - 1;
        }
        System.arraycopy(w, pos, w, pos + 1, m - pos);
        w[pos] = v;
        return m + 1;
    }

    private static int remove(double[] w, int m, double v) {
        int pos = Arrays.binarySearch(w, 0, m, v);
        if (pos < 0) {
            throw new IllegalStateException("value " + v + " not in the window");
        }
        System.arraycopy(w, pos + 1, w, pos, m - pos - 1);
        return m - 1;
    }
}
