package org.vagus.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Comparison with independently computed reference values (scipy 1.17 / numpy 2.4 on the dev machine). */
final class Ref {
    private Ref() {
    }

    /** Equal to a relative tolerance of 1e-6 (plus 1e-12 absolute, for values near 0). */
    static void near(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-6 + 1e-12);
    }

    static void near(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-6 + 1e-12, what);
    }
}
