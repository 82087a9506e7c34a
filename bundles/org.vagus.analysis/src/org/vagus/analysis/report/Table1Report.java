package org.vagus.analysis.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.GroupAssignment;
import org.vagus.report.table.Cell;
import org.vagus.report.table.DataTable;
import org.vagus.report.table.StatsTables;
import org.vagus.stats.ChiSquareResult;
import org.vagus.stats.Stars;
import org.vagus.stats.Summary;
import org.vagus.stats.Table1;
import org.vagus.stats.TTestResult;

/**
 * Table 1 as the seed prints it: columns Total, group 1 (n), group 2 (n) and p with stars; a continuous row as
 * M (SD); a categorical row with {@code show} as one line with that level's n (%), the chi-square test running over
 * all levels of the variable; a categorical row without it as a line with the test and one indented line per
 * level. The numbers come from the statistics bundle's {@link Table1} (the analysis's computation); the Total
 * column is the two groups pooled (M and SD of the pooled values, computed exactly from the groups' n, M and SD).
 * The exported table has one line per value shown, in full precision.
 */
final class Table1Report {
    private Table1Report() {
    }

    /** Table 1, or empty if the analysis made none. */
    static Optional<ReportTables.Shown> of(AnalysisResult r, Recipe recipe) {
        Table1 t = r.group().table1();
        if (t == null) {
            return Optional.empty();
        }
        GroupAssignment ga = r.group().grouping();
        int n1 = ga.size(ga.group1());
        int n2 = ga.size(ga.group2());
        Recipe.Table1Spec spec = recipe.statistics().table1();
        int decimals = spec.decimals();
        String c1 = StatsTables.columnName(ga.group1());
        String c2 = StatsTables.columnName(ga.group2());
        List<List<Cell>> shown = new ArrayList<>();
        List<List<Cell>> export = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add("Continuous variables: M (SD), " + (spec.welch() ? "Welch's" : "Student's") + " t-test; categorical"
                + " variables: n (%) of the level named, or of each level, with Pearson's chi-square test over all"
                + " levels of the variable" + (spec.yates() ? " (Yates' correction for 2 x 2 tables)" : "")
                + "; percentages of the participants with a value.");
        Set<Table1.Variable> used = new HashSet<>();
        for (Recipe.Table1Variable row : spec.variables()) {
            Table1.Variable v = t.variables().stream().filter(x -> x.name().equals(row.label()) && !used.contains(x))
                    .findFirst().orElse(null);
            if (v == null) {
                continue;
            }
            used.add(v);
            if (v instanceof Table1.Continuous c) {
                continuous(row, c, n1, n2, decimals, shown, export);
            } else if (v instanceof Table1.Categorical c) {
                categorical(row, c, shown, export);
                c.test().warnings().forEach(w -> notes.add(row.label() + ": " + w + "."));
                if (row.bins() != null) {
                    notes.add(row.label() + ": " + row.column() + " in levels " + bins(row.bins()) + ".");
                }
            }
        }
        notes.add(Stars.LEGEND + ".");
        DataTable display = new DataTable("Demographic and clinical characteristics of the " + ga.group1() + " and "
                + ga.group2() + " groups", List.of("Variable", "Total (n = " + (n1 + n2) + ")", ga.group1() + " (n = "
                        + n1 + ")", ga.group2() + " (n = " + n2 + ")", "p"), shown, notes);
        DataTable data = new DataTable(display.title(), List.of("variable", "label", "level", "summary",
                "total_value", "total_spread", "total_n", c1 + "_value", c1 + "_spread", c1 + "_n", c2 + "_value",
                c2 + "_spread", c2 + "_n", "test", "statistic", "df", "p", "effect", "effect_size"), export, List.of());
        return Optional.of(new ReportTables.Shown(display, data));
    }

