package org.vagus.signal.beats;

import org.vagus.signal.Parameters;

/**
 * The time span of an epoch and of its baseline, in seconds relative to the event (negative before it).
 *
 * @param startSeconds the epoch start (the seed study: -1 s)
 * @param endSeconds the epoch end, after the start (6 s)
 * @param baselineStartSeconds the baseline start, within the epoch (-1 s)
 * @param baselineEndSeconds the baseline end, within the epoch and not before its start (0 s)
 * @since 0.1.0
 */
public record EpochWindow(double startSeconds, double endSeconds, double baselineStartSeconds,
        double baselineEndSeconds) {
    /**
     * @throws IllegalArgumentException if a bound is not finite, the epoch is empty or the baseline lies
     *             outside it
     */
    public EpochWindow {
        for (double v : new double[] {startSeconds, endSeconds, baselineStartSeconds, baselineEndSeconds}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("epoch window bounds must be finite seconds: " + v);
            }
        }
        if (!(endSeconds > startSeconds)) {
            throw new IllegalArgumentException("epoch " + startSeconds + " to " + endSeconds
                    + " s: expected start < end");
        }
        if (baselineStartSeconds < startSeconds || baselineEndSeconds > endSeconds
                || baselineEndSeconds < baselineStartSeconds) {
            throw new IllegalArgumentException("baseline " + baselineStartSeconds + " to " + baselineEndSeconds
                    + " s: expected a span within the epoch " + startSeconds + " to " + endSeconds + " s");
        }
    }

    /** The seed study's window: -1 to 6 s, baseline -1 to 0 s. */
    public static EpochWindow defaults() {
        return new EpochWindow(-1, 6, -1, 0);
    }

    /** {@code "-1..6"} style text for parameters. */
    String describe() {
        return Parameters.format(startSeconds) + ".." + Parameters.format(endSeconds);
    }

    String describeBaseline() {
        return Parameters.format(baselineStartSeconds) + ".."
                + Parameters.format(baselineEndSeconds);
    }
}
