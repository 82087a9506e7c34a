package org.vagus.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The signals read from one recording (a WFDB record, an OpenSignals file, an EDF file).
 *
 * @param name the record name (for WFDB the record name of the header)
 * @param source the file the record was read from (for WFDB the header file)
 * @param signals the signals, in file order; the list is unmodifiable
 * @since 0.1.0
 */
public record SignalRecord(String name, Path source, List<Signal> signals) {
    public SignalRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        signals = List.copyOf(signals);
    }

    /**
     * Signal {@code index} (0-based).
     *
     * @throws IllegalArgumentException naming the record and the number of signals when out of range
     */
    public Signal signal(int index) {
        if (index < 0 || index >= signals.size()) {
            throw new IllegalArgumentException("record " + name + " has " + signals.size()
                    + " signal(s), numbered 0 to " + (signals.size() - 1) + "; signal " + index + " does not exist");
        }
        return signals.get(index);
    }
}
