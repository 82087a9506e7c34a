package org.vagus.study.transfer.tests;

import org.vagus.study.transfer.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.model.Event;
import org.vagus.core.units.SamplingRate;
import org.vagus.io.FormatException;
import org.vagus.io.FormatRegistry;
import org.vagus.io.Signal;
import org.vagus.io.SignalRecord;
import org.vagus.io.bids.EventsTsv;
import org.vagus.io.bids.PhysioReader;
import org.vagus.io.bids.PhysioSidecar;
import org.vagus.study.StudyFolder;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class RecordingImportTest {

    static Path data() {
        String p = System.getProperty("vagus.data");
        return (p != null ? Path.of(p) : Path.of("../shared/data")).toAbsolutePath();
    }

    private static RecordingImport.Request request(String participant, String task,
            RecordingImport.AlignmentRequest align) {
        return new RecordingImport.Request(participant, "1", task, List.of(), align, PulseAlignment.DEFAULT_TOLERANCE_S);
    }

    /** mitdb 100: two leads (MLII, V5) of 650,000 samples at 360 Hz in mV (README); the file holds the reader's values. */
    @Test
    void importsAWfdbRecordWithTheReadersValues(@TempDir Path dir) throws IOException {
        Path studyDir = dir.resolve("study");
        SignalRecord record = FormatRegistry.builtIn().read(data().resolve("mitdb/100.hea"));
        RecordingImport.Result result;
        try (StudyFolder study = StudyFolder.create(studyDir, "Import test")) {
            result = RecordingImport.run(study, record, "wfdb", request("01", "rest", null));
            assertTrue(study.study().participant("01").orElseThrow().session("1").isPresent());
        }
        assertTrue(result.participantAdded());
        assertEquals(studyDir.resolve("sub-01/ses-1/sub-01_ses-1_task-rest_physio.tsv.gz"), result.physio());
        PhysioReader.Result read = PhysioReader.read(result.physio());
        assertEquals(360.0, read.sidecar().samplingFrequency().hertz());
        assertEquals(List.of("MLII", "V5"), read.sidecar().columns());
        assertEquals("mV", read.sidecar().units().get(0).symbol());
        assertEquals(650_000, read.sampleCount());
        assertTrue(read.complete());
        for (int c = 0; c < 2; c++) {
            assertArrayEquals(record.signal(c).samples(), read.record().signal(c).samples(), "channel " + c);
        }
        try (Stream<Path> s = Files.list(studyDir.resolve(".vagus"))) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith("import-")), "temporary folder removed");
        }
    }

    /** OpenSignals text (biosignalsplux ECG at rest): analog CH1 and digital DI, 60,000 samples at 1000 Hz, in mV as read. */
    @Test
    void importsAnOpenSignalsFileIntoAnExistingParticipant(@TempDir Path dir) throws IOException {
        Path studyDir = dir.resolve("study");
        SignalRecord record = FormatRegistry.builtIn().read(data().resolve("opensignals/supine_1min.txt"));
        RecordingImport.Result result;
        try (StudyFolder study = StudyFolder.create(studyDir, "Import test")) {
            study.addParticipant(org.vagus.core.model.Participant.of("02"));
            result = RecordingImport.run(study, record, "opensignals-txt", request("02", "rest", null));
        }
        assertFalse(result.participantAdded());
        assertTrue(result.sessionAdded());
        PhysioReader.Result read = PhysioReader.read(result.physio());
        assertEquals(1000.0, read.sidecar().samplingFrequency().hertz());
        // CH1 and the digital input DI the reader returns after it (all 0 in this file)
        assertEquals(List.of("CH1", "DI"), read.sidecar().columns());
        assertEquals(60_000, read.sampleCount());
        assertArrayEquals(record.signal(0).samples(), read.record().signal(0).samples());
        JsonObject json = JsonParser.parseString(Files.readString(PhysioSidecar.sidecarOf(result.physio())))
                .getAsJsonObject();
        assertEquals("opensignals-txt", json.getAsJsonObject("VagusSource").get("Format").getAsString());
    }

    /**
     * Real ECG (mitdb 100, first 60 s) plus a synthetic trigger channel recorded on a clock that started 4.2 s
     * before the runner's zero and runs 50 ppm fast: pulses of 10 samples at 360 Hz at 4.2 + 1.00005 * onset.
     * Events at 1, 11, 21, 31 s (a response at 12 s gets no pulse). Expected aligned onsets from the same formula,
     * within a sample (the edge is interpolated midway into the first high sample: -0.5 sample = -1.4 ms, plus
     * up to one sample of rounding the pulse start); samples = round(onset * 360).
     */
    @Test
    void alignsTheSessionsEventsByTriggerPulses(@TempDir Path dir) throws IOException {
        Path studyDir = dir.resolve("study");
        Signal ecg = FormatRegistry.builtIn().read(data().resolve("mitdb/100.hea")).signal(0);
        int n = 360 * 60;
        double[] ecgPart = java.util.Arrays.copyOf(ecg.samples(), n);
        double[] trigger = new double[n];
        double[] onsets = {1, 11, 21, 31};
        for (double onset : onsets) {
            int start = (int) Math.round((4.2 + 1.00005 * onset) * 360);
            java.util.Arrays.fill(trigger, start, start + 10, 1);
        }
        SamplingRate rate = SamplingRate.ofHertz(360);
        SignalRecord record = new SignalRecord("synthetic", dir.resolve("x"), List.of(
                new Signal("ECG", ecg.unit(), rate, ecgPart), new Signal("I1", ecg.unit(), rate, trigger)));
        try (StudyFolder study = StudyFolder.create(studyDir, "Align test")) {
            study.addParticipant(new org.vagus.core.model.Participant("03", Map.of(),
                    List.of(org.vagus.core.model.Session.of("1"))));
        }
        Path events = studyDir.resolve("sub-03/ses-1/sub-03_ses-1_task-stroop_events.tsv");
        String original = "onset\tduration\tsample\ttrial_type\n1\t0.5\t1000\tfixation\n11\t1\t11000\titem\n"
                + "12\tn/a\t12000\tresponse\n21\t1\t21000\titem\n31\t0.5\t31000\tfeedback\n";
        Files.writeString(events, original);
        RecordingImport.Result result;
        try (StudyFolder study = StudyFolder.open(studyDir)) {
            result = RecordingImport.run(study, record, "test",
                    request("03", "stroop", RecordingImport.AlignmentRequest.parse("trigger:I1")));
        }
        Alignment a = result.alignment();
        assertEquals(4, a.matched());
        assertEquals(4, a.onsets());
        assertTrue(a.residualMaxMs() < 2.8, "within a sample at 360 Hz: " + a.residualMaxMs());
        List<Event> aligned = EventsTsv.read(events);
        double[] expected = {4.2 + 1.00005, 4.2 + 11 * 1.00005, 4.2 + 12 * 1.00005, 4.2 + 21 * 1.00005,
                4.2 + 31 * 1.00005};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], aligned.get(i).onset(), 1.0 / 360 + 1e-3, "event " + i);
            assertEquals(Math.round(aligned.get(i).onset() * 360), aligned.get(i).sample());
        }
        assertEquals(original, Files.readString(studyDir.resolve("sourcedata/sub-03/ses-1/sub-03_ses-1_task-stroop_events.tsv")));
        JsonObject json = JsonParser.parseString(Files.readString(PhysioSidecar.sidecarOf(result.physio())))
                .getAsJsonObject().getAsJsonObject("VagusAlignment");
        assertEquals("trigger", json.get("method").getAsString());
        assertEquals(4, json.get("matched").getAsInt());
        assertTrue(json.has("residual_rms_ms") && json.has("rate_ratio") && json.has("offset_s"));
    }

    /** clock:2 means the recording started 2 s after the runner's zero: onset 5 becomes 3, sample 3 * 360. */
    @Test
    void alignsByAStatedClockOffset(@TempDir Path dir) throws IOException {
        Path studyDir = dir.resolve("study");
        SignalRecord record = shortRecord(dir);
        try (StudyFolder study = StudyFolder.create(studyDir, "Clock test")) {
            study.addParticipant(new org.vagus.core.model.Participant("04", Map.of(),
                    List.of(org.vagus.core.model.Session.of("1"))));
        }
        Path events = studyDir.resolve("sub-04/ses-1/sub-04_ses-1_task-rest_events.tsv");
        Files.writeString(events, "onset\tduration\tsample\ttrial_type\n5\t1\t5000\titem\n");
        try (StudyFolder study = StudyFolder.open(studyDir)) {
            RecordingImport.run(study, record, "test", request("04", "rest", RecordingImport.AlignmentRequest.parse("clock:2")));
        }
        Event e = EventsTsv.read(events).get(0);
        assertEquals(3.0, e.onset(), 1e-9);
        assertEquals(1080, e.sample());
    }

    /** Failures before and after the temporary files are written leave every byte of the study as it was. */
    @Test
    void aFailedImportLeavesTheStudyByteIdentical(@TempDir Path dir) throws IOException {
        Path studyDir = dir.resolve("study");
        try (StudyFolder study = StudyFolder.create(studyDir, "Failure test")) {
            study.addParticipant(new org.vagus.core.model.Participant("05", Map.of(),
                    List.of(org.vagus.core.model.Session.of("1"))));
        }
        Path events = studyDir.resolve("sub-05/ses-1/sub-05_ses-1_task-rest_events.tsv");
        Files.writeString(events, "onset\tduration\tsample\ttrial_type\n1\t1\t1000\titem\n");
        Map<String, String> before = snapshot(studyDir);

        Path bad = dir.resolve("bad.edf");
        Files.writeString(bad, "0       this is not an EDF header");
        assertThrows(IOException.class, () -> FormatRegistry.builtIn().read(bad));

        SignalRecord record = shortRecord(dir);
        // an event at 1 s, the recording started 2 s later: it would fall before the recording (fails inside the
        // temporary import folder, which must vanish)
        try (StudyFolder study = StudyFolder.open(studyDir)) {
            FormatException e = assertThrows(FormatException.class, () -> RecordingImport.run(study, record, "test",
                    request("05", "rest", RecordingImport.AlignmentRequest.parse("clock:2"))));
            assertTrue(e.getMessage().contains("line 2"), e.getMessage());
            // a new participant with a missing trigger channel
            assertThrows(IllegalArgumentException.class, () -> RecordingImport.run(study, record, "test",
                    request("06", "rest", RecordingImport.AlignmentRequest.parse("trigger:I1"))));
        }
        assertEquals(before, snapshot(studyDir));
    }

    @Test
    void parsesAlignmentRequests() {
        assertEquals("I1", RecordingImport.AlignmentRequest.parse("trigger:I1").channel());
        assertEquals(-1.5, RecordingImport.AlignmentRequest.parse("clock:-1.5").recordingStartSeconds());
        assertThrows(IllegalArgumentException.class, () -> RecordingImport.AlignmentRequest.parse("clock:soon"));
        assertThrows(IllegalArgumentException.class, () -> RecordingImport.AlignmentRequest.parse("photo"));
        assertThrows(IllegalArgumentException.class, () -> request("Anna Smith", "rest", null));
    }

    /** 10 s of a 1 mV ramp at 360 Hz. */
    private static SignalRecord shortRecord(Path dir) {
        double[] x = new double[3600];
        for (int i = 0; i < x.length; i++) {
            x[i] = i / 3600.0;
        }
        return new SignalRecord("short", dir.resolve("short"), List.of(new Signal("ECG",
                org.vagus.core.units.Unit.MILLIVOLT, SamplingRate.ofHertz(360), x)));
    }

    /** Every file's relative path and content (Base64), and every folder. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.forEach(all::add);
        }
        for (Path p : all) {
            m.put(root.relativize(p).toString(), Files.isDirectory(p) ? "<dir>"
                    : java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
        }
        return m;
    }
}
