package org.vagus.signal.beats;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.Parameters;

/**
 * Inter-beat intervals: interval {@code i} runs from beat {@code i} to beat {@code i + 1}; it is given in
 * milliseconds ({@link #unit()}) and placed at the time of the beat that ends it, in seconds
 * ({@link #timeUnit()}), the usual time stamp of an RR series (the interval is known when its second beat
 * comes). Each interval says whether it is usable: an interval that overlaps a segment marked unusable by hand
 * is not. Immutable; hot loops read {@link #millis(int)}.
 *
 * @since 0.1.0
 */
public final class InterBeatIntervals {
    private final double[] startSeconds;
    private final double[] endSeconds;
    private final double[] millis;
    private final boolean[] usable;
    private final SamplingRate sourceRate;
    private final Parameters parameters;

    private InterBeatIntervals(double[] startSeconds, double[] endSeconds, double[] millis, boolean[] usable,
            SamplingRate sourceRate, Parameters parameters) {
        this.startSeconds = startSeconds;
        this.endSeconds = endSeconds;
        this.millis = millis;
        this.usable = usable;
        this.sourceRate = sourceRate;
        this.parameters = parameters;
    }

    /** The intervals between successive beats, all usable. */
    public static InterBeatIntervals of(BeatTimes beats) {
        return of(beats, List.of());
    }

    /** The intervals of hand-edited beats; intervals overlapping an unusable segment are marked unusable. */
    public static InterBeatIntervals of(EditedBeats edited) {
        return of(edited.beats(), edited.unusable());
    }

    /**
     * The intervals between successive beats; an interval {@code [t_i, t_i+1]} that overlaps one of the
     * {@code unusable} segments is marked unusable.
     */
    public static InterBeatIntervals of(BeatTimes beats, List<TimeSegment> unusable) {
        Objects.requireNonNull(unusable, "unusable");
        int n = Math.max(0, beats.count() - 1);
        double[] start = new double[n];
        double[] end = new double[n];
        double[] ms = new double[n];
        boolean[] ok = new boolean[n];
        for (int i = 0; i < n; i++) {
            double a = beats.seconds(i);
            double b = beats.seconds(i + 1);
            start[i] = a;
            end[i] = b;
            ms[i] = (b - a) * 1000.0;
            ok[i] = true;
            for (TimeSegment s : unusable) {
                if (s.overlaps(a, b)) {
                    ok[i] = false;
                    break;
                }
            }
        }
        Parameters p = beats.parameters().with("ibi.placed_at", "end beat").with("ibi.unusable_segments",
                unusable.size());
        return new InterBeatIntervals(start, end, ms, ok, beats.sourceRate().orElse(null), p);
    }

    /** The number of intervals (one less than the number of beats, or 0). */
    public int count() {
        return millis.length;
    }

    /** Interval {@code i} in milliseconds. */
    public double millis(int i) {
        return millis[i];
    }

    /** The time of the beat that ends interval {@code i}, in seconds. */
    public double endSeconds(int i) {
        return endSeconds[i];
    }

    /** The time of the beat that starts interval {@code i}, in seconds. */
    public double startSeconds(int i) {
        return startSeconds[i];
    }

    /** False if interval {@code i} overlaps a segment marked unusable. */
    public boolean usable(int i) {
        return usable[i];
    }

    /** A copy of all intervals in milliseconds. */
    public double[] millisArray() {
        return millis.clone();
    }

    /** A copy of the end times in seconds. */
    public double[] endSecondsArray() {
        return endSeconds.clone();
    }

    /** The unit of the intervals: {@link Unit#MILLISECOND}. */
    public Unit unit() {
        return Unit.MILLISECOND;
    }

    /** The unit of the time stamps: {@link Unit#SECOND}. */
    public Unit timeUnit() {
        return Unit.SECOND;
    }

    /** The sampling rate of the ECG the beats came from, if known (it bounds the intervals' resolution). */
    public Optional<SamplingRate> sourceRate() {
        return Optional.ofNullable(sourceRate);
    }

    /** How the intervals were made, from the R peaks on. */
    public Parameters parameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return "InterBeatIntervals[" + millis.length + " intervals in ms]";
    }
}
