package org.vagus.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.CorrelationTest;
import org.vagus.analysis.results.GroupAssignment;
import org.vagus.analysis.results.GroupCourse;
import org.vagus.analysis.results.GroupTest;
import org.vagus.analysis.results.WindowComparison;
import org.vagus.core.units.Unit;
import org.vagus.report.figure.Axis;
import org.vagus.report.figure.BarPanel;
import org.vagus.report.figure.Figure;
import org.vagus.report.figure.HistogramPanel;
import org.vagus.report.figure.Marker;
import org.vagus.report.figure.Palette;
import org.vagus.report.figure.Panel;
import org.vagus.report.figure.Rgb;
import org.vagus.report.figure.ScatterPanel;
import org.vagus.report.figure.TimeCoursePanel;
import org.vagus.stats.Apa;
import org.vagus.stats.SlidingWindowResult;
import org.vagus.stats.Stars;

/**
 * The seed paper's Figures 2 to 4 made from an analysis result, in content and layout:
 * <ul>
 * <li>{@value #FIGURE_2}: (A) the distribution of the grouping score, the groups stacked, with the median line (a
 * median split only); (B) bars of the groups' mean change score with SEM error bars and the significance mark;</li>
 * <li>{@value #FIGURE_3}: (A) the groups' heart-rate change around the event with 95 % confidence bands, the
 * significant windows shaded; (B) bars of the heart-rate feature over its window;</li>
 * <li>{@value #FIGURE_4}: the same for nHF change, and (C) the scatter of the recipe's first correlation with its
 * regression line and r.</li>
 * </ul>
 * Which variable, window and correlation each panel shows follows from the recipe by the rules of {@link Picks};
 * the seed recipe gives the seed's figures. A panel whose data the result lacks is left out, and a figure without
 * panels is not returned. Group 1 is blue, group 2 vermillion (Okabe-Ito), in every panel.
 *
 * @since 0.1.0
 */
public final class StudyFigures {
    /** The id of Figure 2 (distribution and change score); also its file stem. */
    public static final String FIGURE_2 = "figure-2";
    /** The id of Figure 3 (heart rate). */
    public static final String FIGURE_3 = "figure-3";
    /** The id of Figure 4 (nHF). */
    public static final String FIGURE_4 = "figure-4";

    /** Bins of the distribution: about this many over the range of the scores, at a round width. */
    private static final int TARGET_BINS = 12;

    private StudyFigures() {
    }

    /**
     * @param result the analysis result
     * @param recipe the recipe that made it (normally {@code result.recipe()})
     * @return Figures 2, 3 and 4, those that have at least one panel, in that order
     */
    public static List<Figure> build(AnalysisResult result, Recipe recipe) {
        return built(result, recipe).stream().map(Built::figure).toList();
    }

    /**
     * A figure with what each panel shows: {@code distribution}, {@code course:<course>}, {@code test:<variable>}
     * or {@code correlation:<x>:<y>}.
     */
    record Built(Figure figure, List<String> shows) {
        /** "Figure 3". */
        String label() {
            return "Figure " + figure.id().substring(figure.id().indexOf('-') + 1);
        }

        /** "Figure 3B" for the panel showing {@code what}, or null if no panel does. */
        String reference(String what) {
            int i = shows.indexOf(what);
            return i < 0 ? null : label() + figure.letter(i);
        }
    }

    static List<Built> built(AnalysisResult result, Recipe recipe) {
        List<Built> out = new ArrayList<>();
        figure2(result, recipe).ifPresent(out::add);
        courseFigure(FIGURE_3, Recipe.COURSE_HR, result, recipe).ifPresent(out::add);
        courseFigure(FIGURE_4, Recipe.COURSE_NHF, result, recipe).ifPresent(out::add);
        return out;
    }

