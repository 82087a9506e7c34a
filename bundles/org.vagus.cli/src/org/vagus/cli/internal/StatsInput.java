package org.vagus.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.stats.Summary;

/**
 * Parses what {@code vagus stats} reads: data files with one number per line, "MEAN,SD,N" summaries and
 * "a,b;c,d" tables. Errors name the file and line, or the argument, that was wrong.
 */
final class StatsInput {
    /** A plain decimal number: no NaN, Infinity, hexadecimal or Java type suffixes. */
    static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private StatsInput() {
    }

    /**
     * One number per line; blank lines and lines starting with '#' are skipped. Decimal point, not comma.
     *
     * @throws IllegalArgumentException naming the file and line of the first bad value
     */
    static double[] numbers(CommandContext ctx, String userPath) throws IOException {
        Path file = ctx.resolve(userPath);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(userPath + ": no such file");
        }
        double[] values = new double[lines.size()];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!NUMBER.matcher(line).matches()) {
                throw new IllegalArgumentException(userPath + " line " + (i + 1) + ": '" + shorten(line)
                        + "' is not a number (one number per line, decimal point)");
            }
            double v = Double.parseDouble(line);
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(userPath + " line " + (i + 1) + ": '" + shorten(line)
                        + "' is out of range");
            }
            values[n++] = v;
        }
        if (n == 0) {
            throw new IllegalArgumentException(userPath + " holds no numbers");
        }
        return java.util.Arrays.copyOf(values, n);
    }

    /** "MEAN,SD,N", e.g. "2.91,0.41,39". */
    static Summary summary(String arg, String which) throws UsageException {
        String[] parts = arg.split(",", -1);
        if (parts.length != 3) {
            throw new UsageException(which + " summary '" + arg + "' is not MEAN,SD,N");
        }
        try {
            double mean = Double.parseDouble(parts[0].strip());
            double sd = Double.parseDouble(parts[1].strip());
            int n = Integer.parseInt(parts[2].strip());
            return new Summary(mean, sd, n);
        } catch (NumberFormatException e) {
            throw new UsageException(which + " summary '" + arg + "' is not MEAN,SD,N (N a whole number)");
        } catch (IllegalArgumentException e) {
            throw new UsageException(which + " summary '" + arg + "': " + e.getMessage());
        }
    }

    /** Rows separated by ';', counts by ','; e.g. "25,14;28,10". */
    static long[][] table(String arg) throws UsageException {
        String[] rows = arg.split(";", -1);
        long[][] table = new long[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            String[] cells = rows[i].split(",", -1);
            table[i] = new long[cells.length];
            for (int j = 0; j < cells.length; j++) {
                try {
                    table[i][j] = Long.parseLong(cells[j].strip());
                } catch (NumberFormatException e) {
                    throw new UsageException("--table row " + (i + 1) + " cell " + (j + 1) + ": '" + cells[j].strip()
                            + "' is not a whole count (rows separated by ';', cells by ',')");
                }
                if (table[i][j] < 0) {
                    throw new UsageException("--table row " + (i + 1) + " cell " + (j + 1) + " is negative");
                }
            }
        }
        return table;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
