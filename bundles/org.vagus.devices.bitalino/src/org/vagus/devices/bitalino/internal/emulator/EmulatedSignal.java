package org.vagus.devices.bitalino.internal.emulator;

import org.vagus.devices.bitalino.protocol.FrameLayout;

/**
 * The deterministic sample values of the {@link FirmwareEmulator}: a hash of the tick and the port, so that a test
 * can compute every value the emulator sent and compare it with what the driver delivered. Hash-like values also
 * exercise every bit of every frame and behave like random data for the decoder's resynchronisation (a
 * slowly varying signal would make misaligned frames look alike).
 *
 * @since 0.1.0
 */
public final class EmulatedSignal {
    private EmulatedSignal() {
    }

    /** The 10-bit converter code of a port (0 = A1 .. 5 = A6) at a tick (0 = the first frame after start). */
    public static int adc(long tick, int port) {
        long z = tick * 8 + port + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (int) (z >>> 54);
    }

    /**
     * The value a frame carries for the acquired channel at {@code position}: the 10-bit code for the first four
     * acquired channels, {@code code >> 4} (6 bits) for the 5th and 6th, as the firmware sends.
     */
    public static int frameValue(long tick, int port, int position) {
        int code = adc(tick, port);
        return FrameLayout.resolutionBits(position) == 10 ? code : code >> 4;
    }
}
