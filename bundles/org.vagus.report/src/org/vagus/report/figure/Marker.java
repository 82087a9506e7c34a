package org.vagus.report.figure;

import java.util.Objects;

import org.vagus.stats.Apa;

/**
 * A reference line across a panel at a value of its x axis (a vertical line): the median of a score
 * distribution, the event onset at 0 s.
 *
 * @param value where, in x-axis units
 * @param label the text beside the line, or "" for none
 * @param colour the line colour
 * @param dashed dashed rather than solid
 * @since 0.1.0
 */
public record Marker(double value, String label, Rgb colour, boolean dashed) {
    public Marker {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("marker value must be finite, got " + value);
        }
        Objects.requireNonNull(label, "marker label");
        Objects.requireNonNull(colour, "marker colour");
    }

    /** The median line of a distribution: black, dashed, labelled {@code Median = 2.85}. */
    public static Marker median(double median) {
        return new Marker(median, "Median = " + Apa.two(median), Palette.BLACK, true);
    }

    /** The event onset at 0 s: a solid grey line without label. */
    public static Marker event() {
        return new Marker(0, "", Palette.GREY, false);
    }
}
