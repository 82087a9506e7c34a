package org.vagus.io.opensignals;

import java.util.List;
import java.util.Optional;

import org.vagus.io.RecordFormat;
import org.vagus.io.RecordReader;
import org.vagus.io.RecordWriter;

/**
 * The built-in format {@code opensignals-txt}: {@link OpenSignalsTextReader} with its default gap policy (a sequence gap
 * is an error). Registered in {@link org.vagus.io.FormatRegistry#builtIn()} and in this bundle's
 * {@code plugin.xml}; read-only.
 *
 * @since 0.1.0
 */
public final class OpenSignalsTextFormat implements RecordFormat {
    private final OpenSignalsTextReader reader = new OpenSignalsTextReader();

    @Override
    public String name() {
        return "opensignals-txt";
    }

    @Override
    public String description() {
        return "OpenSignals text export (.txt): BITalino and biosignalsplux, one or several devices; ECG in mV";
    }

    @Override
    public List<String> extensions() {
        return List.of("txt");
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
