package org.vagus.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.io.AnnotationCode;
import org.vagus.io.AnnotationSet;
import org.vagus.io.FormatException;
import org.vagus.io.Signal;
import org.vagus.io.opensignals.DeviceFamily;
import org.vagus.io.opensignals.GapPolicy;
import org.vagus.io.opensignals.OpenSignalsH5Reader;
import org.vagus.io.opensignals.OpenSignalsRecording;
import org.vagus.io.opensignals.SequenceGap;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;

/**
 * The real file ecg_5_min.h5 is checked against plux/ecg_5_min_raw.txt (the same 300 s of raw/channel_1 as one
 * ADC code per line) and plux/ecg_5_min_RR_peaks1.txt (plugin/hrv/RR_peaks1), compared exactly before
 * conversion. The physical values were computed independently in python3 with numpy from the raw text:
 * {@code r = np.loadtxt('plux/ecg_5_min_raw.txt', comments='#', dtype=np.int64);
 * mv = (r / 2**16 - 0.5) * 3.0 / 1019 * 1000} (biosignalsplux ECG, VCC 3 V, gain 1019), then {@code mv[:3]},
 * {@code mv[-1]} and {@code mv.mean()}. Bad files are small HDF5 files written with jHDF into a temporary folder.
 */
class OpenSignalsH5ReaderTest {
    private static final String MAC = "00:07:80:58:9B:3F";
    private static final String GROUP = "/" + MAC;

    private final OpenSignalsH5Reader reader = new OpenSignalsH5Reader();

    @Test
    void realFileEqualsTheRawExport() throws IOException {
        Path file = TestData.file("opensignals/ecg_5_min.h5");
        assertTrue(reader.canRead(file));
        OpenSignalsRecording r = reader.readRecording(file);
        assertEquals("ecg_5_min", r.record().name());
        // CH1, then digital/digital_1 (a biosignalsplux file: named DI as in the text format; all 0 in this file)
        assertEquals(List.of("CH1", "DI"), r.record().signals().stream().map(Signal::name).toList());
        assertArrayEquals(new double[300_000], r.record().signal(1).samples());
        assertEquals(Unit.DIMENSIONLESS, r.record().signal(1).unit());
        Signal ecg = r.record().signal(0);
        assertEquals("CH1", ecg.name());
        assertEquals(Unit.MILLIVOLT, ecg.unit());
        assertEquals(SamplingRate.ofHertz(1000), ecg.rate());
        assertEquals(300_000, ecg.length());
        assertArrayEquals(integers(TestData.file("plux/ecg_5_min_raw.txt")), r.rawSamples(0));
        // numpy: mv[:3] (ADC 32604, 32630, 32652), mv[-1], mv.mean()
        assertArrayEquals(new double[] {-0.007367344670019627, -0.006199351002821394, -0.005211048669038273},
                new double[] {ecg.sample(0), ecg.sample(1), ecg.sample(2)}, 1e-15);
        assertEquals(0.0009883023337831206, ecg.sample(299_999), 1e-15);
        double sum = 0;
        for (int i = 0; i < ecg.length(); i++) {
            sum += ecg.sample(i);
        }
        assertEquals(0.0005824044688995032, sum / ecg.length(), 1e-12);
        assertEquals(MAC, r.devices().get(0).mac());
        assertEquals(DeviceFamily.BIOSIGNALSPLUX, r.devices().get(0).family());
        assertEquals("ECG", r.devices().get(0).channels().get(0).sensor());
        // raw/nSeq is uint16 and stays at 65535 from sample 65535 on: saturated, not a gap
        assertTrue(r.gaps().isEmpty());
    }

    @Test
    void pluginPeaksEqualTheExport() throws IOException {
        Path file = TestData.file("opensignals/ecg_5_min.h5");
        List<AnnotationSet> sets = reader.readPeaks(file);
        assertEquals(1, sets.size());
        AnnotationSet peaks = sets.get(0);
        assertEquals(386, peaks.size());
        assertEquals(SamplingRate.ofHertz(1000), peaks.rate());
        assertTrue(peaks.source().endsWith(GROUP + "/plugin/hrv/RR_peaks1"), peaks.source());
        assertEquals(386, peaks.count(AnnotationCode.NORMAL));
        long[] expected = Arrays.stream(integers(TestData.file("plux/ecg_5_min_RR_peaks1.txt")))
                .asLongStream().toArray();
        assertArrayEquals(expected, peaks.beatSamples());
    }

    @Test
    void formatsAreTold(@TempDir Path dir) throws IOException {
        assertFalse(reader.canRead(TestData.file("bitalino/SampleECG.txt")));
        Path text = dir.resolve("fake.h5");
        Files.writeString(text, "# OpenSignals Text File Format\n");
        assertFalse(reader.canRead(text));
        FormatException e = assertThrows(FormatException.class, () -> reader.read(text));
        assertEquals("byte 0", e.location());
        assertTrue(e.problem().contains("not an HDF5 file"), e.problem());
    }

