/**
 * Statistics for two-group psychophysiology studies: t-tests (from data or summary statistics),
 * chi-square and Fisher's exact tests, correlations, effect sizes with intervals, Cronbach's alpha, the
 * median split, the Table 1 builder, sliding-window group comparisons with FDR and cluster-based
 * permutation control, APA-style text and a statcheck-like consistency check. Distributions, special
 * functions and random numbers come from Apache Commons Math 3.6.1. Plain Java: no OSGi or Eclipse types.
 * Invalid or undefined input is an {@link java.lang.IllegalArgumentException} whose message says what was
 * wrong; no result is ever NaN.
 *
 * @since 0.1.0
 */
package org.vagus.stats;
