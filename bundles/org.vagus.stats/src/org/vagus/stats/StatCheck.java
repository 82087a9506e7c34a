package org.vagus.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Checks reported results for internal consistency, as statcheck does (Epskamp &amp; Nuijten 2016; Nuijten
 * et al. 2016, Behav Res Methods 48:1205-1226): it finds APA-style results such as {@code t(75) = 2.73,
 * p = .04}, {@code F(1, 75) = 4.10, p = .046}, {@code r(75) = .32, p = .004}, {@code χ2(1, N = 77) =
 * 0.52, p = .47} and {@code z = 2.10, p = .036}, recomputes p from the statistic and df, and flags reports
 * whose p does not match.
 * <p>
 * Rounding, following statcheck: a statistic reported with k decimals may lie anywhere in [s - 0.5 10^-k,
 * s + 0.5 10^-k]; the p values at the ends of that interval, rounded to the reported p's decimals, bound
 * the consistent p values for "p =". "p &lt; x" is consistent when the smallest compatible p is below x,
 * "p &gt; x" when the largest is above x. A reported "p = .000" is inconsistent (p is never 0). t, r and z
 * are two-tailed; F and chi-square upper-tailed; r is converted with t = r sqrt(df / (1 - r^2)). A decision
 * error is an inconsistency where the reported and recomputed p lie on different sides of .05 (a reported
 * p = .05 counts as significant, statcheck's default). One-tailed reports are not recognised.
 *
 * @since 0.1.0
 */
public final class StatCheck {
    private static final String NUM = "\\d+(?:\\.\\d+)?";
    private static final Pattern RESULT = Pattern.compile("(?<![\\p{L}\\p{N}_])"
            + "(?<name>t|F|r|z|Z|χ2|χ²|χ\\^2|chi2|chi²|chi\\^2|chi-square|Chi2|Chi-square|X2|x2)"
            + "\\s*(?:\\(\\s*(?<df1>" + NUM + ")\\s*(?:,\\s*(?:(?<df2>" + NUM + ")|N\\s*=\\s*(?<n>\\d[\\d,]*)))?\\s*\\))?"
            + "\\s*=\\s*(?<stat>[-−–+]?\\s*(?:\\d+\\.?\\d*|\\.\\d+))"
            + "\\s*[,;]\\s*(?:ns\\s*,\\s*)?[pP]\\s*(?<cmp>[<>=≤≥])\\s*(?<p>\\d*\\.?\\d+)");
    private static final double ALPHA = 0.05;

    private StatCheck() {
    }

    /** The results found in a text, in order; empty when there are none. */
    public static List<ReportedTest> parse(String text) {
        List<ReportedTest> out = new ArrayList<>();
        Matcher m = RESULT.matcher(text);
        while (m.find()) {
            out.add(toTest(m));
        }
        return out;
    }

    /** Checks every result in a text; at least one must be there. */
    public static List<ConsistencyResult> check(String text) {
        List<ReportedTest> found = parse(text);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no test result found in '" + text
                    + "'; expected e.g. t(75) = 2.73, p = .04 or F(1, 75) = 4.1, p < .05");
        }
        List<ConsistencyResult> out = new ArrayList<>();
        for (ReportedTest t : found) {
            out.add(check(t));
        }
        return out;
    }

    public static ConsistencyResult check(ReportedTest r) {
        double h = 0.5 * Math.pow(10, -r.statisticDecimals());
        double s = Math.abs(r.statistic());
        double upper = s + h;
        if (r.kind() == ReportedTest.Kind.R) {
            upper = Math.min(1, upper);
        }
        double recomputed = p(r.kind(), s, r.df1(), r.df2());
        double pHigh = p(r.kind(), Math.max(0, s - h), r.df1(), r.df2());
        double pLow = p(r.kind(), upper, r.df1(), r.df2());
        boolean consistent = switch (r.comparison()) {
            case "<" -> pLow < r.p();
            case ">" -> pHigh > r.p();
            default -> r.p() > 0 && round(pLow, r.pDecimals()) <= r.p() + 1e-12
                    && r.p() - 1e-12 <= round(pHigh, r.pDecimals());
        };
        boolean reportedSignificant = switch (r.comparison()) {
            case "<" -> r.p() <= ALPHA;
            case ">" -> false;
            default -> r.p() <= ALPHA;
        };
        boolean decisionError = !consistent && reportedSignificant != (recomputed < ALPHA);
        return new ConsistencyResult(r, recomputed, pLow, pHigh, consistent, decisionError);
    }

    /** The p value of a statistic: two-tailed for t, r and z, upper tail for F and chi-square. */
    public static double p(ReportedTest.Kind kind, double statistic, double df1, double df2) {
        double s = Math.abs(statistic);
        return switch (kind) {
            case T -> tTwoTailed(s, df1);
            case Z -> Math.min(1, 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-s));
            case R -> {
                if (s > 1) {
                    throw new IllegalArgumentException("r = " + statistic + " lies outside [-1, 1]");
                }
                yield s == 1 ? 0 : tTwoTailed(s * Math.sqrt(df1 / (1 - s * s)), df1);
            }
            case F -> statistic == 0 ? 1 : 1 - new FDistribution(null, df1, df2).cumulativeProbability(statistic);
            case CHI2 -> statistic == 0 ? 1 : 1 - new ChiSquaredDistribution(null, df1).cumulativeProbability(statistic);
        };
    }

    private static double tTwoTailed(double t, double df) {
        return Math.min(1, 2 * new TDistribution(null, df).cumulativeProbability(-t));
    }

    private static double round(double p, int decimals) {
        return new BigDecimal(p).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    private static ReportedTest toTest(Matcher m) {
        String name = m.group("name");
        ReportedTest.Kind kind = switch (name) {
            case "t" -> ReportedTest.Kind.T;
            case "F" -> ReportedTest.Kind.F;
            case "r" -> ReportedTest.Kind.R;
            case "z", "Z" -> ReportedTest.Kind.Z;
            default -> ReportedTest.Kind.CHI2;
        };
        String text = m.group().trim();
        String df1 = m.group("df1");
        String df2 = m.group("df2");
        if (kind == ReportedTest.Kind.Z && df1 != null) {
            throw new IllegalArgumentException("'" + text + "': z takes no degrees of freedom");
        }
        if (kind != ReportedTest.Kind.Z && df1 == null) {
            throw new IllegalArgumentException("'" + text + "': " + kind.symbol() + " needs degrees of freedom in parentheses");
        }
        if (kind == ReportedTest.Kind.F && df2 == null) {
            throw new IllegalArgumentException("'" + text + "': F needs two degrees of freedom, F(df1, df2)");
        }
        if (kind != ReportedTest.Kind.F && df2 != null) {
            throw new IllegalArgumentException("'" + text + "': only F takes two degrees of freedom");
        }
        double d1 = df1 == null ? 0 : Double.parseDouble(df1);
        double d2 = df2 == null ? 0 : Double.parseDouble(df2);
        if (kind != ReportedTest.Kind.Z && d1 <= 0 || kind == ReportedTest.Kind.F && d2 <= 0) {
            throw new IllegalArgumentException("'" + text + "': degrees of freedom must be positive");
        }
        String stat = m.group("stat").replaceAll("\\s", "").replace('−', '-').replace('–', '-');
        double statistic = Double.parseDouble(stat);
        if ((kind == ReportedTest.Kind.F || kind == ReportedTest.Kind.CHI2) && statistic < 0) {
            throw new IllegalArgumentException("'" + text + "': " + kind.symbol() + " cannot be negative");
        }
        String p = m.group("p");
        double pv = Double.parseDouble(p);
        if (pv > 1) {
            throw new IllegalArgumentException("'" + text + "': p = " + p + " is above 1");
        }
        String cmp = switch (m.group("cmp")) {
            case "≤", "<" -> "<";
            case "≥", ">" -> ">";
            default -> "=";
        };
        return new ReportedTest(kind, d1, d2, statistic, decimals(stat), cmp, pv, decimals(p), text);
    }

    private static int decimals(String number) {
        int dot = number.indexOf('.');
        return dot < 0 ? 0 : number.length() - dot - 1;
    }
}
