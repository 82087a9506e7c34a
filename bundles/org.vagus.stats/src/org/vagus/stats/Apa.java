package org.vagus.stats;

import java.util.Locale;

/**
 * APA-style (7th edition) result text: statistics with two decimals, p with three decimals and no leading
 * zero ({@code p = .027}, {@code p < .001}), values bounded by 1 (r, p, phi, V) without a leading zero, degrees of
 * freedom as integers (Welch df with two decimals).
 *
 * @since 0.1.0
 */
public final class Apa {
    private Apa() {
    }

    /**
     * {@code t(75) = -2.25, p = .027, d = 0.51} (d_z for paired and one-sample tests). d is written as its
     * magnitude, as in the seed paper; its direction is the sign of t.
     */
    public static String format(TTestResult r) {
        String es = r.effect().name().equals("Cohen's d_z") ? "d_z" : "d";
        return "t(" + df(r.df()) + ") = " + two(r.t()) + ", " + p(r.p()) + ", " + es + " = " + two(Math.abs(r.effect().value()));
    }

    /** {@code χ²(1, N = 77) = 0.52, p = .470, φ = .08} (V for larger tables). */
    public static String format(ChiSquareResult r) {
        String es = r.effectName().equals("phi") ? "φ" : "V";
        return "χ²(" + r.df() + ", N = " + r.n() + ") = " + two(r.statistic()) + ", " + p(r.p()) + ", " + es + " = "
                + noZero(r.effectSize(), 2);
    }

    /** {@code r(75) = .32, p = .004, 95% CI [.10, .51]} (r_s for Spearman). */
    public static String format(CorrelationResult r) {
        String name = r.method().equals("Spearman") ? "r_s" : "r";
        return name + "(" + r.df() + ") = " + r(r.r()) + ", " + p(r.p()) + ", "
                + Math.round(r.confidence() * 100) + "% CI [" + r(r.ciLow()) + ", " + r(r.ciHigh()) + "]";
    }

    /** {@code p = .027} or {@code p < .001}. */
    public static String p(double p) {
        String v = pValue(p);
        return v.startsWith("<") ? "p " + v : "p = " + v;
    }

    /** The p value alone for tables: {@code .027}, {@code < .001}, {@code 1.000}. */
    public static String pValue(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must lie in [0, 1], got " + p);
        }
        if (p < .001) {
            return "< .001";
        }
        String s = String.format(Locale.ROOT, "%.3f", p);
        return s.equals("1.000") ? s : s.substring(1);
    }

    /** A correlation with two decimals and no leading zero: {@code .32}, {@code -.05}. */
    public static String r(double r) {
        return noZero(r, 2);
    }

    /** Two decimals, e.g. {@code -2.25}; "-0.00" is written as "0.00". */
    public static String two(double v) {
        return fixed(v, 2);
    }

    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("cannot report a non-finite value (" + v + ")");
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0\\.0*") ? s.substring(1) : s;
    }

    static String noZero(double v, int decimals) {
        String s = fixed(v, decimals);
        if (s.startsWith("0.")) {
            return s.substring(1);
        }
        if (s.startsWith("-0.")) {
            return "-" + s.substring(2);
        }
        return s;
    }

    /** Degrees of freedom: integers plainly, fractional (Welch) with two decimals. */
    public static String df(double df) {
        if (df == Math.rint(df)) {
            return Long.toString((long) df);
        }
        return fixed(df, 2);
    }
}
