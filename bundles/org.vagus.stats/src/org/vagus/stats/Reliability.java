package org.vagus.stats;

import org.vagus.stats.internal.Checks;

/**
 * Internal consistency of an instrument's items in a study sample.
 *
 * @since 0.1.0
 */
public final class Reliability {
    private Reliability() {
    }

    /**
     * Cronbach's (1951) alpha = k / (k - 1) (1 - sum of item variances / variance of the total score), with
     * sample variances (n - 1). Reverse-keyed items must be reversed before. Missing values are not
     * allowed: drop incomplete participants first (listwise), as most reports do.
     *
     * @param scores {@code scores[participant][item]}, at least 2 participants and 2 items
     */
    public static double cronbachAlpha(double[][] scores) {
        if (scores == null || scores.length < 2) {
            throw new IllegalArgumentException("Cronbach's alpha needs at least 2 participants, got "
                    + (scores == null ? 0 : scores.length));
        }
        int k = scores[0].length;
        if (k < 2) {
            throw new IllegalArgumentException("Cronbach's alpha needs at least 2 items, got " + k);
        }
        int n = scores.length;
        double[] totals = new double[n];
        double[][] items = new double[k][n];
        for (int i = 0; i < n; i++) {
            if (scores[i].length != k) {
                throw new IllegalArgumentException("participant " + (i + 1) + " has " + scores[i].length
                        + " item scores; participant 1 has " + k);
            }
            Checks.finite(scores[i], "participant " + (i + 1) + ":");
            for (int j = 0; j < k; j++) {
                items[j][i] = scores[i][j];
                totals[i] += scores[i][j];
            }
        }
        double itemVariance = 0;
        for (double[] item : items) {
            itemVariance += Checks.variance(item);
        }
        double totalVariance = Checks.variance(totals);
        if (totalVariance == 0) {
            throw new IllegalArgumentException("the total score has zero variance (every participant has the same total):"
                    + " alpha is undefined");
        }
        return k / (k - 1.0) * (1 - itemVariance / totalVariance);
    }
}