    @Test
    void smallValidFileAndTwoDevices(@TempDir Path dir) throws IOException {
        Path file = write(dir, g -> { });
        Signal s = reader.read(file).signal(0);
        // 32768 / 65536 - 0.5 = 0 mV; 49152: 0.25 * 3 / 1019 V = 750 / 1019 mV; 16384: -750 / 1019 mV
        assertArrayEquals(new double[] {0, 750.0 / 1019, -750.0 / 1019, 0}, s.samples(), 1e-12);
        Path two = dir.resolve("two.h5");
        try (WritableHdfFile h = HdfFile.write(two)) {
            device(h.putGroup("AA:BB:CC:DD:EE:01"), "bitalino", new int[] {4, 1, 1, 1, 1, 10}, "ECG",
                    new int[] {512, 768, 256, 512});
            device(h.putGroup("AA:BB:CC:DD:EE:02"), "bitalino", new int[] {10}, "EDA", new int[] {1, 2, 3, 4});
        }
        OpenSignalsRecording r = reader.readRecording(two);
        Signal ecg = r.record().signals().stream().filter(x -> x.name().equals("AA:BB:CC:DD:EE:01 CH1"))
                .findFirst().orElseThrow();
        // BITalino: (768 / 1024 - 0.5) * 3.3 / 1100 V = 0.75 mV
        assertArrayEquals(new double[] {0, 0.75, -0.75, 0}, ecg.samples(), 1e-12);
        Signal eda = r.record().signals().stream().filter(x -> x.name().equals("AA:BB:CC:DD:EE:02 CH1"))
                .findFirst().orElseThrow();
        assertEquals(Unit.DIMENSIONLESS, eda.unit());
        assertArrayEquals(new double[] {1, 2, 3, 4}, eda.samples());
    }

    @Test
    void missingAttributeIsNamed(@TempDir Path dir) throws IOException {
        Path file = write(dir, g -> g.removeAttribute("sampling rate"));
        FormatException e = assertThrows(FormatException.class, () -> reader.read(file));
        assertEquals("attribute 'sampling rate' of group " + GROUP, e.location());
        assertTrue(e.problem().contains("missing"), e.problem());
        Path noSensor = write(dir, g -> ((WritableDataset) ((WritableGroup) g.getChild("raw")).getChild("channel_1"))
                .removeAttribute("sensor"));
        FormatException s = assertThrows(FormatException.class, () -> reader.read(noSensor));
        assertEquals("attribute 'sensor' of dataset " + GROUP + "/raw/channel_1", s.location());
    }

    @Test
    void unknownDeviceIsRefused(@TempDir Path dir) throws IOException {
        FormatException e = assertThrows(FormatException.class,
                () -> reader.read(write(dir, g -> g.putAttribute("device", "muscleban"))));
        assertEquals("attribute 'device' of group " + GROUP, e.location());
        assertTrue(e.problem().contains("unknown device 'muscleban'"), e.problem());
    }

    @Test
    void missingOrShortChannelIsNamed(@TempDir Path dir) throws IOException {
        Path missing = write(dir, g -> {
            g.putAttribute("channels", new int[] {1, 2});
            g.putAttribute("resolution", new int[] {16, 16});
        });
        FormatException e = assertThrows(FormatException.class, () -> reader.read(missing));
        assertEquals("dataset " + GROUP + "/raw/channel_2", e.location());
        assertTrue(e.problem().contains("missing"), e.problem());
        Path shortOne = write(dir, g -> ((WritableGroup) g.getChild("raw")).putDataset("channel_1",
                new int[] {1, 2, 3}).putAttribute("sensor", "ECG"));
        FormatException s = assertThrows(FormatException.class, () -> reader.read(shortOne));
        assertEquals("dataset " + GROUP + "/raw/channel_1", s.location());
        assertTrue(s.problem().contains("3 samples; expected 4"), s.problem());
        Path nsamples = write(dir, g -> g.putAttribute("nsamples", 5));
        FormatException n = assertThrows(FormatException.class, () -> reader.read(nsamples));
        assertTrue(n.problem().contains("attribute 'nsamples' of group " + GROUP + " says 5"), n.problem());
    }

    @Test
    void nonIntegerDataIsRefused(@TempDir Path dir) throws IOException {
        Path file = write(dir, g -> ((WritableGroup) g.getChild("raw")).putDataset("channel_1",
                new float[] {1, 2, 3, 4}).putAttribute("sensor", "ECG"));
        FormatException e = assertThrows(FormatException.class, () -> reader.read(file));
        assertEquals("dataset " + GROUP + "/raw/channel_1", e.location());
        assertTrue(e.problem().contains("expected integers"), e.problem());
    }

    @Test
    void adcCodeOutsideTheResolutionIsRefused(@TempDir Path dir) throws IOException {
        FormatException e = assertThrows(FormatException.class,
                () -> reader.read(write(dir, g -> g.putAttribute("resolution", new int[] {12}))));
        assertEquals("dataset " + GROUP + "/raw/channel_1", e.location());
        assertTrue(e.problem().contains("sample 0: ADC code 32768 is outside 0..4095"), e.problem());
    }

