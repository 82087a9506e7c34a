package org.vagus.signal.beats;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.Parameters;
import org.vagus.signal.RPeaks;

/**
 * Beat (R-peak) times in seconds from the recording's first sample, strictly increasing: the beat series that
 * artefact correction, manual edits and heart-rate series work on. Corrected beats need not fall on samples
 * (a re-timed beat lies between its neighbours), hence seconds rather than sample indices; the rate of the
 * ECG the beats came from is kept when known. Immutable; hot loops read {@link #seconds(int)}.
 *
 * @since 0.1.0
 */
public final class BeatTimes {
    private final double[] seconds;
    private final SamplingRate sourceRate;
    private final Parameters parameters;

    /**
     * @param seconds beat times in seconds, finite and strictly increasing; copied
     * @param sourceRate the sampling rate of the ECG the beats were found in, or null if unknown
     * @param parameters how the beats were made
     * @throws IllegalArgumentException naming the first beat that is not finite or not after its predecessor
     */
    public BeatTimes(double[] seconds, SamplingRate sourceRate, Parameters parameters) {
        this.seconds = Objects.requireNonNull(seconds, "seconds").clone();
        this.sourceRate = sourceRate;
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        for (int i = 0; i < this.seconds.length; i++) {
            if (!Double.isFinite(this.seconds[i])) {
                throw new IllegalArgumentException("beat " + i + ": time " + this.seconds[i]
                        + " s, expected a finite time");
            }
            if (i > 0 && !(this.seconds[i] > this.seconds[i - 1])) {
                throw new IllegalArgumentException("beat times must increase strictly: beat " + i + " at "
                        + this.seconds[i] + " s follows " + this.seconds[i - 1] + " s");
            }
        }
    }

    /**
     * The beats of detected R peaks: sample / rate. The parameters are the detector's, under {@code peaks.}.
     */
    public static BeatTimes of(RPeaks peaks) {
        double[] s = new double[peaks.count()];
        for (int i = 0; i < s.length; i++) {
            s[i] = peaks.seconds(i);
        }
        Parameters p = Parameters.empty().with("peaks.method", peaks.method())
                .with("peaks.rate_hz", peaks.rate().hertz()).withAll("peaks", peaks.parameters());
        return new BeatTimes(s, peaks.rate(), p);
    }

    /** Beats at the given times in seconds, with no known source rate. */
    public static BeatTimes ofSeconds(double[] seconds, Parameters parameters) {
        return new BeatTimes(seconds, null, parameters);
    }

    /** The number of beats. */
    public int count() {
        return seconds.length;
    }

    /** The time of beat {@code i} in seconds from the recording's first sample. */
    public double seconds(int i) {
        return seconds[i];
    }

    /** A copy of all beat times in seconds. */
    public double[] secondsArray() {
        return seconds.clone();
    }

    /** The unit of the beat times: {@link Unit#SECOND}. */
    public Unit unit() {
        return Unit.SECOND;
    }

    /** The sampling rate of the ECG the beats were detected in, if known. */
    public Optional<SamplingRate> sourceRate() {
        return Optional.ofNullable(sourceRate);
    }

    /** How the beats were made. */
    public Parameters parameters() {
        return parameters;
    }

    /** The same beats with other parameters. */
    public BeatTimes withParameters(Parameters newParameters) {
        return new BeatTimes(seconds, sourceRate, newParameters);
    }

    /**
     * The index of the beat nearest to a time, or -1 if none lies within {@code toleranceS} seconds (ties go to
     * the earlier beat).
     */
    public int nearest(double timeS, double toleranceS) {
        return nearest(seconds, seconds.length, timeS, toleranceS);
    }

    /** {@link #nearest(double, double)} over the first {@code n} entries of a sorted array. */
    static int nearest(double[] sorted, int n, double timeS, double toleranceS) {
        int i = Arrays.binarySearch(sorted, 0, n, timeS);
        if (i >= 0) {
            return i;
        }
        int ins = -i - 1;
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int k = Math.max(0, ins - 1); k <= Math.min(n - 1, ins); k++) {
            double d = Math.abs(sorted[k] - timeS);
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return bestD <= toleranceS ? best : -1;
    }

    /** Equal beat times, source rate and parameters. */
    @Override
    public boolean equals(Object o) {
        return o instanceof BeatTimes b && Arrays.equals(seconds, b.seconds) && Objects.equals(sourceRate, b.sourceRate)
                && parameters.equals(b.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(seconds), sourceRate, parameters);
    }

    @Override
    public String toString() {
        return "BeatTimes[" + seconds.length + " beats" + (seconds.length > 0
                ? ", " + seconds[0] + " to " + seconds[seconds.length - 1] + " s" : "") + "]";
    }
}
