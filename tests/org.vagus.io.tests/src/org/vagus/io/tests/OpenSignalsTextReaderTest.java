package org.vagus.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.io.FormatException;
import org.vagus.io.Signal;
import org.vagus.io.SignalRecord;
import org.vagus.io.opensignals.DeviceFamily;
import org.vagus.io.opensignals.GapPolicy;
import org.vagus.io.opensignals.OpenSignalsDevice;
import org.vagus.io.opensignals.OpenSignalsRecording;
import org.vagus.io.opensignals.OpenSignalsTextReader;
import org.vagus.io.opensignals.SequenceGap;

/**
 * The reference values of the real files were computed independently in python3 with numpy from the raw text:
 * {@code a = np.loadtxt(path, comments='#', dtype=np.int64)}, the ADC column converted with the sensor's
 * transfer function in float64 ({@code (adc / 2**n - 0.5) * VCC / G * 1000}, BITalino VCC 3.3 V, G 1100, n 10;
 * biosignalsplux VCC 3 V, G 1019, n 16), then {@code mv[:3]}, {@code mv[-1]}, {@code mv.mean()}, {@code a.shape}
 * and the sequence check {@code np.sum((np.diff(a[:,0]) % 16) != 1)} (BITalino) or
 * {@code np.sum(np.diff(a[:,0]) != 1)} (biosignalsplux), both 0. The synthetic files' values are chosen so that
 * the transfer functions give closed forms (ADC 512 of 2^10 and 32768 of 2^16 are 0 mV).
 */
class OpenSignalsTextReaderTest {
    private static final String BITALINO_MAC = "20:16:02:26:60:88";
    private static final String MAC = "AA:BB:CC:DD:EE:FF";
    private static final String PLUX_MAC = "00:07:80:4D:2E:AD";

    private final OpenSignalsTextReader reader = new OpenSignalsTextReader();

    @Test
    void bitalinoSampleEcg() throws IOException {
        Path file = TestData.file("bitalino/SampleECG.txt");
        assertTrue(reader.canRead(file));
        OpenSignalsRecording r = reader.readRecording(file);
        SignalRecord record = r.record();
        assertEquals("SampleECG", record.name());
        // A2, then the digital columns I1 I2 O1 O2 (after the analog channels, so A2 stays signal 0)
        assertEquals(List.of("A2", "I1", "I2", "O1", "O2"), record.signals().stream().map(Signal::name).toList());
        Signal ecg = record.signal(0);
        assertEquals("A2", ecg.name());
        assertEquals(Unit.MILLIVOLT, ecg.unit());
        assertEquals(SamplingRate.ofHertz(1000), ecg.rate());
        // numpy: a.shape == (22350, 6)
        assertEquals(22_350, ecg.length());
        // numpy: mv[:3] = [-0.046875, -0.046875, -0.0439453125] (ADC 496, 496, 497), mv[-1] (ADC 498)
        assertArrayEquals(new double[] {-0.04687499999999999, -0.04687499999999999, -0.0439453125},
                new double[] {ecg.sample(0), ecg.sample(1), ecg.sample(2)}, 1e-15);
        assertEquals(-0.04101562499999999, ecg.sample(22_349), 1e-15);
        // numpy: mv.mean() = -0.008094588926174496
        assertEquals(-0.008094588926174496, mean(ecg), 1e-12);
        int[] raw = r.rawSamples(0);
        assertArrayEquals(new int[] {496, 496, 497}, new int[] {raw[0], raw[1], raw[2]});

        OpenSignalsDevice device = r.devices().get(0);
        assertEquals(BITALINO_MAC, device.mac());
        assertEquals(DeviceFamily.BITALINO, device.family());
        assertEquals(2, device.channels().get(0).number());
        assertEquals("ECG", device.channels().get(0).sensor());
        // the header's resolution [4, 1, 1, 1, 1, 10] is per column; A2 is the last one
        assertEquals(10, device.channels().get(0).resolution());
        assertEquals("mV = (ADC / 2^10 - 0.5) * 3.3 / 1100 * 1000", r.transferOf(0).formula());
        assertTrue(r.gaps().isEmpty(), "numpy: no jump in nSeq modulo 16");
        // numpy: a[:, 1:5].sum(axis=0) == [22350, 22350, 22088, 0]; O1 (a[:, 3]) changes once, after row 261
        assertEquals(1, r.analogCount());
        assertFalse(r.isDigital(0));
        double[] expectedSums = {22_350, 22_350, 22_088, 0};
        for (int k = 0; k < 4; k++) {
            Signal d = record.signal(1 + k);
            assertTrue(r.isDigital(1 + k));
            assertEquals(Unit.DIMENSIONLESS, d.unit());
            assertEquals(SamplingRate.ofHertz(1000), d.rate());
            assertEquals(22_350, d.length());
            assertEquals(expectedSums[k], java.util.Arrays.stream(d.samples()).sum(), d.name());
            assertTrue(r.transferOf(1 + k).isRaw());
            assertEquals(BITALINO_MAC, r.deviceOf(1 + k).mac());
        }
        Signal o1 = record.signal(3);
        assertEquals(0, o1.sample(261));
        assertEquals(1, o1.sample(262));
        assertEquals(1, r.rawSamples(3)[262]);
    }

