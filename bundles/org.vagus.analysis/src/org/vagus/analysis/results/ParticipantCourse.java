package org.vagus.analysis.results;

import java.util.Arrays;
import java.util.Objects;

import org.vagus.signal.beats.RegularSeries;

/**
 * One participant's event-locked course averaged over trials: heart-rate change in bpm or nHF change (a
 * fraction), baseline-corrected, on the epoch grid relative to the event ({@code mean.seconds(i)}).
 *
 * @param course {@code hr} or {@code nhf} (the recipe's course names)
 * @param mean the trial average; NaN where no trial has a value. Its parameters say how it was made
 * @param counts per point, how many trials contributed; copied
 * @param epochs the number of epochs averaged
 * @since 0.1.0
 */
public record ParticipantCourse(String course, RegularSeries mean, int[] counts, int epochs) {
    public ParticipantCourse {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(mean, "mean");
        counts = counts.clone();
        if (counts.length != mean.length()) {
            throw new IllegalArgumentException(counts.length + " counts for " + mean.length() + " points");
        }
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** True if every point has a value (the course can enter a sliding-window comparison). */
    public boolean isComplete() {
        for (int i = 0; i < mean.length(); i++) {
            if (Double.isNaN(mean.value(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParticipantCourse c && course.equals(c.course) && mean.equals(c.mean)
                && Arrays.equals(counts, c.counts) && epochs == c.epochs;
    }

    @Override
    public int hashCode() {
        return Objects.hash(course, mean, Arrays.hashCode(counts), epochs);
    }

    @Override
    public String toString() {
        return "ParticipantCourse[" + course + ", " + epochs + " epochs, " + mean + "]";
    }
}
