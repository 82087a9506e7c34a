package org.vagus.devices.bitalino.protocol;

/**
 * The 4-bit CRC that closes every BITalino frame and the (r)evolution state response: polynomial
 * {@code x^4 + x + 1}, processed a nibble at a time (high nibble first) through a 16-entry table, over every byte
 * of the message with the message's own CRC nibble (the low nibble of its last byte) taken as zero.
 * <p>
 * This is the firmware's recipe (crc over all bytes but the last, then {@code T[crc] ^ seq}, then {@code T[crc]})
 * written as one loop: the last byte contributes its high nibble and a zero low nibble. A CRC with a polynomial of
 * more than one term detects every single-bit error and every burst of up to 4 bits; a random message passes with
 * probability 1/16.
 *
 * @since 0.1.0
 */
public final class Crc4 {
    /** {@code T[i]} = (i * x^4) mod (x^4 + x + 1), the table of the protocol. */
    private static final byte[] TABLE = { 0, 3, 6, 5, 12, 15, 10, 9, 11, 8, 13, 14, 7, 4, 1, 2 };

    private Crc4() {
    }

    /**
     * The CRC of a message of {@code length} bytes at {@code offset}: every byte, with the low nibble of the last
     * byte taken as zero.
     *
     * @param length at least 1
     * @return the CRC, 0..15
     */
    public static int compute(byte[] message, int offset, int length) {
        int crc = 0;
        int last = offset + length - 1;
        for (int i = offset; i < last; i++) {
            int b = message[i];
            crc = TABLE[crc] ^ ((b >> 4) & 15);
            crc = TABLE[crc] ^ (b & 15);
        }
        crc = TABLE[crc] ^ ((message[last] >> 4) & 15);
        return TABLE[crc];
    }

    /** True if the low nibble of the message's last byte is the CRC of the message. */
    public static boolean check(byte[] message, int offset, int length) {
        return (message[offset + length - 1] & 15) == compute(message, offset, length);
    }

    /** Writes the CRC into the low nibble of the message's last byte, keeping its high nibble. */
    public static void seal(byte[] message, int offset, int length) {
        int last = offset + length - 1;
        message[last] = (byte) ((message[last] & 0xF0) | compute(message, offset, length));
    }
}
