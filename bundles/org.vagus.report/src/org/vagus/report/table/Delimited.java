package org.vagus.report.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV (RFC 4180) and TSV files of a {@link DataTable}: a header line of column names, then one line per row
 * with each cell's {@link Cell#exact() exact} value. A field that holds the delimiter, a double quote, CR or
 * LF is quoted, quotes doubled; R ({@code read.csv}, {@code read.delim}), pandas, SPSS and JASP read both.
 * CSV lines end in CRLF as RFC 4180 asks, TSV lines in LF. Files are UTF-8, optionally with a byte order mark,
 * which Excel and SPSS need to recognise UTF-8.
 *
 * @since 0.1.0
 */
public final class Delimited {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The two formats. */
    public enum Format {
        CSV(',', "\r\n", "csv"),
        TSV('\t', "\n", "tsv");

        private final char delimiter;
        private final String lineEnd;
        private final String extension;

        Format(char delimiter, String lineEnd, String extension) {
            this.delimiter = delimiter;
            this.lineEnd = lineEnd;
            this.extension = extension;
        }

        public char delimiter() {
            return delimiter;
        }

        /** The file name extension without the dot. */
        public String extension() {
            return extension;
        }
    }

    private Delimited() {
    }

    /** The table as text. */
    public static String write(DataTable table, Format format) {
        StringBuilder s = new StringBuilder();
        line(s, table.columns(), format);
        for (List<Cell> row : table.rows()) {
            line(s, row.stream().map(Cell::exact).toList(), format);
        }
        return s.toString();
    }

    /** The table as UTF-8 bytes, with a byte order mark first when {@code bom}. */
    public static byte[] bytes(DataTable table, Format format, boolean bom) {
        byte[] text = write(table, format).getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return text;
        }
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    private static void line(StringBuilder s, List<String> fields, Format f) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                s.append(f.delimiter);
            }
            s.append(field(fields.get(i), f.delimiter));
        }
        s.append(f.lineEnd);
    }

    /** The field, quoted if it must be. */
    public static String field(String value, char delimiter) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == delimiter || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /**
     * Reads delimited text back into records of fields: a leading byte order mark is skipped, quoted fields
     * may hold delimiters, quotes (doubled) and line breaks, lines may end in CRLF or LF, and a final line
     * end is optional.
     *
     * @throws IllegalArgumentException on a quote that is never closed or text after a closing quote,
     *             naming the line
     */
    public static List<List<String>> parse(String text, Format format) {
        char d = format.delimiter;
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int i = 0;
        boolean atFieldStart = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (atFieldStart && c == '"') {
                int start = line;
                i++;
                while (true) {
                    if (i >= s.length()) {
                        throw new IllegalArgumentException("line " + start + ": quoted field is never closed");
                    }
                    char q = s.charAt(i);
                    if (q == '"') {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                if (i < s.length() && s.charAt(i) != d && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
                    throw new IllegalArgumentException("line " + line + ": text after a closing quote");
                }
                atFieldStart = false;
                continue;
            }
            if (c == d) {
                record.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                atFieldStart = true;
                i += c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
            } else {
                field.append(c);
                atFieldStart = false;
                i++;
            }
        }
        if (!atFieldStart || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
