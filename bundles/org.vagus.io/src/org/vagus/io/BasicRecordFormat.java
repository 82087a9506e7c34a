package org.vagus.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The value behind {@link RecordFormat#of}; the registry validates names and extensions. */
record BasicRecordFormat(String name, String description, List<String> extensions, RecordReader reader,
        Optional<RecordWriter> writer) implements RecordFormat {
    BasicRecordFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        extensions = List.copyOf(extensions);
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(writer, "writer");
    }
}