    @Test
    void sequenceGapFailsOrIsReported(@TempDir Path dir) throws IOException {
        Path file = write(dir, g -> ((WritableGroup) g.getChild("raw")).putDataset("nSeq", new int[] {0, 1, 3, 4}));
        FormatException e = assertThrows(FormatException.class, () -> reader.read(file));
        assertEquals("dataset " + GROUP + "/raw/nSeq, sample 2", e.location());
        assertTrue(e.problem().contains("jumps from 1 to 3, expected 2; 1 frame(s) lost"), e.problem());
        OpenSignalsRecording r = new OpenSignalsH5Reader(GapPolicy.REPORT).readRecording(file);
        assertEquals(List.of(new SequenceGap(MAC, "dataset " + GROUP + "/raw/nSeq, sample 2", 2, 1, 3, 1)),
                r.gaps());
        assertEquals(4, r.record().signal(0).length());
    }

    @Test
    void badPeaksAreNamed(@TempDir Path dir) throws IOException {
        Path file = write(dir, g -> g.putGroup("plugin").putGroup("hrv").putDataset("RR_peaks1", new int[] {2, 1}));
        FormatException e = assertThrows(FormatException.class, () -> reader.readPeaks(file));
        assertEquals("dataset " + GROUP + "/plugin/hrv/RR_peaks1", e.location());
        assertTrue(e.problem().contains("peak 1 is at sample 1; expected ascending sample indices from 0 to 3"),
                e.problem());
        Path outside = write(dir, g -> g.putGroup("plugin").putGroup("hrv").putDataset("RR_peaks1", new int[] {4}));
        assertThrows(FormatException.class, () -> reader.readPeaks(outside));
        assertTrue(reader.readPeaks(write(dir, g -> { })).isEmpty(), "no plugin group, no peaks");
    }

    @Test
    void truncatedFileIsRefused(@TempDir Path dir) throws IOException {
        // OpenSignals writes the object headers at the end: a cut file loses its structure
        byte[] real = Files.readAllBytes(TestData.file("opensignals/ecg_5_min.h5"));
        Path cut = dir.resolve("cut.h5");
        Files.write(cut, Arrays.copyOf(real, real.length / 2));
        FormatException e = assertThrows(FormatException.class, () -> reader.read(cut));
        assertEquals("HDF5 superblock", e.location());
        assertTrue(e.problem().contains("truncated: the superblock says the file ends at byte " + real.length
                + " but it has only " + real.length / 2 + " bytes"), e.problem());
        assertThrows(FormatException.class, () -> reader.readPeaks(cut));
        // a jHDF file has its data last: jHDF alone would read the cut dataset and return wrong values
        byte[] small = Files.readAllBytes(write(dir, g -> {
            WritableGroup raw = (WritableGroup) g.getChild("raw");
            int[] seq = new int[4000];
            Arrays.setAll(seq, i -> i);
            raw.putDataset("nSeq", seq);
            raw.putDataset("channel_1", new int[4000]).putAttribute("sensor", "ECG");
            g.putAttribute("nsamples", 4000);
        }));
        Files.write(cut, Arrays.copyOf(small, small.length - 100));
        FormatException data = assertThrows(FormatException.class, () -> reader.read(cut));
        assertTrue(data.problem().startsWith("truncated"), data.problem());
        // a damaged structure (the root group's object header overwritten) is reported, not thrown as jHDF's own
        byte[] damaged = real.clone();
        Arrays.fill(damaged, 96, 400, (byte) 0x5a);
        Files.write(cut, damaged);
        FormatException structure = assertThrows(FormatException.class, () -> reader.read(cut));
        assertTrue(structure.problem().contains("truncated or damaged"), structure.problem());
    }

    /** A valid one-device biosignalsplux file, changed by {@code tweak} before it is written. */
    private static Path write(Path dir, Consumer<WritableGroup> tweak) {
        Path file = dir.resolve("rec.h5");
        try (WritableHdfFile h = HdfFile.write(file)) {
            WritableGroup g = h.putGroup(MAC);
            device(g, "biosignalsplux", new int[] {16}, "ECG", new int[] {32768, 49152, 16384, 32768});
            g.putAttribute("nsamples", 4);
            tweak.accept(g);
        }
        return file;
    }

    private static void device(WritableGroup g, String device, int[] resolution, String sensor, int[] adc) {
        g.putAttribute("device", device);
        g.putAttribute("sampling rate", 1000);
        g.putAttribute("channels", new int[] {1});
        g.putAttribute("resolution", resolution);
        WritableGroup raw = g.putGroup("raw");
        int[] seq = new int[adc.length];
        Arrays.setAll(seq, i -> i);
        raw.putDataset("nSeq", seq);
        int[][] column = new int[adc.length][1];
        for (int i = 0; i < adc.length; i++) {
            column[i][0] = adc[i];
        }
        WritableDataset ch = raw.putDataset("channel_1", column);
        ch.putAttribute("sensor", sensor);
        ch.putAttribute("label", "CH1");
    }

    /** The integers of a text file, one per line, skipping '#' comment lines. */
    private static int[] integers(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .mapToInt(l -> Integer.parseInt(l.strip())).toArray();
    }
}
