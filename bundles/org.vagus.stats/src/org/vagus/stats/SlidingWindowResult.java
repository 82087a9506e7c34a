package org.vagus.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The window-by-window comparison of two groups ({@link SlidingWindows#compare}), with the three families
 * of findings kept apart and labelled, and the planned-window tests.
 *
 * @param measure what each window's value is
 * @param alpha the level used for all families
 * @param windows one test per window, in time order
 * @param clusters the cluster permutation test over the window series
 * @param planned tests over a-priori windows
 * @since 0.1.0
 */
public record SlidingWindowResult(SlidingWindows.Measure measure, double alpha, List<WindowTest> windows,
        ClusterTestResult clusters, List<PlannedTest> planned) {

    /** How a set of windows was selected; {@link #label()} is the text figures and tables show. */
    public enum Family {
        UNCORRECTED("uncorrected: p < alpha in each window, no multiple-comparison control"),
        FDR("FDR-corrected: Benjamini-Hochberg q < alpha over all windows"),
        CLUSTER("cluster-corrected: cluster permutation test (Maris & Oostenveld 2007), family-wise p < alpha");

        private final String label;

        Family(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One window's test.
     *
     * @param window the window
     * @param test Student's t-test of the groups' window values
     * @param q the Benjamini-Hochberg adjusted p value over all windows
     */
    public record WindowTest(SlidingWindows.Window window, TTestResult test, double q) {
    }

    /**
     * A test over a window fixed before the analysis (not selected from these data).
     *
     * @param start window start, seconds
     * @param end window end, seconds
     * @param test Student's t-test of the groups' values over the window
     */
    public record PlannedTest(double start, double end, TTestResult test) {
        public static final String LABEL = "a-priori window: chosen before the analysis, tested once";
    }

    /**
     * A time span of adjacent selected windows: from the start of its first window to the end of its last.
     *
     * @param start seconds
     * @param end seconds
     * @param firstWindow index of the first window
     * @param lastWindow index of the last window, inclusive
     */
    public record Span(double start, double end, int firstWindow, int lastWindow) {
    }

    public SlidingWindowResult {
        windows = List.copyOf(windows);
        planned = List.copyOf(planned);
    }

    /** Whether window {@code i} is selected by {@code family} at this result's alpha. */
    public boolean selected(Family family, int i) {
        WindowTest w = windows.get(i);
        return switch (family) {
            case UNCORRECTED -> w.test().p() < alpha;
            case FDR -> w.q() < alpha;
            case CLUSTER -> {
                for (ClusterTestResult.Cluster c : clusters.significant(alpha)) {
                    if (i >= c.first() && i <= c.last()) {
                        yield true;
                    }
                }
                yield false;
            }
        };
    }

    /** The selected windows merged into spans of adjacent windows, e.g. for shading a figure. */
    public List<Span> spans(Family family) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < windows.size()) {
            if (!selected(family, i)) {
                i++;
                continue;
            }
            int first = i;
            while (i + 1 < windows.size() && selected(family, i + 1)) {
                i++;
            }
            out.add(new Span(windows.get(first).window().start(), windows.get(i).window().end(), first, i));
            i++;
        }
        return out;
    }
}
