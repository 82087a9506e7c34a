package org.vagus.io.edf;

import java.util.List;
import java.util.Optional;

import org.vagus.io.RecordFormat;
import org.vagus.io.RecordReader;
import org.vagus.io.RecordWriter;

/**
 * The built-in BDF format: files {@code .bdf} read as BDF or BDF+ (BioSemi's 24-bit variant of EDF, with the
 * EDF+ conventions of Kemp and Olivan 2003), written as BDF+C. Registered by default in
 * {@link org.vagus.io.FormatRegistry#builtIn()} and declared in this bundle's {@code plugin.xml}.
 *
 * @since 0.1.0
 */
public final class BdfFormat implements RecordFormat {
    private final EdfReader reader = new EdfReader();
    private final EdfWriter writer = new EdfWriter(EdfVariant.BDF);

    @Override
    public String name() {
        return "bdf";
    }

    @Override
    public String description() {
        return "BioSemi Data Format BDF/BDF+: EDF with 24-bit samples, annotations; written as BDF+C";
    }

    @Override
    public List<String> extensions() {
        return List.of("bdf");
    }

    @Override
    public RecordReader reader() {
        return reader;
    }

    @Override
    public Optional<RecordWriter> writer() {
        return Optional.of(writer);
    }
}
