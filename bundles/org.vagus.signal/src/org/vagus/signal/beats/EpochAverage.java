package org.vagus.signal.beats;

import java.util.Arrays;
import java.util.Objects;

/**
 * The trial average of one participant's epochs, time point by time point over the trials that have a value
 * there (NaN-aware), with the number of trials that contributed to each point.
 *
 * @param mean the mean on the grid relative to the event; NaN where no trial has a value
 * @param counts per time point, how many trials contributed; copied
 * @param trials the number of epochs averaged (contributing or not)
 * @since 0.1.0
 */
public record EpochAverage(RegularSeries mean, int[] counts, int trials) {
    public EpochAverage {
        Objects.requireNonNull(mean, "mean");
        counts = counts.clone();
        if (counts.length != mean.length()) {
            throw new IllegalArgumentException(counts.length + " counts for " + mean.length() + " time points");
        }
    }

    /** How many trials contributed to time point {@code i}. */
    public int count(int i) {
        return counts[i];
    }

    /** A copy of the counts. */
    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** The fewest trials that contributed to any time point. */
    public int minCount() {
        int min = Integer.MAX_VALUE;
        for (int c : counts) {
            min = Math.min(min, c);
        }
        return counts.length == 0 ? 0 : min;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EpochAverage a && mean.equals(a.mean) && Arrays.equals(counts, a.counts)
                && trials == a.trials;
    }

    @Override
    public int hashCode() {
        return Objects.hash(mean, Arrays.hashCode(counts), trials);
    }

    @Override
    public String toString() {
        return "EpochAverage[" + trials + " trials, " + mean + "]";
    }
}
