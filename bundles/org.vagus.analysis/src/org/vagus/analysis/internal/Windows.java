package org.vagus.analysis.internal;

import org.vagus.analysis.recipe.Recipe;
import org.vagus.signal.beats.AreaUnderCurve;
import org.vagus.signal.beats.RegularSeries;

/**
 * A participant's value over a window of an event-locked course: the trapezoid area ({@link AreaUnderCurve}, the
 * seed study's AUC) from the first grid point at or after the window start to the last at or before its end, or
 * that area divided by the time those points span (the time-average). The same rule as the measures of
 * {@link org.vagus.stats.SlidingWindows}, so a feature over a window equals the sliding-window value of that
 * window. NaN if the window holds a missing point.
 */
final class Windows {
    private Windows() {
    }

    static double measure(RegularSeries course, double fromS, double toS, String measure) {
        AreaUnderCurve.Area a;
        try {
            a = AreaUnderCurve.trapezoid(course, fromS, toS);
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
        double area = a.area().value();
        return measure.equals(Recipe.MEASURE_AUC) ? area : area / (a.toSeconds() - a.fromSeconds());
    }
}
