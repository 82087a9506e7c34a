package org.vagus.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.results.CorrelationTest;
import org.vagus.analysis.results.GroupAssignment;
import org.vagus.analysis.results.GroupTest;
import org.vagus.core.model.Participant;
import org.vagus.stats.Correlations;
import org.vagus.stats.Summary;
import org.vagus.stats.TTestResult;
import org.vagus.stats.TTests;
import org.vagus.stats.Table1;

/**
 * Table 1, the group t-tests and the correlations of an analysis. A test that cannot be made (a column missing
 * from participants.tsv, fewer than two values in a group, no variance) is left out with a warning naming it,
 * never reported as NaN.
 */
final class GroupStatistics {
    private final Recipe recipe;
    private final Variables variables;
    private final GroupAssignment grouping;
    private final List<String> warnings;
    private final List<Participant> group1 = new ArrayList<>();
    private final List<Participant> group2 = new ArrayList<>();

    GroupStatistics(Recipe recipe, Variables variables, GroupAssignment grouping, List<String> warnings) {
        this.recipe = recipe;
        this.variables = variables;
        this.grouping = grouping;
        this.warnings = warnings;
        for (Participant p : variables.participants()) {
            String g = grouping.groupOf(p.label());
            if (grouping.group1().equals(g)) {
                group1.add(p);
            } else if (grouping.group2().equals(g)) {
                group2.add(p);
            }
        }
    }

    List<Participant> group1() {
        return group1;
    }

    List<Participant> group2() {
        return group2;
    }

    /** Table 1 over the grouped participants, or null if no row could be made. */
    Table1 table1() {
        Recipe.Table1Spec spec = recipe.statistics().table1();
        if (spec.variables().isEmpty()) {
            return null;
        }
        if (group1.isEmpty() || group2.isEmpty()) {
            warnings.add("Table 1 not made: a group is empty (" + grouping.group1() + " " + group1.size() + ", "
                    + grouping.group2() + " " + group2.size() + ")");
            return null;
        }
        Table1.Builder b = Table1.builder(grouping.group1(), group1.size(), grouping.group2(), group2.size())
                .welch(spec.welch()).yates(spec.yates()).decimals(spec.decimals());
        int rows = 0;
        for (Recipe.Table1Variable v : spec.variables()) {
            if (!variables.isColumn(v.column())) {
                warnings.add("Table 1: row '" + v.label() + "' left out: no column '" + v.column()
                        + "' in participants.tsv");
                continue;
            }
            try {
                if (v.type().equals(Recipe.Table1Variable.CATEGORICAL) && v.bins() != null) {
                    binned(b, v);
                } else if (v.type().equals(Recipe.Table1Variable.CATEGORICAL)) {
                    b.categorical(v.label(), levels(group1, v.column()), levels(group2, v.column()));
                } else {
                    b.continuous(v.label(), variables.values(group1, v.column()), variables.values(group2, v.column()));
                }
                rows++;
            } catch (IllegalArgumentException e) {
                warnings.add("Table 1: row '" + v.label() + "' left out: " + e.getMessage());
            }
        }
        return rows == 0 ? null : b.build();
    }

    /**
     * A numeric column binned into the recipe's levels, in the bins' order; a level no participant falls into is
     * left out (a chi-square test is undefined with an empty level), and so is a value that is not a number.
     */
    private void binned(Table1.Builder b, Recipe.Table1Variable v) {
        List<String> levels = v.bins().levels();
        long[] c1 = binCounts(group1, v);
        long[] c2 = binCounts(group2, v);
        List<String> used = new ArrayList<>();
        List<Long> u1 = new ArrayList<>();
        List<Long> u2 = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            if (c1[i] + c2[i] > 0) {
                used.add(levels.get(i));
                u1.add(c1[i]);
                u2.add(c2[i]);
            }
        }
        b.categorical(v.label(), used, u1.stream().mapToLong(Long::longValue).toArray(),
                u2.stream().mapToLong(Long::longValue).toArray());
    }

    private long[] binCounts(List<Participant> who, Recipe.Table1Variable v) {
        long[] counts = new long[v.bins().levels().size()];
        for (Participant p : who) {
            String level = v.bins().levelOf(variables.value(p, v.column()));
            if (level != null) {
                counts[v.bins().levels().indexOf(level)]++;
            }
        }
        return counts;
    }

    private static List<String> levels(List<Participant> who, String column) {
        List<String> out = new ArrayList<>();
        for (Participant p : who) {
            p.attribute(column).ifPresent(out::add);
        }
        return out;
    }

    /** The group t-tests, in recipe order. */
    List<GroupTest> tests() {
        List<GroupTest> out = new ArrayList<>();
        boolean welch = recipe.statistics().tTest().equals("welch");
        for (String id : recipe.statistics().groupTests()) {
            if (!variables.exists(id)) {
                warnings.add("group test of '" + id + "' left out: it is neither a feature, a derived variable nor a"
                        + " participants.tsv column");
                continue;
            }
            double[] a = variables.values(group1, id);
            double[] b = variables.values(group2, id);
            try {
                TTestResult t = welch ? TTests.welch(a, b) : TTests.student(a, b);
                Recipe.FeatureSpec f = variables.feature(id);
                out.add(new GroupTest(id, variables.label(id), f != null ? GroupTest.Family.A_PRIORI_WINDOW
                        : GroupTest.Family.PARTICIPANT_VARIABLE, f != null ? f.fromS() : Double.NaN,
                        f != null ? f.toS() : Double.NaN, Summary.of(a), Summary.of(b), t));
            } catch (IllegalArgumentException e) {
                warnings.add("group test of '" + id + "' left out (" + grouping.group1() + " n = " + a.length + ", "
                        + grouping.group2() + " n = " + b.length + "): " + e.getMessage());
            }
        }
        return out;
    }

    /** The correlations over every participant with both values, in recipe order. */
    List<CorrelationTest> correlations() {
        List<CorrelationTest> out = new ArrayList<>();
        for (Recipe.CorrelationSpec c : recipe.statistics().correlations()) {
            String missing = !variables.exists(c.x()) ? c.x() : !variables.exists(c.y()) ? c.y() : null;
            if (missing != null) {
                warnings.add("correlation of '" + c.x() + "' with '" + c.y() + "' left out: '" + missing
                        + "' is neither a feature, a derived variable nor a participants.tsv column");
                continue;
            }
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (Participant p : variables.participants()) {
                double x = variables.value(p, c.x());
                double y = variables.value(p, c.y());
                if (Double.isFinite(x) && Double.isFinite(y)) {
                    xs.add(x);
                    ys.add(y);
                }
            }
            try {
                out.add(new CorrelationTest(c.x(), c.y(), variables.label(c.x()), variables.label(c.y()),
                        Correlations.of(c.method(), toArray(xs), toArray(ys))));
            } catch (IllegalArgumentException e) {
                warnings.add("correlation of '" + c.x() + "' with '" + c.y() + "' left out: " + e.getMessage());
            }
        }
        return out;
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
