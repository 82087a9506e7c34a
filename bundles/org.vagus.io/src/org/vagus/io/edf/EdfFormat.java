package org.vagus.io.edf;

import java.util.List;
import java.util.Optional;

import org.vagus.io.RecordFormat;
import org.vagus.io.RecordReader;
import org.vagus.io.RecordWriter;

/**
 * The built-in EDF format: files {@code .edf} read as EDF or EDF+ (Kemp et al. 1992; Kemp and Olivan 2003),
 * written as EDF+C. The reader also reads BDF, so a mis-named file is still read. Registered by default in
 * {@link org.vagus.io.FormatRegistry#builtIn()} and declared in this bundle's {@code plugin.xml}.
 *
 * @since 0.1.0
 */
public final class EdfFormat implements RecordFormat {
    private final EdfReader reader = new EdfReader();
    private final EdfWriter writer = new EdfWriter(EdfVariant.EDF);

    @Override
    public String name() {
        return "edf";
    }

    @Override
    public String description() {
        return "European Data Format EDF/EDF+ (Kemp et al. 1992, 2003): 16-bit samples, annotations; written as EDF+C";
    }

    @Override
    public List<String> extensions() {
        return List.of("edf");
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
