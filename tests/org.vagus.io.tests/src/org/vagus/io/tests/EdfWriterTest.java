package org.vagus.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.io.Signal;
import org.vagus.io.SignalRecord;
import org.vagus.io.edf.EdfAnnotation;
import org.vagus.io.edf.EdfFile;
import org.vagus.io.edf.EdfReader;
import org.vagus.io.edf.EdfVariant;
import org.vagus.io.edf.EdfWriteSummary;
import org.vagus.io.edf.EdfWriter;

/** Writing EDF+C and BDF+C, then reading back within the quantisation error the writer reports. */
class EdfWriterTest {
    private final EdfReader reader = new EdfReader();
    @TempDir
    Path dir;

    @Test
    void realEdfRoundTrip() throws IOException {
        EdfFile original = reader.readFile(TestData.file("edf/test_generator.edf"));
        Path out = dir.resolve("copy.edf");
        EdfWriteSummary summary = new EdfWriter(EdfVariant.EDF).withStart(original.start())
                .write(original.record(), original.annotations(), out);
        assertEquals(600, summary.recordCount());
        assertEquals(1.0, summary.recordDuration());
        EdfFile back = reader.readFile(out);
        assertSameWithin(original.record(), back.record(), summary);
        assertEquals(original.annotations(), back.annotations());
        assertEquals(original.start(), back.start());
        assertEquals("EDF+C", back.header().reserved());
    }

    @Test
    void realBdfRoundTripKeepsFiveRates() throws IOException {
        EdfFile original = reader.readFile(TestData.file("edf/test_generator.bdf"));
        Path out = dir.resolve("copy.bdf");
        EdfWriteSummary summary = new EdfWriter(EdfVariant.BDF).write(original.record(), List.of(), out);
        EdfFile back = reader.readFile(out);
        assertEquals(EdfVariant.BDF, back.header().variant());
        assertEquals("BDF+C", back.header().reserved());
        assertSameWithin(original.record(), back.record(), summary);
        // 24 bits: the sine of +-1000 uV is kept to 2000 / 2^24 / 2 = 6e-5 uV
        assertTrue(summary.signals().get(0).maximumError() < 6.1e-5, summary.toString());
    }

    @Test
    void subsecondStartAndAnnotationsSurvive() throws IOException {
        EdfFile original = reader.readFile(TestData.file("edf/test_subsecond.edf"));
        Path out = dir.resolve("sub.edf");
        EdfWriteSummary summary = new EdfWriter(EdfVariant.EDF).withStart(original.start())
                .write(original.record(), original.annotations(), out);
        EdfFile back = reader.readFile(out);
        assertEquals(LocalDateTime.of(2020, 1, 24, 4, 5, 56, 394_531_200), back.start());
        assertEquals(0.3945312, back.firstRecordOnset(), 1e-12, "the fraction goes into the time-keeping TALs");
        assertEquals(original.annotations(), back.annotations());
        assertSameWithin(original.record(), back.record(), summary);
    }