    /** The figure panel showing {@code what} ({@link Built#shows()}), such as "Figure 4C", or null. */
    static String reference(List<Built> figures, String what) {
        for (Built b : figures) {
            String r = b.reference(what);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    static Rgb colour(int group) {
        return Palette.group(group);
    }

    private static Optional<Built> figure2(AnalysisResult result, Recipe recipe) {
        GroupAssignment ga = result.group().grouping();
        List<Panel> panels = new ArrayList<>();
        List<String> shows = new ArrayList<>();
        List<String> caption = new ArrayList<>();
        String scoreLabel = Picks.label(recipe, ga.column());
        Optional<HistogramPanel> hist = distribution(result, ga, scoreLabel);
        hist.ifPresent(h -> {
            panels.add(h);
            shows.add("distribution");
        });
        hist.ifPresent(h -> caption.add("Participants were divided into " + ga.group1() + " (n = "
                + ga.size(ga.group1()) + ") and " + ga.group2() + " (n = " + ga.size(ga.group2()) + ") groups by a"
                + " median split of " + Picks.inSentence(scoreLabel) + " (Median = " + Apa.two(ga.median()) + ")."));
        Optional<GroupTest> test = Picks.changeTest(result, recipe);
        test.ifPresent(t -> {
            panels.add(bars(t, ga, "", recipe));
            shows.add("test:" + t.variable());
            caption.add(difference(t, ga, recipe.statistics().alpha()) + " Columns and error bars show the mean and"
                    + " the standard error of the mean.");
        });
        if (panels.isEmpty()) {
            return Optional.empty();
        }
        String title = hist.isPresent() && test.isPresent()
                ? "Distribution of " + Picks.inSentence(scoreLabel) + " and group difference in "
                        + Picks.inSentence(test.get().label())
                : hist.isPresent() ? "Distribution of " + Picks.inSentence(scoreLabel)
                        : "Group difference in " + Picks.inSentence(test.get().label());
        return Optional.of(figure(FIGURE_2, title, panels, shows, caption));
    }

    /** Figure 3 or 4: a course over time, its bars, and (for the course of the first correlation) the scatter. */
    private static Optional<Built> courseFigure(String id, String course, AnalysisResult result, Recipe recipe) {
        GroupAssignment ga = result.group().grouping();
        double alpha = recipe.statistics().alpha();
        List<Panel> panels = new ArrayList<>();
        List<String> shows = new ArrayList<>();
        List<String> caption = new ArrayList<>();
        Optional<GroupCourse> c1 = result.group().course(course, ga.group1());
        Optional<GroupCourse> c2 = result.group().course(course, ga.group2());
        if (c1.isPresent() || c2.isPresent()) {
            Optional<WindowComparison> w = result.group().window(course);
            panels.add(timeCourse(course, c1, c2, w, recipe));
            shows.add("course:" + course);
            caption.add(shadingText(w, course) + " Bands show the 95% confidence interval of each group's mean.");
        }
        Optional<GroupTest> test = Picks.courseTest(result, recipe, course);
        test.ifPresent(t -> {
            String window = Picks.seconds(t.fromS()) + "-" + Picks.seconds(t.toS()) + " s";
            panels.add(bars(t, ga, window, recipe));
            shows.add("test:" + t.variable());
            caption.add(difference(t, ga, alpha) + " Columns and error bars show the mean and the standard error of"
                    + " the mean.");
        });
        Optional<CorrelationTest> corr = Picks.scatter(result, recipe, course);
        corr.flatMap(c -> scatter(c, result, ga)).ifPresent(s -> {
            panels.add(s);
            CorrelationTest c = corr.get();
            shows.add("correlation:" + c.x() + ":" + c.y());
            caption.add(Picks.capitalised(c.yLabel()) + " against " + Picks.inSentence(c.xLabel())
                    + " over all participants, " + c.apa() + (s.showFit() ? "; the line is the least-squares fit."
                            : "."));
        });
        if (panels.isEmpty()) {
            return Optional.empty();
        }
        String what = course.equals(Recipe.COURSE_HR) ? "Heart rate response" : "Changes in nHF";
        String title = what + " during " + eventName(recipe);
        return Optional.of(figure(id, title, panels, shows, caption));
    }

    /** "'Wrong' feedback" from the recipe's event selection, or "the event". */
    static String eventName(Recipe recipe) {
        Map<String, String> select = recipe.events().select();
        String type = select.get("trial_type");
        List<String> others = new ArrayList<>();
        select.forEach((k, v) -> {
            if (!k.equals("trial_type")) {
                others.add("'" + v + "'");
            }
        });
        if (type == null) {
            return others.isEmpty() ? "the event" : String.join(" ", others) + " events";
        }
        return (others.isEmpty() ? "" : String.join(" ", others) + " ") + type;
    }

    private static Built figure(String id, String title, List<Panel> panels, List<String> shows,
            List<String> caption) {
        StringBuilder c = new StringBuilder();
        for (int i = 0; i < caption.size(); i++) {
            c.append(i == 0 ? "" : " ").append(panels.size() > 1 ? "(" + (char) ('A' + i) + ") " : "")
                    .append(caption.get(i));
        }
        Figure.Builder b = Figure.builder(id, title).caption(c.toString()).columns(2);
        panels.forEach(b::panel);
        return new Built(b.build(), List.copyOf(shows));
    }

    private static Optional<HistogramPanel> distribution(AnalysisResult result, GroupAssignment ga, String label) {
        if (!Double.isFinite(ga.median())) {
            return Optional.empty();
        }
        List<double[]> values = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (String group : List.of(ga.group1(), ga.group2())) {
            List<Double> v = new ArrayList<>();
            ga.groups().forEach((participant, g) -> {
                double x = result.value(participant, ga.column());
                if (g.equals(group) && Double.isFinite(x)) {
                    v.add(x);
                }
            });
            double[] a = v.stream().mapToDouble(Double::doubleValue).toArray();
            for (double x : a) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            values.add(a);
        }
        if (min > max) {
            return Optional.empty();
        }
        List<HistogramPanel.Group> groups = List.of(
                new HistogramPanel.Group(ga.group1() + " (n = " + values.get(0).length + ")", colour(0), values.get(0)),
                new HistogramPanel.Group(ga.group2() + " (n = " + values.get(1).length + ")", colour(1),
                        values.get(1)));
        // a bin edge at the median, so that every bin holds one group only (ties are group 1, above the edge)
        double width = binWidth(max - min);
        double median = ga.median();
        double origin = median - Math.ceil((median - min) / width - 1e-9) * width;
        int bins = Math.max(1, (int) Math.ceil((max - origin) / width - 1e-9));
        return Optional.of(new HistogramPanel(shortLabel(label), Axis.of(label, Unit.DIMENSIONLESS),
                Axis.of("Participants", Unit.DIMENSIONLESS), origin, width, bins, groups,
                List.of(Marker.median(median))));
    }

    /** A round bin width (1, 2, 2.5 or 5 times a power of ten) giving about {@value #TARGET_BINS} bins. */
    static double binWidth(double range) {
        if (!(range > 0)) {
            return 1;
        }
        double raw = range / TARGET_BINS;
        double decade = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5}) {
            if (m * decade >= raw * 0.999) {
                return m * decade;
            }
        }
        return 10 * decade;
    }

