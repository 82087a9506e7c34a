package org.vagus.analysis.results;

import java.util.ArrayList;
import java.util.List;

import org.vagus.analysis.recipe.Recipe;
import org.vagus.signal.beats.RegularSeries;
import org.vagus.stats.ClusterTestResult;
import org.vagus.stats.SlidingWindowResult;
import org.vagus.stats.Table1;
import org.vagus.stats.TTestResult;

/**
 * The rows of the result tables, as text cells: numbers at full precision (the shortest text that reads back to
 * the same double; whole numbers without a fraction), {@code n/a} for a missing value, {@code yes}/{@code no} for
 * flags. The column lists are {@link ResultFiles}'s constants.
 */
final class ResultTables {
    private ResultTables() {
    }

    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static String text(String s) {
        return s == null || s.isEmpty() ? "n/a" : s.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    static List<String> featuresHeader(Recipe recipe) {
        List<String> h = new ArrayList<>(ResultFiles.FEATURES_COLUMNS);
        h.addAll(h.size() - 1, recipe.variableIds());
        return h;
    }

    static List<List<String>> features(AnalysisResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (ParticipantResult p : r.participants()) {
            int peaks = 0;
            int beats = 0;
            int artefacts = 0;
            int applied = 0;
            int skipped = 0;
            for (RecordingSummary s : p.recordings()) {
                peaks += s.rPeaks();
                beats += s.beats();
                artefacts += s.artefactBeats();
                applied += s.editsApplied();
                skipped += s.editsSkipped();
            }
            List<String> row = new ArrayList<>(List.of(p.bidsName(), text(r.group().grouping().groupOf(p.label())),
                    p.status().label(), num(p.recordings().size()), num(peaks), num(beats), num(artefacts),
                    num(applied), num(skipped), num(p.hr() == null ? 0 : p.hr().epochs()),
                    num(p.nhf() == null ? 0 : p.nhf().epochs())));
            for (String id : r.recipe().variableIds()) {
                row.add(num(p.variable(id)));
            }
            row.add(text(p.note()));
            rows.add(row);
        }
        return rows;
    }

    static List<List<String>> participantCourses(AnalysisResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (ParticipantResult p : r.participants()) {
            String group = text(r.group().grouping().groupOf(p.label()));
            for (ParticipantCourse c : new ParticipantCourse[] {p.hr(), p.nhf()}) {
                if (c == null) {
                    continue;
                }
                RegularSeries s = c.mean();
                int[] counts = c.counts();
                for (int i = 0; i < s.length(); i++) {
                    rows.add(List.of(p.bidsName(), group, c.course(), num(s.seconds(i)), num(s.value(i)),
                            num(counts[i])));
                }
            }
        }
        return rows;
    }

    static List<List<String>> groupCourses(GroupResult g) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupCourse c : g.courses()) {
            int[] n = c.n();
            double[] mean = c.mean();
            double[] sd = c.sd();
            double[] lo = c.ciLow();
            double[] hi = c.ciHigh();
            for (int i = 0; i < c.length(); i++) {
                rows.add(List.of(c.course(), c.group(), num(c.seconds(i)), num(n[i]), num(mean[i]), num(sd[i]),
                        num(lo[i]), num(hi[i])));
            }
        }
        return rows;
    }

    static List<List<String>> table1Tests(Table1 t) {
        List<List<String>> rows = new ArrayList<>();
        if (t == null) {
            return rows;
        }
        for (Table1.Variable v : t.variables()) {
            if (v instanceof Table1.Continuous c) {
                TTestResult x = c.test();
                rows.add(List.of(text(c.name()), "continuous", text(x.test()), num(x.t()), num(x.df()), num(x.p()),
                        text(x.effect().name()), num(x.effect().value()), text(x.apa())));
            } else if (v instanceof Table1.Categorical c) {
                var x = c.test();
                rows.add(List.of(text(c.name()), "categorical", text(x.test()), num(x.statistic()), num(x.df()),
                        num(x.p()), text(x.effectName()), num(x.effectSize()), text(x.apa())));
            }
        }
        return rows;
    }

    static List<List<String>> groupTests(GroupResult g) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupTest t : g.tests()) {
            TTestResult x = t.test();
            rows.add(List.of(t.variable(), text(t.label()), text(t.family().label()), num(t.fromS()), num(t.toS()),
                    g.grouping().group1(), num(t.group1().n()), num(t.group1().mean()), num(t.group1().sd()),
                    g.grouping().group2(), num(t.group2().n()), num(t.group2().mean()), num(t.group2().sd()),
                    text(x.test()), num(x.t()), num(x.df()), num(x.p()), num(x.meanDifference()), num(x.ciLow()),
                    num(x.ciHigh()), num(x.effect().value()), num(x.effect().ciLow()), num(x.effect().ciHigh()),
                    text(t.apa())));
        }
        return rows;
    }

    static List<List<String>> slidingWindows(GroupResult g) {
        List<List<String>> rows = new ArrayList<>();
        for (WindowComparison w : g.windows()) {
            SlidingWindowResult r = w.result();
            for (int i = 0; i < r.windows().size(); i++) {
                SlidingWindowResult.WindowTest t = r.windows().get(i);
                rows.add(List.of(w.course(), w.measure(), w.unit().symbol(), num(t.window().index()),
                        num(t.window().start()), num(t.window().end()), num(t.test().meanDifference()),
                        num(t.test().t()), num(t.test().df()), num(t.test().p()), num(t.test().effect().value()),
                        num(t.q()), yes(r.selected(SlidingWindowResult.Family.UNCORRECTED, i)),
                        yes(r.selected(SlidingWindowResult.Family.FDR, i)),
                        yes(r.selected(SlidingWindowResult.Family.CLUSTER, i))));
            }
        }
        return rows;
    }

    static List<List<String>> clusters(GroupResult g) {
        List<List<String>> rows = new ArrayList<>();
        for (WindowComparison w : g.windows()) {
            SlidingWindowResult r = w.result();
            List<ClusterTestResult.Cluster> clusters = r.clusters().clusters();
            for (int k = 0; k < clusters.size(); k++) {
                ClusterTestResult.Cluster c = clusters.get(k);
                rows.add(List.of(w.course(), num(k + 1), num(c.first()), num(c.last()),
                        num(r.windows().get(c.first()).window().start()), num(r.windows().get(c.last()).window().end()),
                        num(c.mass()), num(c.p()), yes(c.p() < r.alpha())));
            }
        }
        return rows;
    }

    static List<List<String>> significantWindows(GroupResult g) {
        List<List<String>> rows = new ArrayList<>();
        for (WindowComparison w : g.windows()) {
            for (SlidingWindowResult.Family f : SlidingWindowResult.Family.values()) {
                for (SlidingWindowResult.Span s : w.result().spans(f)) {
                    rows.add(List.of(w.course(), f.name().toLowerCase(java.util.Locale.ROOT), num(s.start()),
                            num(s.end()), num(s.firstWindow()), num(s.lastWindow()), text(f.label())));
                }
            }
        }
        return rows;
    }

    static List<List<String>> correlations(GroupResult g) {
        List<List<String>> rows = new ArrayList<>();
        for (CorrelationTest c : g.correlations()) {
            var x = c.result();
            rows.add(List.of(c.x(), c.y(), text(x.method()), num(x.n()), num(x.r()), num(x.df()), num(x.t()),
                    num(x.p()), num(x.ciLow()), num(x.ciHigh()), text(c.apa())));
        }
        return rows;
    }
}
