package org.vagus.stats.internal;

/**
 * Input validation and plain moments shared by the tests. Every failure is an
 * {@link IllegalArgumentException} whose message names what was wrong, so that callers (the command
 * line, the report) can show it as it is.
 */
public final class Checks {
    private Checks() {
    }

    /** Rejects null, NaN and infinite values, naming the array and the 1-based position. */
    public static void finite(double[] x, String what) {
        if (x == null) {
            throw new IllegalArgumentException(what + " is missing (null)");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(what + " value " + (i + 1) + " is " + x[i]
                        + "; only finite numbers can be tested (remove missing values first)");
            }
        }
    }

    /** Rejects fewer than {@code min} values with a message naming the test that needs them. */
    public static void atLeast(int n, int min, String what, String test) {
        if (n < min) {
            throw new IllegalArgumentException(what + " has n = " + n + "; " + test + " needs at least " + min
                    + " values" + (what.startsWith("group") ? " per group" : ""));
        }
    }

    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        double m = s / x.length;
        // second pass removes most of the rounding error of the first (corrected two-pass algorithm)
        double c = 0;
        for (double v : x) {
            c += v - m;
        }
        return m + c / x.length;
    }

    /** Sample variance (denominator n - 1). */
    public static double variance(double[] x) {
        double m = mean(x);
        double ss = 0;
        double c = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
            c += v - m;
        }
        return (ss - c * c / x.length) / (x.length - 1);
    }

    /** Probability in (0, 1) for a confidence level such as 0.95. */
    public static void level(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence level must lie strictly between 0 and 1, got " + confidence);
        }
    }
}
