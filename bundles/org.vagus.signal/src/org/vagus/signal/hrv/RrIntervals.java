package org.vagus.signal.hrv;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.io.Annotation;
import org.vagus.io.AnnotationCode;
import org.vagus.io.AnnotationSet;
import org.vagus.signal.RPeaks;

/**
 * A beat series: the times of {@code n + 1} beats in seconds (on the recording's time base, so that event times
 * line up) and the {@code n} intervals between successive beats in milliseconds. Interval {@code i} (0-based)
 * runs from beat {@code i} to beat {@code i + 1} and is stamped with the time of its ending beat, the convention of
 * the interpolation (Task Force 1996: the interval value is known once its second beat has occurred).
 * <p>
 * Each interval also carries an NN flag: whether it is a normal-to-normal interval (both beats sinus beats). A
 * plain RR list or a detector's peaks have every interval NN; beat annotations mark as NN only the intervals
 * between two {@link AnnotationCode#NORMAL} beats, as the PhysioNet HRV toolkit does. Standard HRV uses the NN
 * intervals only; the spectral series are interpolated through the NN intervals (the others are bridged).
 * <p>
 * Immutable; the arrays are copied in and out. Times strictly increase, so every interval is positive.
 *
 * @since 0.1.0
 */
public final class RrIntervals {
    /** The unit of {@link #beatTime(int)}. */
    public static final Unit TIME_UNIT = Unit.SECOND;
    /** The unit of {@link #interval(int)}. */
    public static final Unit INTERVAL_UNIT = Unit.MILLISECOND;

    private final double[] beatTimesS;
    private final double[] intervalsMs;
    private final boolean[] nn;

    private RrIntervals(double[] beatTimesS, double[] intervalsMs, boolean[] nn) {
        this.beatTimesS = beatTimesS;
        this.intervalsMs = intervalsMs;
        this.nn = nn;
    }

    /**
     * From a list of intervals in milliseconds (an RR file); the first beat lies at {@code startS}.
     *
     * @throws IllegalArgumentException naming the first interval that is not finite and positive, or if the list
     *         is empty
     */
    public static RrIntervals ofIntervalsMs(double startS, double[] intervalsMs) {
        if (!Double.isFinite(startS)) {
            throw new IllegalArgumentException("start time " + startS + " s: expected a finite time");
        }
        double[] rr = intervalsMs.clone();
        if (rr.length == 0) {
            throw new IllegalArgumentException("no RR interval: at least one interval (two beats) is needed");
        }
        double[] t = new double[rr.length + 1];
        t[0] = startS;
        for (int i = 0; i < rr.length; i++) {
            if (!(rr[i] > 0) || Double.isInfinite(rr[i])) {
                throw new IllegalArgumentException("RR interval " + (i + 1) + " is " + rr[i]
                        + " ms; intervals must be finite and > 0 ms");
            }
            t[i + 1] = t[i] + rr[i] / 1000;
        }
        boolean[] nn = new boolean[rr.length];
        Arrays.fill(nn, true);
        return new RrIntervals(t, rr, nn);
    }

    /** From beat times in seconds, every interval NN. */
    public static RrIntervals ofBeatTimes(double[] beatTimesS) {
        boolean[] normal = new boolean[beatTimesS.length];
        Arrays.fill(normal, true);
        return ofBeatTimes(beatTimesS, normal);
    }

    /**
     * From beat times in seconds and a per-beat sinus flag; an interval is NN when both its beats are normal.
     *
     * @throws IllegalArgumentException with fewer than two beats, non-finite times, times that do not increase
     *         strictly (naming the beat), or arrays of different lengths
     */
    public static RrIntervals ofBeatTimes(double[] beatTimesS, boolean[] normalBeat) {
        double[] t = beatTimesS.clone();
        check(t.length, normalBeat.length);
        double[] rr = new double[t.length - 1];
        boolean[] nn = new boolean[rr.length];
        for (int i = 0; i < t.length; i++) {
            if (!Double.isFinite(t[i])) {
                throw new IllegalArgumentException("beat " + i + " at " + t[i] + " s: expected a finite time");
            }
            if (i > 0) {
                rr[i - 1] = interval(t[i] - t[i - 1], i, t[i]) * 1000;
                nn[i - 1] = normalBeat[i - 1] && normalBeat[i];
            }
        }
        return new RrIntervals(t, rr, nn);
    }