    private static BarPanel bars(GroupTest t, GroupAssignment ga, String condition, Recipe recipe) {
        List<BarPanel.BarGroup> groups = List.of(
                new BarPanel.BarGroup(ga.group1(), colour(0), new double[] {t.group1().mean()},
                        new double[] {sem(t.group1())}),
                new BarPanel.BarGroup(ga.group2(), colour(1), new double[] {t.group2().mean()},
                        new double[] {sem(t.group2())}));
        double alpha = recipe.statistics().alpha();
        String mark = t.test().p() < alpha ? stars(t.test().p()) : "n.s.";
        return BarPanel.single(shortLabel(t.label()), valueAxis(t, recipe),
                condition.isEmpty() ? ga.group1() + " vs " + ga.group2() : condition, groups, "SEM", mark);
    }

    /** A label without its parenthesis: "Change in state anxiety (STAI-S after - before)" gives the words before. */
    static String shortLabel(String label) {
        int open = label.indexOf(" (");
        return open > 0 && label.endsWith(")") ? label.substring(0, open) : label;
    }

    /**
     * The value axis of a bar panel: for a feature its course and measure with the unit ("HR change, AUC" in
     * bpm*s, as the sliding windows measure it), else the label's parenthesis ("STAI-S after - before") or the
     * label.
     */
    private static Axis valueAxis(GroupTest t, Recipe recipe) {
        Recipe.FeatureSpec f = Picks.feature(recipe, t.variable());
        if (f != null) {
            boolean hr = f.course().equals(Recipe.COURSE_HR);
            boolean auc = f.measure().equals(Recipe.MEASURE_AUC);
            Unit unit = auc ? (hr ? Unit.of("bpm*s") : Unit.SECOND) : hr ? Unit.BEATS_PER_MINUTE : Unit.DIMENSIONLESS;
            return Axis.of((hr ? "HR" : "nHF") + " change, " + (auc ? "AUC" : "mean"), unit);
        }
        String label = t.label();
        int open = label.indexOf(" (");
        String inner = open > 0 && label.endsWith(")") ? label.substring(open + 2, label.length() - 1) : label;
        return Axis.of(inner, Unit.DIMENSIONLESS);
    }

    /** Stars for a p below alpha; at a level above .05 a p between .05 and alpha still gets one. */
    private static String stars(double p) {
        String s = Stars.of(p);
        return s.isEmpty() ? "*" : s;
    }

