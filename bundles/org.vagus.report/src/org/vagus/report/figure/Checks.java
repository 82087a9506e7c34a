package org.vagus.report.figure;

import java.util.Objects;

/** Argument checks of the figure model, with messages that name the field. */
final class Checks {
    private Checks() {
    }

    static String text(String what, String value) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /** A finite array, copied. */
    static double[] finite(String what, double[] values) {
        Objects.requireNonNull(values, what);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + "[" + i + "] is " + values[i] + ", expected a finite number");
            }
        }
        return values.clone();
    }

    /** An array whose values may be NaN (a gap) but not infinite, copied. */
    static double[] gaps(String what, double[] values) {
        Objects.requireNonNull(values, what);
        for (int i = 0; i < values.length; i++) {
            if (Double.isInfinite(values[i])) {
                throw new IllegalArgumentException(what + "[" + i + "] is infinite");
            }
        }
        return values.clone();
    }

    static void sameLength(String what, int expected, double[] values) {
        if (values.length != expected) {
            throw new IllegalArgumentException(what + " has " + values.length + " values, expected " + expected);
        }
    }
}
