package org.vagus.core.units;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A unit of measurement identified by its symbol, such as {@code mV}, {@code ms} or {@code bpm}. Symbols follow
 * the BIDS physio convention (SI symbols, {@code ^} for powers, {@code 1} for dimensionless quantities such as
 * normalised powers, which are fractions 0..1). Units are compared by symbol, case-sensitively ({@code mS} is
 * not {@code ms}); no conversion between units is implied.
 *
 * @param symbol the symbol, non-blank, without whitespace
 * @since 0.1.0
 */
public record Unit(String symbol) {
    /** Millivolt, the unit of ECG amplitude. */
    public static final Unit MILLIVOLT = new Unit("mV");
    /** Microvolt. */
    public static final Unit MICROVOLT = new Unit("uV");
    /** Second. */
    public static final Unit SECOND = new Unit("s");
    /** Millisecond, the unit of inter-beat intervals. */
    public static final Unit MILLISECOND = new Unit("ms");
    /** Hertz, the unit of sampling rates and spectral frequencies. */
    public static final Unit HERTZ = new Unit("Hz");
    /** Beats per minute, the unit of heart rate. */
    public static final Unit BEATS_PER_MINUTE = new Unit("bpm");
    /** Squared milliseconds, the unit of absolute HRV band powers. */
    public static final Unit MILLISECOND_SQUARED = new Unit("ms^2");
    /** Lux, the unit of the BITalino light sensor. */
    public static final Unit LUX = new Unit("lx");
    /** Dimensionless (ratios, fractions, counts, raw ADC codes). */
    public static final Unit DIMENSIONLESS = new Unit("1");

    private static final Map<String, Unit> KNOWN = Stream.of(MILLIVOLT, MICROVOLT, SECOND, MILLISECOND, HERTZ,
            BEATS_PER_MINUTE, MILLISECOND_SQUARED, LUX, DIMENSIONLESS)
            .collect(Collectors.toUnmodifiableMap(Unit::symbol, Function.identity()));

    /**
     * @throws IllegalArgumentException if the symbol is blank or contains whitespace
     */
    public Unit {
        Objects.requireNonNull(symbol, "unit symbol");
        if (symbol.isBlank() || symbol.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("unit symbol '" + symbol + "': must be non-blank without whitespace"
                    + " (e.g. mV, ms, bpm, ms^2, 1)");
        }
    }

    /** The unit with this symbol: one of the constants if it matches, otherwise a new unit. */
    public static Unit of(String symbol) {
        Objects.requireNonNull(symbol, "unit symbol");
        Unit known = KNOWN.get(symbol);
        return known != null ? known : new Unit(symbol);
    }

    /** True for {@link #DIMENSIONLESS}. */
    public boolean isDimensionless() {
        return DIMENSIONLESS.symbol.equals(symbol);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
