package org.vagus.stats;

import org.vagus.stats.internal.Checks;

/**
 * Summary statistics of one group, as papers report them and as JASP's summary-statistics module takes
 * them: mean, standard deviation (sample SD, denominator n - 1) and size.
 *
 * @param mean the mean
 * @param sd the sample standard deviation, 0 or more
 * @param n the number of values, 1 or more
 * @since 0.1.0
 */
public record Summary(double mean, double sd, int n) {

    public Summary {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean must be a finite number, got " + mean);
        }
        if (!Double.isFinite(sd) || sd < 0) {
            throw new IllegalArgumentException("SD must be a finite number of 0 or more, got " + sd);
        }
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, got " + n);
        }
    }

    /** The summary of raw values; NaN or infinite values are rejected. */
    public static Summary of(double[] values) {
        Checks.finite(values, "data");
        if (values.length == 0) {
            throw new IllegalArgumentException("no values: a summary needs at least one");
        }
        double sd = values.length > 1 ? Math.sqrt(Checks.variance(values)) : 0;
        return new Summary(Checks.mean(values), sd, values.length);
    }

    public double variance() {
        return sd * sd;
    }
}
