package org.vagus.devices.bitalino.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.vagus.devices.bitalino.protocol.Crc4;
import org.vagus.devices.bitalino.protocol.Frame;
import org.vagus.devices.bitalino.protocol.FrameCodec;
import org.vagus.devices.bitalino.protocol.FrameLayout;

/** The test vectors of ../shared/PROTOCOL-BITALINO.md, the CRC4's error detection and the codec's round trip. */
class ProtocolVectorsTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    @Test
    void oneChannelVectors() {
        assertEquals("00 08 0E", HEX.formatHex(FrameCodec.encode(new Frame(0, 0, new int[] { 512 }))));
        assertEquals("00 08 1D", HEX.formatHex(FrameCodec.encode(new Frame(1, 0, new int[] { 512 }))));
        assertEquals(new Frame(1, 0, new int[] { 512 }), FrameCodec.decode(HEX.parseHex("00 08 1D"), 1));
    }

    @Test
    void sixChannelVector() {
        // values 1..6, I1 = I2 = 1 (digital bits 3 and 2), seq 0
        Frame f = new Frame(0, 0b1100, new int[] { 1, 2, 3, 4, 5, 6 });
        assertEquals("46 41 C0 00 02 04 C0 05", HEX.formatHex(FrameCodec.encode(f)));
        Frame back = FrameCodec.decode(HEX.parseHex("46 41 C0 00 02 04 C0 05"), 6);
        assertEquals(f, back);
        assertTrue(back.digitalBit(0) && back.digitalBit(1) && !back.digitalBit(2) && !back.digitalBit(3));
    }

    @Test
    void crcIsTheFirmwareRecipe() {
        // crc = 0; every byte but the last, high nibble then low; then T[crc] ^ seq; then T[crc]
        int[] t = { 0, 3, 6, 5, 12, 15, 10, 9, 11, 8, 13, 14, 7, 4, 1, 2 };
        Random r = new Random(7);
        for (int trial = 0; trial < 5000; trial++) {
            byte[] m = new byte[1 + r.nextInt(17)];
            r.nextBytes(m);
            int crc = 0;
            for (int i = 0; i < m.length - 1; i++) {
                crc = t[crc] ^ ((m[i] >> 4) & 15);
                crc = t[crc] ^ (m[i] & 15);
            }
            crc = t[crc] ^ ((m[m.length - 1] >> 4) & 15);
            crc = t[crc];
            assertEquals(crc, Crc4.compute(m, 0, m.length));
        }
    }

    @Test
    void crcDetectsEverySingleBitError() {
        Random r = new Random(11);
        for (int n = 1; n <= 6; n++) {
            for (int trial = 0; trial < 300; trial++) {
                byte[] frame = FrameCodec.encode(randomFrame(r, n));
                assertTrue(Crc4.check(frame, 0, frame.length));
                for (int bit = 0; bit < frame.length * 8; bit++) {
                    frame[bit / 8] ^= (byte) (1 << (bit % 8));
                    assertFalse(Crc4.check(frame, 0, frame.length), "flip of bit " + bit + " undetected");
                    frame[bit / 8] ^= (byte) (1 << (bit % 8));
                }
            }
        }
    }

    @Test
    void frameSizes() {
        int[] sizes = { 3, 4, 6, 7, 8, 8 };
        for (int n = 1; n <= 6; n++) {
            assertEquals(sizes[n - 1], FrameLayout.frameSize(n));
            assertEquals(sizes[n - 1], FrameLayout.ofChannelCount(n).frameSize());
        }
        assertThrows(IllegalArgumentException.class, () -> FrameLayout.frameSize(0));
        assertThrows(IllegalArgumentException.class, () -> FrameLayout.frameSize(7));
    }

    @Test
    void roundTripOfRandomFramesForEveryChannelCount() {
        Random r = new Random(2024);
        for (int n = 1; n <= 6; n++) {
            for (int trial = 0; trial < 20_000; trial++) {
                Frame f = randomFrame(r, n);
                byte[] bytes = FrameCodec.encode(f);
                assertEquals(FrameLayout.frameSize(n), bytes.length);
                assertEquals(f, FrameCodec.decode(bytes, n));
            }
        }
    }

    @Test
    void fifthAndSixthChannelsCarrySixBits() {
        assertEquals(10, FrameLayout.resolutionBits(3));
        assertEquals(6, FrameLayout.resolutionBits(4));
        assertEquals(6, FrameLayout.resolutionBits(5));
        assertThrows(IllegalArgumentException.class, () -> new Frame(0, 0, new int[] { 1, 2, 3, 4, 64 }));
        Frame f = new Frame(3, 5, new int[] { 1023, 0, 1023, 0, 63, 63 });
        assertEquals(f, FrameCodec.decode(FrameCodec.encode(f), 6));
        // A5 alone is the first acquired channel: 10 bits
        FrameLayout a5 = FrameLayout.ofMask(0b010000);
        assertEquals(4, a5.port(0));
        assertEquals(3, a5.frameSize());
        Frame ten = new Frame(0, 0, new int[] { 1000 });
        assertEquals(ten, FrameCodec.decode(FrameCodec.encode(ten), 1));
    }

    @Test
    void unusedBitsAreZero() {
        // one channel: the low two bits of B[-3] belong to an absent channel 2
        byte[] one = FrameCodec.encode(new Frame(9, 15, new int[] { 1023 }));
        assertEquals(0, one[0] & 3);
        byte[] five = FrameCodec.encode(new Frame(9, 15, new int[] { 1023, 1023, 1023, 1023, 63 }));
        assertEquals(0, five[0] & 0x3F);
    }

    @Test
    void decodeRejectsCorruptFrames() {
        byte[] b = FrameCodec.encode(new Frame(4, 0, new int[] { 10, 20 }));
        b[1] ^= 0x10;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FrameCodec.decode(b, 2));
        assertTrue(e.getMessage().contains("CRC"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FrameCodec.decode(new byte[5], 2));
    }

    @Test
    void layoutsFromPorts() {
        FrameLayout l = FrameLayout.ofPorts(java.util.List.of("A6", "a2", "A3"));
        assertEquals(0b100110, l.mask());
        assertArrayEquals(new String[] { "A2", "A3", "A6" }, l.portNames().toArray());
        assertEquals(2, l.positionOf(5));
        assertEquals(-1, l.positionOf(0));
        assertThrows(IllegalArgumentException.class, () -> FrameLayout.ofPorts(java.util.List.of("A7")));
        assertThrows(IllegalArgumentException.class, () -> FrameLayout.ofPorts(java.util.List.of("A1", "A1")));
        assertThrows(IllegalArgumentException.class, () -> FrameLayout.ofMask(0));
    }

    static Frame randomFrame(Random r, int n) {
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextInt(1 << FrameLayout.resolutionBits(i));
        }
        return new Frame(r.nextInt(16), r.nextInt(16), v);
    }
}
