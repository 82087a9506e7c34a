package org.vagus.io.edf;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers in the fixed-width ASCII fields of an EDF header and in TALs: plain decimals (no exponent), as the
 * specification's examples write them.
 */
final class EdfNumbers {
    private EdfNumbers() {
    }

    /**
     * The largest decimal of at most {@code width} characters that is {@code <= x} ({@code floor} true) or the
     * smallest that is {@code >= x} (false), with as many decimals as fit.
     *
     * @throws IllegalArgumentException if even the integer part does not fit
     */
    static String outward(double x, boolean floor, int width) {
        BigDecimal exact = new BigDecimal(x);
        for (int scale = width - 1; scale >= 0; scale--) {
            String s = plain(exact.setScale(scale, floor ? RoundingMode.FLOOR : RoundingMode.CEILING));
            if (s.length() <= width) {
                return s;
            }
        }
        throw new IllegalArgumentException(x + " does not fit the " + width + "-character field of an EDF header"
                + " (plain decimals only; at most " + "9".repeat(width) + "); scale the signal to another unit");
    }

    /** A decimal without exponent and without trailing zeros ({@code 1}, {@code 0.25}, {@code -3.5}). */
    static String plain(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        return d.stripTrailingZeros().toPlainString();
    }

    /** A TAL onset: sign, then the plain decimal ({@code +0}, {@code +1.25}, {@code -0.5}). */
    static String onset(BigDecimal seconds) {
        return (seconds.signum() < 0 ? "" : "+") + plain(seconds);
    }

    /** The exact decimal a double prints as (its shortest representation, {@link Double#toString(double)}). */
    static BigDecimal decimal(double x) {
        return BigDecimal.valueOf(x);
    }
}
