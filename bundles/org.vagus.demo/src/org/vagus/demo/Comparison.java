package org.vagus.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.CorrelationTest;
import org.vagus.analysis.results.GroupAssignment;
import org.vagus.analysis.results.GroupTest;
import org.vagus.stats.Apa;
import org.vagus.stats.ChiSquareTest;
import org.vagus.stats.CorrelationResult;
import org.vagus.stats.Summary;
import org.vagus.stats.TTestResult;
import org.vagus.stats.TTests;

/**
 * The seed's reported results beside the demo's: Table 1 per group with p, the group tests of the Results (STAI-S
 * change, perceived stress change, HR change AUC 0-0.85 s, nHF change mean 0.7-3.4 s) and the nHF-HAMA correlation.
 * The demo's group tests and correlation are the analysis's own ({@link AnalysisResult}, built-in recipe). Table 1 is
 * recomputed here from participants.tsv in the seed's layout, on the analysis's groups: continuous rows by Student's
 * t-test, count rows by Pearson's chi-square (no correction) on the counted level against the rest (the seed names
 * only the counted level, so its p for rows with more levels, such as education, need not match a 2 x 2 test).
 *
 * @param table1 the Table 1 rows: the seed's and the demo's
 * @param tests the group tests: the seed's and the demo's (null where the analysis did not run the test)
 * @param nhfHama the demo's nHF-HAMA correlation, or null
 * @param high the demo's High SC size
 * @param low the demo's Low SC size
 * @param median the demo's median of the SCS total
 * @since 0.1.0
 */
