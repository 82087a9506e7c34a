package org.vagus.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.analysis.internal.StudyInputs;
import org.vagus.analysis.internal.StudyInputs.RecordingInput;

/** Where the engine looks for a participant's recordings, events and manual edits. */
class StudyInputsTest {

    static Path touch(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        return file;
    }

    @Test
    void recordingsWithTheirEventsAndEdits(@TempDir Path dir) throws Exception {
        Path sub = dir.resolve("sub-01");
        Path a = touch(sub.resolve("ses-02/sub-01_ses-02_task-stress_physio.tsv.gz"));
        touch(sub.resolve("ses-02/sub-01_ses-02_task-stress_events.tsv"));
        touch(sub.resolve("ses-02/sub-01_ses-02_task-stress_beatedits.tsv"));
        Path b = touch(sub.resolve("ses-01/beh/sub-01_ses-01_task-stress_recording-ecg_physio.tsv.gz"));
        touch(sub.resolve("ses-01/beh/sub-01_ses-01_task-stress_events.tsv"));
        Path c = touch(sub.resolve("ses-01/sub-01_ses-01_task-rest_physio.tsv.gz"));
        touch(sub.resolve("ses-01/sub-01_ses-01_task-rest_physio.json"));
        List<RecordingInput> all = StudyInputs.recordings(sub, null);
        assertEquals(List.of(b, c, a), all.stream().map(RecordingInput::physio).toList(), "in path order");
        assertEquals(sub.resolve("ses-01/beh/sub-01_ses-01_task-stress_events.tsv"), all.get(0).events(),
                "the run's events serve its recording-ecg physio file");
        assertNull(all.get(0).beatEdits());
        assertNull(all.get(1).events());
        assertEquals(sub.resolve("ses-02/sub-01_ses-02_task-stress_beatedits.tsv"), all.get(2).beatEdits());
        assertEquals(List.of(b, a), StudyInputs.recordings(sub, "stress").stream().map(RecordingInput::physio)
                .toList());
        assertEquals("sub-01/ses-01/beh/sub-01_ses-01_task-stress_recording-ecg_physio.tsv.gz",
                StudyInputs.relative(dir, b));
    }

    @Test
    void participantsWithoutSessionsOrFolders(@TempDir Path dir) throws Exception {
        Path p = touch(dir.resolve("sub-02/sub-02_task-stress_physio.tsv.gz"));
        assertEquals(List.of(p), StudyInputs.recordings(dir.resolve("sub-02"), null).stream()
                .map(RecordingInput::physio).toList());
        assertEquals(List.of(), StudyInputs.recordings(dir.resolve("sub-03"), null));
    }
}
