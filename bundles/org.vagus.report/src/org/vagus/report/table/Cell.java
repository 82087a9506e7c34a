package org.vagus.report.table;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * One table cell: text, or a number with the text a report shows for it. HTML shows {@link #display()};
 * CSV and TSV write {@link #exact()}, the number in full precision.
 *
 * @since 0.1.0
 */
public sealed interface Cell permits Cell.Text, Cell.Num {

    /** What a reader of the report sees. */
    String display();

    /** What a data file holds: the text, or the number written exactly (empty for a missing number). */
    String exact();

    /** A text cell; leading spaces indent it (Table 1's category levels). */
    record Text(String text) implements Cell {
        public Text {
            Objects.requireNonNull(text, "cell text");
        }

        @Override
        public String display() {
            return text;
        }

        @Override
        public String exact() {
            return text;
        }
    }

    /**
     * A number.
     *
     * @param value the value; NaN for missing (written as an empty field, which R, SPSS and JASP read as
     *        missing)
     * @param display the formatted value, e.g. {@code .041} for a p value
     */
    record Num(double value, String display) implements Cell {
        public Num {
            if (Double.isInfinite(value)) {
                throw new IllegalArgumentException("a table cell cannot hold an infinite value");
            }
            Objects.requireNonNull(display, "cell display");
        }

        /**
         * The shortest decimal that reads back as the same double, without exponent: {@code 0.00001234},
         * {@code 37}, {@code -2.0712}.
         */
        @Override
        public String exact() {
            if (Double.isNaN(value)) {
                return "";
            }
            if (value == 0) {
                return "0";
            }
            return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
    }

    static Cell text(String text) {
        return new Text(text);
    }

    /** A number shown with {@code decimals} decimals. */
    static Cell num(double value, int decimals) {
        return new Num(value, Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value));
    }

    /** A whole number (a count). */
    static Cell count(long value) {
        return new Num(value, Long.toString(value));
    }

    static Cell num(double value, String display) {
        return new Num(value, display);
    }
}
