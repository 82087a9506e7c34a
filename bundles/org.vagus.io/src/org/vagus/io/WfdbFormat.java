package org.vagus.io;

import java.util.List;
import java.util.Optional;

import org.vagus.io.wfdb.WfdbReader;

/**
 * The built-in WFDB format (PhysioNet): a record is named by its header {@code NAME.hea} or by its path without
 * extension; read-only. Registered by default in {@link FormatRegistry#builtIn()} and declared in this bundle's
 * {@code plugin.xml}.
 *
 * @since 0.1.0
 */
public final class WfdbFormat implements RecordFormat {
    private final WfdbReader reader = new WfdbReader();

    @Override
    public String name() {
        return "wfdb";
    }

    @Override
    public String description() {
        return "WFDB record (PhysioNet): header .hea with signal files in formats 212, 16, 61, 80";
    }

    @Override
    public List<String> extensions() {
        return List.of("hea");
    }

    @Override
    public RecordReader reader() {
        return reader;
    }

    @Override
    public Optional<RecordWriter> writer() {
        return Optional.empty();
    }
}
