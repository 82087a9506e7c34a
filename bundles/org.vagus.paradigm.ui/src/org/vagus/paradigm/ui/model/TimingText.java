package org.vagus.paradigm.ui.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;

/**
 * Durations as the editor shows and reads them: seconds with up to millisecond precision ({@code 20},
 * {@code 1.5}, {@code -1}); a trailing {@code s} is accepted, and {@code ms} for milliseconds ({@code 500 ms}).
 *
 * @since 0.1.0
 */
public final class TimingText {
    private TimingText() {
    }

    /** The duration in seconds, without trailing zeros ({@code 20}, {@code 0.25}). */
    public static String format(Duration d) {
        if (d == null) {
            return "";
        }
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    /**
     * Reads a duration.
     *
     * @throws IllegalArgumentException if the text is not a number of seconds (or of milliseconds with {@code ms}),
     *             or is finer than a millisecond
     */
    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        boolean millis = false;
        if (t.endsWith("ms")) {
            millis = true;
            t = t.substring(0, t.length() - 2).trim();
        } else if (t.endsWith("s")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(t.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a duration: write seconds such as 20 or"
                    + " 1.5, or milliseconds such as 500 ms");
        }
        BigDecimal ms = millis ? value : value.movePointRight(3);
        try {
            return Duration.ofMillis(ms.setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text.trim() + "': durations are whole milliseconds");
        }
    }
}
