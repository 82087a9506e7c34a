package org.vagus.devices.bitalino.protocol;

import java.util.Arrays;

/**
 * One decoded frame: the 4-bit sequence number, the four digital bits and the acquired channels' values (raw
 * converter codes, 10-bit for the first four acquired channels, 6-bit after). A value type for the encoder, tests
 * and diagnostics; the decoder's hot path hands out primitives instead.
 *
 * @param sequence 0..15
 * @param digital the four digital bits, bit 3 = the frame's bit 7 (I1 on every board), bit 0 = bit 4 (O2 on
 *            (r)evolution, I4 on legacy boards)
 * @param values one per acquired channel, 1..6 of them, within their resolution. Copied
 * @since 0.1.0
 */
public record Frame(int sequence, int digital, int[] values) {
    /**
     * @throws IllegalArgumentException if a field is out of range
     */
    public Frame {
        if (sequence < 0 || sequence > 15) {
            throw new IllegalArgumentException("sequence: " + sequence + ", expected 0..15");
        }
        if (digital < 0 || digital > 15) {
            throw new IllegalArgumentException("digital bits: " + digital + ", expected 0..15");
        }
        values = values.clone();
        if (values.length < 1 || values.length > 6) {
            throw new IllegalArgumentException("frame of " + values.length + " channels, expected 1..6");
        }
        for (int i = 0; i < values.length; i++) {
            int max = (1 << FrameLayout.resolutionBits(i)) - 1;
            if (values[i] < 0 || values[i] > max) {
                throw new IllegalArgumentException("channel " + (i + 1) + " value: " + values[i] + ", expected 0.."
                        + max + " (" + FrameLayout.resolutionBits(i) + " bits)");
            }
        }
    }

    /** The values; a copy. */
    @Override
    public int[] values() {
        return values.clone();
    }

    /** Digital bit {@code k}, 0 = the most significant (I1). */
    public boolean digitalBit(int k) {
        return (digital & (8 >> k)) != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && f.sequence == sequence && f.digital == digital && Arrays.equals(f.values, values);
    }

    @Override
    public int hashCode() {
        return (sequence * 31 + digital) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Frame[seq " + sequence + ", digital " + Integer.toBinaryString(16 | digital).substring(1) + ", "
                + Arrays.toString(values) + "]";
    }
}