    private static String bins(Recipe.Table1Bins b) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < b.levels().size(); i++) {
            s.append(i == 0 ? "" : ", ").append(b.levels().get(i));
        }
        return s.append(" (cut at ").append(b.cuts().stream().map(Picks::seconds).toList().toString()
                .replaceAll("[\\[\\]]", "")).append(')').toString();
    }

    private static void continuous(Recipe.Table1Variable row, Table1.Continuous c, int n1, int n2, int decimals,
            List<List<Cell>> shown, List<List<Cell>> export) {
        Summary total = pooled(c.group1(), c.group2());
        TTestResult x = c.test();
        shown.add(List.of(Cell.text(row.label() + ", M (SD)"), Cell.text(mSd(total, n1 + n2, decimals)),
                Cell.text(mSd(c.group1(), n1, decimals)), Cell.text(mSd(c.group2(), n2, decimals)),
                ReportTables.p(x.p())));
        List<Cell> e = new ArrayList<>(List.of(Cell.text(row.column()), Cell.text(row.label()), Cell.text(""),
                Cell.text("M (SD)")));
        for (Summary s : List.of(total, c.group1(), c.group2())) {
            e.add(ReportTables.num(s.mean(), ""));
            e.add(ReportTables.num(s.sd(), ""));
            e.add(Cell.count(s.n()));
        }
        e.addAll(List.of(Cell.text(x.test()), ReportTables.num(x.t(), ""), ReportTables.num(x.df(), ""),
                ReportTables.num(x.p(), ""), Cell.text(x.effect().name()), ReportTables.num(x.effect().value(), "")));
        export.add(e);
    }

    private static void categorical(Recipe.Table1Variable row, Table1.Categorical c, List<List<Cell>> shown,
            List<List<Cell>> export) {
        long[] g1 = c.group1();
        long[] g2 = c.group2();
        long t1 = sum(g1);
        long t2 = sum(g2);
        ChiSquareResult x = c.test();
        List<String> levels = new ArrayList<>();
        if (row.show() != null) {
            levels.add(row.show());
            int i = c.levels().indexOf(row.show());
            long k1 = i < 0 ? 0 : g1[i];
            long k2 = i < 0 ? 0 : g2[i];
            shown.add(List.of(Cell.text(row.label() + ", " + row.show() + ", n (%)"), Cell.text(percent(k1 + k2,
                    t1 + t2)), Cell.text(percent(k1, t1)), Cell.text(percent(k2, t2)), ReportTables.p(x.p())));
        } else {
            levels.addAll(c.levels());
            shown.add(List.of(Cell.text(row.label() + ", n (%)"), Cell.text(""), Cell.text(""), Cell.text(""),
                    ReportTables.p(x.p())));
            for (int i = 0; i < c.levels().size(); i++) {
                shown.add(List.of(Cell.text("  " + c.levels().get(i)), Cell.text(percent(g1[i] + g2[i], t1 + t2)),
                        Cell.text(percent(g1[i], t1)), Cell.text(percent(g2[i], t2)), Cell.text("")));
            }
        }
        for (String level : levels) {
            int i = c.levels().indexOf(level);
            long k1 = i < 0 ? 0 : g1[i];
            long k2 = i < 0 ? 0 : g2[i];
            List<Cell> e = new ArrayList<>(List.of(Cell.text(row.column()), Cell.text(row.label()), Cell.text(level),
                    Cell.text("n (%)")));
            long[][] counts = {{k1 + k2, t1 + t2}, {k1, t1}, {k2, t2}};
            for (long[] k : counts) {
                e.add(Cell.count(k[0]));
                e.add(ReportTables.num(k[1] == 0 ? Double.NaN : 100.0 * k[0] / k[1], ""));
                e.add(Cell.count(k[1]));
            }
            e.addAll(List.of(Cell.text(x.test()), ReportTables.num(x.statistic(), ""), Cell.count(x.df()),
                    ReportTables.num(x.p(), ""), Cell.text(x.effectName()), ReportTables.num(x.effectSize(), "")));
            export.add(e);
        }
    }

    /**
     * The two groups pooled: n1 + n2 values with mean (n1 M1 + n2 M2) / n and SD from the within-group sums of
     * squares plus the between-group term, exactly as if computed from the pooled values.
     */
    static Summary pooled(Summary a, Summary b) {
        int n = a.n() + b.n();
        double mean = (a.n() * a.mean() + b.n() * b.mean()) / n;
        double ss = within(a) + within(b) + a.n() * (a.mean() - mean) * (a.mean() - mean)
                + b.n() * (b.mean() - mean) * (b.mean() - mean);
        return new Summary(mean, n > 1 ? Math.sqrt(ss / (n - 1)) : 0, n);
    }

    private static double within(Summary s) {
        return (s.n() - 1) * s.variance();
    }

    private static String mSd(Summary s, int declared, int decimals) {
        String sd = Double.isFinite(s.sd()) ? fixed(s.sd(), decimals) : "n/a";
        String c = fixed(s.mean(), decimals) + " (" + sd + ")";
        return s.n() == declared ? c : c + " [n = " + s.n() + "]";
    }

    private static String fixed(double v, int decimals) {
        String s = String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }

    private static String percent(long count, long total) {
        return count + " (" + (total == 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f", 100.0 * count / total))
                + ")";
    }

    private static long sum(long[] a) {
        long s = 0;
        for (long v : a) {
            s += v;
        }
        return s;
    }

    /** The APA text of each Table 1 test, in table order: "Age (years): t(75) = 2.57, p = .012, d = 0.59". */
    static List<String> apa(AnalysisResult r, Recipe recipe) {
        List<String> out = new ArrayList<>();
        Table1 t = r.group().table1();
        if (t == null) {
            return out;
        }
        GroupAssignment ga = r.group().grouping();
        double alpha = recipe.statistics().alpha();
        for (Table1.Variable v : t.variables()) {
            String test = v instanceof Table1.Continuous c ? c.test().apa() : ((Table1.Categorical) v).test().apa();
            out.add("The " + ga.group1() + " and " + ga.group2() + " groups " + (v.p() < alpha ? "differed in "
                    : "did not differ significantly in ") + Picks.inSentence(v.name()) + ", " + test + ".");
        }
        return out;
    }
}
