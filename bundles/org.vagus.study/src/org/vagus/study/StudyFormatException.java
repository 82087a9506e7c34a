package org.vagus.study;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file in a study folder does not have the expected content. The message names the file, the 1-based line
 * where known, and what was expected, for example
 * {@code participants.tsv line 4: 3 cells, expected 5 (participant_id, age, sex, group, scs)}.
 *
 * @since 0.1.0
 */
public class StudyFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /**
     * @param file the offending file
     * @param line the 1-based line number, or 0 if the problem is not tied to a line
     * @param detail what is wrong and what was expected
     */
    public StudyFormatException(Path file, int line, String detail) {
        super(describe(file, line) + ": " + detail);
        this.file = file;
        this.line = line;
    }

    /** As {@link #StudyFormatException(Path, int, String)}, with the cause (such as a JSON syntax error). */
    public StudyFormatException(Path file, int line, String detail, Throwable cause) {
        super(describe(file, line) + ": " + detail, cause);
        this.file = file;
        this.line = line;
    }

    private static String describe(Path file, int line) {
        Path name = file.getFileName();
        String shown = name == null ? file.toString() : name.toString();
        return line > 0 ? shown + " line " + line : shown;
    }

    /** The offending file. */
    public Path file() {
        return file;
    }

    /** The 1-based line number, or 0 if not tied to a line. */
    public int line() {
        return line;
    }
}
