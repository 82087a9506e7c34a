package org.vagus.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.CorrelationTest;
import org.vagus.analysis.results.GroupAssignment;
import org.vagus.analysis.results.GroupTest;
import org.vagus.analysis.results.ParticipantResult;
import org.vagus.analysis.results.WindowComparison;
import org.vagus.report.table.Cell;
import org.vagus.report.table.DataTable;
import org.vagus.report.table.StatsTables;
import org.vagus.stats.Apa;
import org.vagus.stats.ClusterTestResult;
import org.vagus.stats.CorrelationMatrix;
import org.vagus.stats.CorrelationResult;
import org.vagus.stats.Correlations;
import org.vagus.stats.SlidingWindowResult;
import org.vagus.stats.Stars;
import org.vagus.stats.TTestResult;

/**
 * The report's tables besides Table 1 ({@link Table1Report}), each as shown (APA formatting) and as exported
 * (full-precision numbers, one line per value, column names R, SPSS and JASP accept): the group tests, the
 * correlations, the correlation matrix of the study's variables (the seed's Supplementary Table S1) and the
 * windows each sliding-window family selected.
 */
final class ReportTables {
    private ReportTables() {
    }

    /** A table as the report shows it and as its data files hold it. */
    record Shown(DataTable display, DataTable export) {
    }

    static Cell p(double p) {
        return Cell.num(p, Apa.pValue(p) + Stars.of(p));
    }

    static Cell num(double v, String display) {
        return Cell.num(v, Double.isFinite(v) ? display : "");
    }

    /** The group t-tests with each group's M (SD) and Cohen's d. */
    static Shown groupTests(AnalysisResult r) {
        GroupAssignment ga = r.group().grouping();
        String c1 = StatsTables.columnName(ga.group1());
        String c2 = StatsTables.columnName(ga.group2());
        List<List<Cell>> shown = new ArrayList<>();
        List<List<Cell>> export = new ArrayList<>();
        for (GroupTest t : r.group().tests()) {
            TTestResult x = t.test();
            boolean window = t.family() == GroupTest.Family.A_PRIORI_WINDOW;
            String w = window ? Picks.seconds(t.fromS()) + "-" + Picks.seconds(t.toS()) : "";
            shown.add(List.of(Cell.text(t.label()), Cell.text(w), Cell.text(mSd(t.group1())),
                    Cell.text(mSd(t.group2())), Cell.num(x.t(), Apa.two(x.t())), Cell.num(x.df(), Apa.df(x.df())),
                    p(x.p()), Cell.num(x.effect().value(), Apa.two(Math.abs(x.effect().value())))));
            export.add(List.of(Cell.text(t.variable()), Cell.text(t.label()), Cell.text(window ? "a_priori_window"
                    : "participant_variable"), num(t.fromS(), ""), num(t.toS(), ""), Cell.count(t.group1().n()),
                    num(t.group1().mean(), ""), num(t.group1().sd(), ""), Cell.count(t.group2().n()),
                    num(t.group2().mean(), ""), num(t.group2().sd(), ""), Cell.text(x.test()), num(x.t(), ""),
                    num(x.df(), ""), num(x.p(), ""), num(x.meanDifference(), ""), num(x.ciLow(), ""),
                    num(x.ciHigh(), ""), num(x.effect().value(), ""), Cell.text(t.apa())));
        }
        DataTable display = new DataTable("Group differences (" + ga.group1() + " minus " + ga.group2() + ")",
                List.of("Variable", "Window (s)", ga.group1() + " M (SD)", ga.group2() + " M (SD)", "t", "df", "p",
                        "d"), shown,
                List.of("Independent-samples " + ("welch".equals(r.recipe().statistics().tTest()) ? "Welch's"
                        : "Student's") + " t-tests, two-sided; t is " + ga.group1() + " minus " + ga.group2()
                        + "; d is Cohen's d (magnitude). Windows were fixed in the recipe before the analysis. "
                        + Stars.LEGEND + "."));
        DataTable data = new DataTable(display.title(), List.of("variable", "label", "family", "from_s", "to_s",
                c1 + "_n", c1 + "_mean", c1 + "_sd", c2 + "_n", c2 + "_mean", c2 + "_sd", "test", "t", "df", "p",
                "mean_difference", "ci95_low", "ci95_high", "cohens_d", "apa"), export, List.of());
        return new Shown(display, data);
    }

