package org.vagus.signal.beats;

/**
 * A closed time span {@code [startSeconds, endSeconds]} in seconds from the recording's first sample, such as a
 * stretch of ECG marked unusable by hand.
 *
 * @param startSeconds the start, finite
 * @param endSeconds the end, finite and not before the start
 * @since 0.1.0
 */
public record TimeSegment(double startSeconds, double endSeconds) {
    /**
     * @throws IllegalArgumentException if a bound is not finite or the end comes before the start
     */
    public TimeSegment {
        if (!Double.isFinite(startSeconds) || !Double.isFinite(endSeconds) || endSeconds < startSeconds) {
            throw new IllegalArgumentException("segment " + startSeconds + " to " + endSeconds
                    + " s: expected finite bounds with start <= end");
        }
    }

    /** True if {@code t} lies in the segment, bounds included. */
    public boolean contains(double t) {
        return t >= startSeconds && t <= endSeconds;
    }

    /** True if the closed span {@code [from, to]} shares at least one instant with the segment. */
    public boolean overlaps(double from, double to) {
        return from <= endSeconds && to >= startSeconds;
    }

    /** The length in seconds. */
    public double durationSeconds() {
        return endSeconds - startSeconds;
    }
}
