package org.vagus.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.io.FormatException;
import org.vagus.io.Signal;
import org.vagus.io.SignalRecord;
import org.vagus.io.wfdb.WfdbReader;

/**
 * Sample values of the real records were decoded independently in python3 with numpy (format 212:
 * {@code t = np.fromfile(dat, np.uint8).astype(np.int32).reshape(-1, 3); s0 = t[:,0] | ((t[:,1] & 0x0f) << 8);
 * s1 = t[:,2] | ((t[:,1] & 0xf0) << 4); s[s >= 2048] -= 4096}; format 16: {@code np.fromfile(dat, '<i2')}),
 * then converted as {@code (adc - baseline) / gain}.
 */
class WfdbReaderTest {
    private final WfdbReader reader = new WfdbReader();

    @Test
    void record100Format212() throws IOException {
        SignalRecord r = reader.read(TestData.file("mitdb/100"));
        assertEquals("100", r.name());
        assertEquals(2, r.signals().size());
        Signal mlii = r.signal(0);
        Signal v5 = r.signal(1);
        assertEquals("MLII", mlii.name());
        assertEquals("V5", v5.name());
        assertEquals(Unit.MILLIVOLT, mlii.unit());
        assertEquals(SamplingRate.ofHertz(360), mlii.rate());
        assertEquals(650_000, mlii.length());
        assertEquals(650_000, v5.length());
        // numpy: s[:5] = [[995, 1011]] * 5, s[-1] = [768, 1024]; baseline 1024, gain 200
        assertEquals((995 - 1024) / 200.0, mlii.sample(0), 1e-12);
        assertEquals((1011 - 1024) / 200.0, v5.sample(0), 1e-12);
        assertEquals((768 - 1024) / 200.0, mlii.sample(649_999), 1e-12);
        assertEquals(0.0, v5.sample(649_999), 1e-12);
    }

    @Test
    void otherMitdbRecordsPassTheirChecksums() throws IOException {
        // numpy: last frames 103 [1024, 1024], 105 [1280, 1024], 106 [1024, 1024]
        assertEquals(0.0, reader.read(TestData.file("mitdb/103.hea")).signal(0).sample(649_999), 1e-12);
        assertEquals((1280 - 1024) / 200.0, reader.read(TestData.file("mitdb/105")).signal(0).sample(649_999), 1e-12);
        assertEquals(0.0, reader.read(TestData.file("mitdb/106")).signal(1).sample(649_999), 1e-12);
    }

    @Test
    void ptbFormat16() throws IOException {
        SignalRecord r = reader.read(TestData.file("ptb/s0010_re"), 0, 1, 11);
        assertEquals(3, r.signals().size());
        Signal i = r.signal(0);
        assertEquals("i", i.name());
        assertEquals(38_400, i.length());
        assertEquals(SamplingRate.ofHertz(1000), i.rate());
        // numpy: rows 0..2 of lead i: -489, -485, -483; lead ii: -458, -467, -469; last row v6: -333; gain 2000
        assertArrayEquals(new double[] {-0.2445, -0.2425, -0.2415},
                new double[] {i.sample(0), i.sample(1), i.sample(2)}, 1e-12);
        assertArrayEquals(new double[] {-0.229, -0.2335, -0.2345},
                new double[] {r.signal(1).sample(0), r.signal(1).sample(1), r.signal(1).sample(2)}, 1e-12);
        assertEquals("v6", r.signal(2).name());
        assertEquals(-333 / 2000.0, r.signal(2).sample(38_399), 1e-12);
    }