    /**
     * From beat positions as sample indices at {@code rate}; intervals are computed from the integer differences
     * (exact to the last bit for integer millisecond clocks).
     */
    public static RrIntervals ofBeatSamples(long[] samples, SamplingRate rate, boolean[] normalBeat) {
        Objects.requireNonNull(rate, "rate");
        check(samples.length, normalBeat.length);
        double fs = rate.hertz();
        double[] t = new double[samples.length];
        double[] rr = new double[samples.length - 1];
        boolean[] nn = new boolean[rr.length];
        for (int i = 0; i < samples.length; i++) {
            t[i] = samples[i] / fs;
            if (i > 0) {
                interval(samples[i] - samples[i - 1], i, t[i]);
                rr[i - 1] = (samples[i] - samples[i - 1]) * 1000.0 / fs;
                nn[i - 1] = normalBeat[i - 1] && normalBeat[i];
            }
        }
        return new RrIntervals(t, rr, nn);
    }

    /** From detected R peaks; every interval NN (a detector does not classify beats). */
    public static RrIntervals of(RPeaks peaks) {
        int[] s = peaks.samples();
        long[] l = new long[s.length];
        for (int i = 0; i < s.length; i++) {
            l[i] = s[i];
        }
        boolean[] normal = new boolean[s.length];
        Arrays.fill(normal, true);
        return ofBeatSamples(l, peaks.rate(), normal);
    }

    /**
     * From beat annotations (non-beat annotations such as rhythm or noise marks are ignored); beats annotated
     * {@link AnnotationCode#NORMAL} are sinus beats, so an interval is NN when it joins two such beats.
     */
    public static RrIntervals of(AnnotationSet annotations) {
        List<Annotation> beats = annotations.beats();
        long[] samples = new long[beats.size()];
        boolean[] normal = new boolean[beats.size()];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = beats.get(i).sample();
            normal[i] = beats.get(i).code() == AnnotationCode.NORMAL.code();
        }
        if (samples.length < 2) {
            throw new IllegalArgumentException(annotations.source() + ": " + samples.length
                    + " beat annotation(s); at least two beats are needed for an interval");
        }
        return ofBeatSamples(samples, annotations.rate(), normal);
    }

    private static void check(int beats, int flags) {
        if (beats < 2) {
            throw new IllegalArgumentException(beats + " beat(s): at least two beats are needed for an interval");
        }
        if (flags != beats) {
            throw new IllegalArgumentException(beats + " beats but " + flags + " normal-beat flags");
        }
    }

    private static double interval(double d, int beat, double timeS) {
        if (!(d > 0)) {
            throw new IllegalArgumentException("beat " + beat + " at " + timeS + " s does not come after beat "
                    + (beat - 1) + ": beat times must increase strictly (non-positive interval)");
        }
        return d;
    }

    /** The number of intervals (one less than the number of beats). */
    public int size() {
        return intervalsMs.length;
    }

    /** The time of beat {@code i} (0 to {@link #size()}) in seconds. */
    public double beatTime(int i) {
        return beatTimesS[i];
    }

    /** Interval {@code i} in milliseconds (from beat {@code i} to beat {@code i + 1}). */
    public double interval(int i) {
        return intervalsMs[i];
    }

    /** The time stamp of interval {@code i}: the time of its ending beat, in seconds. */
    public double intervalTime(int i) {
        return beatTimesS[i + 1];
    }

    /** True if interval {@code i} is normal-to-normal. */
    public boolean isNn(int i) {
        return nn[i];
    }

    /** A copy of the beat times in seconds. */
    public double[] beatTimes() {
        return beatTimesS.clone();
    }

    /** A copy of the intervals in milliseconds. */
    public double[] intervals() {
        return intervalsMs.clone();
    }

    /** A copy of the NN flags, one per interval. */
    public boolean[] nnFlags() {
        return nn.clone();
    }

    /** The number of NN intervals. */
    public int nnCount() {
        int c = 0;
        for (boolean b : nn) {
            c += b ? 1 : 0;
        }
        return c;
    }

    /** The time from the first to the last beat, in seconds. */
    public double durationS() {
        return beatTimesS[beatTimesS.length - 1] - beatTimesS[0];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RrIntervals r && Arrays.equals(beatTimesS, r.beatTimesS)
                && Arrays.equals(intervalsMs, r.intervalsMs) && Arrays.equals(nn, r.nn);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(beatTimesS) + Arrays.hashCode(intervalsMs)) + Arrays.hashCode(nn);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "RrIntervals[%d intervals (%d NN) over %.1f s]", size(),
                nnCount(), durationS());
    }
}
