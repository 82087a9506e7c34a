package org.vagus.io.opensignals;

import java.util.Objects;

/**
 * One digital column of a device as read from a file: a BITalino input or output ({@code I1 I2 O1 O2}), the
 * biosignalsplux digital input ({@code DI}), or an HDF5 {@code digital/digital_<k>} dataset.
 *
 * @param label the column label the signal is named by
 * @param values the states sample by sample (0 or 1 in OpenSignals' files); kept, not copied
 */
record DigitalColumn(String label, int[] values) {
    DigitalColumn {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(values, "values");
    }
}
