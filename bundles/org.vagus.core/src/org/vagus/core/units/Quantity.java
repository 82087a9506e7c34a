package org.vagus.core.units;

import java.util.Objects;

/**
 * A number with its unit, for values that cross bundle boundaries one at a time (a threshold, an AUC, a band
 * power). No arithmetic across units is offered: converting is the caller's explicit job.
 *
 * @param value the value; NaN stands for "not available"
 * @param unit the unit, never null
 * @since 0.1.0
 */
public record Quantity(double value, Unit unit) {
    public Quantity {
        Objects.requireNonNull(unit, "unit");
    }

    /** Shorthand for {@code new Quantity(value, Unit.of(symbol))}. */
    public static Quantity of(double value, String symbol) {
        return new Quantity(value, Unit.of(symbol));
    }

    /** The same unit with another value. */
    public Quantity withValue(double newValue) {
        return new Quantity(newValue, unit);
    }

    /** {@code "1.5 s"}; dimensionless values print without a unit. */
    @Override
    public String toString() {
        return unit.isDimensionless() ? Double.toString(value) : value + " " + unit;
    }
}
