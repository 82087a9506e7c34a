package org.vagus.example.serialsensor.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a serial port into samples: one line per sample, the line's values separated by commas,
 * semicolons, tabs or spaces, the line ended by LF or CR LF (what an Arduino's {@code Serial.println} sends). The
 * values of the selected columns are picked out in the order the acquisition asked for them.
 * <p>
 * A line that cannot be read (too few values, a value that is not a number, a line longer than
 * {@link #MAX_LINE} bytes without an end) is handed to {@link Sink#malformed}: it was one sample, now lost, so the
 * sensor reports it as a gap of one frame and the sample index keeps counting. Blank lines are ignored (they carry
 * no sample). With {@code dropFirst}, everything up to the first line end is discarded: a port opened while the
 * device is sending starts in the middle of a line, and its tail would read as a wrong number ({@code 12} of
 * {@code 512}).
 * <p>
 * Not thread-safe: one decoder per acquisition, fed from the acquisition thread.
 */
public final class LineDecoder {
    /** The longest line accepted, in bytes; longer ones are garbage (a wrong baud rate, a binary protocol). */
    public static final int MAX_LINE = 256;

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;\\t]\\s*|\\s+");

    /** Receives what the decoder reads, in the order of the lines. */
    public interface Sink {
        /** One sample: the integer values of the selected columns, in selection order. */
        void integers(int[] values);

        /** One sample: the decimal values of the selected columns, in selection order. */
        void decimals(double[] values);

        /**
         * One line that could not be read.
         *
         * @param line the line as received (cut to 40 characters), for the message
         * @param problem what was wrong
         */
        void malformed(String line, String problem);
    }

    private final int[] columns;
    private final int needed;
    private final boolean decimal;
    private final byte[] line = new byte[MAX_LINE];
    private int length;
    private boolean overlong;
    private boolean dropping;

    /**
     * @param columns the 0-based column of each selected channel, in block order; at least one, each >= 0
     * @param decimal true to read decimal values ({@code 0.52}), false for integers ({@code 512})
     * @param dropFirst true to discard everything up to the first line end
     */
    public LineDecoder(int[] columns, boolean decimal, boolean dropFirst) {
        if (columns.length == 0 || Arrays.stream(columns).anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("columns " + Arrays.toString(columns)
                    + ": expected at least one, each >= 0");
        }
        this.columns = columns.clone();
        this.needed = Arrays.stream(columns).max().getAsInt() + 1;
        this.decimal = decimal;
        this.dropping = dropFirst;
    }

    /** Feeds bytes as they came from the port; complete lines go to {@code sink} at once. */
    public void feed(byte[] bytes, int offset, int count, Sink sink) {
        for (int i = offset; i < offset + count; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                endOfLine(sink);
            } else if (!dropping) {
                if (length < MAX_LINE) {
                    line[length++] = b;
                } else {
                    overlong = true;
                }
            }
        }
    }

    private void endOfLine(Sink sink) {
        if (dropping) {
            dropping = false;
            length = 0;
            return;
        }
        int n = length;
        if (n > 0 && line[n - 1] == '\r') {
            n--;
        }
        String text = new String(line, 0, n, StandardCharsets.ISO_8859_1);
        boolean tooLong = overlong;
        length = 0;
        overlong = false;
        if (tooLong) {
            sink.malformed(shorten(text), "no line end within " + MAX_LINE + " bytes");
            return;
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        String[] fields = SEPARATOR.split(trimmed);
        if (fields.length < needed) {
            sink.malformed(shorten(text), fields.length + " value(s), expected at least " + needed);
            return;
        }
        try {
            if (decimal) {
                double[] values = new double[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    values[i] = Double.parseDouble(fields[columns[i]]);
                    if (!Double.isFinite(values[i])) {
                        throw new NumberFormatException(fields[columns[i]]);
                    }
                }
                sink.decimals(values);
            } else {
                int[] values = new int[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    values[i] = Integer.parseInt(fields[columns[i]]);
                }
                sink.integers(values);
            }
        } catch (NumberFormatException e) {
            sink.malformed(shorten(text), "expected " + (decimal ? "decimal numbers" : "integers") + " in column(s) "
                    + columnList());
        }
    }

    private String columnList() {
        StringBuilder b = new StringBuilder();
        for (int c : columns) {
            b.append(b.isEmpty() ? "" : ",").append(c + 1);
        }
        return b.toString();
    }

    private static String shorten(String text) {
        String printable = text.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 37) + "...";
    }
}
