package org.vagus.devices.bitalino.protocol;

/**
 * The one-byte commands a host sends to a BITalino (../shared/PROTOCOL-BITALINO.md, "Commands"). Whether a
 * command is allowed depends on the device's mode: rate, start, battery threshold, version and state only while
 * idle; stop only while acquiring; (r)evolution digital outputs at any time; legacy outputs while acquiring.
 * The same byte can mean different things in the two modes (0x00 is "stop" while acquiring and "battery
 * threshold 0" while idle), which is why the driver never sends a command whose mode it does not know.
 *
 * @since 0.1.0
 */
public final class Commands {
    /** Stop acquisition (both dialects); while idle the same byte sets battery threshold 0. */
    public static final byte STOP = 0x00;
    /** Stop acquisition, (r)evolution alternative that means nothing while idle. */
    public static final byte STOP_REVOLUTION = (byte) 0xFF;
    /** Ask for the version string, such as {@code BITalino_v5.2\n}. */
    public static final byte VERSION = 0x07;
    /** Ask for the state response ((r)evolution only). */
    public static final byte STATE = 0x0B;
    /** First byte of the two-byte PWM command ((r)evolution only). */
    public static final byte PWM = (byte) 0xA3;
    /** The sampling rates, in hertz, in the order of their 2-bit codes. */
    private static final int[] RATES = { 1, 10, 100, 1000 };

    private Commands() {
    }

    /** The sampling rates a BITalino offers, in hertz, ascending: 1, 10, 100, 1000. */
    public static int[] samplingRates() {
        return RATES.clone();
    }

    /**
     * Set the sampling rate: {@code (code << 6) | 0x03} with code 0..3 for 1, 10, 100, 1000 Hz.
     *
     * @throws IllegalArgumentException for any other rate
     */
    public static byte samplingRate(int hertz) {
        for (int code = 0; code < RATES.length; code++) {
            if (RATES[code] == hertz) {
                return (byte) ((code << 6) | 0x03);
            }
        }
        throw new IllegalArgumentException("BITalino sampling rate: " + hertz + " Hz, expected 1, 10, 100 or 1000 Hz");
    }

    /**
     * Start live acquisition: {@code (mask << 2) | 0x01}.
     *
     * @param mask the acquired analogue ports, bit 0 = A1 .. bit 5 = A6, at least one bit
     */
    public static byte startLive(int mask) {
        return (byte) ((checkMask(mask) << 2) | 0x01);
    }

    /** Start simulated acquisition (the firmware's own test signals): {@code (mask << 2) | 0x02}. */
    public static byte startSimulated(int mask) {
        return (byte) ((checkMask(mask) << 2) | 0x02);
    }

    /**
     * Set the low-battery threshold: {@code v << 2}, v 0..63 spanning 3.4 V .. 3.8 V. Never send v = 0 to a device
     * that may be acquiring: the byte is then 0x00, which stops it.
     */
    public static byte batteryThreshold(int v) {
        if (v < 0 || v > 63) {
            throw new IllegalArgumentException("battery threshold: " + v + ", expected 0..63 (3.4 V .. 3.8 V)");
        }
        return (byte) (v << 2);
    }

    /** Set the (r)evolution digital outputs: {@code 0xB3 | O1 << 2 | O2 << 3}. */
    public static byte revolutionOutputs(boolean o1, boolean o2) {
        return (byte) (0xB3 | (o1 ? 1 << 2 : 0) | (o2 ? 1 << 3 : 0));
    }

    /**
     * Set the legacy digital outputs during acquisition: {@code 0b00 O4 O3 O2 O1 1 1}.
     *
     * @param outputs bit 0 = O1 .. bit 3 = O4
     */
    public static byte legacyOutputs(int outputs) {
        if ((outputs & ~15) != 0) {
            throw new IllegalArgumentException("legacy outputs: " + outputs + ", expected 4 bits O1..O4");
        }
        return (byte) ((outputs << 2) | 0x03);
    }

    /**
     * The digital output command of a dialect.
     *
     * @param outputs bit k = output O(k+1); two bits on (r)evolution, four on legacy boards
     */
    public static byte outputs(Dialect dialect, int outputs) {
        if (dialect == Dialect.REVOLUTION) {
            if ((outputs & ~3) != 0) {
                throw new IllegalArgumentException("(r)evolution outputs: " + outputs + ", expected 2 bits O1, O2");
            }
            return revolutionOutputs((outputs & 1) != 0, (outputs & 2) != 0);
        }
        return legacyOutputs(outputs);
    }

    /**
     * The PWM analogue output ((r)evolution): 0xA3 then {@code x}, giving {@code 3.3 * (x + 1) / 256} V.
     *
     * @param x 0..255
     */
    public static byte[] pwm(int x) {
        if (x < 0 || x > 255) {
            throw new IllegalArgumentException("PWM level: " + x + ", expected 0..255");
        }
        return new byte[] { PWM, (byte) x };
    }

    private static int checkMask(int mask) {
        if (mask <= 0 || mask > 0x3F) {
            throw new IllegalArgumentException("channel mask: 0x" + Integer.toHexString(mask)
                    + ", expected 1..0x3F (bit 0 = A1 .. bit 5 = A6, at least one)");
        }
        return mask;
    }
}