    private static String mSd(org.vagus.stats.Summary s) {
        return Apa.two(s.mean()) + " (" + (Double.isFinite(s.sd()) ? Apa.two(s.sd()) : "n/a") + ")";
    }

    /** The recipe's correlations over all participants with both values. */
    static Shown correlations(AnalysisResult r) {
        List<List<Cell>> shown = new ArrayList<>();
        List<List<Cell>> export = new ArrayList<>();
        for (CorrelationTest c : r.group().correlations()) {
            CorrelationResult x = c.result();
            shown.add(List.of(Cell.text(c.xLabel()), Cell.text(c.yLabel()), Cell.text(x.method()), Cell.count(x.n()),
                    Cell.num(x.r(), Apa.r(x.r()) + Stars.of(x.p())), Cell.text("[" + Apa.r(x.ciLow()) + ", "
                            + Apa.r(x.ciHigh()) + "]"), p(x.p())));
            export.add(List.of(Cell.text(c.x()), Cell.text(c.y()), Cell.text(c.xLabel()), Cell.text(c.yLabel()),
                    Cell.text(x.method()), Cell.count(x.n()), num(x.r(), ""), Cell.count(x.df()), num(x.t(), ""),
                    num(x.p(), ""), num(x.ciLow(), ""), num(x.ciHigh(), ""), Cell.text(c.apa())));
        }
        DataTable display = new DataTable("Correlations over all participants", List.of("Variable", "With",
                "Method", "n", "r", "95% CI", "p"), shown, List.of("Two-sided p; confidence intervals of r by"
                        + " Fisher's z; each correlation uses the participants with both values. " + Stars.LEGEND
                        + "."));
        DataTable data = new DataTable(display.title(), List.of("x", "y", "x_label", "y_label", "method", "n", "r",
                "df", "t", "p", "ci95_low", "ci95_high", "apa"), export, List.of());
        return new Shown(display, data);
    }

    /**
     * The variables of the correlation matrix, in this order without repeats: the grouping score (a median split),
     * Table 1's continuous columns, the group-tested variables and the correlated ones.
     */
    static List<String> matrixVariables(Recipe recipe) {
        Set<String> ids = new LinkedHashSet<>();
        if (recipe.grouping().rule().equals(Recipe.GroupingSpec.MEDIAN_SPLIT)) {
            ids.add(recipe.grouping().column());
        }
        for (Recipe.Table1Variable v : recipe.statistics().table1().variables()) {
            if (v.type().equals(Recipe.Table1Variable.CONTINUOUS)) {
                ids.add(v.column());
            }
        }
        ids.addAll(recipe.statistics().groupTests());
        for (Recipe.CorrelationSpec c : recipe.statistics().correlations()) {
            ids.add(c.x());
            ids.add(c.y());
        }
        return List.copyOf(ids);
    }

