package org.vagus.report.figure;

import java.util.Objects;
import java.util.Optional;

import org.vagus.core.units.Unit;

/**
 * A value axis: what it shows, in which unit, and optionally a fixed range (otherwise the renderer fits the
 * data, including bands and error bars).
 *
 * @since 0.1.0
 */
public final class Axis {
    private final String label;
    private final Unit unit;
    private final Range range;

    private Axis(String label, Unit unit, Range range) {
        this.label = Checks.text("axis label", label);
        this.unit = Objects.requireNonNull(unit, "axis unit");
        this.range = range;
    }

    /** An axis fitted to the data; {@link Unit#DIMENSIONLESS} for scores, counts and fractions. */
    public static Axis of(String label, Unit unit) {
        return new Axis(label, unit, null);
    }

    /** A copy with a fixed range. */
    public Axis withRange(double lower, double upper) {
        return new Axis(label, unit, new Range(lower, upper));
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    /** The fixed range, or empty when the renderer fits the data. */
    public Optional<Range> range() {
        return Optional.ofNullable(range);
    }

    /**
     * The text drawn beside the axis: the label with the unit in parentheses, {@code "HR change (bpm)"};
     * dimensionless axes show the label alone; in the unit {@code ^2} is written as a superscript two and
     * {@code *} as a middle dot ({@code bpm*s} as bpm·s).
     */
    public String title() {
        if (unit.isDimensionless()) {
            return label;
        }
        return label + " (" + unit.symbol().replace("^2", "\u00b2").replace('*', '\u00b7') + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Axis a && label.equals(a.label) && unit.equals(a.unit) && Objects.equals(range, a.range);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, unit, range);
    }

    @Override
    public String toString() {
        return "Axis[" + title() + (range == null ? "" : ", " + range) + "]";
    }
}
