package org.vagus.io;

import java.util.List;
import java.util.Optional;

/**
 * A recording file format as a whole: its name, description, file extensions, a reader and optionally a writer.
 * This is the contract of the extension point {@code org.vagus.io.formats}: a bundle adds a format by declaring
 * a class that implements it (with a public no-argument constructor). Plain-Java callers register formats on a
 * {@link FormatRegistry} instead. The registry asks for the name, description and extensions once, when the
 * format is registered.
 *
 * @since 0.1.0
 */
public interface RecordFormat {

    /**
     * The unique format name, lower-case letters, digits, {@code .}, {@code _} and {@code -}, starting with a
     * letter or digit (for example {@code edf}); used on the command line and in messages.
     */
    String name();

    /** One line for people: what the format is and where it comes from. */
    String description();

    /**
     * The file extensions, lower case and without the dot (for example {@code edf}); may be empty for formats
     * recognised only by content or by a sibling file.
     */
    List<String> extensions();

    /** The reader. */
    RecordReader reader();

    /** The writer, or empty for read-only formats. */
    Optional<RecordWriter> writer();

    /**
     * A format made of the given parts, for callers that register formats in plain Java.
     *
     * @param writer the writer, or {@code null} for a read-only format
     */
    static RecordFormat of(String name, String description, List<String> extensions, RecordReader reader,
            RecordWriter writer) {
        return new BasicRecordFormat(name, description, extensions, reader, Optional.ofNullable(writer));
    }
}