    @Test
    void biosignalspluxSupine() throws IOException {
        OpenSignalsRecording r = reader.readRecording(TestData.file("opensignals/supine_1min.txt"));
        Signal ecg = r.record().signal(0);
        // CH1, then the digital input DI (numpy: a[:, 1] is 0 throughout)
        assertEquals(List.of("CH1", "DI"), r.record().signals().stream().map(Signal::name).toList());
        assertArrayEquals(new double[60_000], r.record().signal(1).samples());
        assertEquals("CH1", ecg.name());
        assertEquals(Unit.MILLIVOLT, ecg.unit());
        assertEquals(SamplingRate.ofHertz(1000), ecg.rate());
        // numpy: a.shape == (60000, 3); nSeq runs from 30000 to 89999 without a jump
        assertEquals(60_000, ecg.length());
        // numpy: mv[:3] (ADC 27764, 27844, 27968), mv[-1] (ADC 33012), mv.mean()
        assertArrayEquals(new double[] {-0.22479385810230618, -0.22120003143400394, -0.21562960009813542},
                new double[] {ecg.sample(0), ecg.sample(1), ecg.sample(2)}, 1e-15);
        assertEquals(0.010961171338321885, ecg.sample(59_999), 1e-15);
        assertEquals(0.0008343472915963861, mean(ecg), 1e-12);
        assertEquals(DeviceFamily.BIOSIGNALSPLUX, r.devices().get(0).family());
        assertEquals(16, r.devices().get(0).channels().get(0).resolution());
        assertEquals(PLUX_MAC, r.deviceOf(0).mac());
    }

    @Test
    void bioSppySimpleTextIsNotOpenSignals() {
        // biosppy_ecg_1000hz.txt starts "# Simple Text Format" and holds one bare column: not an OpenSignals file
        Path file = TestData.file("bitalino/biosppy_ecg_1000hz.txt");
        assertFalse(reader.canRead(file));
        FormatException e = assertThrows(FormatException.class, () -> reader.read(file));
        assertEquals("line 1", e.location());
        assertTrue(e.problem().contains("not an OpenSignals text file"), e.problem());
        assertFalse(reader.canRead(TestData.file("opensignals/ecg_5_min.h5")));
    }

