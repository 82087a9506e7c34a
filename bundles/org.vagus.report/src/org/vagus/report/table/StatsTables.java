package org.vagus.report.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vagus.stats.Apa;
import org.vagus.stats.ChiSquareResult;
import org.vagus.stats.CorrelationMatrix;
import org.vagus.stats.CorrelationResult;
import org.vagus.stats.Stars;
import org.vagus.stats.Summary;
import org.vagus.stats.TTestResult;
import org.vagus.stats.Table1;

/**
 * Tables of statistical results in long ("tidy") form, with full-precision numbers for data files and
 * APA-formatted numbers for the report. The formatted tables as papers print them come from the statistics
 * bundle ({@link Table1#table()}, {@link CorrelationMatrix#table()}) through {@link DataTable#of}.
 *
 * @since 0.1.0
 */
public final class StatsTables {
    private StatsTables() {
    }

    /**
     * Table 1 as values: one line per continuous variable (mean, SD, n per group; t-test) and one per level
     * of a categorical variable (count, percent of the group, group size; the variable's chi-square test on
     * each of its lines).
     *
     * @param group1 the name of group 1, for column names (e.g. "High SC" gives {@code high_sc_mean})
     * @param group2 the name of group 2
     */
    public static DataTable table1Values(Table1 table, String group1, String group2) {
        String g1 = columnName(group1);
        String g2 = columnName(group2);
        List<String> cols = List.of("variable", "level", "summary", g1 + "_value", g1 + "_spread", g1 + "_n",
                g2 + "_value", g2 + "_spread", g2 + "_n", "test", "statistic", "df", "p", "effect", "effect_size");
        List<List<Cell>> rows = new ArrayList<>();
        for (Table1.Variable v : table.variables()) {
            if (v instanceof Table1.Continuous c) {
                TTestResult t = c.test();
                List<Cell> r = new ArrayList<>(List.of(Cell.text(c.name()), Cell.text(""), Cell.text("M (SD)")));
                summary(r, c.group1());
                summary(r, c.group2());
                r.addAll(List.of(Cell.text(t.test()), Cell.num(t.t(), Apa.two(t.t())), df(t.df()), p(t.p()),
                        Cell.text(t.effect().name()), Cell.num(t.effect().value(), Apa.two(t.effect().value()))));
                rows.add(r);
            } else if (v instanceof Table1.Categorical c) {
                ChiSquareResult x = c.test();
                long[] c1 = c.group1();
                long[] c2 = c.group2();
                long n1 = sum(c1);
                long n2 = sum(c2);
                for (int i = 0; i < c.levels().size(); i++) {
                    List<Cell> r = new ArrayList<>(List.of(Cell.text(c.name()), Cell.text(c.levels().get(i)),
                            Cell.text("n (%)")));
                    count(r, c1[i], n1);
                    count(r, c2[i], n2);
                    r.addAll(List.of(Cell.text(x.test()), Cell.num(x.statistic(), Apa.two(x.statistic())),
                            Cell.count(x.df()), p(x.p()), Cell.text(x.effectName()),
                            Cell.num(x.effectSize(), Apa.r(x.effectSize()))));
                    rows.add(r);
                }
            }
        }
        return new DataTable("Table 1 values: " + group1 + " and " + group2, cols, rows, table.notes());
    }

    /** One line per pair of variables: r, n, p and the confidence interval of r. */
    public static DataTable correlationValues(CorrelationMatrix m) {
        List<String> cols = List.of("var1", "var2", "method", "r", "n", "p", "ci_low", "ci_high");
        List<List<Cell>> rows = new ArrayList<>();
        String method = "";
        for (int i = 0; i < m.size(); i++) {
            for (int j = i + 1; j < m.size(); j++) {
                CorrelationResult c = m.get(i, j);
                method = c.method();
                rows.add(List.of(Cell.text(m.names().get(i)), Cell.text(m.names().get(j)), Cell.text(c.method()),
                        Cell.num(c.r(), Apa.r(c.r()) + Stars.of(c.p())), Cell.count(c.n()), p(c.p()),
                        Cell.num(c.ciLow(), Apa.r(c.ciLow())), Cell.num(c.ciHigh(), Apa.r(c.ciHigh()))));
            }
        }
        return new DataTable("Correlations" + (method.isEmpty() ? "" : " (" + method + ")"), cols, rows,
                List.of("Two-sided p; confidence intervals of r by Fisher's z; " + Stars.LEGEND + "."));
    }

    /**
     * One line per t-test: the measure, the test, t, df, p, the mean difference with its standard error and
     * interval, the effect size, the group sizes and the APA text.
     *
     * @param measures what each test compares, e.g. "State anxiety change"
     * @param tests the tests, as many as measures
     */
    public static DataTable tTests(String title, List<String> measures, List<TTestResult> tests) {
        if (measures.size() != tests.size()) {
            throw new IllegalArgumentException(measures.size() + " measures for " + tests.size() + " tests");
        }
        List<String> cols = List.of("measure", "test", "t", "df", "p", "mean_difference", "se", "ci_low", "ci_high",
                "effect", "effect_size", "n1", "n2", "apa");
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            TTestResult t = tests.get(i);
            rows.add(List.of(Cell.text(measures.get(i)), Cell.text(t.test()), Cell.num(t.t(), Apa.two(t.t())),
                    df(t.df()), p(t.p()), Cell.num(t.meanDifference(), Apa.two(t.meanDifference())),
                    Cell.num(t.standardError(), Apa.two(t.standardError())), Cell.num(t.ciLow(), Apa.two(t.ciLow())),
                    Cell.num(t.ciHigh(), Apa.two(t.ciHigh())), Cell.text(t.effect().name()),
                    Cell.num(t.effect().value(), Apa.two(t.effect().value())), Cell.count(t.n1()),
                    Cell.count(t.n2()), Cell.text(t.apa())));
        }
        return new DataTable(title, cols, rows, List.of("Two-sided p values; effect sizes with pooled SD."));
    }

    /**
     * A lower-case column name of letters, digits and underscores, as R, SPSS and JASP accept: "High SC"
     * gives {@code high_sc}; a name starting with a digit gets a leading {@code g}.
     */
    public static String columnName(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) {
            return "group";
        }
        return Character.isDigit(s.charAt(0)) ? "g" + s : s;
    }

    private static void summary(List<Cell> r, Summary s) {
        r.add(Cell.num(s.mean(), Apa.two(s.mean())));
        r.add(Cell.num(s.sd(), Apa.two(s.sd())));
        r.add(Cell.count(s.n()));
    }

    private static void count(List<Cell> r, long count, long total) {
        double pct = total == 0 ? Double.NaN : 100.0 * count / total;
        r.add(Cell.count(count));
        r.add(Cell.num(pct, 1));
        r.add(Cell.count(total));
    }

    private static Cell p(double p) {
        return Cell.num(p, Apa.pValue(p));
    }

    private static Cell df(double df) {
        return Cell.num(df, Apa.df(df));
    }

    private static long sum(long[] a) {
        long s = 0;
        for (long v : a) {
            s += v;
        }
        return s;
    }
}
