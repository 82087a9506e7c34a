package org.vagus.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Gamma;
import org.vagus.stats.internal.Checks;

/**
 * Standardized mean differences and association strengths.
 * <ul>
 * <li>Cohen's d = (m1 - m2) / s_pooled (Cohen 1988), with the normal-approximation confidence interval of
 * Hedges &amp; Olkin (1985, eq. 5.14): SE(d) = sqrt((n1 + n2) / (n1 n2) + d^2 / (2 (n1 + n2))), CI = d &plusmn;
 * z SE(d).</li>
 * <li>Hedges' g = J d with the exact small-sample correction J(m) = Gamma(m/2) / (sqrt(m/2)
 * Gamma((m-1)/2)), m = n1 + n2 - 2 (Hedges 1981); SE(g) = J SE(d).</li>
 * <li>Cohen's d_z = mean difference / SD of differences (paired or one sample), SE = sqrt(1/n + d_z^2 /
 * (2n)).</li>
 * <li>d from an independent-samples t: d = t sqrt(1/n1 + 1/n2) (Rosenthal 1994).</li>
 * <li>phi = sqrt(chi^2 / N) and Cramer's V = sqrt(chi^2 / (N (min(r, c) - 1))) (Cramer 1946), from the
 * uncorrected Pearson chi-square.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class EffectSizes {
    static final String NORMAL_CI = "normal approximation (Hedges & Olkin 1985)";

    private EffectSizes() {
    }

    /** Cohen's d of two groups (pooled SD) with a 95 % interval. */
    public static EffectSize cohensD(double[] group1, double[] group2) {
        return TTests.student(group1, group2).effect();
    }

    public static EffectSize cohensD(Summary group1, Summary group2) {
        return TTests.student(group1, group2).effect();
    }

    /** Hedges' g of two groups with a 95 % interval. */
    public static EffectSize hedgesG(double[] group1, double[] group2) {
        EffectSize d = cohensD(group1, group2);
        return hedgesG(d.value(), group1.length, group2.length, d.confidence());
    }

    public static EffectSize hedgesG(Summary group1, Summary group2) {
        EffectSize d = cohensD(group1, group2);
        return hedgesG(d.value(), group1.n(), group2.n(), d.confidence());
    }

    /** Cohen's d from a Student t statistic and the group sizes, with a 95 % interval. */
    public static EffectSize dFromT(double t, int n1, int n2) {
        if (!Double.isFinite(t)) {
            throw new IllegalArgumentException("t must be finite, got " + t);
        }
        Checks.atLeast(n1, 2, "group 1", "d from t");
        Checks.atLeast(n2, 2, "group 2", "d from t");
        return cohensD(t * Math.sqrt(1.0 / n1 + 1.0 / n2), n1, n2, TTests.CONFIDENCE);
    }

    /** Cohen's d with the Hedges &amp; Olkin normal-approximation interval, for a known d. */
    public static EffectSize cohensD(double d, int n1, int n2, double confidence) {
        double se = Math.sqrt((double) (n1 + n2) / ((double) n1 * n2) + d * d / (2.0 * (n1 + n2)));
        double z = z(confidence);
        return new EffectSize("Cohen's d", d, d - z * se, d + z * se, confidence, NORMAL_CI);
    }

    /** Hedges' g from Cohen's d and the group sizes. */
    public static EffectSize hedgesG(double d, int n1, int n2, double confidence) {
        Checks.atLeast(n1, 2, "group 1", "Hedges' g");
        Checks.atLeast(n2, 2, "group 2", "Hedges' g");
        double j = correction(n1 + n2 - 2);
        double se = j * Math.sqrt((double) (n1 + n2) / ((double) n1 * n2) + d * d / (2.0 * (n1 + n2)));
        double g = j * d;
        double z = z(confidence);
        return new EffectSize("Hedges' g", g, g - z * se, g + z * se, confidence,
                NORMAL_CI + ", exact bias correction J");
    }

    /** The exact bias correction J(m) of Hedges (1981), through log-gamma to stay finite for large m. */
    public static double correction(int df) {
        if (df < 2) {
            throw new IllegalArgumentException("the bias correction needs df >= 2, got " + df);
        }
        return Math.exp(Gamma.logGamma(df / 2.0) - Gamma.logGamma((df - 1) / 2.0)) / Math.sqrt(df / 2.0);
    }

    static EffectSize cohensDz(double dz, int n, double confidence) {
        double se = Math.sqrt(1.0 / n + dz * dz / (2.0 * n));
        double z = z(confidence);
        return new EffectSize("Cohen's d_z", dz, dz - z * se, dz + z * se, confidence, NORMAL_CI);
    }

    /** phi = sqrt(chi^2 / N) for a 2 x 2 table (unsigned). */
    public static double phi(double chiSquare, long n) {
        return cramersV(chiSquare, n, 2, 2);
    }

    /** Cramer's V = sqrt(chi^2 / (N (min(r, c) - 1))). */
    public static double cramersV(double chiSquare, long n, int rows, int columns) {
        if (!(chiSquare >= 0) || Double.isInfinite(chiSquare)) {
            throw new IllegalArgumentException("chi-square must be a finite number of 0 or more, got " + chiSquare);
        }
        if (n < 1 || Math.min(rows, columns) < 2) {
            throw new IllegalArgumentException("Cramer's V needs N >= 1 and at least 2 rows and 2 columns");
        }
        return Math.sqrt(chiSquare / (n * (Math.min(rows, columns) - 1.0)));
    }

    static double z(double confidence) {
        Checks.level(confidence);
        return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + confidence / 2);
    }
}
