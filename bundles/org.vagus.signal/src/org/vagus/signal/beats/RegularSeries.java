package org.vagus.signal.beats;

import java.util.Arrays;
import java.util.Objects;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.Parameters;

/**
 * Values on a regular time grid: value {@code i} lies at {@code (firstIndex + i) / rate} seconds, so every
 * point is a whole grid index and two series on the same rate line up exactly. The time origin is the
 * recording's first sample for a series over a recording, and the event for an epoch (where
 * {@code firstIndex} is negative: -20 for an epoch starting 1 s before the event at 20 Hz). NaN marks a value
 * that is not available. Immutable; hot loops read {@link #value(int)}.
 *
 * @since 0.1.0
 */
public final class RegularSeries {
    private final SamplingRate rate;
    private final long firstIndex;
    private final double[] values;
    private final Unit unit;
    private final Parameters parameters;

    /**
     * @param rate the grid rate
     * @param firstIndex the grid index of the first value
     * @param values the values, copied
     * @param unit the unit of the values
     * @param parameters how the values were made
     */
    public RegularSeries(SamplingRate rate, long firstIndex, double[] values, Unit unit, Parameters parameters) {
        this.rate = Objects.requireNonNull(rate, "rate");
        this.firstIndex = firstIndex;
        this.values = Objects.requireNonNull(values, "values").clone();
        this.unit = Objects.requireNonNull(unit, "unit");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    public SamplingRate rate() {
        return rate;
    }

    /** The grid index of value 0. */
    public long firstIndex() {
        return firstIndex;
    }

    /** The number of values. */
    public int length() {
        return values.length;
    }

    /** Value {@code i}, NaN if not available. */
    public double value(int i) {
        return values[i];
    }

    /** The time of value {@code i} in seconds: {@code (firstIndex + i) / rate}. */
    public double seconds(int i) {
        return (firstIndex + i) / rate.hertz();
    }

    /** The position of the value at the grid point nearest to {@code seconds}; may lie outside 0..length-1. */
    public long positionOf(double seconds) {
        return rate.secondsToSample(seconds) - firstIndex;
    }

    /** A copy of the values. */
    public double[] values() {
        return values.clone();
    }

    public Unit unit() {
        return unit;
    }

    public Parameters parameters() {
        return parameters;
    }

    /** The number of values that are not NaN. */
    public int countAvailable() {
        int c = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                c++;
            }
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegularSeries r && rate.equals(r.rate) && firstIndex == r.firstIndex
                && Arrays.equals(values, r.values) && unit.equals(r.unit) && parameters.equals(r.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rate, firstIndex, Arrays.hashCode(values), unit, parameters);
    }

    @Override
    public String toString() {
        return "RegularSeries[" + values.length + " values in " + unit + " at " + rate + ", from "
                + (values.length > 0 ? seconds(0) + " s" : "-") + "]";
    }
}
