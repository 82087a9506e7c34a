package org.vagus.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one recording format. Implementations are contributed through the extension point
 * {@code org.vagus.io.formats}; the registry is read at the edges (the command line, the workbench) and the
 * readers are handed to the code that needs them. A reader rejects a bad file with a {@link FormatException}
 * and never returns partial data silently.
 *
 * @since 0.1.0
 */
public interface RecordReader {

    /** A short format name for messages and the command line, for example {@code wfdb}. */
    String formatName();

    /** True if this reader recognises the file (by name and, where cheap, by its first bytes). */
    boolean canRead(Path file);

    /**
     * Reads all signals of the recording.
     *
     * @throws FormatException if the file does not hold what the format promises
     * @throws IOException if the file cannot be read
     */
    SignalRecord read(Path file) throws IOException;
}
