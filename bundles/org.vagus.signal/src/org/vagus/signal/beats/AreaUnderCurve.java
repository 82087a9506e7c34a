package org.vagus.signal.beats;

import org.vagus.core.units.Quantity;
import org.vagus.core.units.Unit;
import org.vagus.signal.Parameters;

/**
 * The area under a regular series over a time window by the trapezoid rule (the seed study: the area under
 * the baseline-corrected, trial-averaged heart-rate curve from 0 to 6 s):
 * {@code A = sum over consecutive grid points i, i+1 in the window of (y_i + y_i+1) / 2 * dt}, with
 * {@code dt = 1 / rate}. The window is taken on the grid: from the first grid point at or after its start to
 * the last at or before its end (both included). If any point in the window is NaN the area is NaN: a gap is
 * not silently bridged. The unit is the series' unit times seconds ({@code bpm*s}).
 *
 * @since 0.1.0
 */
public final class AreaUnderCurve {

    /**
     * An area with the window it covers.
     *
     * @param area the area, unit {@code <unit>*s}; NaN if the window holds a NaN
     * @param fromSeconds the first grid point used
     * @param toSeconds the last grid point used
     * @param points the number of grid points used
     * @param parameters how the area was made, from the R peaks on
     */
    public record Area(Quantity area, double fromSeconds, double toSeconds, int points, Parameters parameters) {
    }

    private AreaUnderCurve() {
    }

    /**
     * The trapezoid area of {@code series} between {@code fromSeconds} and {@code toSeconds} (in the series'
     * time, relative to the event for an epoch).
     *
     * @throws IllegalArgumentException if the window holds fewer than two grid points or reaches outside the
     *             series
     */
    public static Area trapezoid(RegularSeries series, double fromSeconds, double toSeconds) {
        double hz = series.rate().hertz();
        long k0 = HeartRate.firstGridIndexAtOrAfter(fromSeconds, hz);
        long k1 = HeartRate.lastGridIndexAtOrBefore(toSeconds, hz);
        long first = series.firstIndex();
        long last = first + series.length() - 1;
        if (k1 - k0 < 1) {
            throw new IllegalArgumentException("window " + fromSeconds + " to " + toSeconds + " s holds fewer than two"
                    + " grid points at " + series.rate());
        }
        if (k0 < first || k1 > last) {
            throw new IllegalArgumentException("window " + fromSeconds + " to " + toSeconds + " s reaches outside the"
                    + " series, which covers " + first / hz + " to " + last / hz + " s");
        }
        double dt = 1.0 / hz;
        double sum = 0;
        int from = (int) (k0 - first);
        int to = (int) (k1 - first);
        for (int i = from; i < to; i++) {
            sum += (series.value(i) + series.value(i + 1)) * 0.5;
        }
        double area = sum * dt;
        Unit unit = Unit.of(series.unit().isDimensionless() ? "s" : series.unit().symbol() + "*s");
        Parameters p = series.parameters().with("auc.method", "trapezoid").with("auc.window_s",
                Parameters.format(k0 / hz) + ".." + Parameters.format(k1 / hz));
        return new Area(new Quantity(area, unit), k0 / hz, k1 / hz, to - from + 1, p);
    }
}
