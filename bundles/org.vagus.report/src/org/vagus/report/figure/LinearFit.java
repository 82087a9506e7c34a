package org.vagus.report.figure;

/**
 * The ordinary least-squares line {@code y = intercept + slope x} of paired values, from centred sums
 * (slope = S_xy / S_xx) so that large offsets do not cost precision.
 *
 * @param slope y units per x unit
 * @param intercept y at x = 0
 * @param n the number of pairs
 * @param xMin the smallest x, where a drawn fit line starts
 * @param xMax the largest x, where it ends
 * @since 0.1.0
 */
public record LinearFit(double slope, double intercept, int n, double xMin, double xMax) {

    /**
     * @throws IllegalArgumentException with fewer than 2 pairs, arrays of different lengths, non-finite
     *             values, or when all x are equal (the slope is undefined)
     */
    public static LinearFit of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values and y " + y.length);
        }
        if (x.length < 2) {
            throw new IllegalArgumentException("a line needs at least 2 pairs, got " + x.length);
        }
        Checks.finite("x", x);
        Checks.finite("y", y);
        double mx = 0;
        double my = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += y[i];
            lo = Math.min(lo, x[i]);
            hi = Math.max(hi, x[i]);
        }
        mx /= x.length;
        my /= x.length;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - mx;
            sxx += dx * dx;
            sxy += dx * (y[i] - my);
        }
        if (!(sxx > 0)) {
            throw new IllegalArgumentException("all x values are equal (" + lo + "): the slope is undefined");
        }
        double slope = sxy / sxx;
        return new LinearFit(slope, my - slope * mx, x.length, lo, hi);
    }

    /** The fitted y at {@code x}. */
    public double at(double x) {
        return intercept + slope * x;
    }
}
