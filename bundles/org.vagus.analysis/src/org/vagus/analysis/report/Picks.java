package org.vagus.analysis.report;

import java.util.Locale;
import java.util.Optional;

import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.CorrelationTest;
import org.vagus.analysis.results.GroupTest;
import org.vagus.analysis.results.WindowComparison;
import org.vagus.stats.SlidingWindowResult;

/**
 * What each part of the report shows, chosen from the recipe by fixed rules (never from the data, so a figure
 * cannot pick its window after seeing the results):
 * <ul>
 * <li>Figure 2B: the first group test of a derived variable (a questionnaire change), else the first group test of
 * a participants.tsv column other than the grouping column;</li>
 * <li>Figures 3B and 4B: of the group-tested features of the figure's course, the one with the narrowest window
 * (the first of equals), which in the seed recipe is the a-priori window of the finding;</li>
 * <li>the scatter: the recipe's first correlation, in the figure of the course its feature belongs to;</li>
 * <li>the shaded windows: those of the most conservative family that found any (cluster-corrected, else
 * FDR-corrected, else uncorrected), labelled with that family.</li>
 * </ul>
 */
final class Picks {
    private Picks() {
    }

    /** The label of a variable: the feature's or derived variable's, Table 1's for a column it lists, else the id. */
    static String label(Recipe r, String id) {
        for (Recipe.FeatureSpec f : r.features()) {
            if (f.id().equals(id)) {
                return f.label();
            }
        }
        for (Recipe.DerivedSpec d : r.derived()) {
            if (d.id().equals(id)) {
                return d.label();
            }
        }
        for (Recipe.Table1Variable v : r.statistics().table1().variables()) {
            if (v.column().equals(id)) {
                return v.label();
            }
        }
        return id;
    }

    /** The feature with this id, or null. */
    static Recipe.FeatureSpec feature(Recipe r, String id) {
        return r.features().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    /** The group test of Figure 2B. */
    static Optional<GroupTest> changeTest(AnalysisResult result, Recipe r) {
        for (String id : r.statistics().groupTests()) {
            if (r.derived().stream().anyMatch(d -> d.id().equals(id))) {
                Optional<GroupTest> t = result.group().test(id);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        for (String id : r.statistics().groupTests()) {
            if (feature(r, id) == null && !id.equals(r.grouping().column())) {
                Optional<GroupTest> t = result.group().test(id);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    /** The group test of a course's bars: the narrowest tested feature window of that course. */
    static Optional<GroupTest> courseTest(AnalysisResult result, Recipe r, String course) {
        GroupTest best = null;
        double width = Double.POSITIVE_INFINITY;
        for (String id : r.statistics().groupTests()) {
            Recipe.FeatureSpec f = feature(r, id);
            if (f == null || !f.course().equals(course)) {
                continue;
            }
            Optional<GroupTest> t = result.group().test(id);
            if (t.isPresent() && f.toS() - f.fromS() < width) {
                best = t.get();
                width = f.toS() - f.fromS();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The recipe's first correlation, if it was computed and one of its variables is a feature of the course. */
    static Optional<CorrelationTest> scatter(AnalysisResult result, Recipe r, String course) {
        if (r.statistics().correlations().isEmpty()) {
            return Optional.empty();
        }
        Recipe.CorrelationSpec first = r.statistics().correlations().get(0);
        if (!isFeatureOf(r, first.x(), course) && !isFeatureOf(r, first.y(), course)) {
            return Optional.empty();
        }
        return result.group().correlations().stream()
                .filter(c -> c.x().equals(first.x()) && c.y().equals(first.y())).findFirst();
    }

    private static boolean isFeatureOf(Recipe r, String id, String course) {
        Recipe.FeatureSpec f = feature(r, id);
        return f != null && f.course().equals(course);
    }

    /** The family whose windows a time-course panel shades: the most conservative one that found any. */
    static Optional<SlidingWindowResult.Family> shadedFamily(WindowComparison w) {
        for (SlidingWindowResult.Family f : new SlidingWindowResult.Family[] {SlidingWindowResult.Family.CLUSTER,
                SlidingWindowResult.Family.FDR, SlidingWindowResult.Family.UNCORRECTED}) {
            if (!w.result().spans(f).isEmpty()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** A short name of a family for legends: "cluster-corrected", "FDR-corrected", "uncorrected". */
    static String familyName(SlidingWindowResult.Family f) {
        return switch (f) {
            case CLUSTER -> "cluster-corrected";
            case FDR -> "FDR-corrected";
            case UNCORRECTED -> "uncorrected";
        };
    }

    /** "heart rate" or "nHF". */
    static String courseName(String course) {
        return course.equals(Recipe.COURSE_HR) ? "heart rate" : "nHF";
    }

    /** A seconds value as the recipe writes it: 0.85, 6, -1. */
    static String seconds(double s) {
        return org.vagus.signal.Parameters.format(s);
    }

    /** A level such as alpha without its leading zero: .05, .01, .005. */
    static String level(double alpha) {
        String s = java.math.BigDecimal.valueOf(alpha).stripTrailingZeros().toPlainString();
        return s.startsWith("0.") ? s.substring(1) : s;
    }

    /** The first letter in upper case. */
    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A label for use inside a sentence: a capitalised first word in lower case, unless it is an acronym. */
    static String inSentence(String label) {
        int end = label.indexOf(' ');
        String first = end < 0 ? label : label.substring(0, end);
        if (first.length() > 1 && Character.isUpperCase(first.charAt(0))
                && first.substring(1).equals(first.substring(1).toLowerCase(Locale.ROOT))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }
}
