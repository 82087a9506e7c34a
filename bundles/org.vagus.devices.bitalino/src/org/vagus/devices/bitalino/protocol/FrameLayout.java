package org.vagus.devices.bitalino.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Which analogue ports a frame carries and how many bytes it takes. The acquired channels are the ports of the
 * start command's mask in ascending order (A1 before A2); a frame for {@code n} of them has 3, 4, 6, 7, 8, 8
 * bytes for n = 1..6. The first four acquired channels carry 10 bits; the 5th and 6th only 6 (the firmware sends
 * {@code adc >> 4}), whatever port they come from, so a recording of A5 alone is 10-bit.
 * <p>
 * Immutable.
 *
 * @since 0.1.0
 */
public final class FrameLayout {
    private static final int[] FRAME_SIZES = { 3, 4, 6, 7, 8, 8 };

    private final int mask;
    private final int[] ports;

    private FrameLayout(int mask) {
        if (mask <= 0 || mask > 0x3F) {
            throw new IllegalArgumentException("channel mask: 0x" + Integer.toHexString(mask)
                    + ", expected 1..0x3F (bit 0 = A1 .. bit 5 = A6, at least one)");
        }
        this.mask = mask;
        this.ports = new int[Integer.bitCount(mask)];
        int k = 0;
        for (int p = 0; p < 6; p++) {
            if ((mask & (1 << p)) != 0) {
                ports[k++] = p;
            }
        }
    }

    /**
     * The layout of a start command's mask.
     *
     * @param mask bit 0 = A1 .. bit 5 = A6, at least one bit
     */
    public static FrameLayout ofMask(int mask) {
        return new FrameLayout(mask);
    }

    /** The layout of the first {@code n} ports A1..An (frames depend only on the count). */
    public static FrameLayout ofChannelCount(int n) {
        if (n < 1 || n > 6) {
            throw new IllegalArgumentException("channel count: " + n + ", expected 1..6");
        }
        return new FrameLayout((1 << n) - 1);
    }

    /** The layout of ports given by name ("A1".."A6", any order, case-insensitive). */
    public static FrameLayout ofPorts(List<String> names) {
        int m = 0;
        for (String name : names) {
            int port = portIndex(name);
            if ((m & (1 << port)) != 0) {
                throw new IllegalArgumentException("port " + name + " named twice");
            }
            m |= 1 << port;
        }
        return new FrameLayout(m);
    }

    /**
     * The index 0..5 of a port name A1..A6 (case-insensitive).
     *
     * @throws IllegalArgumentException for any other name
     */
    public static int portIndex(String name) {
        if (name.length() == 2 && (name.charAt(0) == 'A' || name.charAt(0) == 'a')) {
            int d = name.charAt(1) - '1';
            if (d >= 0 && d < 6) {
                return d;
            }
        }
        throw new IllegalArgumentException("BITalino analogue port '" + name + "', expected A1..A6");
    }

    /** Bytes per frame for {@code n} acquired channels: 3, 4, 6, 7, 8, 8 for n = 1..6. */
    public static int frameSize(int n) {
        if (n < 1 || n > 6) {
            throw new IllegalArgumentException("channel count: " + n + ", expected 1..6");
        }
        return FRAME_SIZES[n - 1];
    }

    /** Bits carried by the acquired channel at {@code position} (0-based): 10 for the first four, 6 after. */
    public static int resolutionBits(int position) {
        return position < 4 ? 10 : 6;
    }

    /** The start command's channel mask. */
    public int mask() {
        return mask;
    }

    /** The number of acquired channels, 1..6. */
    public int channelCount() {
        return ports.length;
    }

    /** Bytes per frame. */
    public int frameSize() {
        return FRAME_SIZES[ports.length - 1];
    }

    /** The port (0 = A1 .. 5 = A6) of the acquired channel at {@code position}. */
    public int port(int position) {
        return ports[position];
    }

    /** The acquired position of a port (0 = A1 .. 5 = A6), or -1 if the mask leaves it out. */
    public int positionOf(int port) {
        for (int i = 0; i < ports.length; i++) {
            if (ports[i] == port) {
                return i;
            }
        }
        return -1;
    }

    /** The port names in acquired order, such as [A2, A3]. */
    public List<String> portNames() {
        List<String> names = new ArrayList<>();
        for (int p : ports) {
            names.add("A" + (p + 1));
        }
        return names;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameLayout other && other.mask == mask;
    }

    @Override
    public int hashCode() {
        return mask;
    }

    @Override
    public String toString() {
        return "FrameLayout" + portNames() + " (" + frameSize() + " bytes)";
    }
}
