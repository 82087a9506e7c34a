package org.vagus.stats;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * Fisher's exact test for a 2 x 2 table (Fisher 1922, 1935): conditional on the margins, the top-left
 * count follows the hypergeometric distribution. The two-sided p value sums the probabilities of all
 * tables no more probable than the observed one (with a relative tolerance of 1e-7 for ties in floating
 * point, as R's {@code fisher.test} and scipy's {@code fisher_exact} do).
 *
 * @since 0.1.0
 */
public final class FisherExactTest {
    private static final double RELATIVE_TOLERANCE = 1 + 1e-7;

    private FisherExactTest() {
    }

    /** @param table {@code [[a, b], [c, d]]}; rows and columns must not be empty */
    public static FisherExactResult twoByTwo(long[][] table) {
        ChiSquareTest.Margins m = ChiSquareTest.Margins.of(table);
        if (table.length != 2 || table[0].length != 2) {
            throw new IllegalArgumentException("Fisher's exact test here takes a 2 x 2 table; got " + table.length
                    + " x " + table[0].length);
        }
        if (m.n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("N = " + m.n + " is too large for the exact test; use chi-square");
        }
        long a = table[0][0];
        long b = table[0][1];
        long c = table[1][0];
        long d = table[1][1];
        HypergeometricDistribution h = new HypergeometricDistribution(null, (int) m.n, (int) m.columns[0],
                (int) m.rows[0]);
        int x = (int) a;
        double observed = h.probability(x);
        double two = 0;
        for (int k = h.getSupportLowerBound(); k <= h.getSupportUpperBound(); k++) {
            double pk = h.probability(k);
            if (pk <= observed * RELATIVE_TOLERANCE) {
                two += pk;
            }
        }
        double less = h.cumulativeProbability(x);
        double greater = h.upperCumulativeProbability(x);
        double ad = (double) a * d;
        double bc = (double) b * c;
        double or = bc == 0 ? Double.POSITIVE_INFINITY : ad / bc;
        return new FisherExactResult(or, Math.min(1.0, two), Math.min(1.0, less), Math.min(1.0, greater));
    }
}
