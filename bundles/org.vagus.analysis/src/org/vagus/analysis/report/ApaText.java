package org.vagus.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.CorrelationTest;
import org.vagus.analysis.results.GroupAssignment;
import org.vagus.analysis.results.GroupTest;
import org.vagus.analysis.results.WindowComparison;
import org.vagus.report.html.ApaSentences;
import org.vagus.stats.Apa;
import org.vagus.stats.ClusterTestResult;
import org.vagus.stats.SlidingWindowResult;

/**
 * The APA-style sentence of every test of an analysis, grouped as the report's results are: Table 1, the group
 * tests, the sliding windows and the correlations. A sentence of a test that a figure shows names the figure.
 */
final class ApaText {
    private ApaText() {
    }

    /** Heading to sentences, in report order; a heading without sentences is left out. */
    static Map<String, List<String>> sentences(AnalysisResult r, Recipe recipe, List<StudyFigures.Built> figures) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        GroupAssignment ga = r.group().grouping();
        double alpha = recipe.statistics().alpha();
        put(out, "Table 1", Table1Report.apa(r, recipe));
        List<String> tests = new ArrayList<>();
        for (GroupTest t : r.group().tests()) {
            String window = t.family() == GroupTest.Family.A_PRIORI_WINDOW ? " (a-priori window "
                    + Picks.seconds(t.fromS()) + "-" + Picks.seconds(t.toS()) + " s)" : "";
            String s = ApaSentences.groupDifference(Picks.inSentence(t.label()) + window, ga.group1(), ga.group2(),
                    t.test(), t.group1().mean(), t.group2().mean(), alpha);
            tests.add(referenced(s, StudyFigures.reference(figures, "test:" + t.variable())));
        }
        put(out, "Group tests", tests);
        List<String> windows = new ArrayList<>();
        for (WindowComparison w : r.group().windows()) {
            windows.add(referenced(windows(w, ga, recipe), StudyFigures.reference(figures, "course:" + w.course())));
        }
        put(out, "Sliding windows", windows);
        List<String> correlations = new ArrayList<>();
        for (CorrelationTest c : r.group().correlations()) {
            String s = ApaSentences.correlation(Picks.inSentence(c.xLabel()), Picks.inSentence(c.yLabel()),
                    c.result(), alpha);
            correlations.add(referenced(s, StudyFigures.reference(figures, "correlation:" + c.x() + ":" + c.y())));
        }
        put(out, "Correlations", correlations);
        return out;
    }

    private static String referenced(String sentence, String figure) {
        return figure == null ? sentence : ApaSentences.withReference(sentence, figure);
    }

    private static void put(Map<String, List<String>> out, String heading, List<String> sentences) {
        if (!sentences.isEmpty()) {
            out.put(heading, List.copyOf(sentences));
        }
    }

    /**
     * "Sliding windows of heart-rate change (auc over 0.5-s windows every 0.05 s, 0-6 s; High SC n = 39, Low SC
     * n = 38): cluster-corrected: 0-0.85 s (cluster p = .012); FDR-corrected: none; uncorrected: 0-0.85 s."
     */
    private static String windows(WindowComparison w, GroupAssignment ga, Recipe recipe) {
        Recipe.SlidingSpec s = recipe.statistics().slidingWindows();
        StringBuilder b = new StringBuilder("Sliding windows of ").append(Picks.courseName(w.course()))
                .append(" change (").append(w.measure()).append(" over ").append(Picks.seconds(s.windowS()))
                .append("-s windows every ").append(Picks.seconds(s.stepS())).append(" s, ")
                .append(Picks.seconds(s.fromS())).append("-").append(Picks.seconds(s.toS())).append(" s; ")
                .append(ga.group1()).append(" n = ").append(w.n1()).append(", ").append(ga.group2()).append(" n = ")
                .append(w.n2()).append("): ");
        SlidingWindowResult.Family[] order = {SlidingWindowResult.Family.CLUSTER, SlidingWindowResult.Family.FDR,
            SlidingWindowResult.Family.UNCORRECTED};
        for (int k = 0; k < order.length; k++) {
            SlidingWindowResult.Family f = order[k];
            List<String> spans = new ArrayList<>();
            for (SlidingWindowResult.Span span : w.result().spans(f)) {
                String text = Picks.seconds(span.start()) + "-" + Picks.seconds(span.end()) + " s";
                if (f == SlidingWindowResult.Family.CLUSTER) {
                    for (ClusterTestResult.Cluster c : w.result().clusters().clusters()) {
                        if (c.first() == span.firstWindow()) {
                            text += " (cluster " + Apa.p(c.p()) + ")";
                        }
                    }
                }
                spans.add(text);
            }
            b.append(k == 0 ? "" : "; ").append(Picks.familyName(f)).append(": ")
                    .append(spans.isEmpty() ? "none" : String.join(", ", spans));
        }
        return b.append('.').toString();
    }

    /** The sentences as plain text: each heading, its sentences one per line, a blank line between groups. */
    static String text(String title, Map<String, List<String>> sentences) {
        StringBuilder s = new StringBuilder(title).append("\n\n");
        sentences.forEach((heading, lines) -> {
            s.append(heading).append('\n');
            lines.forEach(l -> s.append(l).append('\n'));
            s.append('\n');
        });
        return s.toString();
    }
}
