package org.vagus.devices.bitalino.protocol;

/**
 * Packs and unpacks single frames (../shared/PROTOCOL-BITALINO.md, "Frames"). Counting from the frame's last
 * byte B[-1]:
 * <pre>
 * B[-1] = seq[3:0] &lt;&lt; 4 | CRC4          B[-5] = Ch3[9:2]
 * B[-2] = D3..D0 &lt;&lt; 4 | Ch1[9:6]        B[-6] = Ch3[1:0] &lt;&lt; 6 | Ch4[9:4]
 * B[-3] = Ch1[5:0] &lt;&lt; 2 | Ch2[9:8]      B[-7] = Ch4[3:0] &lt;&lt; 4 | Ch5[5:2]
 * B[-4] = Ch2[7:0]                     B[-8] = Ch5[1:0] &lt;&lt; 6 | Ch6[5:0]
 * </pre>
 * Bits of channels a frame does not carry are zero. Stateless; the streaming decoder with CRC checks and
 * resynchronisation is {@link FrameDecoder}.
 *
 * @since 0.1.0
 */
public final class FrameCodec {
    private FrameCodec() {
    }

    /** Encodes a frame into a new array of {@link FrameLayout#frameSize(int)} bytes, CRC included. */
    public static byte[] encode(Frame frame) {
        int[] v = frame.values();
        byte[] out = new byte[FrameLayout.frameSize(v.length)];
        encode(frame.sequence(), frame.digital(), v, v.length, out, 0);
        return out;
    }

    /**
     * Encodes a frame into {@code out} at {@code offset}, CRC included; no range checks beyond masking (values
     * are cut to their resolution), for the emulator's hot path.
     *
     * @param n the number of acquired channels, 1..6; {@code values[0..n)} are used
     * @return the frame size written
     */
    public static int encode(int sequence, int digital, int[] values, int n, byte[] out, int offset) {
        int ch1 = n > 0 ? values[0] & 0x3FF : 0;
        int ch2 = n > 1 ? values[1] & 0x3FF : 0;
        int ch3 = n > 2 ? values[2] & 0x3FF : 0;
        int ch4 = n > 3 ? values[3] & 0x3FF : 0;
        int ch5 = n > 4 ? values[4] & 0x3F : 0;
        int ch6 = n > 5 ? values[5] & 0x3F : 0;
        int size = FrameLayout.frameSize(n);
        int end = offset + size;
        out[end - 1] = (byte) ((sequence & 15) << 4);
        out[end - 2] = (byte) (((digital & 15) << 4) | (ch1 >> 6));
        out[end - 3] = (byte) (((ch1 & 0x3F) << 2) | (ch2 >> 8));
        if (size >= 4) {
            out[end - 4] = (byte) ch2;
        }
        if (size >= 6) {
            out[end - 5] = (byte) (ch3 >> 2);
            out[end - 6] = (byte) (((ch3 & 3) << 6) | (ch4 >> 4));
        }
        if (size >= 7) {
            out[end - 7] = (byte) (((ch4 & 15) << 4) | (ch5 >> 2));
        }
        if (size >= 8) {
            out[end - 8] = (byte) (((ch5 & 3) << 6) | ch6);
        }
        Crc4.seal(out, offset, size);
        return size;
    }

    /**
     * Decodes the values of a frame at {@code offset} (no CRC check) into {@code values[0..n)}.
     *
     * @param n the number of acquired channels, 1..6; the frame has {@link FrameLayout#frameSize(int)} bytes
     */
    public static void decodeValues(byte[] in, int offset, int n, int[] values) {
        int end = offset + FrameLayout.frameSize(n);
        int b2 = in[end - 2] & 0xFF;
        int b3 = in[end - 3] & 0xFF;
        values[0] = ((b2 & 15) << 6) | (b3 >> 2);
        if (n > 1) {
            values[1] = ((b3 & 3) << 8) | (in[end - 4] & 0xFF);
        }
        if (n > 2) {
            int b6 = in[end - 6] & 0xFF;
            values[2] = ((in[end - 5] & 0xFF) << 2) | (b6 >> 6);
            if (n > 3) {
                int b7 = in[end - 7] & 0xFF;
                values[3] = ((b6 & 0x3F) << 4) | (b7 >> 4);
                if (n > 4) {
                    int b8 = in[end - 8] & 0xFF;
                    values[4] = ((b7 & 15) << 2) | (b8 >> 6);
                    if (n > 5) {
                        values[5] = b8 & 0x3F;
                    }
                }
            }
        }
    }

    /** The sequence number of a frame ending at {@code end} (exclusive). */
    public static int sequence(byte[] in, int end) {
        return (in[end - 1] >> 4) & 15;
    }

    /** The four digital bits of a frame ending at {@code end} (exclusive). */
    public static int digital(byte[] in, int end) {
        return (in[end - 2] >> 4) & 15;
    }

    /**
     * Decodes a whole frame and checks its CRC.
     *
     * @param n the number of acquired channels
     * @throws IllegalArgumentException if the array is not one frame of that size or the CRC does not match
     */
    public static Frame decode(byte[] frame, int n) {
        int size = FrameLayout.frameSize(n);
        if (frame.length != size) {
            throw new IllegalArgumentException("frame of " + frame.length + " bytes, expected " + size + " for " + n
                    + " channels");
        }
        if (!Crc4.check(frame, 0, size)) {
            throw new IllegalArgumentException("frame CRC mismatch: carries " + (frame[size - 1] & 15) + ", computed "
                    + Crc4.compute(frame, 0, size));
        }
        int[] values = new int[n];
        decodeValues(frame, 0, n, values);
        return new Frame(sequence(frame, size), digital(frame, size), values);
    }
}
