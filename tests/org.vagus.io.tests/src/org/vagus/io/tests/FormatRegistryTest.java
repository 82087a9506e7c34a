package org.vagus.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.io.FormatException;
import org.vagus.io.FormatRegistry;
import org.vagus.io.RecordFormat;
import org.vagus.io.RecordReader;
import org.vagus.io.RecordWriter;
import org.vagus.io.Signal;
import org.vagus.io.SignalRecord;

/** The plain-Java registry: built-ins, look-up by extension and content, formats added by the caller. */
class FormatRegistryTest {
    private final FormatRegistry builtIn = FormatRegistry.builtIn();
    @TempDir
    Path dir;

    /** A reader of {@code *.tsv.gz} stand-ins that recognises any existing file with that name. */
    private static RecordReader fakeReader(String name) {
        return new RecordReader() {
            @Override
            public String formatName() {
                return name;
            }

            @Override
            public boolean canRead(Path file) {
                return Files.isRegularFile(file);
            }

            @Override
            public SignalRecord read(Path file) {
                return new SignalRecord(name, file, List.of(new Signal("x", Unit.MILLIVOLT, SamplingRate.ofHertz(1),
                        new double[] {1})));
            }
        };
    }

    private static String name(Optional<RecordFormat> f) {
        return f.map(RecordFormat::name).orElse("none");
    }

    @Test
    void builtInFormats() {
        assertEquals(List.of("wfdb", "edf", "bdf", "opensignals-txt", "opensignals-h5"), builtIn.formats().stream().map(RecordFormat::name).toList());
        assertEquals("edf", builtIn.byExtension(".EDF").get(0).name());
        assertEquals("bdf", builtIn.byExtension("bdf").get(0).name());
        assertEquals("wfdb", builtIn.byName("wfdb").orElseThrow().name());
        assertTrue(builtIn.byName("wfdb").orElseThrow().writer().isEmpty(), "WFDB is read-only");
        assertTrue(builtIn.byName("edf").orElseThrow().writer().isPresent());
    }

    @Test
    void lookUpForReadingByExtensionThenContent() throws IOException {
        assertEquals("edf", name(builtIn.forFile(TestData.file("edf/test_generator.edf"))));
        assertEquals("bdf", name(builtIn.forFile(TestData.file("edf/test_generator.bdf"))));
        assertEquals("wfdb", name(builtIn.forFile(TestData.file("mitdb/100.hea"))));
        assertEquals("opensignals-txt", name(builtIn.forFile(TestData.file("opensignals/supine_1min.txt"))));
        assertEquals("opensignals-h5", name(builtIn.forFile(TestData.file("opensignals/ecg_5_min.h5"))));
        assertEquals("wfdb", name(builtIn.forFile(TestData.file("mitdb/100"))), "a record named without extension");
        // a BDF file named .dat is recognised by its content
        Path misnamed = Files.copy(TestData.file("edf/test_generator.bdf"), dir.resolve("recording.dat"));
        assertEquals("edf", name(builtIn.forFile(misnamed)));
        assertEquals(5, builtIn.read(misnamed).signals().size());
        assertEquals("opensignals-txt", name(builtIn.forFile(TestData.file("bitalino/SampleECG.txt"))));
        assertEquals("none", name(builtIn.forFile(TestData.file("bitalino/biosppy_ecg_1000hz.txt"))),
                "a plain text column is no OpenSignals file");
        assertEquals("none", name(builtIn.forFile(dir.resolve("missing.edf"))));
    }

    @Test
    void readingAnUnknownFileNamesTheKnownFormats() throws IOException {
        Path txt = Files.writeString(dir.resolve("notes.txt"), "hello");
        FormatException e = assertThrows(FormatException.class, () -> builtIn.read(txt));
        assertTrue(e.problem().contains("no registered format recognises this file"), e.problem());
        assertTrue(e.problem().contains("wfdb (.hea), edf (.edf), bdf (.bdf)"), e.problem());
        assertEquals(650_000, builtIn.read(TestData.file("mitdb/100")).signal(0).length());
    }

    @Test
    void lookUpForWriting() throws IOException {
        assertEquals("bdf", name(builtIn.forWriting(dir.resolve("out.BDF"))));
        assertEquals("none", name(builtIn.forWriting(dir.resolve("out.hea"))), "WFDB has no writer");
        SignalRecord r = new SignalRecord("r", dir, List.of(new Signal("x", Unit.MILLIVOLT, SamplingRate.ofHertz(2),
                new double[] {1, 2})));
        builtIn.write(r, dir.resolve("out.edf"));
        assertEquals(2, builtIn.read(dir.resolve("out.edf")).signal(0).length());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builtIn.write(r, dir.resolve("out.csv")));
        assertTrue(e.getMessage().contains("writable formats: edf (.edf), bdf (.bdf)"), e.getMessage());
    }

    @Test
    void formatsAddedByTheCaller() throws IOException {
        RecordFormat physio = RecordFormat.of("bids-physio", "BIDS physio", List.of("tsv.gz"), fakeReader("physio"),
                null);
        FormatRegistry more = builtIn.plus(physio);
        assertEquals(5, builtIn.formats().size(), "plus returns a new registry");
        assertEquals(6, more.formats().size());
        Path f = Files.writeString(dir.resolve("sub-01_physio.tsv.gz"), "x");
        assertEquals("bids-physio", name(more.forFile(f)));
        assertEquals("physio", more.read(f).name());
        assertEquals(List.of(physio), more.byExtension("tsv.gz"));
    }

    @Test
    void malformedOrDuplicateFormatsAreRefused() {
        RecordReader r = fakeReader("x");
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> builtIn.plus(RecordFormat.of("edf", "another EDF", List.of("edf"), r, null)));
        assertTrue(dup.getMessage().contains("format edf is already registered"), dup.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builtIn.plus(RecordFormat.of("My Format", "", List.of(), r,
                null)));
        IllegalArgumentException ext = assertThrows(IllegalArgumentException.class,
                () -> builtIn.plus(RecordFormat.of("x", "", List.of(".txt"), r, null)));
        assertTrue(ext.getMessage().contains("without the leading dot"), ext.getMessage());
        assertThrows(NullPointerException.class, () -> builtIn.plus(RecordFormat.of("x", "", List.of(), null, null)));
    }

    @Test
    void aReaderThatThrowsInCanReadDoesNotStopTheLookUp() {
        RecordReader broken = new RecordReader() {
            @Override
            public String formatName() {
                return "broken";
            }

            @Override
            public boolean canRead(Path file) {
                throw new IllegalStateException("bug in a contribution");
            }

            @Override
            public SignalRecord read(Path file) {
                throw new AssertionError("not called");
            }
        };
        RecordWriter none = null;
        FormatRegistry r = FormatRegistry.empty().plus(RecordFormat.of("broken", "", List.of("edf"), broken, none))
                .plus(new org.vagus.io.edf.EdfFormat());
        assertEquals("edf", name(r.forFile(TestData.file("edf/test_generator.edf"))));
    }
}
