package org.vagus.signal.hrv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.vagus.core.units.Unit;

/**
 * Event-locked epochs of an evenly sampled series (nHF over time from {@link HrvTimeCourse#nHfSeries()}, or any
 * other): the series is sampled by linear interpolation at {@code event + offset} for the offsets
 * {@code fromS, fromS + stepS, ..., toS} (the analysis grid of the heart-rate epochs: -1..6 s in 50 ms steps),
 * each epoch is baseline-corrected by subtracting the mean of its grid points within
 * {@code [baselineFromS, baselineToS]}, both ends included (-1..0 s: 21 points, the rule of the heart-rate epochs
 * in org.vagus.signal.beats), and the epochs of one participant are averaged point by point. An epoch that reaches outside the series or into a masked sample is rejected with its
 * reason, never filled. The seed study: -1..6 s around each 'Wrong' feedback, baseline -1..0 s.
 *
 * @param fromS first offset in seconds (default -1)
 * @param toS last offset in seconds (default 6)
 * @param stepS grid step in seconds (default 0.05)
 * @param baselineFromS baseline start in seconds (default -1)
 * @param baselineToS baseline end in seconds (default 0)
 * @since 0.1.0
 */
public record EventEpochs(double fromS, double toS, double stepS, double baselineFromS, double baselineToS) {

    public EventEpochs {
        if (!(stepS > 0) || !(toS > fromS) || !Double.isFinite(fromS) || !Double.isFinite(toS)) {
            throw new IllegalArgumentException("epoch " + fromS + ".." + toS + " s step " + stepS
                    + " s: expected from < to and step > 0");
        }
        if (!(baselineToS > baselineFromS) || baselineFromS < fromS - 1e-9 || baselineToS > toS + 1e-9) {
            throw new IllegalArgumentException("baseline " + baselineFromS + ".." + baselineToS
                    + " s must be a non-empty interval inside the epoch " + fromS + ".." + toS + " s");
        }
    }

    /** -1..6 s in 50 ms steps, baseline -1..0 s (the seed study). */
    public static EventEpochs defaults() {
        return new EventEpochs(-1, 6, 0.05, -1, 0);
    }

    /** The number of grid points. */
    public int points() {
        return (int) Math.floor((toS - fromS) / stepS + 1e-9) + 1;
    }

    /** The grid offsets in seconds. */
    public double[] offsets() {
        double[] o = new double[points()];
        for (int i = 0; i < o.length; i++) {
            o[i] = fromS + i * stepS;
        }
        return o;
    }

    /**
     * The per-participant average of the baseline-corrected epochs around {@code eventTimesS}: for nHF,
     * {@code EventEpochs.defaults().average(timeCourse.nHfSeries(), wrongFeedbackOnsets)}.
     *
     * @throws IllegalStateException if every epoch was rejected
     */
    public Average average(UniformSeries series, double[] eventTimesS) {
        return epochs(series, eventTimesS).average();
    }

    /**
     * The baseline-corrected epochs of {@code series} around {@code eventTimesS} (seconds on the series' time base).
     */
    public Epochs epochs(UniformSeries series, double[] eventTimesS) {
        double[] offsets = offsets();
        int m = offsets.length;
        double[] v = series.valuesView();
        boolean[] valid = series.validView();
        double fs = series.rate().hertz();
        List<double[]> kept = new ArrayList<>();
        List<Double> keptTimes = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (double event : eventTimesS) {
            double[] e = new double[m];
            String problem = null;
            for (int j = 0; j < m && problem == null; j++) {
                double pos = (event + offsets[j] - series.startS()) * fs;
                int i = (int) Math.floor(pos + 1e-9);
                double frac = Math.max(0, pos - i);
                if (!Double.isFinite(pos) || i < 0 || i >= v.length || (frac > 1e-9 && i + 1 >= v.length)) {
                    problem = "outside the series";
                } else if (!valid[i] || (frac > 1e-9 && !valid[i + 1])) {
                    problem = "in a masked gap";
                } else {
                    e[j] = frac > 1e-9 ? v[i] + frac * (v[i + 1] - v[i]) : v[i];
                }
            }
            if (problem != null) {
                rejected.add(String.format(Locale.ROOT, "event at %.3f s: epoch %s", event, problem));
                continue;
            }
            double base = baseline(offsets, e);
            for (int j = 0; j < m; j++) {
                e[j] -= base;
            }
            kept.add(e);
            keptTimes.add(event);
        }
        return new Epochs(offsets, kept.toArray(new double[0][]),
                keptTimes.stream().mapToDouble(Double::doubleValue).toArray(), rejected, series.unit());
    }