    /**
     * The correlation matrix (Table S1): r with stars below the diagonal, APA style, each pair over the
     * participants with both values; variables with fewer than 3 values are left out. Empty if fewer than two
     * variables remain.
     */
    static Optional<Shown> matrix(AnalysisResult r, Recipe recipe) {
        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        List<ParticipantResult> people = r.participants();
        for (String id : matrixVariables(recipe)) {
            double[] v = new double[people.size()];
            int finite = 0;
            for (int i = 0; i < v.length; i++) {
                v[i] = r.value(people.get(i).label(), id);
                finite += Double.isFinite(v[i]) ? 1 : 0;
            }
            if (finite >= 3) {
                names.add(id);
                columns.add(v);
            }
        }
        if (names.size() < 2) {
            return Optional.empty();
        }
        String method = recipe.statistics().correlations().isEmpty() ? "pearson"
                : recipe.statistics().correlations().get(0).method();
        CorrelationMatrix m;
        try {
            m = Correlations.matrix(names, columns.toArray(new double[0][]), method);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<String> header = new ArrayList<>(List.of("Variable"));
        for (int j = 1; j <= m.size(); j++) {
            header.add(Integer.toString(j));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text((i + 1) + ". " + Picks.label(recipe, names.get(i))));
            for (int j = 0; j < m.size(); j++) {
                if (j < i) {
                    row.add(Cell.num(m.r(i, j), Apa.r(m.r(i, j)) + Stars.of(m.p(i, j))));
                } else {
                    row.add(Cell.text(i == j ? "\u2014" : ""));
                }
            }
            rows.add(row);
        }
        String methodName = m.get(0, 1).method();
        DataTable display = new DataTable("Correlations among the study's variables", header, rows,
                List.of(methodName + " correlations over all participants, each pair over the participants with both"
                        + " values; two-sided p. " + Stars.LEGEND + "."));
        return Optional.of(new Shown(display, StatsTables.correlationValues(m)));
    }

    /** The windows each family of each sliding-window comparison selected, merged into spans. */
    static Shown significantWindows(AnalysisResult r) {
        List<List<Cell>> shown = new ArrayList<>();
        List<List<Cell>> export = new ArrayList<>();
        for (WindowComparison w : r.group().windows()) {
            SlidingWindowResult s = w.result();
            for (SlidingWindowResult.Family f : SlidingWindowResult.Family.values()) {
                for (SlidingWindowResult.Span span : s.spans(f)) {
                    double clusterP = Double.NaN;
                    if (f == SlidingWindowResult.Family.CLUSTER) {
                        for (ClusterTestResult.Cluster c : s.clusters().clusters()) {
                            if (c.first() == span.firstWindow()) {
                                clusterP = c.p();
                            }
                        }
                    }
                    int windows = span.lastWindow() - span.firstWindow() + 1;
                    shown.add(List.of(Cell.text(Picks.courseName(w.course()) + " (" + w.measure() + ")"),
                            Cell.text(Picks.familyName(f)), Cell.text(Picks.seconds(span.start()) + "-"
                                    + Picks.seconds(span.end())), Cell.count(windows),
                            Double.isNaN(clusterP) ? Cell.text("") : Cell.num(clusterP, Apa.pValue(clusterP))));
                    export.add(List.of(Cell.text(w.course()), Cell.text(w.measure()),
                            Cell.text(f.name().toLowerCase(java.util.Locale.ROOT)), num(span.start(), ""),
                            num(span.end(), ""), Cell.count(span.firstWindow()), Cell.count(span.lastWindow()),
                            num(clusterP, ""), Cell.text(f.label())));
                }
            }
        }
        Recipe.SlidingSpec spec = r.recipe().statistics().slidingWindows();
        List<String> notes = new ArrayList<>();
        notes.add("Windows of " + Picks.seconds(spec.windowS()) + " s every " + Picks.seconds(spec.stepS()) + " s from "
                + Picks.seconds(spec.fromS()) + " to " + Picks.seconds(spec.toS()) + " s, Student's t per window;"
                + " adjacent selected windows merged. Families: uncorrected (p < alpha per window, no"
                + " multiple-comparison control), FDR (Benjamini-Hochberg q < alpha), cluster (permutation test, "
                + spec.permutations() + " permutations, family-wise p < alpha).");
        if (shown.isEmpty()) {
            notes.add("No family selected any window.");
        }
        DataTable display = new DataTable("Time windows where the groups differ, by family", List.of("Course",
                "Family", "Window (s)", "Windows", "Cluster p"), shown, notes);
        DataTable data = new DataTable(display.title(), List.of("course", "measure", "family", "start_s", "end_s",
                "first_window", "last_window", "cluster_p", "family_label"), export, List.of());
        return new Shown(display, data);
    }
}
