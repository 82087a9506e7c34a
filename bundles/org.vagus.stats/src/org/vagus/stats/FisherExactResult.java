package org.vagus.stats;

/**
 * The result of Fisher's exact test on a 2 x 2 table [[a, b], [c, d]].
 *
 * @param oddsRatio the sample odds ratio a d / (b c); infinite when b c = 0, 0 when a d = 0
 * @param p the two-sided p value
 * @param pLess the one-sided p value for an odds ratio below 1 ({@code P(X <= a)})
 * @param pGreater the one-sided p value for an odds ratio above 1 ({@code P(X >= a)})
 * @since 0.1.0
 */
public record FisherExactResult(double oddsRatio, double p, double pLess, double pGreater) {
}