    private static double sem(org.vagus.stats.Summary s) {
        return s.n() > 1 && Double.isFinite(s.sd()) ? s.sd() / Math.sqrt(s.n()) : 0;
    }

    private static String difference(GroupTest t, GroupAssignment ga, double alpha) {
        String what = Picks.inSentence(t.label());
        boolean significant = t.test().p() < alpha;
        String s = ga.group1() + " and " + ga.group2() + (significant ? " differed in " : " did not differ"
                + " significantly in ") + what + " (" + t.apa() + ").";
        return significant ? s + " The asterisk marks the difference (" + Stars.LEGEND + ")." : s;
    }

    private static TimeCoursePanel timeCourse(String course, Optional<GroupCourse> c1, Optional<GroupCourse> c2,
            Optional<WindowComparison> w, Recipe recipe) {
        GroupCourse any = c1.orElseGet(c2::orElseThrow);
        String label = course.equals(Recipe.COURSE_HR) ? "HR change" : "nHF change";
        Axis y = Axis.of(label, any.unit());
        Axis x = Axis.of("Time from " + eventName(recipe), Unit.SECOND).withRange(recipe.epochs().startS(),
                recipe.epochs().endS());
        TimeCoursePanel.Builder b = TimeCoursePanel.builder(label, x, y).bandLabel("95 % CI");
        int i = 0;
        for (Optional<GroupCourse> c : List.of(c1, c2)) {
            int k = i++;
            c.ifPresent(g -> b.course(TimeCoursePanel.Course.onGrid(g.group(), colour(k), g.seconds(0),
                    g.rate().hertz(), g.mean(), g.ciLow(), g.ciHigh())));
        }
        w.ifPresent(comparison -> Picks.shadedFamily(comparison).ifPresent(f -> {
            for (SlidingWindowResult.Span s : comparison.result().spans(f)) {
                b.shade(TimeCoursePanel.Shade.significant(s.start(), s.end(), "Group difference, "
                        + Picks.familyName(f) + " p < " + Picks.level(comparison.result().alpha())));
            }
        }));
        return b.build();
    }

    private static String shadingText(Optional<WindowComparison> w, String course) {
        if (w.isEmpty()) {
            return "No sliding-window comparison of " + Picks.courseName(course) + " was run.";
        }
        Optional<SlidingWindowResult.Family> f = Picks.shadedFamily(w.get());
        if (f.isEmpty()) {
            return "No window of the sliding-window comparison differed between the groups (no family).";
        }
        List<String> spans = new ArrayList<>();
        for (SlidingWindowResult.Span s : w.get().result().spans(f.get())) {
            spans.add(Picks.seconds(s.start()) + "-" + Picks.seconds(s.end()) + " s");
        }
        return "The shaded " + (spans.size() == 1 ? "column marks the window" : "columns mark the windows") + " ("
                + String.join(", ", spans) + ") where the groups differ in " + Picks.courseName(course)
                + " change, " + f.get().label() + ".";
    }

    private static Optional<ScatterPanel> scatter(CorrelationTest c, AnalysisResult result, GroupAssignment ga) {
        List<ScatterPanel.PointGroup> groups = new ArrayList<>();
        String[] names = {ga.group1(), ga.group2(), null};
        for (int g = 0; g < names.length; g++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (var p : result.participants()) {
                String group = ga.groupOf(p.label());
                boolean member = names[g] == null ? group == null : names[g].equals(group);
                double x = result.value(p.label(), c.x());
                double y = result.value(p.label(), c.y());
                if (member && Double.isFinite(x) && Double.isFinite(y)) {
                    xs.add(x);
                    ys.add(y);
                }
            }
            if (!xs.isEmpty()) {
                groups.add(new ScatterPanel.PointGroup(names[g] == null ? "Ungrouped" : names[g],
                        names[g] == null ? Palette.GREY : colour(g), array(xs), array(ys)));
            }
        }
        if (groups.stream().mapToInt(ScatterPanel.PointGroup::size).sum() < 3) {
            return Optional.empty();
        }
        // the panel's fit and r are Pearson's over the drawn points: the same as the test for a Pearson correlation
        boolean pearson = c.result().method().equalsIgnoreCase("pearson");
        return Optional.of(new ScatterPanel(c.yLabel() + " and " + Picks.inSentence(c.xLabel()),
                Axis.of(c.xLabel(), Unit.DIMENSIONLESS), Axis.of(c.yLabel(), Unit.DIMENSIONLESS), groups, pearson));
    }

    private static double[] array(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
