package org.vagus.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file that does not hold what its format promises: truncated data, a header that disagrees with the data,
 * a wrong checksum, an unknown format or code. The message names the file, the place (a line, a byte offset,
 * a signal) and what was expected, so the user can find the fault without a debugger.
 *
 * @since 0.1.0
 */
public class FormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String location;
    private final String problem;

    /**
     * @param file the offending file
     * @param location where in the file, for example {@code "line 3"} or {@code "byte 1024"}
     * @param problem what was found and what was expected
     */
    public FormatException(Path file, String location, String problem) {
        super(file + ": " + location + ": " + problem);
        this.file = Objects.requireNonNull(file, "file");
        this.location = Objects.requireNonNull(location, "location");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The offending file. */
    public Path file() {
        return file;
    }

    /** Where in the file: {@code "line N"}, {@code "byte N"} or a signal name. */
    public String location() {
        return location;
    }

    /** What was found and what was expected, without the file and location. */
    public String problem() {
        return problem;
    }
}
