package org.vagus.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Pearson's chi-square test of independence for an r x c table of counts (Pearson 1900): expected counts
 * E_ij = R_i C_j / N, chi^2 = sum (O - E)^2 / E, df = (r - 1)(c - 1).
 * <p>
 * Yates' continuity correction (Yates 1934) replaces |O - E| by max(0, |O - E| - 0.5); it is defined for
 * 1-df tables only, and on larger tables the option is ignored with a warning (as scipy's
 * {@code chi2_contingency} does, silently there).
 * <p>
 * Small expected counts: following Cochran (1954), a warning is added when any expected count is below 1
 * or more than 20 % of them are below 5 (for 2 x 2 tables: any below 5), pointing to Fisher's exact test.
 * A row or column whose total is zero makes the test undefined and is an error.
 *
 * @since 0.1.0
 */
public final class ChiSquareTest {
    private ChiSquareTest() {
    }

    /** Pearson's chi-square test without correction. */
    public static ChiSquareResult independence(long[][] table) {
        return independence(table, false);
    }

    /**
     * @param table counts, {@code table[row][column]}, at least 2 x 2, all rows of one length
     * @param yates apply Yates' continuity correction (2 x 2 tables only)
     */
    public static ChiSquareResult independence(long[][] table, boolean yates) {
        Margins m = Margins.of(table);
        int r = m.rows.length;
        int c = m.columns.length;
        double[][] expected = new double[r][c];
        double chi = 0;
        double chiYates = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                double e = (double) m.rows[i] * m.columns[j] / m.n;
                expected[i][j] = e;
                double dev = Math.abs(table[i][j] - e);
                chi += dev * dev / e;
                double corrected = Math.max(0, dev - 0.5);
                chiYates += corrected * corrected / e;
            }
        }
        int df = (r - 1) * (c - 1);
        List<String> warnings = new ArrayList<>();
        boolean applied = yates && df == 1;
        if (yates && !applied) {
            warnings.add("Yates' correction applies to 2 x 2 tables only; not applied to this " + r + " x " + c
                    + " table");
        }
        smallExpected(expected, warnings);
        double statistic = applied ? chiYates : chi;
        double p = new ChiSquaredDistribution(null, df).cumulativeProbability(statistic);
        p = statistic == 0 ? 1.0 : 1.0 - p;
        boolean twoByTwo = r == 2 && c == 2;
        return new ChiSquareResult(applied ? "Pearson's chi-square test with Yates' correction"
                : "Pearson's chi-square test", statistic, df, p, m.n, applied, expected,
                twoByTwo ? "phi" : "Cramer's V", EffectSizes.cramersV(chi, m.n, r, c), warnings);
    }

    private static void smallExpected(double[][] expected, List<String> warnings) {
        int cells = 0;
        int below5 = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double[] row : expected) {
            for (double e : row) {
                cells++;
                if (e < 5) {
                    below5++;
                }
                min = Math.min(min, e);
            }
        }
        boolean twoByTwo = expected.length == 2 && expected[0].length == 2;
        if (min < 1 || (twoByTwo ? below5 > 0 : below5 > 0.2 * cells)) {
            warnings.add(String.format(Locale.ROOT,
                    "%d of %d expected counts are below 5 (smallest %.2f): the chi-square approximation may be poor"
                            + (twoByTwo ? "; use Fisher's exact test" : ""),
                    below5, cells, min));
        }
    }

    /** Row and column totals of a validated table. */
    static final class Margins {
        final long[] rows;
        final long[] columns;
        final long n;

        private Margins(long[] rows, long[] columns, long n) {
            this.rows = rows;
            this.columns = columns;
            this.n = n;
        }

        static Margins of(long[][] table) {
            if (table == null || table.length < 2 || table[0] == null || table[0].length < 2) {
                throw new IllegalArgumentException("a contingency table needs at least 2 rows and 2 columns");
            }
            int c = table[0].length;
            long[] rows = new long[table.length];
            long[] cols = new long[c];
            long n = 0;
            for (int i = 0; i < table.length; i++) {
                if (table[i] == null || table[i].length != c) {
                    throw new IllegalArgumentException("row " + (i + 1) + " has "
                            + (table[i] == null ? 0 : table[i].length) + " cells; row 1 has " + c);
                }
                for (int j = 0; j < c; j++) {
                    long v = table[i][j];
                    if (v < 0) {
                        throw new IllegalArgumentException("cell (" + (i + 1) + ", " + (j + 1) + ") is " + v
                                + "; counts cannot be negative");
                    }
                    rows[i] += v;
                    cols[j] += v;
                    n += v;
                }
            }
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] == 0) {
                    throw new IllegalArgumentException("row " + (i + 1)
                            + " is empty (total 0): expected counts are zero and the test is undefined; remove it");
                }
            }
            for (int j = 0; j < c; j++) {
                if (cols[j] == 0) {
                    throw new IllegalArgumentException("column " + (j + 1)
                            + " is empty (total 0): expected counts are zero and the test is undefined; remove it");
                }
            }
            return new Margins(rows, cols, n);
        }
    }
}