    @Test
    void twoDevicesSideBySideInPositionOrder(@TempDir Path dir) throws IOException {
        // the plux device comes first in the JSON but has position 1: its columns come second
        String json = "{\"" + PLUX_MAC + "\": {" + pluxFields("[1, 2]", "[\"ECG\", \"EDA\"]", "[\"CH1\", \"CH2\"]",
                "[\"nSeq\", \"DI\", \"CH1\", \"CH2\"]", "[16, 16]") + ", \"position\": 1}, \"" + MAC + "\": {"
                + bitalinoFields() + ", \"position\": 0}}";
        Path file = write(dir, json, "0\t1\t1\t0\t0\t512\t7\t0\t32768\t100\n1\t1\t1\t0\t0\t768\t8\t0\t49152\t200\n");
        OpenSignalsRecording r = reader.readRecording(file);
        List<Signal> s = r.record().signals();
        // every analog channel first, then the digital columns, both in device order
        assertEquals(List.of(MAC + " A2", PLUX_MAC + " CH1", PLUX_MAC + " CH2", MAC + " I1", MAC + " I2",
                MAC + " O1", MAC + " O2", PLUX_MAC + " DI"), s.stream().map(Signal::name).toList());
        assertArrayEquals(new double[] {1, 1}, s.get(3).samples());
        assertArrayEquals(new double[] {0, 0}, s.get(7).samples());
        assertEquals(PLUX_MAC, r.deviceOf(7).mac());
        // BITalino ECG: 512 / 1024 - 0.5 = 0; 768: 0.25 * 3.3 / 1100 V = 0.75 mV
        assertArrayEquals(new double[] {0, 0.75}, s.get(0).samples(), 1e-12);
        // plux ECG: 32768 / 65536 - 0.5 = 0; 49152: 0.25 * 3 / 1019 V = 750 / 1019 mV
        assertArrayEquals(new double[] {0, 750.0 / 1019}, s.get(1).samples(), 1e-12);
        assertEquals(Unit.MILLIVOLT, s.get(1).unit());
        // EDA has no transfer function here: ADC codes, dimensionless
        assertEquals(Unit.DIMENSIONLESS, s.get(2).unit());
        assertArrayEquals(new double[] {100, 200}, s.get(2).samples());
        assertTrue(r.transferOf(2).isRaw());
        assertEquals(List.of(MAC, PLUX_MAC), r.devices().stream().map(OpenSignalsDevice::mac).toList());
    }

    @Test
    void truncatedLastLineIsRefused(@TempDir Path dir) throws IOException {
        // cut inside the row: too few columns and no line break (data lines start at line 4)
        FormatException e = assertThrows(FormatException.class,
                () -> reader.read(write(dir, bitalino(), "0\t1\t1\t0\t0\t512\t\n1\t1\t1\t0")));
        assertEquals("line 5", e.location());
        assertTrue(e.problem().contains("the file ends inside this line (truncated)"), e.problem());
        assertTrue(e.problem().contains("found 4 column(s); expected 6"), e.problem());
        // all columns there but no line break: the last value may be cut ("51" of "512")
        FormatException cut = assertThrows(FormatException.class,
                () -> reader.read(write(dir, bitalino(), "0\t1\t1\t0\t0\t512\t\n1\t1\t1\t0\t0\t51")));
        assertEquals("line 5", cut.location());
        assertTrue(cut.problem().contains("truncated"), cut.problem());
        FormatException noBreak = assertThrows(FormatException.class,
                () -> reader.read(write(dir, bitalino(), "0\t1\t1\t0\t0\t512\t\n1\t1\t1\t0\t0\t51\t")));
        assertEquals("line 5", noBreak.location());
        assertTrue(noBreak.problem().contains("no line break"), noBreak.problem());
    }

    @Test
    void wrongColumnCountIsRefused(@TempDir Path dir) throws IOException {
        FormatException e = assertThrows(FormatException.class, () -> reader.read(write(dir, bitalino(),
                "0\t1\t1\t0\t0\t512\n1\t1\t1\t0\t0\t512\t3\n2\t1\t1\t0\t0\t512\n")));
        assertEquals("line 5", e.location());
        assertTrue(e.problem().contains("found 7 column(s); expected 6 tab-separated integers"
                + " (nSeq, I1, I2, O1, O2, A2)"), e.problem());
        FormatException empty = assertThrows(FormatException.class,
                () -> reader.read(write(dir, bitalino(), "0\t1\t1\t0\t0\t512\n\n")));
        assertEquals("line 5", empty.location());
    }

    @Test
    void nonIntegerIsRefused(@TempDir Path dir) throws IOException {
        FormatException e = assertThrows(FormatException.class,
                () -> reader.read(write(dir, bitalino(), "0\t1\t1\t0\t0\t512\n1\t1\t1\t0\t0\t49x\n")));
        assertEquals("line 5", e.location());
        assertTrue(e.problem().contains("column 6 (A2): '49x' is not an integer"), e.problem());
        FormatException decimal = assertThrows(FormatException.class,
                () -> reader.read(write(dir, bitalino(), "0\t1\t1\t0\t0\t512.5\n")));
        assertTrue(decimal.problem().contains("'512.5' is not an integer"), decimal.problem());
        FormatException blank = assertThrows(FormatException.class,
                () -> reader.read(write(dir, bitalino(), "0\t\t1\t0\t0\t512\n")));
        assertTrue(blank.problem().contains("column 2 (I1): empty"), blank.problem());
    }

