package org.vagus.instruments;

/**
 * Number text shared by results, phenotype files and the command line.
 *
 * @since 0.1.0
 */
public final class Numbers {
    private Numbers() {
    }

    /**
     * Whole values without a decimal point ({@code 45}), others with the shortest text that reads back to the same
     * double ({@code 2.8461538461538463}), never in exponent form for values of questionnaire size.
     */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
