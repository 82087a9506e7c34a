package org.vagus.cli.internal;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.study.StudyFormatException;
import org.vagus.study.Tsv;

/**
 * A participants table as {@code vagus stats table1} and {@code corr-matrix} read it: a BIDS tabular file
 * (read strictly by {@link Tsv}: one header line, every row as long as it, {@value Tsv#NA} for a missing
 * value, no empty cells) with its cells looked up by column name and parsed as plain decimal numbers.
 * Errors about the content are {@link StudyFormatException}s naming the file, line and column; a column
 * name the user typed that is not in the header is a {@link UsageException}.
 */
final class ParticipantsTable {
    private final Tsv.Table table;
    private final String name;

    private ParticipantsTable(Tsv.Table table) {
        this.table = table;
        Path file = table.file().getFileName();
        this.name = file == null ? table.file().toString() : file.toString();
    }

    /**
     * Reads the file the user named.
     *
     * @throws IllegalArgumentException if there is no such file
     * @throws StudyFormatException naming the line of the first malformed row
     */
    static ParticipantsTable read(CommandContext ctx, String userPath) throws IOException {
        try {
            return new ParticipantsTable(Tsv.read(ctx.resolve(userPath)));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(userPath + ": no such file");
        }
    }

    /** The file name, as error messages show it. */
    String name() {
        return name;
    }

    List<String> header() {
        return table.header();
    }

    /** The number of data rows (participants). */
    int size() {
        return table.rows().size();
    }

    /** The 1-based line of a data row in the file. */
    int line(int row) {
        return table.rows().get(row).line();
    }

    /**
     * The index of a column the user named.
     *
     * @param option the option that named it, for the message (e.g. "--vars")
     */
    int column(String column, String option) throws UsageException {
        int c = table.column(column);
        if (c < 0) {
            throw new UsageException(option + " names column '" + column + "', which is not in the header of " + name
                    + " (line 1: " + String.join(", ", table.header()) + ")");
        }
        return c;
    }

    boolean has(String column) {
        return table.column(column) >= 0;
    }

    /** The cell, or empty for {@value Tsv#NA}. */
    Optional<String> cell(int row, int column) {
        String v = table.rows().get(row).cells().get(column);
        return Tsv.NA.equals(v) ? Optional.empty() : Optional.of(v);
    }

    /** A content error at a data row, naming the file and line. */
    StudyFormatException error(int row, String detail) {
        return table.error(table.rows().get(row), detail);
    }

    /** A content error about the file as a whole. */
    StudyFormatException error(String detail) {
        return new StudyFormatException(table.file(), 0, detail);
    }

    /** The first data row whose non-missing cell in the column is not a number, or -1 if all are numbers. */
    int firstNonNumber(int column) {
        for (int r = 0; r < size(); r++) {
            Optional<String> v = cell(r, column);
            if (v.isPresent() && Double.isNaN(parse(v.get()))) {
                return r;
            }
        }
        return -1;
    }

    /** True if the column has at least one value and all its non-missing values are numbers. */
    boolean isNumeric(int column) {
        return count(column) > 0 && firstNonNumber(column) < 0;
    }

    /** The number of non-missing cells in the column. */
    int count(int column) {
        int n = 0;
        for (int r = 0; r < size(); r++) {
            if (cell(r, column).isPresent()) {
                n++;
            }
        }
        return n;
    }

    /**
     * The column as numbers, one per row, NaN for a missing value.
     *
     * @param why why the column must be numeric, for the message (e.g. "--split needs numbers")
     * @throws StudyFormatException naming the line and column of the first cell that is not a number
     */
    double[] numbers(int column, String why) throws StudyFormatException {
        double[] values = new double[size()];
        for (int r = 0; r < size(); r++) {
            Optional<String> v = cell(r, column);
            values[r] = v.isPresent() ? parse(v.get()) : Double.NaN;
            if (v.isPresent() && Double.isNaN(values[r])) {
                throw error(r, "column '" + header().get(column) + "': '" + shorten(v.get()) + "' is not a number ("
                        + why + "; decimal point, " + Tsv.NA + " for a missing value)");
            }
        }
        return values;
    }

    /** The distinct non-missing values of a column in order of first appearance. */
    List<String> levels(int column) {
        Set<String> levels = new LinkedHashSet<>();
        for (int r = 0; r < size(); r++) {
            cell(r, column).ifPresent(levels::add);
        }
        return new ArrayList<>(levels);
    }

    /** A plain decimal number (surrounding spaces allowed), or NaN. */
    static double parse(String cell) {
        String s = cell.strip();
        if (!StatsInput.NUMBER.matcher(s).matches()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(s);
        return Double.isFinite(v) ? v : Double.NaN;
    }

    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