    @Test
    void mixedRatesAnnotationsWithDurationsAndUtf8() throws IOException {
        double[] ecg = new double[10_000];
        double[] resp = new double[100];
        for (int i = 0; i < ecg.length; i++) {
            ecg[i] = 1.5 * Math.sin(2 * Math.PI * 1.2 * i / 1000) - 0.25;
        }
        for (int i = 0; i < resp.length; i++) {
            resp[i] = 400 + 30 * Math.cos(2 * Math.PI * 0.25 * i / 10);
        }
        SignalRecord r = new SignalRecord("s01", dir, List.of(
                new Signal("ECG", Unit.MILLIVOLT, SamplingRate.ofHertz(1000), ecg),
                new Signal("Resp", Unit.of("mmHg"), SamplingRate.ofHertz(10), resp)));
        List<EdfAnnotation> annotations = List.of(new EdfAnnotation(-0.5, Double.NaN, "before start"),
                new EdfAnnotation(1.25, 6, "feedback: Wrong"), EdfAnnotation.at(1.25, "Ruhe \u2013 \u00b5"),
                new EdfAnnotation(9.999, 0, "end"));
        Path out = dir.resolve("mixed.edf");
        EdfWriteSummary summary = new EdfWriter(EdfVariant.EDF).withPatientCode("sub 01")
                .withStart(LocalDateTime.of(2024, 5, 6, 7, 8, 9)).write(r, annotations, out);
        EdfFile back = reader.readFile(out);
        assertSameWithin(r, back.record(), summary);
        assertEquals(SamplingRate.ofHertz(10), back.record().signal(1).rate());
        assertEquals(Unit.of("mmHg"), back.record().signal(1).unit());
        assertEquals(annotations, back.annotations());
        assertEquals("sub_01 X X X", back.header().patient());
        assertEquals("Startdate 06-MAY-2024 X X Vagus", back.header().recording());
        assertEquals(LocalDateTime.of(2024, 5, 6, 7, 8, 9), back.start());
        // the range is the data's, rounded outward to 8 characters; the error is half a step of it
        EdfWriteSummary.Channel c = summary.signals().get(0);
        double lo = Arrays.stream(ecg).min().orElseThrow();
        double hi = Arrays.stream(ecg).max().orElseThrow();
        assertTrue(c.physicalMinimum() <= lo && c.physicalMinimum() > lo - 1e-5, lo + " " + c);
        assertTrue(c.physicalMaximum() >= hi && c.physicalMaximum() < hi + 1e-5, hi + " " + c);
        assertEquals((c.physicalMaximum() - c.physicalMinimum()) / 65535 / 2, c.maximumError(), 1e-15);
        byte[] head = Files.readAllBytes(out);
        assertEquals("0       ", new String(head, 0, 8, StandardCharsets.US_ASCII));
        assertEquals("EDF+C", new String(head, 192, 5, StandardCharsets.US_ASCII));
    }

    @Test
    void shortLastRecordIsPaddedWithTheLastSample() throws IOException {
        // 251 samples at 100 Hz and 20 at 8 Hz: no candidate duration gives whole records, so 1 s records
        double[] a = new double[251];
        Arrays.setAll(a, i -> i * 0.5);
        double[] b = new double[20];
        Arrays.setAll(b, i -> -i);
        SignalRecord r = new SignalRecord("pad", dir, List.of(new Signal("a", Unit.MILLIVOLT, SamplingRate.ofHertz(100), a),
                new Signal("b", Unit.MILLIVOLT, SamplingRate.ofHertz(8), b)));
        EdfWriteSummary summary = new EdfWriter(EdfVariant.BDF).write(r, List.of(), dir.resolve("pad.bdf"));
        assertEquals(1.0, summary.recordDuration());
        assertEquals(3, summary.recordCount());
        assertEquals(49, summary.signals().get(0).paddedSamples());
        assertEquals(4, summary.signals().get(1).paddedSamples());
        SignalRecord back = reader.read(dir.resolve("pad.bdf"));
        assertEquals(300, back.signal(0).length());
        assertEquals(125.0, back.signal(0).sample(299), summary.signals().get(0).maximumError() + 1e-12);
        assertEquals(-19.0, back.signal(1).sample(23), summary.signals().get(1).maximumError() + 1e-12);
    }

    @Test
    void recordDurationIsChosenForWholeRecords() throws IOException {
        // 2.5 s at 1000 Hz: 1 s records would need padding, 0.5 s records do not
        SignalRecord r = new SignalRecord("x", dir, List.of(new Signal("x", Unit.MILLIVOLT, SamplingRate.ofHertz(1000),
                new double[2500])));
        EdfWriteSummary s = new EdfWriter(EdfVariant.EDF).write(r, List.of(), dir.resolve("x.edf"));
        assertEquals(0.5, s.recordDuration());
        assertEquals(0, s.signals().get(0).paddedSamples());
        SignalRecord back = reader.read(dir.resolve("x.edf"));
        assertEquals(2500, back.signal(0).length());
        assertEquals(0.0, back.signal(0).sample(7), s.signals().get(0).maximumError(), "a constant signal");

        EdfWriteSummary fixed = new EdfWriter(EdfVariant.EDF).withRecordDuration(0.1).write(r, List.of(),
                dir.resolve("y.edf"));
        assertEquals(100, fixed.signals().get(0).samplesPerRecord());
        assertEquals(25, fixed.recordCount());
    }

