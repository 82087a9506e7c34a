package org.vagus.signal.beats;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.vagus.io.FormatException;

/**
 * The manual edit layer as a tab-separated file saved beside a recording (for example
 * {@code sub-01_ses-01_task-stress_beatedits.tsv}), one edit per line in the order they were made:
 *
 * <pre>
 * edit     time_s   to_s
 * add      12.512   n/a
 * delete   13.104   n/a
 * move     14.002   14.010
 * unusable 100.0    112.5
 * </pre>
 *
 * {@code time_s} is the beat's time (for {@code move} the time it is moved from, for {@code unusable} the start
 * of the segment); {@code to_s} is the new time of a moved beat or the end of the segment, {@code n/a}
 * otherwise. Times are seconds from the recording's first sample, written so they read back to the same
 * double. Only the edits in force are saved, not the undo history. Files are written atomically (a temporary
 * file, flushed, then renamed), so a crash never leaves half a file.
 *
 * @since 0.1.0
 */
public final class BeatEditsTsv {
    /** The header line. */
    public static final String HEADER = "edit\ttime_s\tto_s";
    private static final String NA = "n/a";
    private static final String[] COLUMNS = {"edit", "time_s", "to_s"};
    /** A plain decimal number, optionally with an exponent (no hex, no spaces, no NaN or Infinity). */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private BeatEditsTsv() {
    }

    /** The layer's edits in force as file text, header first, each line ending in a newline. */
    public static String format(BeatEditLayer layer) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (BeatEdit e : layer.edits()) {
            b.append(e.action()).append('\t');
            switch (e) {
                case BeatEdit.Add a -> b.append(a.seconds()).append('\t').append(NA);
                case BeatEdit.Delete d -> b.append(d.seconds()).append('\t').append(NA);
                case BeatEdit.Move m -> b.append(m.fromSeconds()).append('\t').append(m.toSeconds());
                case BeatEdit.MarkUnusable u -> b.append(u.segment().startSeconds()).append('\t')
                        .append(u.segment().endSeconds());
            }
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * Reads a layer from file text.
     *
     * @param source the file the text came from, named in errors
     * @throws FormatException naming the line and column of the first bad cell and what was expected
     */
    public static BeatEditLayer parse(String text, Path source) throws FormatException {
        String[] lines = text.split("\r?\n", -1);
        String header = lines.length > 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[0];
        if (!header.equals(HEADER)) {
            throw new FormatException(source, "line 1", "header '" + header.replace("\t", "<TAB>")
                    + "', expected 'edit<TAB>time_s<TAB>to_s'");
        }
        List<BeatEdit> edits = new ArrayList<>();
        int last = lines.length;
        while (last > 1 && lines[last - 1].isEmpty()) {
            last--;
        }
        for (int i = 1; i < last; i++) {
            int lineNo = i + 1;
            String[] c = lines[i].split("\t", -1);
            if (c.length != COLUMNS.length) {
                throw new FormatException(source, "line " + lineNo, c.length + " cell(s), expected 3 separated by tabs"
                        + " (edit, time_s, to_s)");
            }
            double time = number(source, lineNo, 2, c[1]);
            BeatEdit e = switch (c[0]) {
                case "add" -> new BeatEdit.Add(notApplicable(source, lineNo, c[2], time));
                case "delete" -> new BeatEdit.Delete(notApplicable(source, lineNo, c[2], time));
                case "move" -> new BeatEdit.Move(time, number(source, lineNo, 3, c[2]));
                case "unusable" -> {
                    double end = number(source, lineNo, 3, c[2]);
                    if (end < time) {
                        throw new FormatException(source, location(lineNo, 3), "segment end " + end
                                + " s before its start " + time + " s; expected to_s >= time_s");
                    }
                    yield new BeatEdit.MarkUnusable(new TimeSegment(time, end));
                }
                default -> throw new FormatException(source, location(lineNo, 1), "edit '" + c[0]
                        + "', expected add, delete, move or unusable");
            };
            edits.add(e);
        }
        return BeatEditLayer.of(edits);
    }

    /** Reads a layer from a file (UTF-8). */
    public static BeatEditLayer read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file);
    }

    /** Writes the layer's edits in force atomically: a temporary file beside the target, flushed, renamed. */
    public static void write(BeatEditLayer layer, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(ByteBuffer.wrap(format(layer).getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static double notApplicable(Path source, int line, String cell, double time) throws FormatException {
        if (!cell.equals(NA)) {
            throw new FormatException(source, location(line, 3), "'" + cell + "', expected n/a for add and delete");
        }
        return time;
    }

    private static double number(Path source, int line, int column, String cell) throws FormatException {
        if (DECIMAL.matcher(cell).matches()) {
            double v = Double.parseDouble(cell);
            if (Double.isFinite(v)) {
                return v;
            }
        }
        throw new FormatException(source, location(line, column), "'" + cell + "', expected a time in seconds");
    }

    private static String location(int line, int column) {
        return "line " + line + ", column " + column + " (" + COLUMNS[column - 1] + ")";
    }
}
