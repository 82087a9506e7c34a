package org.vagus.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.vagus.stats.internal.Checks;

/**
 * Student's, Welch's, paired and one-sample t-tests, from raw data or from summary statistics (mean, SD,
 * n), with two-sided p values, the confidence interval of the mean difference and Cohen's d with its
 * confidence interval ({@link EffectSizes}).
 * <ul>
 * <li>Student: pooled variance s_p^2 = ((n1-1)s1^2 + (n2-1)s2^2) / (n1+n2-2), t = (m1-m2) / (s_p
 * sqrt(1/n1 + 1/n2)), df = n1+n2-2 (Student 1908).</li>
 * <li>Welch: t = (m1-m2) / sqrt(s1^2/n1 + s2^2/n2) with the Welch-Satterthwaite df = (s1^2/n1 +
 * s2^2/n2)^2 / ((s1^2/n1)^2/(n1-1) + (s2^2/n2)^2/(n2-1)) (Welch 1947; Satterthwaite 1946).</li>
 * <li>Paired: a one-sample test of the differences first - second against 0.</li>
 * </ul>
 * The effect size is Cohen's d with the pooled SD for both two-group tests (for Welch too, so that d does
 * not change with the choice of test), and d_z = mean difference / SD of differences for paired and one
 * sample tests.
 *
 * @since 0.1.0
 */
public final class TTests {
    /** The confidence level of the intervals the short methods report. */
    public static final double CONFIDENCE = 0.95;

    private TTests() {
    }

    public static TTestResult student(double[] group1, double[] group2) {
        return twoGroups(summary(group1, "group 1"), summary(group2, "group 2"), false, CONFIDENCE);
    }

    public static TTestResult welch(double[] group1, double[] group2) {
        return twoGroups(summary(group1, "group 1"), summary(group2, "group 2"), true, CONFIDENCE);
    }

    public static TTestResult student(Summary group1, Summary group2) {
        return twoGroups(group1, group2, false, CONFIDENCE);
    }

    public static TTestResult welch(Summary group1, Summary group2) {
        return twoGroups(group1, group2, true, CONFIDENCE);
    }

    /** Paired t-test of {@code first - second}; the arrays hold one value per participant in the same order. */
    public static TTestResult paired(double[] first, double[] second) {
        Checks.finite(first, "first measurement");
        Checks.finite(second, "second measurement");
        if (first.length != second.length) {
            throw new IllegalArgumentException("paired data need one value per participant in both: first has "
                    + first.length + " values, second has " + second.length);
        }
        double[] d = new double[first.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = first[i] - second[i];
        }
        Checks.atLeast(d.length, 2, "the paired data", "a paired t-test");
        return oneGroup(Summary.of(d), 0, "paired t-test", CONFIDENCE);
    }

    /** Paired t-test from the summary of the differences (mean and SD of first - second, number of pairs). */
    public static TTestResult paired(Summary differences) {
        return oneGroup(differences, 0, "paired t-test", CONFIDENCE);
    }

    public static TTestResult oneSample(double[] values, double testValue) {
        return oneGroup(summary(values, "the sample"), testValue, "one-sample t-test", CONFIDENCE);
    }

    public static TTestResult oneSample(Summary sample, double testValue) {
        return oneGroup(sample, testValue, "one-sample t-test", CONFIDENCE);
    }

    /**
     * The general two-group form.
     *
     * @param welch {@code true} for Welch's test (unequal variances), {@code false} for Student's
     * @param confidence level of the intervals, e.g. 0.95
     */
    public static TTestResult twoGroups(Summary g1, Summary g2, boolean welch, double confidence) {
        Checks.level(confidence);
        Checks.atLeast(g1.n(), 2, "group 1", "a t-test");
        Checks.atLeast(g2.n(), 2, "group 2", "a t-test");
        if (g1.sd() == 0 && g2.sd() == 0) {
            throw new IllegalArgumentException("zero variance in both groups: t is undefined");
        }
        int n1 = g1.n();
        int n2 = g2.n();
        double diff = g1.mean() - g2.mean();
        double pooledVar = ((n1 - 1) * g1.variance() + (n2 - 1) * g2.variance()) / (n1 + n2 - 2);
        double se;
        double df;
        if (welch) {
            double a = g1.variance() / n1;
            double b = g2.variance() / n2;
            se = Math.sqrt(a + b);
            df = (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
        } else {
            se = Math.sqrt(pooledVar * (1.0 / n1 + 1.0 / n2));
            df = n1 + n2 - 2;
        }
        double t = diff / se;
        TDistribution dist = new TDistribution(null, df);
        double p = twoSided(dist, t);
        double crit = dist.inverseCumulativeProbability(0.5 + confidence / 2);
        EffectSize d = EffectSizes.cohensD(diff / Math.sqrt(pooledVar), n1, n2, confidence);
        return new TTestResult(welch ? "Welch's t-test" : "Student's t-test", t, df, p, diff, se, diff - crit * se,
                diff + crit * se, confidence, d, n1, n2);
    }

    /** One-sample (and paired) form: t = (mean - testValue) / (SD / sqrt(n)), df = n - 1. */
    public static TTestResult oneGroup(Summary s, double testValue, String name, double confidence) {
        Checks.level(confidence);
        if (!Double.isFinite(testValue)) {
            throw new IllegalArgumentException("test value must be finite, got " + testValue);
        }
        String what = name.startsWith("paired") ? "the paired data" : "the sample";
        Checks.atLeast(s.n(), 2, what, "a " + name);
        if (s.sd() == 0) {
            throw new IllegalArgumentException(name.startsWith("paired")
                    ? "all differences are equal (zero variance): t is undefined"
                    : "zero variance in the sample: t is undefined");
        }
        double diff = s.mean() - testValue;
        double se = s.sd() / Math.sqrt(s.n());
        double df = s.n() - 1;
        double t = diff / se;
        TDistribution dist = new TDistribution(null, df);
        double crit = dist.inverseCumulativeProbability(0.5 + confidence / 2);
        EffectSize dz = EffectSizes.cohensDz(diff / s.sd(), s.n(), confidence);
        return new TTestResult(name, t, df, twoSided(dist, t), diff, se, diff - crit * se, diff + crit * se,
                confidence, dz, s.n(), 0);
    }

    static double twoSided(TDistribution dist, double t) {
        return Math.min(1.0, 2 * dist.cumulativeProbability(-Math.abs(t)));
    }

    private static Summary summary(double[] values, String what) {
        Checks.finite(values, what);
        Checks.atLeast(values.length, 2, what, "a t-test");
        return Summary.of(values);
    }
}
