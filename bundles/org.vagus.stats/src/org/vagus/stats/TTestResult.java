package org.vagus.stats;

/**
 * The result of a t-test. All p values are two-sided.
 *
 * @param test the test's name: "Student's t-test", "Welch's t-test", "paired t-test", "one-sample t-test"
 * @param t the t statistic
 * @param df degrees of freedom (fractional for Welch)
 * @param p the two-sided p value
 * @param meanDifference group 1 minus group 2; for paired data the mean of the differences (first minus
 *        second); for one sample the mean minus the test value
 * @param standardError the standard error of {@code meanDifference}
 * @param ciLow lower limit of the confidence interval of {@code meanDifference}
 * @param ciHigh upper limit
 * @param confidence the confidence level of both intervals, e.g. 0.95
 * @param effect Cohen's d (pooled SD) for two groups, Cohen's d_z for paired and one-sample tests
 * @param n1 size of group 1 (or of the sample, or number of pairs)
 * @param n2 size of group 2, 0 for one-sample and paired tests
 * @since 0.1.0
 */
public record TTestResult(String test, double t, double df, double p, double meanDifference, double standardError,
        double ciLow, double ciHigh, double confidence, EffectSize effect, int n1, int n2) {

    /** APA-style text, e.g. {@code t(75) = -2.25, p = .027, d = 0.51}. */
    public String apa() {
        return Apa.format(this);
    }
}
