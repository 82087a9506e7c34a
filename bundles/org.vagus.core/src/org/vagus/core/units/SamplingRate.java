package org.vagus.core.units;

import java.time.Duration;

/**
 * A constant sampling rate in hertz (samples per second), with the conversions between sample indices and
 * seconds that every signal, marker and epoch uses. Sample 0 is the first sample of a recording and lies at
 * 0 s; sample {@code n} lies at {@code n / hertz} seconds.
 *
 * @param hertz samples per second, finite and greater than 0
 * @since 0.1.0
 */
public record SamplingRate(double hertz) {
    /**
     * @throws IllegalArgumentException if {@code hertz} is not finite or not greater than 0
     */
    public SamplingRate {
        if (!(hertz > 0) || Double.isInfinite(hertz)) {
            throw new IllegalArgumentException("sampling rate: " + hertz + " Hz, expected a finite value > 0 Hz");
        }
    }

    /** Shorthand for {@code new SamplingRate(hertz)}. */
    public static SamplingRate ofHertz(double hertz) {
        return new SamplingRate(hertz);
    }

    /** The time of a sample, in seconds from sample 0: {@code sample / hertz}. Negative indices give negative times. */
    public double sampleToSeconds(long sample) {
        return sample / hertz;
    }

    /**
     * The sample nearest to a time, in seconds from sample 0. Rounding rule: to the nearest index, halves
     * rounded up towards positive infinity ({@link Math#round(double)}), so at 1000 Hz 1.5 s is sample 1500,
     * 0.0005 s is sample 1 and -0.0005 s is sample 0. Negative times (for example epoch starts before an
     * event) give negative indices.
     *
     * @throws IllegalArgumentException if {@code seconds} is NaN or infinite, or the index overflows a long
     */
    public long secondsToSample(double seconds) {
        if (!Double.isFinite(seconds)) {
            throw new IllegalArgumentException("time: " + seconds + " s, expected a finite number of seconds");
        }
        double exact = seconds * hertz;
        if (Math.abs(exact) >= 0x1p62) {
            throw new IllegalArgumentException("time: " + seconds + " s is out of range at " + hertz + " Hz");
        }
        return Math.round(exact);
    }

    /** The number of samples covering a duration, rounded as in {@link #secondsToSample(double)}. */
    public long samplesIn(Duration duration) {
        return secondsToSample(duration.toNanos() / 1e9);
    }

    /** The sampling period {@code 1 / hertz} in seconds. */
    public double periodSeconds() {
        return 1.0 / hertz;
    }

    /** The sampling period rounded to the nearest nanosecond (1 ms at 1000 Hz). */
    public Duration period() {
        return Duration.ofNanos(Math.round(1e9 / hertz));
    }

    @Override
    public String toString() {
        return hertz + " Hz";
    }
}
