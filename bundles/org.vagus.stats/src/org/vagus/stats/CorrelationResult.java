package org.vagus.stats;

/**
 * A correlation coefficient with its test and confidence interval.
 *
 * @param method "Pearson" or "Spearman"
 * @param r the coefficient (Spearman's rho for Spearman)
 * @param n the number of pairs
 * @param t the t statistic r sqrt((n - 2) / (1 - r^2)) behind {@code p}
 * @param p two-sided p value from t with n - 2 df
 * @param ciLow lower confidence limit of r (Fisher z)
 * @param ciHigh upper confidence limit
 * @param confidence the confidence level, e.g. 0.95
 * @param ciMethod how the interval was computed
 * @since 0.1.0
 */
public record CorrelationResult(String method, double r, int n, double t, double p, double ciLow, double ciHigh,
        double confidence, String ciMethod) {

    /** Degrees of freedom, n - 2. */
    public int df() {
        return n - 2;
    }

    /** APA-style text, e.g. {@code r(75) = .32, p = .004}. */
    public String apa() {
        return Apa.format(this);
    }
}
