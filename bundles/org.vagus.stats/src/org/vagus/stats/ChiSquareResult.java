package org.vagus.stats;

import java.util.List;

/**
 * The result of a chi-square test of independence.
 *
 * @param test "Pearson's chi-square test" or "Pearson's chi-square test with Yates' correction"
 * @param statistic the chi-square statistic (corrected when {@code yates})
 * @param df degrees of freedom, (r - 1)(c - 1)
 * @param p the upper-tail p value
 * @param n the total count N
 * @param yates whether Yates' continuity correction was applied
 * @param expected the expected counts under independence, row by row
 * @param effectName "phi" for 2 x 2 tables, "Cramer's V" otherwise
 * @param effectSize phi or Cramer's V, from the uncorrected statistic
 * @param warnings messages about the approximation, e.g. small expected counts; empty when none
 * @since 0.1.0
 */
public record ChiSquareResult(String test, double statistic, int df, double p, long n, boolean yates,
        double[][] expected, String effectName, double effectSize, List<String> warnings) {

    public ChiSquareResult {
        warnings = List.copyOf(warnings);
        double[][] copy = new double[expected.length][];
        for (int i = 0; i < expected.length; i++) {
            copy[i] = expected[i].clone();
        }
        expected = copy;
    }

    /** A copy of the expected counts. */
    @Override
    public double[][] expected() {
        double[][] copy = new double[expected.length][];
        for (int i = 0; i < expected.length; i++) {
            copy[i] = expected[i].clone();
        }
        return copy;
    }

    /** APA-style text, e.g. {@code χ²(1, N = 77) = 0.52, p = .470, φ = 0.08}. */
    public String apa() {
        return Apa.format(this);
    }
}
