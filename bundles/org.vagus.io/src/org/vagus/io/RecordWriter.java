package org.vagus.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes recordings in one format. A writer never leaves a half-written file behind: it writes to a temporary
 * file in the target's folder, forces it to storage and renames it over the target, so a crash leaves either the
 * old file or the new one. Writers are contributed alongside readers through {@link RecordFormat}.
 *
 * @since 0.1.0
 */
public interface RecordWriter {

    /** A short format name for messages and the command line, for example {@code edf}. */
    String formatName();

    /**
     * Writes all signals of the record to {@code target}, replacing it if it exists.
     *
     * @throws IllegalArgumentException if the record cannot be represented in this format (the message says
     *             which signal or value and why)
     * @throws IOException if the file cannot be written; the target is then left as it was
     */
    void write(SignalRecord record, Path target) throws IOException;
}
