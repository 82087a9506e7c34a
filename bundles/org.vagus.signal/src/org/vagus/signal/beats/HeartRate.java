package org.vagus.signal.beats;

import java.util.List;
import java.util.Objects;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.Parameters;

/**
 * Heart rate in beats per minute on a regular grid, from beat times. Interval {@code i} (beat {@code i} to beat
 * {@code i + 1}) has the rate {@code 60 / IBI_i} with IBI in seconds; the grid points are the multiples of
 * {@code 1 / rate} seconds from the recording's first sample (default 20 Hz, so the 50 ms analysis steps of
 * the sliding-window statistics fall on samples of a 1000 Hz recording).
 * <ul>
 * <li>{@link Interpolation#STEP} (default): a grid point at time {@code t} with
 * {@code t_i <= t < t_i+1} takes the rate of interval {@code i} (the last beat itself takes the last
 * interval's). The series spans the first to the last beat. This is the beat-to-beat rate "held from one beat
 * to the next" of event-related heart-rate studies; its average over a window weights every interval by the
 * time it covers.</li>
 * <li>{@link Interpolation#LINEAR}: the rate of interval {@code i} is placed at the beat that ends it, and
 * grid points between two such beats are interpolated linearly. The series spans the second to the last
 * beat.</li>
 * </ul>
 * An interval that overlaps a segment marked unusable gives NaN over its whole extent (its beats cannot be
 * trusted), and so does any grid point inside such a segment; with linear interpolation a grid point is NaN
 * if either neighbouring node is.
 *
 * @since 0.1.0
 */
public final class HeartRate {
    /** The default grid, 20 Hz. */
    public static final SamplingRate DEFAULT_GRID = SamplingRate.ofHertz(20);

    /**
     * How to build the series.
     *
     * @param grid the grid rate
     * @param interpolation step (default) or linear
     */
    public record Options(SamplingRate grid, Interpolation interpolation) {
        public Options {
            Objects.requireNonNull(grid, "grid");
            Objects.requireNonNull(interpolation, "interpolation");
        }

        /** 20 Hz, step. */
        public static Options defaults() {
            return new Options(DEFAULT_GRID, Interpolation.STEP);
        }

        /** The same grid with another interpolation. */
        public Options with(Interpolation other) {
            return new Options(grid, other);
        }
    }

    private HeartRate() {
    }

    /** The heart rate of edited beats, NaN in their unusable segments. */
    public static HeartRateSeries of(EditedBeats edited, Options options) {
        return of(edited.beats(), edited.unusable(), options);
    }

    /** The heart rate of beats with the default options (20 Hz, step) and no unusable segment. */
    public static HeartRateSeries of(BeatTimes beats) {
        return of(beats, List.of(), Options.defaults());
    }

    /**
     * The heart rate of beats on a regular grid.
     *
     * @param beats the beats (at least two for a non-empty series)
     * @param unusable segments to leave out (NaN)
     * @param options the grid and the interpolation
     */
    public static HeartRateSeries of(BeatTimes beats, List<TimeSegment> unusable, Options options) {
        Objects.requireNonNull(unusable, "unusable");
        double hz = options.grid().hertz();
        int n = beats.count();
        int m = Math.max(0, n - 1);
        double[] t = beats.secondsArray();
        double[] r = new double[m];
        for (int i = 0; i < m; i++) {
            r[i] = 60.0 / (t[i + 1] - t[i]);
            for (TimeSegment s : unusable) {
                if (s.overlaps(t[i], t[i + 1])) {
                    r[i] = Double.NaN;
                    break;
                }
            }
        }
        boolean step = options.interpolation() == Interpolation.STEP;
        double[] values = new double[0];
        long first = 0;
        if (m >= 1) {
            double from = step ? t[0] : t[1];
            double to = t[n - 1];
            first = firstGridIndexAtOrAfter(from, hz);
            long last = lastGridIndexAtOrBefore(to, hz);
            int len = (int) Math.max(0, last - first + 1);
            values = new double[len];
            int i = 0;
            for (int k = 0; k < len; k++) {
                double tk = (first + k) / hz;
                if (step) {
                    while (i < m - 1 && tk >= t[i + 1]) {
                        i++;
                    }
                    values[k] = r[i];
                } else {
                    // nodes: (t[j + 1], r[j]); find j with t[j + 1] <= tk <= t[j + 2]
                    while (i < m - 2 && tk > t[i + 2]) {
                        i++;
                    }
                    if (m == 1 || tk == t[i + 1]) {
                        values[k] = r[i];
                    } else if (tk == t[i + 2]) {
                        values[k] = r[i + 1];
                    } else {
                        double f = (tk - t[i + 1]) / (t[i + 2] - t[i + 1]);
                        values[k] = r[i] + f * (r[i + 1] - r[i]);
                    }
                }
                for (TimeSegment s : unusable) {
                    if (s.contains(tk)) {
                        values[k] = Double.NaN;
                        break;
                    }
                }
            }
        }
        String placed = step ? "held from each interval's first beat to its last"
                : "each interval's end beat, linear between";
        Parameters p = beats.parameters().with("bpm.grid_hz", hz)
                .with("bpm.interpolation", options.interpolation().label()).with("bpm.placed_at", placed)
                .with("bpm.unusable_segments", unusable.size());
        RegularSeries series = new RegularSeries(options.grid(), first, values, Unit.BEATS_PER_MINUTE, p);
        return new HeartRateSeries(series, options.interpolation(), unusable);
    }

    /** The smallest k with k / hz &gt;= t, computed as the grid times are (k / hz), so beats on the grid match. */
    static long firstGridIndexAtOrAfter(double t, double hz) {
        long k = (long) Math.ceil(t * hz);
        while ((k - 1) / hz >= t) {
            k--;
        }
        while (k / hz < t) {
            k++;
        }
        return k;
    }

    /** The largest k with k / hz &lt;= t. */
    static long lastGridIndexAtOrBefore(double t, double hz) {
        long k = (long) Math.floor(t * hz);
        while ((k + 1) / hz <= t) {
            k++;
        }
        while (k / hz > t) {
            k--;
        }
        return k;
    }
}
