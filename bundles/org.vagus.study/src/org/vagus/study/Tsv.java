package org.vagus.study;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Strict reading and writing of BIDS tabular files (BIDS 1.10, "Tabular files"): UTF-8, one header row, cells
 * separated by single tabs, every row as long as the header, {@value #NA} for a missing value. Cells may not
 * hold tabs or line breaks; there is no quoting. Reading accepts a byte-order mark and CRLF line ends (as
 * spreadsheet programs write them) and refuses everything else ambiguous with a {@link StudyFormatException}
 * naming the file, line and expectation.
 *
 * @since 0.1.0
 */
public final class Tsv {
    /** The BIDS marker for a missing value. */
    public static final String NA = "n/a";

    private Tsv() {
    }

    /**
     * A data row with the 1-based line it was read from (0 for rows built in memory).
     *
     * @param line the 1-based line number in the file
     * @param cells the cells, as long as the header. Copied
     */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A table read from or to be written to a file.
     *
     * @param file the file it was read from, or null
     * @param header the column names, unique and non-empty. Copied
     * @param rows the data rows. Copied
     */
    public record Table(Path file, List<String> header, List<Row> rows) {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }

        /** The 0-based index of a column, or -1. */
        public int column(String name) {
            return header.indexOf(name);
        }

        /** The cell of a row in a named column; empty if the column is absent or the cell is {@value Tsv#NA}. */
        public Optional<String> cell(Row row, String column) {
            int i = column(column);
            return i < 0 || NA.equals(row.cells().get(i)) ? Optional.empty() : Optional.of(row.cells().get(i));
        }

        /** A {@link StudyFormatException} for a row of this table. */
        public StudyFormatException error(Row row, String detail) {
            return new StudyFormatException(file == null ? Path.of("table") : file, row.line(), detail);
        }
    }

    /**
     * Reads a TSV file strictly.
     *
     * @throws StudyFormatException naming file and line if the file is not valid UTF-8, has no header, an empty
     *             or duplicate column name, an empty line (other than at the end), an empty cell, or a row whose
     *             length differs from the header's
     */
    public static Table read(Path file) throws IOException {
        List<String> lines = readLines(file);
        if (lines.isEmpty() || lines.get(0).isEmpty()) {
            throw new StudyFormatException(file, 1, "empty; expected a header row of tab-separated column names");
        }
        List<String> header = split(lines.get(0));
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (name.isBlank()) {
                throw new StudyFormatException(file, 1, "column " + (c + 1) + " has no name");
            }
            if (!seen.add(name)) {
                throw new StudyFormatException(file, 1, "column '" + name + "' appears twice");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (line.isEmpty()) {
                throw new StudyFormatException(file, lineNo, "empty line; expected " + header.size() + " cells ("
                        + String.join(", ", header) + ")");
            }
            List<String> cells = split(line);
            if (cells.size() != header.size()) {
                throw new StudyFormatException(file, lineNo, cells.size() + (cells.size() == 1 ? " cell" : " cells")
                        + ", expected " + header.size() + " (" + String.join(", ", header) + ")");
            }
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).isEmpty()) {
                    throw new StudyFormatException(file, lineNo, "column '" + header.get(c) + "' is empty; write "
                            + NA + " for a missing value");
                }
            }
            rows.add(new Row(lineNo, cells));
        }
        return new Table(file, header, rows);
    }

    /**
     * Formats a table as TSV text with a final newline; null and empty cells become {@value #NA}.
     *
     * @throws IllegalArgumentException if a row's length differs from the header's or a cell or column name holds
     *             a tab or line break
     */
    public static String format(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (String name : header) {
            checkCell(Objects.requireNonNull(name, "column name"), "header", name);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("TSV header: empty column name");
            }
        }
        sb.append(String.join("\t", header)).append('\n');
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("TSV row " + (r + 1) + ": " + row.size() + " cells, expected "
                        + header.size() + " (" + String.join(", ", header) + ")");
            }
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c) == null || row.get(c).isEmpty() ? NA : row.get(c);
                checkCell(cell, "row " + (r + 1), header.get(c));
                sb.append(c == 0 ? "" : "\t").append(cell);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Writes a table atomically ({@link AtomicFiles}); see {@link #format(List, List)}. */
    public static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        AtomicFiles.writeString(file, format(header, rows));
    }

    private static void checkCell(String cell, String where, String column) {
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (ch == '\t' || ch == '\n' || ch == '\r') {
                String what = ch == '\t' ? "a tab" : "a line break";
                throw new IllegalArgumentException("TSV " + where + ", column '" + column + "': value '"
                        + cell.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r") + "' contains " + what
                        + ", which tab-separated files cannot hold");
            }
        }
    }

    private static List<String> split(String line) {
        return List.of(line.split("\t", -1));
    }

    private static List<String> readLines(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (CharacterCodingException e) {
            throw new StudyFormatException(file, lines.size() + 1, "not valid UTF-8 text", e);
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
