package org.vagus.io.opensignals;

import java.util.Locale;
import java.util.Optional;

/**
 * The device families whose OpenSignals files Vagus reads, recognised by the {@code device} field of the header
 * (text) or the {@code device} attribute of the device group (HDF5).
 *
 * @since 0.1.0
 */
public enum DeviceFamily {
    /**
     * BITalino (r)evolution and legacy boards ({@code device} is {@code bitalino}, {@code bitalino_rev},
     * {@code BITalino}, ...). The frame sequence number is 4 bits wide and counts 0..15 (see
     * {@code PROTOCOL-BITALINO.md}, "Frames").
     */
    BITALINO(16),
    /** The biosignalsplux hub ({@code device} is {@code biosignalsplux}); its sequence number counts up by one. */
    BIOSIGNALSPLUX(0);

    private final int sequenceModulus;

    DeviceFamily(int sequenceModulus) {
        this.sequenceModulus = sequenceModulus;
    }

    /** The modulus of the sequence counter (16 for BITalino), or 0 if the counter does not wrap on its own. */
    public int sequenceModulus() {
        return sequenceModulus;
    }

    /**
     * The family named by an OpenSignals {@code device} value, case-insensitively: {@code bitalino*} and
     * {@code biosignalsplux}; empty for any other device.
     */
    public static Optional<DeviceFamily> of(String device) {
        String d = device.strip().toLowerCase(Locale.ROOT);
        if (d.startsWith("bitalino")) {
            return Optional.of(BITALINO);
        }
        if (d.equals("biosignalsplux")) {
            return Optional.of(BIOSIGNALSPLUX);
        }
        return Optional.empty();
    }

    /** The device values {@link #of(String)} recognises, for error messages. */
    static String known() {
        return "'bitalino' (any 'bitalino...' variant) or 'biosignalsplux'";
    }
}
