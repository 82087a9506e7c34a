package org.vagus.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.io.FormatException;
import org.vagus.io.bids.PhysioReader;
import org.vagus.io.bids.PhysioSidecar;
import org.vagus.io.bids.PhysioWriter;

class PhysioTest {
    private static final SamplingRate RATE = SamplingRate.ofHertz(100);
    private static final PhysioSidecar SIDECAR = PhysioSidecar.of(RATE, List.of("cardiac", "raw"),
            List.of(Unit.MILLIVOLT, Unit.DIMENSIONLESS));

    /** Value of row k in column c: exact decimals, whole numbers, negatives, tiny and huge magnitudes. */
    private static double value(int c, int k) {
        return c == 0 ? Math.sin(k * 0.1) * 1.5 - 0.25 + (k % 97 == 0 ? 1e-9 * k : 0) : (k % 7 == 0 ? -k : k * 1e12);
    }

    private static Path writeRows(Path dir, int rows, Duration chunk) throws IOException {
        Path data = dir.resolve("sub-01_ses-01_task-stress_physio.tsv.gz");
        try (PhysioWriter w = PhysioWriter.create(data, SIDECAR.withStartDateTime(Instant.parse("2025-11-26T09:30:00Z")),
                chunk)) {
            double[][] cols = new double[2][rows];
            for (int k = 0; k < rows; k++) {
                cols[0][k] = value(0, k);
                cols[1][k] = value(1, k);
            }
            w.append(cols, 0, rows);
        }
        return data;
    }

    @Test
    void roundTripIsExactAndTheSidecarIsComplete(@TempDir Path dir) throws IOException {
        Path data = writeRows(dir, 1234, Duration.ofMillis(500)); // 50 rows per member
        PhysioReader.Result r = PhysioReader.read(data);
        assertTrue(r.complete());
        assertFalse(r.truncated());
        assertEquals(1234, r.sampleCount());
        assertEquals(25, r.members()); // ceil(1234 / 50)
        assertEquals(12.34, r.durationSeconds(), 1e-12);
        assertEquals("sub-01_ses-01_task-stress_physio", r.record().name());
        assertEquals(Unit.MILLIVOLT, r.record().signal(0).unit());
        for (int k = 0; k < 1234; k++) {
            assertEquals(value(0, k), r.record().signal(0).sample(k), "row " + k);
            assertEquals(value(1, k), r.record().signal(1).sample(k), "row " + k);
        }
        String json = Files.readString(dir.resolve("sub-01_ses-01_task-stress_physio.json"));
        assertTrue(json.contains("\"SamplingFrequency\": 100.0"), json);
        assertTrue(json.contains("\"StartTime\": 0.0"), json);
        assertTrue(json.contains("\"Columns\": [\n    \"cardiac\",\n    \"raw\"\n  ]"), json);
        assertTrue(json.contains("\"cardiac\": {\n    \"Units\": \"mV\"\n  }"), json);
        assertTrue(json.contains("\"VagusStatus\": \"complete\""), json);
        assertTrue(json.contains("\"VagusSampleCount\": 1234"), json);
        assertTrue(json.contains("\"VagusStartDateTime\": \"2025-11-26T09:30:00Z\""), json);
        try (Stream files = new Stream(dir)) {
            assertEquals(List.of("sub-01_ses-01_task-stress_physio.json", "sub-01_ses-01_task-stress_physio.tsv.gz"),
                    files.names()); // no temporary file left
        }
    }

