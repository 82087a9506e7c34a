package org.vagus.io.opensignals;

/**
 * What a reader does when a device's sequence number ({@code nSeq}) jumps, that is when frames were lost
 * between the device and OpenSignals. A {@link org.vagus.io.SignalRecord} has no way to hold a gap, so the
 * default is to refuse the file.
 *
 * @since 0.1.0
 */
public enum GapPolicy {
    /** Refuse the file with a {@link org.vagus.io.FormatException} naming the line (text) or sample (HDF5). */
    FAIL,
    /**
     * Accept the file: the samples stay back to back as stored (so the time base after a gap is off by the lost
     * frames), and every gap is listed in {@link OpenSignalsRecording#gaps()}.
     */
    REPORT
}
