package org.vagus.io.opensignals;

import java.util.Objects;

/**
 * A jump in a device's sequence number: frames lost between the device and the recording software.
 *
 * @param mac the device
 * @param location where the jump is: {@code "line N"} (text) or {@code "dataset ..., sample N"} (HDF5)
 * @param sample the index of the first sample after the gap (0-based, in the device's signals)
 * @param previous the sequence number before the gap
 * @param found the sequence number after the gap
 * @param missing the frames lost as far as the counter tells: on BITalino only modulo 16 (the true count is
 *        {@code missing + 16k}); -1 when the counter went backwards on a device whose counter does not wrap
 * @since 0.1.0
 */
public record SequenceGap(String mac, String location, long sample, long previous, long found, long missing) {
    public SequenceGap {
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(location, "location");
    }
}