    /** The mean of the grid points from the baseline start to its end, both included (-1..0 s: 21 points). */
    private double baseline(double[] offsets, double[] e) {
        double sum = 0;
        int count = 0;
        for (int j = 0; j < offsets.length; j++) {
            if (offsets[j] >= baselineFromS - 1e-9 && offsets[j] <= baselineToS + 1e-9) {
                sum += e[j];
                count++;
            }
        }
        if (count == 0) {
            throw new IllegalStateException("no grid point in the baseline " + baselineFromS + ".." + baselineToS
                    + " s");
        }
        return sum / count;
    }

    /**
     * The baseline-corrected epochs of one series. Immutable.
     *
     * @param offsets the grid offsets in seconds
     * @param values one row per kept epoch, baseline-corrected, in {@code unit}
     * @param eventTimesS the events of the kept epochs
     * @param rejected one line per rejected event with its reason
     * @param unit the unit of the values (dimensionless for nHF)
     */
    public record Epochs(double[] offsets, double[][] values, double[] eventTimesS, List<String> rejected,
            Unit unit) {
        public Epochs {
            offsets = offsets.clone();
            values = Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
            eventTimesS = eventTimesS.clone();
            rejected = List.copyOf(rejected);
            Objects.requireNonNull(unit, "unit");
        }

        @Override
        public double[] offsets() {
            return offsets.clone();
        }

        @Override
        public double[][] values() {
            return Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
        }

        @Override
        public double[] eventTimesS() {
            return eventTimesS.clone();
        }

        /** The number of kept epochs. */
        public int count() {
            return values.length;
        }

        /**
         * The per-participant average: the point-by-point mean of the kept epochs.
         *
         * @throws IllegalStateException if every epoch was rejected
         */
        public Average average() {
            if (values.length == 0) {
                throw new IllegalStateException("no epoch to average: " + rejected.size() + " event(s) rejected"
                        + (rejected.isEmpty() ? "" : " (" + rejected.get(0) + ", ...)"));
            }
            double[] mean = new double[offsets.length];
            for (double[] row : values) {
                for (int j = 0; j < mean.length; j++) {
                    mean[j] += row[j];
                }
            }
            for (int j = 0; j < mean.length; j++) {
                mean[j] /= values.length;
            }
            return new Average(offsets, mean, unit, values.length);
        }
    }

    /**
     * An event-locked average on the epoch grid. Immutable.
     *
     * @param offsets the grid offsets in seconds from the event
     * @param values the mean baseline-corrected value at each offset, in {@code unit}
     * @param unit the unit of the values (dimensionless for nHF)
     * @param epochs the number of epochs averaged
     */
    public record Average(double[] offsets, double[] values, Unit unit, int epochs) {
        public Average {
            offsets = offsets.clone();
            values = values.clone();
            Objects.requireNonNull(unit, "unit");
            if (offsets.length != values.length) {
                throw new IllegalArgumentException(offsets.length + " offsets but " + values.length + " values");
            }
        }

        @Override
        public double[] offsets() {
            return offsets.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        /** The value at grid point {@code j}. */
        public double value(int j) {
            return values[j];
        }
    }
}
