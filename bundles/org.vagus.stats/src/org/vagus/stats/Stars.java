package org.vagus.stats;

/**
 * Significance stars: {@code * p < .05, ** p < .01, *** p < .001}.
 *
 * @since 0.1.0
 */
public final class Stars {
    /** The legend for table notes. */
    public static final String LEGEND = "* p < .05, ** p < .01, *** p < .001";

    private Stars() {
    }

    public static String of(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must lie in [0, 1], got " + p);
        }
        return p < .001 ? "***" : p < .01 ? "**" : p < .05 ? "*" : "";
    }
}