    @Test
    void overwritesAtomicallyAndLeavesNoTemporaryFiles() throws IOException {
        Path out = dir.resolve("a.edf");
        Files.writeString(out, "old content");
        SignalRecord good = new SignalRecord("a", dir, List.of(new Signal("x", Unit.MILLIVOLT,
                SamplingRate.ofHertz(4), new double[] {1, 2, 3, 4})));
        new EdfWriter(EdfVariant.EDF).write(good, out);
        assertArrayEquals(new double[] {1, 2, 3, 4}, reader.read(out).signal(0).samples(), 1e-3);
        byte[] written = Files.readAllBytes(out);

        SignalRecord bad = new SignalRecord("a", dir, List.of(new Signal("x", Unit.MILLIVOLT, SamplingRate.ofHertz(4),
                new double[] {1, Double.NaN, 3, 4})));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EdfWriter(EdfVariant.EDF).write(bad, out));
        assertTrue(e.getMessage().contains("sample 1 is NaN"), e.getMessage());
        assertArrayEquals(written, Files.readAllBytes(out), "a failed write leaves the old file");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary files are left behind");
        }
    }

    @Test
    void whatEdfCannotHoldIsRefused() {
        EdfWriter w = new EdfWriter(EdfVariant.EDF);
        Path out = dir.resolve("r.edf");
        IllegalArgumentException label = assertThrows(IllegalArgumentException.class, () -> w.write(
                one("seventeen chars!!", Unit.MILLIVOLT, 100, 1), out));
        assertTrue(label.getMessage().contains("at most 16"), label.getMessage());
        IllegalArgumentException unit = assertThrows(IllegalArgumentException.class, () -> w.write(
                one("x", Unit.of("mmHg/min^2"), 100, 1), out));
        assertTrue(unit.getMessage().contains("at most 8"), unit.getMessage());
        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class, () -> w.write(
                one("x", Unit.MILLIVOLT, 1000.0 / 3, 1), out));
        assertTrue(rate.getMessage().contains("withRecordDuration"), rate.getMessage());
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class, () -> w.write(
                one("x", Unit.MILLIVOLT, 100, 1e9), out));
        assertTrue(big.getMessage().contains("does not fit"), big.getMessage());
        assertThrows(IllegalArgumentException.class, () -> w.write(one("EDF Annotations", Unit.MILLIVOLT, 100, 1), out));
        assertTrue(Files.notExists(out));
    }

    private static SignalRecord one(String name, Unit unit, double hz, double value) {
        return new SignalRecord("r", Path.of("r"), List.of(new Signal(name, unit, SamplingRate.ofHertz(hz),
                new double[] {0, value, 0, value})));
    }

    /** Same names, units, rates and lengths; samples within the writer's reported error. */
    private static void assertSameWithin(SignalRecord expected, SignalRecord actual, EdfWriteSummary summary) {
        assertEquals(expected.signals().size(), actual.signals().size());
        for (int i = 0; i < expected.signals().size(); i++) {
            Signal e = expected.signal(i);
            Signal a = actual.signal(i);
            assertEquals(e.name(), a.name());
            assertEquals(e.unit(), a.unit());
            assertEquals(e.rate(), a.rate());
            assertEquals(e.length(), a.length());
            double bound = summary.signals().get(i).maximumError() * (1 + 1e-9);
            double worst = 0;
            for (int k = 0; k < e.length(); k++) {
                worst = Math.max(worst, Math.abs(e.sample(k) - a.sample(k)));
            }
            assertTrue(worst <= bound, e.name() + ": read back within " + worst + ", bound " + bound);
        }
    }
}