    @Test
    void headerMissingAFieldIsRefused(@TempDir Path dir) throws IOException {
        for (String field : List.of("device", "sampling rate", "column", "channels", "label", "sensor",
                "resolution")) {
            Map<String, String> fields = bitalinoFieldMap();
            fields.remove(field);
            Path file = write(dir, "{\"" + MAC + "\": {" + join(fields) + "}}", "0\t1\t1\t0\t0\t512\n");
            FormatException e = assertThrows(FormatException.class, () -> reader.read(file), field);
            assertEquals("line 2", e.location());
            assertTrue(e.problem().contains("device " + MAC + ": field \"" + field + "\" is missing"), e.problem());
        }
    }

    @Test
    void badHeaderJsonIsRefused(@TempDir Path dir) throws IOException {
        FormatException broken = assertThrows(FormatException.class,
                () -> reader.read(write(dir, "{\"" + MAC + "\": {\"device\": ", "0\t1\n")));
        assertEquals("line 2", broken.location());
        assertTrue(broken.problem().contains("not valid JSON"), broken.problem());
        Map<String, String> fields = bitalinoFieldMap();
        fields.put("resolution", "[10, 10]");
        FormatException resolution = assertThrows(FormatException.class,
                () -> reader.read(write(dir, "{\"" + MAC + "\": {" + join(fields) + "}}", "0\t1\t1\t0\t0\t512\n")));
        assertTrue(resolution.problem().contains("\"resolution\" has 2 value(s); expected 1"), resolution.problem());
        fields.put("resolution", "[4, 1, 1, 1, 1, 10]");
        fields.put("sampling rate", "\"fast\"");
        FormatException rate = assertThrows(FormatException.class,
                () -> reader.read(write(dir, "{\"" + MAC + "\": {" + join(fields) + "}}", "0\t1\t1\t0\t0\t512\n")));
        assertTrue(rate.problem().contains("\"sampling rate\" is \"fast\"; expected a number"), rate.problem());
    }

    @Test
    void unknownDeviceIsRefused(@TempDir Path dir) throws IOException {
        Map<String, String> fields = bitalinoFieldMap();
        fields.put("device", "\"muscleban\"");
        FormatException e = assertThrows(FormatException.class,
                () -> reader.read(write(dir, "{\"" + MAC + "\": {" + join(fields) + "}}", "0\t1\t1\t0\t0\t512\n")));
        assertEquals("line 2", e.location());
        assertTrue(e.problem().contains("unknown device 'muscleban'"), e.problem());
    }

    @Test
    void sequenceGapFailsNamingTheLine(@TempDir Path dir) throws IOException {
        // 14, 15, 0 wraps (no gap); 0 -> 3 loses 2 frames (modulo 16)
        Path file = write(dir, bitalino(), rows(14, 15, 0, 3, 4));
        FormatException e = assertThrows(FormatException.class, () -> reader.read(file));
        assertEquals("line 7", e.location());
        assertTrue(e.problem().contains("jumps from 0 to 3, expected 1; 2 frame(s) lost"), e.problem());
        assertTrue(e.problem().contains("GapPolicy.REPORT"), e.problem());

        OpenSignalsRecording r = new OpenSignalsTextReader(GapPolicy.REPORT).readRecording(file);
        assertEquals(5, r.record().signal(0).length(), "samples stay back to back");
        assertEquals(List.of(new SequenceGap(MAC, "line 7", 3, 0, 3, 2)), r.gaps());
    }

    @Test
    void bitalinoSequenceOutOfRangeIsRefused(@TempDir Path dir) throws IOException {
        FormatException e = assertThrows(FormatException.class, () -> reader.read(write(dir, bitalino(),
                rows(15, 16))));
        assertEquals("line 5", e.location());
        assertTrue(e.problem().contains("nSeq) 16 of device " + MAC + " is out of range; expected 0 to 15"),
                e.problem());
    }

