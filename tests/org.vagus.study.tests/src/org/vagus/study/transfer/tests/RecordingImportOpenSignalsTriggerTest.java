package org.vagus.study.transfer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.model.Event;
import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.io.FormatRegistry;
import org.vagus.io.SignalRecord;
import org.vagus.io.bids.EventsTsv;
import org.vagus.io.bids.PhysioReader;
import org.vagus.study.StudyFolder;
import org.vagus.study.transfer.Alignment;
import org.vagus.study.transfer.PulseAlignment;
import org.vagus.study.transfer.RecordingImport;

/**
 * {@code vagus import FILE --align trigger:I1} for an OpenSignals text file: the BITalino's digital input I1,
 * wired to the runner's pulse output, aligns the runner's events with a recording made on another computer.
 */
class RecordingImportOpenSignalsTriggerTest {
    private static final double RATE = 1000;
    /** The recording's clock: it started 3.7 s before the runner's zero and runs 40 ppm fast. */
    private static final double OFFSET_S = 3.7;
    private static final double CLOCK_RATIO = 1.00004;

    /**
     * A synthetic BITalino file of 40 s at 1000 Hz: A2 a slow ramp of ADC codes, I1 a pulse of 20 samples
     * starting at round((3.7 + 1.00004 * onset) * 1000) for each pulsed onset (2, 9.5, 17, 25.25, 33 s; the
     * response at 10.2 s gets none), I2 idle high, O1 and O2 low. Expected aligned onsets: the same formula for
     * every event (responses included); the detected edge lies half a sample before the pulse's first sample, and
     * rounding the start moves it up to half a sample more, so the tolerance is one sample plus rounding.
     */
    @Test
    void alignsByTheDigitalInputI1(@TempDir Path dir) throws IOException {
        double[] pulsed = {2, 9.5, 17, 25.25, 33};
        int n = (int) (40 * RATE);
        int[] i1 = new int[n];
        for (double onset : pulsed) {
            int start = (int) Math.round((OFFSET_S + CLOCK_RATIO * onset) * RATE);
            java.util.Arrays.fill(i1, start, start + 20, 1);
        }
        StringBuilder b = new StringBuilder("# OpenSignals Text File Format. Version 1\n# {\"20:16:02:26:60:88\":"
                + " {\"sensor\": [\"ECG\"], \"column\": [\"nSeq\", \"I1\", \"I2\", \"O1\", \"O2\", \"A2\"],"
                + " \"channels\": [2], \"device\": \"bitalino\", \"sampling rate\": 1000, \"label\": [\"A2\"],"
                + " \"resolution\": [4, 1, 1, 1, 1, 10], \"digital IO\": [0, 0, 1, 1]}}\n# EndOfHeader\n");
        for (int i = 0; i < n; i++) {
            b.append(i % 16).append('\t').append(i1[i]).append("\t1\t0\t0\t").append(400 + i % 200).append("\t\n");
        }
        Path file = dir.resolve("opensignals_20160611.txt");
        Files.writeString(file, b);
        SignalRecord record = FormatRegistry.builtIn().read(file);

        Path studyDir = dir.resolve("study");
        try (StudyFolder study = StudyFolder.create(studyDir, "OpenSignals trigger test")) {
            study.addParticipant(new Participant("08", Map.of(), List.of(Session.of("1"))));
        }
        Path events = studyDir.resolve("sub-08/ses-1/sub-08_ses-1_task-stroop_events.tsv");
        Files.writeString(events, "onset\tduration\tsample\ttrial_type\n2\t0.5\t2000\tfixation\n9.5\t1\t9500\titem\n"
                + "10.2\tn/a\t10200\tresponse\n17\t1\t17000\titem\n25.25\t1\t25250\titem\n33\t0.5\t33000\tfeedback\n");
        RecordingImport.Result result;
        try (StudyFolder study = StudyFolder.open(studyDir)) {
            // only the ECG is imported; the trigger channel is read from the recording all the same
            result = RecordingImport.run(study, record, "opensignals-txt", new RecordingImport.Request("08", "1",
                    "stroop", List.of("A2"), RecordingImport.AlignmentRequest.parse("trigger:I1"),
                    PulseAlignment.DEFAULT_TOLERANCE_S));
        }
        Alignment a = result.alignment();
        assertEquals(Alignment.TRIGGER, a.method());
        assertEquals(5, a.onsets());
        assertEquals(5, a.matched(), "every pulsed onset has its I1 pulse");
        assertTrue(a.residualMaxMs() < 1.0, "within a sample at 1000 Hz: " + a.residualMaxMs());
        double[] all = {2, 9.5, 10.2, 17, 25.25, 33};
        List<Event> aligned = EventsTsv.read(events);
        assertEquals(all.length, aligned.size());
        for (int i = 0; i < all.length; i++) {
            assertEquals(OFFSET_S + CLOCK_RATIO * all[i], aligned.get(i).onset(), 1.5 / RATE, "event " + i);
        }
        assertEquals(List.of("A2"), PhysioReader.read(result.physio()).sidecar().columns());
    }
}
