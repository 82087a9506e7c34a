package org.vagus.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demographic and clinical characteristics table of a two-group study ("Table 1"): continuous
 * variables as M (SD) compared with a t-test (Student's by default, Welch's on request), categorical
 * variables as n (%) compared with Pearson's chi-square test (Yates' correction on request), p values with
 * stars ({@link Stars}). {@link #table()} gives the model the report renders, {@link #toTsv()} the same as
 * TSV; {@link #variables()} keeps the full numeric results.
 *
 * @since 0.1.0
 */
public final class Table1 {

    /** One variable of the table with its test. */
    public sealed interface Variable permits Continuous, Categorical {
        String name();

        double p();
    }

    /** A continuous variable: the two groups' summaries and the t-test. */
    public record Continuous(String name, Summary group1, Summary group2, TTestResult test) implements Variable {
        @Override
        public double p() {
            return test.p();
        }
    }

    /** A categorical variable: counts per level in each group and the chi-square test. */
    public record Categorical(String name, List<String> levels, long[] group1, long[] group2, ChiSquareResult test)
            implements Variable {
        public Categorical {
            levels = List.copyOf(levels);
            group1 = group1.clone();
            group2 = group2.clone();
        }

        @Override
        public long[] group1() {
            return group1.clone();
        }

        @Override
        public long[] group2() {
            return group2.clone();
        }

        @Override
        public double p() {
            return test.p();
        }
    }

    private final String group1;
    private final String group2;
    private final int n1;
    private final int n2;
    private final int decimals;
    private final List<Variable> variables;
    private final List<String> notes;

    private Table1(Builder b) {
        group1 = b.group1;
        group2 = b.group2;
        n1 = b.n1;
        n2 = b.n2;
        decimals = b.decimals;
        variables = List.copyOf(b.variables);
        List<String> n = new ArrayList<>();
        n.add("Continuous variables: M (SD), " + (b.welch ? "Welch's" : "Student's") + " t-test; categorical: n (%), "
                + (b.yates ? "chi-square test with Yates' correction (2 x 2)" : "Pearson's chi-square test") + ".");
        n.add(Stars.LEGEND + ".");
        for (Variable v : variables) {
            if (v instanceof Categorical c) {
                c.test().warnings().forEach(w -> n.add(c.name() + ": " + w + "."));
            }
        }
        notes = List.copyOf(n);
    }

    public static Builder builder(String group1, int n1, String group2, int n2) {
        return new Builder(group1, n1, group2, n2);
    }

    public List<Variable> variables() {
        return variables;
    }

    public List<String> notes() {
        return notes;
    }

    /**
     * Columns: Variable, "group1 (n = ..)", "group2 (n = ..)", Statistic, p (with stars). A categorical
     * variable takes a line with its test, then one indented line per level.
     */
    public TableModel table() {
        List<List<String>> rows = new ArrayList<>();
        for (Variable v : variables) {
            String p = Apa.pValue(v.p()) + Stars.of(v.p());
            if (v instanceof Continuous c) {
                rows.add(List.of(c.name(), cell(c.group1(), n1), cell(c.group2(), n2),
                        "t(" + Apa.df(c.test().df()) + ") = " + Apa.two(c.test().t()), p));
            } else if (v instanceof Categorical c) {
                rows.add(List.of(c.name(), "", "", "χ²(" + c.test().df() + ") = " + Apa.two(c.test().statistic()), p));
                long t1 = sum(c.group1);
                long t2 = sum(c.group2);
                for (int i = 0; i < c.levels().size(); i++) {
                    rows.add(List.of("  " + c.levels().get(i), percent(c.group1[i], t1), percent(c.group2[i], t2), "",
                            ""));
                }
            }
        }
        return new TableModel("Table 1. Characteristics of the " + group1 + " and " + group2 + " groups",
                List.of("Variable", group1 + " (n = " + n1 + ")", group2 + " (n = " + n2 + ")", "Statistic", "p"), rows,
                notes);
    }

    public String toTsv() {
        return table().toTsv();
    }

    private String cell(Summary s, int declared) {
        String c = Apa.fixed(s.mean(), decimals) + " (" + Apa.fixed(s.sd(), decimals) + ")";
        return s.n() == declared ? c : c + " [n = " + s.n() + "]";
    }

    private static String percent(long count, long total) {
        return count + " (" + Apa.fixed(100.0 * count / total, 1) + ")";
    }

    private static long sum(long[] a) {
        long s = 0;
        for (long v : a) {
            s += v;
        }
        return s;
    }

    /** Collects the variables in the order they should appear. */
    public static final class Builder {
        private final String group1;
        private final String group2;
        private final int n1;
        private final int n2;
        private final List<Variable> variables = new ArrayList<>();
        private int decimals = 2;
        private boolean welch;
        private boolean yates;

        private Builder(String group1, int n1, String group2, int n2) {
            if (n1 < 1 || n2 < 1) {
                throw new IllegalArgumentException("group sizes must be positive, got " + n1 + " and " + n2);
            }
            this.group1 = group1;
            this.group2 = group2;
            this.n1 = n1;
            this.n2 = n2;
        }

        /** Decimals of means and SDs (default 2). */
        public Builder decimals(int d) {
            if (d < 0 || d > 6) {
                throw new IllegalArgumentException("decimals must be 0..6, got " + d);
            }
            decimals = d;
            return this;
        }

        /** Welch's instead of Student's t-test for continuous variables (set before adding them). */
        public Builder welch(boolean on) {
            welch = on;
            return this;
        }

        /** Yates' correction for 2 x 2 categorical variables (set before adding them). */
        public Builder yates(boolean on) {
            yates = on;
            return this;
        }

        public Builder continuous(String name, double[] values1, double[] values2) {
            try {
                Summary s1 = Summary.of(values1);
                Summary s2 = Summary.of(values2);
                check(name, s1.n(), s2.n());
                variables.add(new Continuous(name, s1, s2, TTests.twoGroups(s1, s2, welch, TTests.CONFIDENCE)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
            }
            return this;
        }

        /** A categorical variable from one label per participant; levels keep their first appearance order. */
        public Builder categorical(String name, List<String> labels1, List<String> labels2) {
            Map<String, long[]> counts = new LinkedHashMap<>();
            for (String l : labels1) {
                counts.computeIfAbsent(l, k -> new long[2])[0]++;
            }
            for (String l : labels2) {
                counts.computeIfAbsent(l, k -> new long[2])[1]++;
            }
            List<String> levels = new ArrayList<>(counts.keySet());
            long[] c1 = new long[levels.size()];
            long[] c2 = new long[levels.size()];
            for (int i = 0; i < levels.size(); i++) {
                c1[i] = counts.get(levels.get(i))[0];
                c2[i] = counts.get(levels.get(i))[1];
            }
            return categorical(name, levels, c1, c2);
        }

        /** A categorical variable from counts per level in each group. */
        public Builder categorical(String name, List<String> levels, long[] counts1, long[] counts2) {
            if (levels.size() != counts1.length || levels.size() != counts2.length) {
                throw new IllegalArgumentException(name + ": " + levels.size() + " levels but " + counts1.length
                        + " and " + counts2.length + " counts");
            }
            long[][] table = new long[levels.size()][];
            for (int i = 0; i < levels.size(); i++) {
                table[i] = new long[] {counts1[i], counts2[i]};
            }
            try {
                check(name, sum(counts1), sum(counts2));
                ChiSquareResult chi = ChiSquareTest.independence(table, yates);
                variables.add(new Categorical(name, levels, counts1, counts2, chi));
            } catch (IllegalArgumentException e) {
                String m = e.getMessage().replaceFirst("^row (\\d+)", "level " + "$1");
                throw new IllegalArgumentException(name + ": " + m, e);
            }
            return this;
        }

        private void check(String name, long c1, long c2) {
            if (c1 > n1 || c2 > n2) {
                throw new IllegalArgumentException("has " + c1 + " and " + c2 + " values, more than the groups' sizes "
                        + n1 + " and " + n2);
            }
        }

        public Table1 build() {
            if (variables.isEmpty()) {
                throw new IllegalArgumentException("Table 1 has no variables");
            }
            return new Table1(this);
        }
    }
}