    @Test
    void pluxSequenceGapsWrapAndBackwards(@TempDir Path dir) throws IOException {
        String json = "{\"" + PLUX_MAC + "\": {" + pluxFields("[1]", "[\"ECG\"]", "[\"CH1\"]",
                "[\"nSeq\", \"DI\", \"CH1\"]", "[16]") + "}}";
        // a 16-bit counter wrapping to 0 is not a gap
        assertEquals(3, reader.read(write(dir, json, "65534\t0\t1\n65535\t0\t2\n0\t0\t3\n")).signal(0).length());
        Path file = write(dir, json, "10\t0\t1\n11\t0\t2\n15\t0\t3\n3\t0\t4\n");
        FormatException e = assertThrows(FormatException.class, () -> reader.read(file));
        assertEquals("line 6", e.location());
        assertTrue(e.problem().contains("jumps from 11 to 15, expected 12; 3 frame(s) lost"), e.problem());
        List<SequenceGap> gaps = new OpenSignalsTextReader(GapPolicy.REPORT).readRecording(file).gaps();
        assertEquals(List.of(new SequenceGap(PLUX_MAC, "line 6", 2, 11, 15, 3),
                new SequenceGap(PLUX_MAC, "line 7", 3, 15, 3, -1)), gaps);
    }

    @Test
    void adcCodeOutsideTheResolutionIsRefused(@TempDir Path dir) throws IOException {
        FormatException e = assertThrows(FormatException.class,
                () -> reader.read(write(dir, bitalino(), "0\t1\t1\t0\t0\t1024\n")));
        assertEquals("line 4", e.location());
        assertTrue(e.problem().contains("ADC code 1024 is outside 0..1023, the 10-bit range"), e.problem());
    }

    @Test
    void headerWithoutEndOrDataIsRefused(@TempDir Path dir) throws IOException {
        Path noEnd = dir.resolve("noend.txt");
        Files.writeString(noEnd, OpenSignalsTextReader.MAGIC + "\n# " + bitalino() + "\n0\t1\t1\t0\t0\t512\n");
        FormatException e = assertThrows(FormatException.class, () -> reader.read(noEnd));
        assertEquals("line 3", e.location());
        assertTrue(e.problem().contains("expected '# EndOfHeader'"), e.problem());
        FormatException empty = assertThrows(FormatException.class, () -> reader.read(write(dir, bitalino(), "")));
        assertEquals("line 4", empty.location());
        assertTrue(empty.problem().contains("no data after the header"), empty.problem());
    }

    @Test
    void versionedMagicAndCrLfAreAccepted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("v1.txt");
        Files.writeString(file, OpenSignalsTextReader.MAGIC + ". Version 1\r\n# " + bitalino()
                + "\r\n# EndOfHeader\r\n0\t1\t1\t0\t0\t512\t\r\n1\t1\t1\t0\t0\t768\t\r\n");
        assertTrue(reader.canRead(file));
        assertArrayEquals(new double[] {0, 0.75}, reader.read(file).signal(0).samples(), 1e-12);
    }

    private static double mean(Signal s) {
        double sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum += s.sample(i);
        }
        return sum / s.length();
    }

    /** BITalino rows with these sequence numbers and A2 = 512. */
    private static String rows(int... seq) {
        StringBuilder b = new StringBuilder();
        for (int s : seq) {
            b.append(s).append("\t1\t1\t0\t0\t512\t\n");
        }
        return b.toString();
    }

    private static Map<String, String> bitalinoFieldMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sensor", "[\"ECG\"]");
        m.put("column", "[\"nSeq\", \"I1\", \"I2\", \"O1\", \"O2\", \"A2\"]");
        m.put("channels", "[2]");
        m.put("device", "\"bitalino\"");
        m.put("sampling rate", "1000");
        m.put("label", "[\"A2\"]");
        m.put("resolution", "[4, 1, 1, 1, 1, 10]");
        return m;
    }

    private static String join(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String bitalinoFields() {
        return join(bitalinoFieldMap());
    }

    private static String bitalino() {
        return "{\"" + MAC + "\": {" + bitalinoFields() + "}}";
    }

    private static String pluxFields(String channels, String sensors, String labels, String columns,
            String resolution) {
        return "\"device\": \"biosignalsplux\", \"sampling rate\": 1000, \"channels\": " + channels + ", \"sensor\": "
                + sensors + ", \"label\": " + labels + ", \"column\": " + columns + ", \"resolution\": " + resolution;
    }

    private static Path write(Path dir, String json, String data) throws IOException {
        Path file = dir.resolve("rec.txt");
        Files.writeString(file, OpenSignalsTextReader.MAGIC + "\n# " + json + "\n# EndOfHeader\n" + data);
        return file;
    }
}
