package org.vagus.io.opensignals;

import java.util.List;
import java.util.Optional;

import org.vagus.io.RecordFormat;
import org.vagus.io.RecordReader;
import org.vagus.io.RecordWriter;

/**
 * The built-in format {@code opensignals-h5}: {@link OpenSignalsH5Reader} with its default gap policy (a sequence gap
 * is an error). Registered in {@link org.vagus.io.FormatRegistry#builtIn()} and in this bundle's
 * {@code plugin.xml}; read-only.
 *
 * @since 0.1.0
 */
public final class OpenSignalsH5Format implements RecordFormat {
    private final OpenSignalsH5Reader reader = new OpenSignalsH5Reader();

    @Override
    public String name() {
        return "opensignals-h5";
    }

    @Override
    public String description() {
        return "OpenSignals HDF5 file (.h5): BITalino and biosignalsplux; ECG in mV";
    }

    @Override
    public List<String> extensions() {
        return List.of("h5");
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
