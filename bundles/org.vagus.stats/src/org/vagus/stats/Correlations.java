package org.vagus.stats;

import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.vagus.stats.internal.Checks;

/**
 * Pearson's r and Spearman's rho with p values and confidence intervals, and correlation matrices.
 * <ul>
 * <li>p: t = r sqrt((n - 2) / (1 - r^2)) with n - 2 df, two-sided (for rho the same t approximation, as
 * scipy's {@code spearmanr} and SPSS use).</li>
 * <li>Pearson CI: Fisher (1921) z = atanh(r), SE = 1 / sqrt(n - 3), back-transformed with tanh.</li>
 * <li>Spearman CI: Fisher z with the Bonett &amp; Wright (2000) SE = sqrt((1 + rho^2 / 2) / (n - 3)).</li>
 * <li>Spearman ranks ties by their average rank.</li>
 * </ul>
 * With n = 3 the interval is the uninformative [-1, 1]; |r| = 1 gives p = 0 and the interval [r, r].
 *
 * @since 0.1.0
 */
public final class Correlations {
    private Correlations() {
    }

    public static CorrelationResult pearson(double[] x, double[] y) {
        return pearson(x, y, TTests.CONFIDENCE);
    }

    public static CorrelationResult spearman(double[] x, double[] y) {
        return spearman(x, y, TTests.CONFIDENCE);
    }

    public static CorrelationResult pearson(double[] x, double[] y, double confidence) {
        validate(x, y);
        double r = new PearsonsCorrelation().correlation(x, y);
        return result("Pearson", r, x.length, confidence, 1.0 / Math.sqrt(x.length - 3.0), "Fisher z, SE = 1/sqrt(n-3)");
    }

    public static CorrelationResult spearman(double[] x, double[] y, double confidence) {
        validate(x, y);
        NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
        double[] rx = ranking.rank(x);
        double[] ry = ranking.rank(y);
        double r = new PearsonsCorrelation().correlation(rx, ry);
        return result("Spearman", r, x.length, confidence, Math.sqrt((1 + r * r / 2) / (x.length - 3.0)),
                "Fisher z, SE = sqrt((1 + rho^2/2)/(n-3)) (Bonett & Wright 2000)");
    }

    /** Pearson or Spearman by name ("pearson", "spearman"). */
    public static CorrelationResult of(String method, double[] x, double[] y) {
        return switch (method.toLowerCase(java.util.Locale.ROOT)) {
            case "pearson" -> pearson(x, y);
            case "spearman" -> spearman(x, y);
            default -> throw new IllegalArgumentException("unknown correlation method '" + method
                    + "'; use pearson or spearman");
        };
    }

    /**
     * Correlations of every pair of variables, as in a supplementary correlation table. NaN marks a
     * missing value: each pair uses the participants that have both values (pairwise deletion) and
     * reports its own n.
     *
     * @param names variable names, one per column
     * @param columns {@code columns[variable][participant]}, all of one length
     * @param method "pearson" or "spearman"
     */
    public static CorrelationMatrix matrix(List<String> names, double[][] columns, String method) {
        int k = columns.length;
        if (names.size() != k) {
            throw new IllegalArgumentException(names.size() + " names for " + k + " variables");
        }
        if (k < 2) {
            throw new IllegalArgumentException("a correlation matrix needs at least 2 variables");
        }
        CorrelationResult[][] cells = new CorrelationResult[k][k];
        for (int i = 0; i < k; i++) {
            if (columns[i].length != columns[0].length) {
                throw new IllegalArgumentException("variable '" + names.get(i) + "' has " + columns[i].length
                        + " values; '" + names.get(0) + "' has " + columns[0].length);
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                double[][] pair = complete(columns[i], columns[j]);
                try {
                    cells[i][j] = of(method, pair[0], pair[1]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(names.get(i) + " with " + names.get(j) + ": " + e.getMessage(), e);
                }
                cells[j][i] = cells[i][j];
            }
        }
        return new CorrelationMatrix(names, cells);
    }

    private static double[][] complete(double[] a, double[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                n++;
            }
        }
        double[][] out = new double[2][n];
        int k = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                out[0][k] = a[i];
                out[1][k++] = b[i];
            }
        }
        return out;
    }

    private static void validate(double[] x, double[] y) {
        Checks.finite(x, "x");
        Checks.finite(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values and y has " + y.length
                    + "; a correlation needs pairs");
        }
        if (x.length < 3) {
            throw new IllegalArgumentException("n = " + x.length + " pairs; a correlation test needs at least 3");
        }
        if (Checks.variance(x) == 0) {
            throw new IllegalArgumentException("x has zero variance (all values equal): r is undefined");
        }
        if (Checks.variance(y) == 0) {
            throw new IllegalArgumentException("y has zero variance (all values equal): r is undefined");
        }
    }

    private static CorrelationResult result(String method, double r, int n, double confidence, double se,
            String ciMethod) {
        double z = EffectSizes.z(confidence);
        r = Math.max(-1, Math.min(1, r));
        if (Math.abs(r) == 1) {
            return new CorrelationResult(method, r, n, Math.copySign(Double.POSITIVE_INFINITY, r), 0, r, r,
                    confidence, ciMethod);
        }
        double df = n - 2;
        double t = r * Math.sqrt(df / (1 - r * r));
        double p = TTests.twoSided(new TDistribution(null, df), t);
        double fz = 0.5 * Math.log((1 + r) / (1 - r));
        return new CorrelationResult(method, r, n, t, p, Math.tanh(fz - z * se), Math.tanh(fz + z * se), confidence,
                ciMethod);
    }
}
