package org.vagus.signal.hrv;

import java.util.List;

import org.vagus.core.units.Unit;

/**
 * Burg's maximum-entropy estimate of an AR model (Burg 1967; the recursion as presented by Kay &amp; Marple 1981 and
 * by Marple, Digital Spectral Analysis with Applications, 1987): at each order the reflection coefficient
 * {@code k_m = -2 sum f_(m-1)(n) b_(m-1)(n-1) / sum (f_(m-1)(n)^2 + b_(m-1)(n-1)^2)} minimises the sum of forward and
 * backward prediction error powers, the coefficients follow the Levinson recursion
 * {@code a_m(i) = a_(m-1)(i) + k_m a_(m-1)(m-i)}, and the error power {@code E_m = E_(m-1) (1 - k_m^2)}. The model is
 * stable ({@code |k_m| < 1}) by construction.
 * <p>
 * Several stretches of one series (the valid runs between gaps) share one model: the sums run over every stretch,
 * each stretch's errors stay within it (Haykin &amp; Kesler's segmented Burg). The mean of all valid samples is
 * removed first.
 *
 * @since 0.1.0
 */
public final class Burg {
    /** The usual order for HRV (Kubios' default). */
    public static final int DEFAULT_ORDER = 16;

    private Burg() {
    }

    /**
     * Fits an AR model of order {@code order} to the valid samples of {@code series}.
     *
     * @throws IllegalArgumentException if the valid stretches longer than the order hold fewer than
     *         {@code 2 * order + 1} samples in all
     */
    public static ArModel fit(UniformSeries series, int order) {
        double[] v = series.valuesView();
        List<int[]> runs = series.validRuns();
        double mean = 0;
        int count = 0;
        for (int[] r : runs) {
            for (int i = r[0]; i < r[1]; i++) {
                mean += v[i];
                count++;
            }
        }
        mean /= Math.max(1, count);
        int usable = 0;
        for (int[] r : runs) {
            usable += r[1] - r[0] > order ? r[1] - r[0] : 0;
        }
        if (order < 1 || usable < 2 * order + 1) {
            throw new IllegalArgumentException("too few samples for an AR(" + order + ") model: " + usable
                    + " valid samples in stretches longer than the order; at least " + (2 * order + 1) + " needed");
        }
        double[] x = new double[usable];
        int[] starts = new int[runs.size() + 1];
        int s = 0;
        int nRuns = 0;
        for (int[] r : runs) {
            if (r[1] - r[0] > order) {
                starts[nRuns++] = s;
                for (int i = r[0]; i < r[1]; i++) {
                    x[s++] = v[i] - mean;
                }
            }
        }
        starts[nRuns] = s;
        double[] a = new double[order];
        double e = fit(x, java.util.Arrays.copyOf(starts, nRuns + 1), a);
        Unit u = series.unit();
        Unit squared = u.equals(Unit.MILLISECOND) ? Unit.MILLISECOND_SQUARED : Unit.of(u.symbol() + "^2");
        return new ArModel(a, e, series.rate(), squared);
    }

    /**
     * Burg's recursion over stretches {@code x[starts[j]..starts[j+1])} (zero-mean), writing {@code a_1..a_p} into
     * {@code a}.
     *
     * @return the final prediction error power
     */
    static double fit(double[] x, int[] starts, double[] a) {
        int p = a.length;
        int n = x.length;
        double[] f = x.clone();
        double[] b = x.clone();
        double[] prev = new double[p];
        double energy = 0;
        for (double v : x) {
            energy += v * v;
        }
        double err = energy / n;
        java.util.Arrays.fill(a, 0);
        for (int m = 1; m <= p; m++) {
            double num = 0;
            double den = 0;
            for (int r = 0; r + 1 < starts.length; r++) {
                for (int i = starts[r] + m; i < starts[r + 1]; i++) {
                    num += f[i] * b[i - 1];
                    den += f[i] * f[i] + b[i - 1] * b[i - 1];
                }
            }
            double k = den > 0 ? -2 * num / den : 0;
            for (int r = 0; r + 1 < starts.length; r++) {
                // descending so that b[i - 1] is still the previous order's backward error when used
                for (int i = starts[r + 1] - 1; i >= starts[r] + m; i--) {
                    double fi = f[i];
                    f[i] = fi + k * b[i - 1];
                    b[i] = b[i - 1] + k * fi;
                }
            }
            System.arraycopy(a, 0, prev, 0, m - 1);
            for (int i = 1; i < m; i++) {
                a[i - 1] = prev[i - 1] + k * prev[m - i - 1];
            }
            a[m - 1] = k;
            err *= 1 - k * k;
        }
        return err;
    }
}
