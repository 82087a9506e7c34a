package org.vagus.stats;

/**
 * A test result as a paper reports it, parsed by {@link StatCheck}: the statistic and p keep the number of
 * decimals they were reported with, because the consistency check allows for their rounding.
 *
 * @param kind which test statistic
 * @param df1 first degrees of freedom (the only one for t, r and chi-square; 0 for z)
 * @param df2 second degrees of freedom for F, 0 otherwise
 * @param statistic the reported statistic
 * @param statisticDecimals decimals the statistic was reported with
 * @param comparison {@code "=", "<" or ">"} ({@code "≤"} and {@code "≥"} are read as {@code "<"} and {@code ">"})
 * @param p the reported p value
 * @param pDecimals decimals the p value was reported with
 * @param text the matched text
 * @since 0.1.0
 */
public record ReportedTest(Kind kind, double df1, double df2, double statistic, int statisticDecimals,
        String comparison, double p, int pDecimals, String text) {

    /** The test statistics the check understands. */
    public enum Kind {
        T("t"), F("F"), R("r"), CHI2("chi2"), Z("z");

        private final String symbol;

        Kind(String symbol) {
            this.symbol = symbol;
        }

        /** The ASCII symbol: t, F, r, chi2, z. */
        public String symbol() {
            return symbol;
        }
    }
}
