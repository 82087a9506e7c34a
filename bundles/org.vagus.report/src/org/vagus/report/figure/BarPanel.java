package org.vagus.report.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.vagus.stats.Summary;

/**
 * Bars of group means with error bars, per condition (the seed's Figures 2B, 3B, 4B: state anxiety change,
 * HR AUC, nHF change per group; or pre and post values per group). Conditions lie along the x axis, the
 * groups side by side within each condition.
 *
 * @param title the panel title
 * @param y the value axis
 * @param conditionLabel the x axis label, e.g. "Time" for pre/post, or "" when there is one condition
 * @param conditions the condition names, 1 or more
 * @param groups the groups with one mean and one error per condition
 * @param errorLabel what the error bars are, e.g. "SEM"
 * @param marks significance marks above conditions
 * @since 0.1.0
 */
public record BarPanel(String title, Axis y, String conditionLabel, List<String> conditions, List<BarGroup> groups,
        String errorLabel, List<Mark> marks) implements Panel {

    /**
     * One group's bars.
     *
     * @param name shown in the legend
     * @param colour the bar colour
     * @param mean one per condition
     * @param error the half-length of the error bar per condition, 0 or more
     */
    public record BarGroup(String name, Rgb colour, double[] mean, double[] error) {
        public BarGroup {
            Checks.text("group name", name);
            Objects.requireNonNull(colour, "group colour");
            mean = Checks.finite(name + " mean", mean);
            error = Checks.finite(name + " error", error);
            Checks.sameLength(name + " error", mean.length, error);
            for (double e : error) {
                if (e < 0) {
                    throw new IllegalArgumentException(name + ": error bars must be 0 or more, got " + e);
                }
            }
        }

        /**
         * Mean and standard error of the mean (SD / sqrt(n)) of each condition's raw values.
         *
         * @param values one array per condition
         */
        public static BarGroup meanAndSem(String name, Rgb colour, List<double[]> values) {
            double[] m = new double[values.size()];
            double[] e = new double[values.size()];
            for (int i = 0; i < m.length; i++) {
                Summary s = Summary.of(values.get(i));
                m[i] = s.mean();
                e[i] = s.n() > 1 ? s.sd() / Math.sqrt(s.n()) : 0;
            }
            return new BarGroup(name, colour, m, e);
        }

        @Override
        public double[] mean() {
            return mean.clone();
        }

        @Override
        public double[] error() {
            return error.clone();
        }
    }

    /**
     * A mark above a condition's bars, such as "*" for a significant group difference.
     *
     * @param condition the 0-based condition index
     * @param text the mark, e.g. "*", "**", "n.s."
     */
    public record Mark(int condition, String text) {
        public Mark {
            Checks.text("mark text", text);
        }
    }

    public BarPanel {
        Checks.text("panel title", title);
        Objects.requireNonNull(y, "y axis");
        Objects.requireNonNull(conditionLabel, "condition label");
        conditions = List.copyOf(conditions);
        groups = List.copyOf(groups);
        Objects.requireNonNull(errorLabel, "error label");
        marks = List.copyOf(marks);
        if (conditions.isEmpty() || groups.isEmpty()) {
            throw new IllegalArgumentException(title + ": a bar panel needs at least one condition and one group");
        }
        if (conditions.stream().distinct().count() != conditions.size()) {
            throw new IllegalArgumentException(title + ": condition names must differ: " + conditions);
        }
        for (BarGroup g : groups) {
            if (g.mean.length != conditions.size()) {
                throw new IllegalArgumentException(g.name() + " has " + g.mean.length + " means for "
                        + conditions.size() + " conditions");
            }
        }
        for (Mark m : marks) {
            if (m.condition() < 0 || m.condition() >= conditions.size()) {
                throw new IllegalArgumentException("mark '" + m.text() + "' names condition " + m.condition()
                        + " of " + conditions.size());
            }
        }
    }

    /** The top of the highest bar plus its error bar at a condition (or the bottom for negative bars). */
    public double extreme(int condition) {
        double top = 0;
        for (BarGroup g : groups) {
            double m = g.mean[condition];
            double end = m >= 0 ? m + g.error[condition] : m - g.error[condition];
            if (Math.abs(end) > Math.abs(top)) {
                top = end;
            }
        }
        return top;
    }

    /** A panel with a single condition, as for the change scores of the seed's figures. */
    public static BarPanel single(String title, Axis y, String condition, List<BarGroup> groups, String errorLabel,
            String mark) {
        List<Mark> marks = new ArrayList<>();
        if (mark != null && !mark.isBlank()) {
            marks.add(new Mark(0, mark));
        }
        return new BarPanel(title, y, "", List.of(condition), groups, errorLabel, marks);
    }

    @Override
    public String description() {
        return "bar chart of " + y.title() + " by group" + (conditions.size() > 1 ? " and " + conditionLabel : "")
                + (errorLabel.isEmpty() ? "" : ", error bars " + errorLabel);
    }
}
