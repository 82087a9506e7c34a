package org.vagus.analysis.results;

import java.util.List;
import java.util.Objects;

import org.vagus.core.units.Unit;
import org.vagus.stats.SlidingWindowResult;

/**
 * The sliding-window comparison of the two groups' courses, with its three families of findings kept apart and
 * labelled ({@link SlidingWindowResult.Family}): uncorrected windows, FDR-corrected windows and cluster-corrected
 * clusters. Windows are given in seconds from the event.
 *
 * @param course {@code hr} or {@code nhf}
 * @param measure {@code auc} or {@code mean}
 * @param unit the unit of a window's value (bpm*s for an AUC of heart rate)
 * @param n1 the participants of group 1 whose course is complete
 * @param n2 those of group 2
 * @param left participants of the groups left out because their course has a gap (NaN), by label
 * @param result the window tests, the clusters and the FDR values
 * @since 0.1.0
 */
public record WindowComparison(String course, String measure, Unit unit, int n1, int n2, List<String> left,
        SlidingWindowResult result) {
    public WindowComparison {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
        left = List.copyOf(left);
        Objects.requireNonNull(result, "result");
    }
}