    /** The rows as the plain JDK gzip stream sees them: members concatenate, no header, tabs, n/a. */
    @Test
    void standardGzipReadersSeeOneTsv(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("x_physio.tsv.gz");
        try (PhysioWriter w = PhysioWriter.create(data, SIDECAR, Duration.ofMillis(20))) { // 2 rows per member
            w.appendRow(1.5, 2);
            w.appendRow(-0.125, -3);
            w.appendGap(2);
            w.appendRow(Double.NaN, 4e-7);
            assertEquals(List.of(new PhysioSidecar.Gap(2, 2)), w.gaps());
            assertEquals(5, w.rowCount());
        }
        String text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(data))) {
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        assertEquals("1.5\t2\n-0.125\t-3\nn/a\tn/a\nn/a\tn/a\nn/a\t4.0E-7\n", text);
        PhysioReader.Result r = PhysioReader.read(data);
        assertEquals(3, r.members());
        assertEquals(List.of(new PhysioSidecar.Gap(2, 2)), r.sidecar().gaps());
        assertTrue(Double.isNaN(r.record().signal(0).sample(4)));
        assertEquals(4e-7, r.record().signal(1).sample(4));
    }

    @Test
    void aRecordingStillBeingWrittenIsReadableUpToItsLastChunk(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("y_physio.tsv.gz");
        PhysioWriter w = PhysioWriter.create(data, SIDECAR, Duration.ofMillis(500));
        for (int k = 0; k < 130; k++) {
            w.appendRow(value(0, k), value(1, k));
        }
        assertEquals(100, w.flushedRowCount());
        PhysioReader.Result r = PhysioReader.read(data);
        assertFalse(r.complete());
        assertFalse(r.truncated());
        assertEquals(100, r.sampleCount());
        assertFalse(r.sidecar().complete());
        assertTrue(r.warnings().get(0).contains("incomplete"), r.warnings().toString());
        w.finish();
        assertEquals(130, PhysioReader.read(data).sampleCount());
    }

    /** Cut the file at every byte of its last two members: all complete members are recovered, never more. */
    @Test
    void aTruncatedLastMemberIsSkippedAndReported(@TempDir Path dir) throws IOException {
        Path data = writeRows(dir, 300, Duration.ofMillis(500)); // 6 members of 50 rows
        byte[] whole = Files.readAllBytes(data);
        int[] ends = memberEnds(whole);
        assertEquals(6, ends.length);
        PhysioSidecar sidecar = PhysioSidecar.read(PhysioSidecar.sidecarOf(data));
        Path cut = dir.resolve("cut_physio.tsv.gz");
        for (int len = ends[3] + 1; len < whole.length; len++) {
            Files.write(cut, Arrays.copyOf(whole, len));
            PhysioReader.Result r = PhysioReader.read(cut, sidecar);
            int complete = 0;
            while (complete < ends.length && ends[complete] <= len) {
                complete++;
            }
            boolean atBoundary = ends[complete - 1] == len;
            assertEquals(!atBoundary, r.truncated(), "cut at " + len);
            assertEquals(complete * 50, r.sampleCount(), "cut at " + len);
            assertEquals(complete, r.members());
            assertEquals(len - ends[complete - 1], r.discardedBytes());
            assertFalse(r.complete());
            for (int k = 0; k < r.sampleCount(); k++) {
                assertEquals(value(1, k), r.record().signal(1).sample(k));
            }
        }
    }

    @Test
    void zerosOrGarbageAfterTheLastMemberAreDiscarded(@TempDir Path dir) throws IOException {
        Path data = writeRows(dir, 100, Duration.ofMillis(500));
        byte[] whole = Files.readAllBytes(data);
        Files.write(data, concat(whole, new byte[4096])); // a file system that extended the file with zeros
        PhysioReader.Result r = PhysioReader.read(data);
        assertTrue(r.truncated());
        assertEquals(100, r.sampleCount());
        assertEquals(4096, r.discardedBytes());
        Files.write(data, concat(whole, gzip("1\t2\n3\t4\n".getBytes(StandardCharsets.US_ASCII), true)));
        r = PhysioReader.read(data);
        assertTrue(r.truncated(), "a member with a bad CRC is not trusted");
        assertEquals(100, r.sampleCount());
    }

    @Test
    void membersFromOtherToolsWithHeaderFieldsAreRead(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("z_physio.tsv.gz");
        byte[] m1 = gzip("1\t2\n3\t".getBytes(StandardCharsets.US_ASCII), false);
        byte[] m2 = gzip("4\n5.5\tn/a".getBytes(StandardCharsets.US_ASCII), false); // a row split across members
        m2[3] |= 8; // FNAME: insert a file name after the 10-byte header
        byte[] named = concat(Arrays.copyOf(m2, 10), "rows.tsv\0".getBytes(StandardCharsets.US_ASCII));
        Files.write(data, concat(m1, concat(named, Arrays.copyOfRange(m2, 10, m2.length))));
        PhysioReader.Result r = PhysioReader.read(data, SIDECAR);
        assertFalse(r.truncated());
        assertEquals(3, r.sampleCount());
        assertEquals(3, r.record().signal(0).sample(1));
        assertEquals(4, r.record().signal(1).sample(1));
        assertEquals(5.5, r.record().signal(0).sample(2));
        assertTrue(Double.isNaN(r.record().signal(1).sample(2)));
    }

    /**
     * Decimal cells take a fast path (digits, one point, at most 15 digits): every value must equal what
     * Double.parseDouble, the JDK's correctly rounded parser and the reference here, makes of the same text,
     * including the signs of zero, leading and trailing points, 15-digit mantissas and texts the fast path
     * leaves to the slow one (exponents, 16 and more digits).
     */
    @Test
    void decimalCellsParseExactlyAsTheJdkDoes(@TempDir Path dir) throws IOException {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<String> texts = new java.util.ArrayList<>(List.of("0.1", "-0.000", "1.", ".5", "-.25", "123456789012345",
                "0.123456789012345", "-12345678901234.5", "9007199254740993", "1.0000000000000001", "2.5e-3",
                "0.30000000000000004", "000000000000001.5", "7"));
        for (int k = 0; k < 20000; k++) {
            int decimals = random.nextInt(0, 16);
            long mantissa = random.nextLong(0, 1_000_000_000_000_000L) / (long) Math.pow(10, random.nextInt(0, 15));
            String digits = Long.toString(mantissa);
            while (digits.length() <= decimals) {
                digits = "0" + digits;
            }
            String t = decimals == 0 ? digits : digits.substring(0, digits.length() - decimals) + "."
                    + digits.substring(digits.length() - decimals);
            texts.add(random.nextBoolean() ? "-" + t : t);
        }
        StringBuilder tsv = new StringBuilder();
        for (String t : texts) {
            tsv.append(t).append('\t').append(t).append('\n');
        }
        Path data = dir.resolve("dec_physio.tsv.gz");
        Files.write(data, gzip(tsv.toString().getBytes(StandardCharsets.US_ASCII), false));
        PhysioReader.Result r = PhysioReader.read(data, SIDECAR);
        assertEquals(texts.size(), r.sampleCount());
        for (int k = 0; k < texts.size(); k++) {
            double expected = Double.parseDouble(texts.get(k));
            double got = r.record().signal(0).sample(k);
            // bit equality: tells -0.0 from 0.0 and catches a last-place rounding difference
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(got), texts.get(k));
        }
    }

    @Test
    void badRowsNameTheLineAndColumn(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("bad_physio.tsv.gz");
        Files.write(data, gzip("1\t2\n3\tabc\n".getBytes(StandardCharsets.US_ASCII), false));
        FormatException e = assertThrows(FormatException.class, () -> PhysioReader.read(data, SIDECAR));
        assertEquals("line 2, column 2 (raw)", e.location());
        Files.write(data, gzip("1\t2\t3\n".getBytes(StandardCharsets.US_ASCII), false));
        e = assertThrows(FormatException.class, () -> PhysioReader.read(data, SIDECAR));
        assertEquals("line 1", e.location());
        Files.write(data, "1\t2\n".getBytes(StandardCharsets.US_ASCII));
        e = assertThrows(FormatException.class, () -> PhysioReader.read(data, SIDECAR));
        assertTrue(e.problem().contains("not a gzip file"), e.problem());
    }

    @Test
    void aRecordingIsNeverOverwrittenAndChunksAreAtMostOneSecond(@TempDir Path dir) throws IOException {
        Path data = writeRows(dir, 10, Duration.ofMillis(500));
        assertThrows(FileAlreadyExistsException.class, () -> PhysioWriter.create(data, SIDECAR));
        assertThrows(IllegalArgumentException.class,
                () -> PhysioWriter.create(dir.resolve("b_physio.tsv.gz"), SIDECAR, Duration.ofMillis(1001)));
    }

    @Test
    void sidecarFieldsAreCheckedWithTheirNames(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("s_physio.json");
        Files.writeString(json, "{\"SamplingFrequency\": \"fast\", \"Columns\": [\"a\"]}");
        FormatException e = assertThrows(FormatException.class, () -> PhysioSidecar.read(json));
        assertEquals("SamplingFrequency", e.location());
        Files.writeString(json, "{\"SamplingFrequency\": 250, \"Columns\": [\"a\"], \"VagusStatus\": \"done\"}");
        e = assertThrows(FormatException.class, () -> PhysioSidecar.read(json));
        assertEquals("VagusStatus", e.location());
        Files.writeString(json, "{\"SamplingFrequency\": 250, \"StartTime\": -1.5, \"Columns\": [\"a\", \"b\"],"
                + " \"a\": {\"Units\": \"uV\"}, \"Manufacturer\": \"PLUX\"}");
        PhysioSidecar s = PhysioSidecar.read(json); // a sidecar from another tool: complete, unit n/a where absent
        assertTrue(s.complete());
        assertEquals(-1.5, s.startTime());
        assertEquals(List.of(Unit.MICROVOLT, Unit.of("n/a")), s.units());
        assertEquals("PLUX", s.extra().get("Manufacturer"));
    }

    private static int[] memberEnds(byte[] file) throws IOException {
        // each member of a PhysioWriter file starts with the same 10-byte header 1f 8b 08 00 00 00 00 00 00 ff
        List<Integer> starts = new java.util.ArrayList<>();
        for (int i = 0; i + 10 <= file.length; i++) {
            if ((file[i] & 0xff) == 0x1f && (file[i + 1] & 0xff) == 0x8b && file[i + 2] == 8 && file[i + 3] == 0
                    && file[i + 4] == 0 && file[i + 5] == 0 && file[i + 6] == 0 && file[i + 7] == 0 && file[i + 8] == 0
                    && (file[i + 9] & 0xff) == 0xff && decodesAsMember(file, i)) {
                starts.add(i);
            }
        }
        int[] ends = new int[starts.size()];
        for (int m = 0; m < ends.length; m++) {
            ends[m] = m + 1 < starts.size() ? starts.get(m + 1) : file.length;
        }
        return ends;
    }

    private static boolean decodesAsMember(byte[] file, int at) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(file, at, file.length - at))) {
            in.read();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] gzip(byte[] text, boolean breakCrc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text);
        }
        byte[] b = out.toByteArray();
        if (breakCrc) {
            b[b.length - 8] ^= 1;
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** The sorted file names of a folder. */
    private static final class Stream implements AutoCloseable {
        private final java.util.stream.Stream<Path> files;

        Stream(Path dir) throws IOException {
            files = Files.list(dir);
        }

        List<String> names() {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }

        @Override
        public void close() {
            files.close();
        }
    }
}
