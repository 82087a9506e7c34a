package org.vagus.signal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters that made a result, as an ordered name-to-text map: the provenance every derived series
 * carries (beats, corrected intervals, BPM series, epochs, areas). Names are lower case with the step as a
 * prefix and the unit as a suffix where there is one ({@code bpm.grid_hz}, {@code epochs.window_s}); values are
 * text so they can be written beside the result as they are. A result's parameters start with those of its
 * input, so the chain from the R peaks to an area under the curve can be read from the last result alone.
 * <p>
 * At the edges the map becomes a {@link org.vagus.core.model.Provenance} with the software version and the
 * time of the run; the algorithms themselves never read a clock.
 *
 * @param values the parameters by name, in insertion order; copied, unmodifiable
 * @since 0.1.0
 */
public record Parameters(Map<String, String> values) {
    private static final Parameters EMPTY = new Parameters(Map.of());

    /**
     * @throws IllegalArgumentException for a blank name or a null value
     */
    public Parameters {
        Objects.requireNonNull(values, "parameters");
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k == null || k.isBlank()) {
                throw new IllegalArgumentException("parameter name: expected a non-blank name");
            }
            copy.put(k, Objects.requireNonNull(v, () -> "parameter '" + k + "': null value"));
        });
        values = Collections.unmodifiableMap(copy);
    }

    /** No parameters. */
    public static Parameters empty() {
        return EMPTY;
    }

    /** The given map, in its iteration order. */
    public static Parameters of(Map<String, String> values) {
        return new Parameters(values);
    }

    /**
     * A copy with one more parameter (or a replaced value, kept at its place). Numbers are written with
     * {@link #format(double)}; other values with {@code toString()}.
     */
    public Parameters with(String name, Object value) {
        Objects.requireNonNull(value, () -> "parameter '" + name + "': null value");
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(name, value instanceof Double d ? format(d) : value.toString());
        return new Parameters(copy);
    }

    /** A copy with every parameter of {@code more} added after these (a value of {@code more} wins). */
    public Parameters withAll(Parameters more) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.putAll(more.values);
        return new Parameters(copy);
    }

    /** A copy with every parameter of {@code more} added under {@code prefix + "."}. */
    public Parameters withAll(String prefix, Map<String, String> more) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        more.forEach((k, v) -> copy.put(prefix + "." + k, v));
        return new Parameters(copy);
    }

    /** The value of a parameter, empty if absent. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The number of parameters. */
    public int size() {
        return values.size();
    }

    /**
     * A double as short text that reads back to the same value: whole numbers without a fraction
     * ({@code 20}, {@code -1}), others as {@link Double#toString(double)} ({@code 0.13}, {@code 5.2}).
     */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