    @Test
    void missingSignalFileIsNamed() {
        // the data folder holds s0010_re.dat but not s0010_re.xyz (signals 12 to 14)
        FormatException e = assertThrows(FormatException.class, () -> reader.read(TestData.file("ptb/s0010_re")));
        assertTrue(e.getMessage().contains("s0010_re.xyz"), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void interleavedFormat16WithInvalidSample(@TempDir Path dir) throws IOException {
        // frames (a, b): (1, -2), (300, -32768 = invalid), (-5, 7); checksums 296 and -32763 (16-bit sums)
        write16(dir.resolve("syn.dat"), 1, -2, 300, -32768, -5, 7);
        Files.writeString(dir.resolve("syn.hea"), """
                syn 2 100 3
                syn.dat 16 10(1)/mV 16 0 1 296 0 a
                syn.dat 16 10/uV 16 0 -2 -32763 0 b
                """);
        SignalRecord r = reader.read(dir.resolve("syn"));
        assertArrayEquals(new double[] {0, 29.9, -0.6}, r.signal(0).samples(), 1e-12);
        double[] b = r.signal(1).samples();
        assertEquals(-0.2, b[0], 1e-12);
        assertTrue(Double.isNaN(b[1]), "WFDB's invalid sample becomes NaN");
        assertEquals(0.7, b[2], 1e-12);
        assertEquals(Unit.MICROVOLT, r.signal(1).unit());
    }

    @Test
    void wrongChecksumIsAnError(@TempDir Path dir) throws IOException {
        write16(dir.resolve("syn.dat"), 1, 2, 3);
        Files.writeString(dir.resolve("syn.hea"), "syn 1 100 3\nsyn.dat 16 10 16 0 1 7 0 a\n");
        FormatException e = assertThrows(FormatException.class, () -> reader.read(dir.resolve("syn")));
        assertEquals("signal 0 (a)", e.location());
        assertTrue(e.problem().contains("checksum mismatch: the decoded samples sum to 6"), e.problem());
        assertTrue(e.problem().contains("line 2 says 7"), e.problem());
    }

    @Test
    void truncatedDataIsAnErrorWithTheByteOffset(@TempDir Path dir) throws IOException {
        write16(dir.resolve("syn.dat"), 1, 2, 3, 4, 5);
        Files.writeString(dir.resolve("syn.hea"), "syn 2 100 3\nsyn.dat 16\nsyn.dat 16\n");
        FormatException e = assertThrows(FormatException.class, () -> reader.read(dir.resolve("syn")));
        assertEquals("byte 10", e.location());
        assertTrue(e.problem().contains("truncated"), e.problem());
        assertTrue(e.problem().contains("need 12 bytes"), e.problem());

        Files.writeString(dir.resolve("syn.hea"), "syn 2 100 2\nsyn.dat 16\nsyn.dat 16\n");
        FormatException longer = assertThrows(FormatException.class, () -> reader.read(dir.resolve("syn")));
        assertEquals("byte 8", longer.location());

        Files.writeString(dir.resolve("syn.hea"), "syn 2 100\nsyn.dat 16\nsyn.dat 16\n");
        FormatException frame = assertThrows(FormatException.class, () -> reader.read(dir.resolve("syn")));
        assertTrue(frame.problem().contains("ends inside a frame"), frame.problem());
    }

    @Test
    void format212WithOddSampleCount(@TempDir Path dir) throws IOException {
        // samples 1, -1, 2047: the pair (1, -1) packs as 01 F0 FF, the lone last sample as FF 07
        Files.write(dir.resolve("o.dat"), new byte[] {0x01, (byte) 0xF0, (byte) 0xFF, (byte) 0xFF, 0x07});
        Files.writeString(dir.resolve("o.hea"), "o 1 10 3\no.dat 212 1 12 0 1 2047\n");
        assertArrayEquals(new double[] {1, -1, 2047}, reader.read(dir.resolve("o")).signal(0).samples());
    }

    @Test
    void formats61And80WithLengthFromTheFile(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("b.dat"), new byte[] {0x01, 0x02, (byte) 0xFF, (byte) 0xFE});
        Files.writeString(dir.resolve("b.hea"), "b 1 10\nb.dat 61 1\n");
        assertArrayEquals(new double[] {258, -2}, reader.read(dir.resolve("b")).signal(0).samples());
        Files.write(dir.resolve("e.dat"), new byte[] {(byte) 0x80, (byte) 0x81, 0x7F});
        Files.writeString(dir.resolve("e.hea"), "e 1 10 0\ne.dat 80 1\n");
        assertArrayEquals(new double[] {0, 1, -1}, reader.read(dir.resolve("e")).signal(0).samples());
    }

    @Test
    void unsupportedFormatIsRefused(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("d.dat"), new byte[4]);
        Files.writeString(dir.resolve("d.hea"), "d 1 10 4\nd.dat 8 1\n");
        FormatException e = assertThrows(FormatException.class, () -> reader.read(dir.resolve("d")));
        assertEquals("line 2", e.location());
        assertTrue(e.problem().contains("format 8 is not supported"), e.problem());
    }

    private static void write16(Path file, int... values) throws IOException {
        byte[] b = new byte[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            b[2 * i] = (byte) values[i];
            b[2 * i + 1] = (byte) (values[i] >> 8);
        }
        Files.write(file, b);
    }
}
