package org.vagus.devices.bitalino.protocol;

/**
 * The (r)evolution state response: the last value of every analogue port and of the battery monitor (raw codes,
 * uint16 little-endian), the battery threshold, the PWM level (firmware 5.2 on), and the digital bits, closed by a
 * CRC4 computed as for frames (over every byte with the CRC nibble taken as zero).
 * <pre>
 * bytes 0..11   A1..A6         uint16 LE each
 * bytes 12..13  battery        uint16 LE (raw converter code)
 * byte  14      battery threshold (0..63)
 * byte  15      PWM level (5.2 on; absent before, the response is then 16 bytes)
 * last byte     (I1 I2 O1 O2) &lt;&lt; 4 | CRC4
 * </pre>
 *
 * @param analog the six analogue values A1..A6 (a copy)
 * @param battery the battery monitor's raw code
 * @param batteryThreshold the threshold setting, 0..63 (3.4 V .. 3.8 V)
 * @param pwm the PWM level, or -1 if the firmware does not report it
 * @param digital I1 I2 O1 O2 as bits 3..0
 * @since 0.1.0
 */
public record DeviceState(int[] analog, int battery, int batteryThreshold, int pwm, int digital) {
    /**
     * @throws IllegalArgumentException if there are not six analogue values or a field is out of range
     */
    public DeviceState {
        analog = analog.clone();
        if (analog.length != 6) {
            throw new IllegalArgumentException("state: " + analog.length + " analogue values, expected 6 (A1..A6)");
        }
        if (battery < 0 || battery > 0xFFFF || batteryThreshold < 0 || batteryThreshold > 255 || pwm < -1
                || pwm > 255 || digital < 0 || digital > 15) {
            throw new IllegalArgumentException("state: battery " + battery + ", threshold " + batteryThreshold
                    + ", pwm " + pwm + ", digital " + digital + " out of range");
        }
    }

    /** A copy of the analogue values. */
    @Override
    public int[] analog() {
        return analog.clone();
    }

    /**
     * Parses a state response of 16 or 17 bytes.
     *
     * @throws IllegalArgumentException if the length is neither or the CRC does not match; the message names both
     */
    public static DeviceState parse(byte[] r, int offset, int length) {
        if (length != 16 && length != 17) {
            throw new IllegalArgumentException("BITalino state: " + length + " bytes, expected 16 or 17");
        }
        if (!Crc4.check(r, offset, length)) {
            throw new IllegalArgumentException("BITalino state: CRC mismatch (carries " + (r[offset + length - 1] & 15)
                    + ", computed " + Crc4.compute(r, offset, length) + ")");
        }
        int[] analog = new int[6];
        for (int i = 0; i < 6; i++) {
            analog[i] = u16(r, offset + 2 * i);
        }
        int battery = u16(r, offset + 12);
        int threshold = r[offset + 14] & 0xFF;
        int pwm = length == 17 ? r[offset + 15] & 0xFF : -1;
        int digital = (r[offset + length - 1] >> 4) & 15;
        return new DeviceState(analog, battery, threshold, pwm, digital);
    }

    /**
     * Encodes a state response (for the emulator and tests), with the PWM byte if {@code pwm >= 0}.
     */
    public byte[] encode() {
        int length = pwm >= 0 ? 17 : 16;
        byte[] r = new byte[length];
        for (int i = 0; i < 6; i++) {
            r[2 * i] = (byte) analog[i];
            r[2 * i + 1] = (byte) (analog[i] >> 8);
        }
        r[12] = (byte) battery;
        r[13] = (byte) (battery >> 8);
        r[14] = (byte) batteryThreshold;
        if (pwm >= 0) {
            r[15] = (byte) pwm;
        }
        r[length - 1] = (byte) ((digital & 15) << 4);
        Crc4.seal(r, 0, length);
        return r;
    }

    /** Digital bit {@code k}: 0 = I1, 1 = I2, 2 = O1, 3 = O2. */
    public boolean digitalBit(int k) {
        return (digital & (8 >> k)) != 0;
    }

    private static int u16(byte[] r, int at) {
        return (r[at] & 0xFF) | (r[at + 1] & 0xFF) << 8;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeviceState s && java.util.Arrays.equals(s.analog, analog) && s.battery == battery
                && s.batteryThreshold == batteryThreshold && s.pwm == pwm && s.digital == digital;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(analog) * 31 + battery * 7 + digital;
    }

    @Override
    public String toString() {
        return "DeviceState[A1..A6 " + java.util.Arrays.toString(analog) + ", battery " + battery + ", threshold "
                + batteryThreshold + ", pwm " + pwm + ", digital " + Integer.toBinaryString(16 | digital).substring(1)
                + "]";
    }
}
