package org.vagus.stats;

import java.util.Locale;

/**
 * Whether a reported p value matches its statistic and degrees of freedom ({@link StatCheck}).
 *
 * @param reported the parsed report
 * @param recomputedP p recomputed from the statistic as reported (two-tailed for t, r and z)
 * @param pLow smallest p compatible with the rounding of the reported statistic
 * @param pHigh largest p compatible with it
 * @param consistent whether the reported p is compatible with the statistic
 * @param decisionError inconsistent, and the reported and recomputed p fall on different sides of .05
 * @since 0.1.0
 */
public record ConsistencyResult(ReportedTest reported, double recomputedP, double pLow, double pHigh,
        boolean consistent, boolean decisionError) {

    /** One line for people, e.g. {@code t(75) = 2.73, p = 0.04: inconsistent; recomputed p = 0.0079 ...}. */
    public String describe() {
        String verdict = consistent ? "consistent" : decisionError ? "INCONSISTENT (decision error at .05)"
                : "inconsistent";
        String tails = reported.kind() == ReportedTest.Kind.F || reported.kind() == ReportedTest.Kind.CHI2
                ? "upper tail" : "two-tailed";
        return reported.text() + ": " + verdict + "; recomputed p = " + format(recomputedP) + " (" + tails + "; "
                + format(pLow) + " to " + format(pHigh) + " allowing for the rounding of the statistic)";
    }

    /** Four decimals, or two significant digits in scientific notation below .0001. */
    public static String format(double p) {
        return p >= 1e-4 || p == 0 ? String.format(Locale.ROOT, "%.4f", p) : String.format(Locale.ROOT, "%.2e", p);
    }
}
