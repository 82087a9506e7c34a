package org.vagus.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.vagus.cli.CommandContext;
import org.vagus.stats.Apa;
import org.vagus.stats.ChiSquareResult;
import org.vagus.stats.ConsistencyResult;
import org.vagus.stats.CorrelationResult;
import org.vagus.stats.EffectSize;
import org.vagus.stats.ReportedTest;
import org.vagus.stats.TTestResult;

/**
 * Prints {@code vagus stats} results as APA-style text (ASCII: chi2, phi) or as TSV: a header line, then
 * one row per result, numbers at full precision (shortest exact decimal form), "NA" where a column does
 * not apply.
 */
final class StatsOutput {
    private final PrintStream out;
    private final boolean tsv;

    StatsOutput(CommandContext ctx, boolean tsv) {
        this.out = ctx.out();
        this.tsv = tsv;
    }

    void ttest(TTestResult r) {
        String test = switch (r.test()) {
            case "Student's t-test" -> "student_t";
            case "Welch's t-test" -> "welch_t";
            case "paired t-test" -> "paired_t";
            default -> "one_sample_t";
        };
        EffectSize d = r.effect();
        if (tsv) {
            row("test", "statistic", "df", "p", "effect_size", "effect", "effect_ci_low", "effect_ci_high",
                    "mean_difference", "ci_low", "ci_high", "n1", "n2");
            row(test, num(r.t()), num(r.df()), num(r.p()), num(d.value()), d.name().equals("Cohen's d") ? "d" : "d_z",
                    num(d.ciLow()), num(d.ciHigh()), num(r.meanDifference()), num(r.ciLow()), num(r.ciHigh()),
                    Integer.toString(r.n1()), r.n2() == 0 ? "NA" : Integer.toString(r.n2()));
            return;
        }
        out.println(r.test() + ": " + r.apa());
        int level = (int) Math.round(r.confidence() * 100);
        out.println(String.format(Locale.ROOT, "  mean difference %s, %d%% CI [%s, %s]", g(r.meanDifference()), level,
                g(r.ciLow()), g(r.ciHigh())));
        out.println(String.format(Locale.ROOT, "  %s = %s, %d%% CI [%s, %s]; interval: %s", d.name(), Apa.two(d.value()), level,
                Apa.two(d.ciLow()), Apa.two(d.ciHigh()), d.ciMethod()));
        out.println("  n = " + r.n1() + (r.n2() > 0 ? " and " + r.n2() : "") + "; p = " + num(r.p()));
    }

    void chisq(ChiSquareResult r, Double fisherP) {
        String effect = r.effectName().equals("phi") ? "phi" : "cramers_v";
        if (tsv) {
            row("test", "statistic", "df", "p", "effect_size", "effect", "n", "fisher_p");
            row(r.yates() ? "chisq_yates" : "chisq", num(r.statistic()), Integer.toString(r.df()), num(r.p()),
                    num(r.effectSize()), effect, Long.toString(r.n()), fisherP == null ? "NA" : num(fisherP));
            return;
        }
        out.println(r.test() + ": " + ascii(r.apa()));
        out.println("  p = " + num(r.p()) + (fisherP == null ? "" : "; Fisher's exact test p = " + num(fisherP)));
    }

    void corr(CorrelationResult r) {
        if (tsv) {
            row("test", "statistic", "df", "p", "effect_size", "ci_low", "ci_high", "n");
            row(r.method().toLowerCase(Locale.ROOT), num(r.r()), Integer.toString(r.df()), num(r.p()), num(r.r()),
                    num(r.ciLow()), num(r.ciHigh()), Integer.toString(r.n()));
            return;
        }
        out.println(r.method() + " correlation: " + r.apa());
        out.println("  n = " + r.n() + "; p = " + num(r.p()) + "; interval: " + r.ciMethod());
    }

    void check(List<ConsistencyResult> results) {
        if (tsv) {
            row("test", "statistic", "df", "p", "effect_size", "consistent", "df2", "reported_p", "comparison",
                    "decision_error", "p_low", "p_high", "text");
            for (ConsistencyResult c : results) {
                ReportedTest t = c.reported();
                boolean isR = t.kind() == ReportedTest.Kind.R;
                row(t.kind().symbol(), num(t.statistic()), t.kind() == ReportedTest.Kind.Z ? "NA" : num(t.df1()),
                        num(c.recomputedP()), isR ? num(t.statistic()) : "NA", Boolean.toString(c.consistent()),
                        t.kind() == ReportedTest.Kind.F ? num(t.df2()) : "NA", num(t.p()), t.comparison(),
                        Boolean.toString(c.decisionError()), num(c.pLow()), num(c.pHigh()), t.text());
            }
            return;
        }
        for (ConsistencyResult c : results) {
            out.println(ascii(c.describe()));
        }
    }

    private void row(String... cells) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                s.append('\t');
            }
            s.append(cells[i].replace('\t', ' '));
        }
        out.print(s.append('\n'));
    }

    /** Full precision: integers plainly, otherwise the shortest decimal that reads back to the same double. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static String g(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    static String ascii(String s) {
        return s.replace("χ²", "chi2").replace("χ2", "chi2").replace("φ", "phi").replace("—", "-");
    }
}
