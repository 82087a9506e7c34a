package org.vagus.report.figure;

/**
 * A closed interval of axis values, {@code lower < upper}, both finite.
 *
 * @since 0.1.0
 */
public record Range(double lower, double upper) {
    public Range {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
            throw new IllegalArgumentException("axis range [" + lower + ", " + upper
                    + "]: expected finite bounds with lower < upper");
        }
    }

    public double length() {
        return upper - lower;
    }

    public boolean contains(double v) {
        return v >= lower && v <= upper;
    }
}