public record Comparison(List<Table1Row> table1, List<TestRow> tests, CorrelationResult nhfHama, int high, int low,
        double median) {

    /**
     * A Table 1 row of the demo.
     *
     * @param seed the seed's row
     * @param high High SC: mean or count
     * @param highSd High SC: SD (NaN for a count)
     * @param highN High SC: participants with a value
     * @param low Low SC: mean or count
     * @param lowSd Low SC: SD
     * @param lowN Low SC: participants with a value
     * @param p the test's p value
     */
    public record Table1Row(SeedStudy.Row seed, double high, double highSd, int highN, double low, double lowSd,
            int lowN, double p) {
    }

    /**
     * A group test of the Results beside the demo's.
     *
     * @param seed the seed's test
     * @param demo the demo's test (High minus Low), or null
     */
    public record TestRow(SeedStudy.Test seed, GroupTest demo) {
        /** The demo's t, or NaN. */
        public double t() {
            return demo == null ? Double.NaN : demo.test().t();
        }

        /** The demo's p, or NaN. */
        public double p() {
            return demo == null ? Double.NaN : demo.test().p();
        }

        /** The demo's Cohen's d (High minus Low, signed), or NaN. */
        public double d() {
            return demo == null ? Double.NaN : demo.test().effect().value();
        }
    }

    /** The seed's tests that the demo compares, in the Results' order. */
    public static final List<SeedStudy.Test> TESTS = List.of(SeedStudy.STAI_CHANGE, SeedStudy.STRESS_CHANGE,
            SeedStudy.HR_AUC, SeedStudy.NHF_MEAN);

    /**
     * Builds the comparison.
     *
     * @param result the analysis of the demo's study
     * @param attributes participants.tsv: label to column values
     */
    public static Comparison of(AnalysisResult result, Map<String, Map<String, String>> attributes) {
        GroupAssignment g = result.group().grouping();
        List<Table1Row> rows = new ArrayList<>();
        for (SeedStudy.Row s : SeedStudy.TABLE_1) {
            rows.add(row(s, g, attributes));
        }
        List<TestRow> tests = new ArrayList<>();
        for (SeedStudy.Test t : TESTS) {
            tests.add(new TestRow(t, result.group().test(t.variable()).orElse(null)));
        }
        CorrelationResult r = result.group().correlations().stream()
                .filter(c -> c.x().equals(SeedStudy.NHF_MEAN.variable()) && c.y().equals("hama")
                        || c.y().equals(SeedStudy.NHF_MEAN.variable()) && c.x().equals("hama"))
                .map(CorrelationTest::result).findFirst().orElse(null);
        return new Comparison(List.copyOf(rows), List.copyOf(tests), r, g.size(g.group1()), g.size(g.group2()),
                g.median());
    }

    private static Table1Row row(SeedStudy.Row s, GroupAssignment g, Map<String, Map<String, String>> attributes) {
        List<Double> hi = new ArrayList<>();
        List<Double> lo = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : attributes.entrySet()) {
            String group = g.groupOf(e.getKey());
            String v = e.getValue().get(s.column());
            if (group == null || v == null || v.equals("n/a")) {
                continue;
            }
            double x = s.categorical() ? (counted(s, v) ? 1 : 0) : Double.parseDouble(v);
            (group.equals(g.group1()) ? hi : lo).add(x);
        }
        double[] h = hi.stream().mapToDouble(Double::doubleValue).toArray();
        double[] l = lo.stream().mapToDouble(Double::doubleValue).toArray();
        if (h.length < 2 || l.length < 2) {
            return new Table1Row(s, Double.NaN, Double.NaN, h.length, Double.NaN, Double.NaN, l.length, Double.NaN);
        }
        if (s.categorical()) {
            long ch = Math.round(sum(h));
            long cl = Math.round(sum(l));
            long[][] table = {{ch, h.length - ch}, {cl, l.length - cl}};
            double p = (ch + cl == 0 || ch + cl == h.length + l.length) ? 1
                    : ChiSquareTest.independence(table, false).p();
            return new Table1Row(s, ch, Double.NaN, h.length, cl, Double.NaN, l.length, p);
        }
        Summary sh = Summary.of(h);
        Summary sl = Summary.of(l);
        TTestResult t = TTests.student(h, l);
        return new Table1Row(s, sh.mean(), sh.sd(), h.length, sl.mean(), sl.sd(), l.length, t.p());
    }

    private static boolean counted(SeedStudy.Row s, String value) {
        if (s.level().startsWith(">=")) {
            return Double.parseDouble(value) >= Double.parseDouble(s.level().substring(2));
        }
        return s.level().equals(value);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /** The test row of a variable. */
    public TestRow test(String variable) {
        return tests.stream().filter(t -> t.seed().variable().equals(variable)).findFirst().orElseThrow();
    }

    /** Prints the side-by-side. */
    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "Seed (Sun et al., N = %d: High SC %d, Low SC %d, median SCS %.2f) beside this demo"
                + " (N = %d: High SC %d, Low SC %d, median %.2f)%n", SeedStudy.N, SeedStudy.N_HIGH, SeedStudy.N_LOW,
                SeedStudy.SCS_MEDIAN, high + low, high, low, median);
        out.println();
        String f = "%-28s | %-15s %-15s %-7s | %-15s %-15s %-7s%n";
        out.printf(Locale.ROOT, f, "Table 1", "seed High", "seed Low", "p", "demo High", "demo Low", "p");
        for (Table1Row r : table1) {
            SeedStudy.Row s = r.seed();
            out.printf(Locale.ROOT, f, s.label(), cell(s.categorical(), s.high(), s.highSd(), SeedStudy.N_HIGH),
                    cell(s.categorical(), s.low(), s.lowSd(), SeedStudy.N_LOW), p(s.p()),
                    cell(s.categorical(), r.high(), r.highSd(), r.highN()),
                    cell(s.categorical(), r.low(), r.lowSd(), r.lowN()), p(r.p()));
        }
        out.println();
        String g = "%-40s | %-33s | %s%n";
        out.printf(Locale.ROOT, g, "Group tests, High minus Low", "seed", "demo");
        for (TestRow t : tests) {
            SeedStudy.Test s = t.seed();
            String seed = (Double.isNaN(s.t()) ? "" : "t(75) = " + Apa.two(s.t()) + ", ") + "p = " + p(s.p())
                    + (Double.isNaN(s.d()) ? "" : ", d = " + Apa.two(s.d()));
            String demo = t.demo() == null ? "not run by the recipe" : t.demo().apa()
                    + String.format(Locale.ROOT, " (High %s, Low %s%s)", mean(t.demo().group1().mean()),
                            mean(t.demo().group2().mean()), window(t.demo()));
            out.printf(Locale.ROOT, g, s.label(), seed, demo);
        }
        String seedR = "r = " + Apa.r(SeedStudy.NHF_HAMA_R) + ", df = 75, p = " + p(SeedStudy.NHF_HAMA_P);
        out.printf(Locale.ROOT, g, "nHF change 0.7-3.4 s vs HAMA, all", seedR,
                nhfHama == null ? "not run by the recipe" : nhfHama.apa());
    }

    /** Two decimals, or four for small values (nHF changes are hundredths). */
    private static String mean(double v) {
        return Math.abs(v) >= 0.1 || v == 0 ? Apa.two(v) : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String window(GroupTest t) {
        if (t == null || t.family() != GroupTest.Family.A_PRIORI_WINDOW) {
            return "";
        }
        return String.format(Locale.ROOT, "; window %s-%s s", num(t.fromS()), num(t.toS()));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String cell(boolean count, double v, double sd, int n) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (count) {
            return String.format(Locale.ROOT, "%d (%.1f%%)", Math.round(v), 100 * v / n);
        }
        return String.format(Locale.ROOT, "%.2f (%.2f)", v, sd);
    }

    private static String p(double p) {
        if (Double.isNaN(p)) {
            return "n/a";
        }
        return p < 0.001 ? "<.001" : Apa.pValue(p);
    }
}
