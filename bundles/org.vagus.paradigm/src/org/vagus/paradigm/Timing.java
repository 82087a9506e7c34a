package org.vagus.paradigm;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a screen stays up: a fixed duration, or until the participant responds (self-paced), optionally with
 * a timeout. Negative durations are representable so that a paradigm file with one can be read and the problem
 * reported on the element at fault by the validator; the runner refuses such a paradigm.
 *
 * @param duration the fixed duration, or null when self-paced
 * @param selfPaced true if the screen stays until a response
 * @param timeout for a self-paced screen, the longest it stays (null: no limit); null for a fixed one
 * @since 0.1.0
 */
public record Timing(Duration duration, boolean selfPaced, Duration timeout) {

    /** @throws IllegalArgumentException if a fixed timing has no duration or a timeout, or a self-paced one a duration */
    public Timing {
        if (selfPaced && duration != null) {
            throw new IllegalArgumentException("timing: a self-paced screen has no fixed duration");
        }
        if (!selfPaced && (duration == null || timeout != null)) {
            throw new IllegalArgumentException("timing: a fixed screen has a duration and no timeout");
        }
    }

    /** A screen shown for exactly {@code duration}. */
    public static Timing fixed(Duration duration) {
        return new Timing(Objects.requireNonNull(duration, "duration"), false, null);
    }

    /** Shorthand for {@code fixed(Duration.ofMillis(millis))}. */
    public static Timing millis(long millis) {
        return fixed(Duration.ofMillis(millis));
    }

    /** A screen shown until the participant responds, without limit. */
    public static Timing untilResponse() {
        return new Timing(null, true, null);
    }

    /** A screen shown until the participant responds or {@code timeout} has passed. */
    public static Timing untilResponse(Duration timeout) {
        return new Timing(null, true, Objects.requireNonNull(timeout, "timeout"));
    }

    /** True if the timing has a negative duration or timeout (a validation error). */
    public boolean isNegative() {
        return (duration != null && duration.isNegative()) || (timeout != null && timeout.isNegative());
    }

    @Override
    public String toString() {
        if (!selfPaced) {
            return duration.toMillis() + " ms";
        }
        return timeout == null ? "self-paced" : "self-paced, at most " + timeout.toMillis() + " ms";
    }
}
