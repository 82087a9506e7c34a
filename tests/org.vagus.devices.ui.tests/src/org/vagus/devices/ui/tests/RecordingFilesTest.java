package org.vagus.devices.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.model.Participant;
import org.vagus.devices.ui.model.RecordingFiles;
import org.vagus.study.StudyFolder;

/** Recording names, as {@code vagus record} gives them. */
class RecordingFilesTest {

    @Test
    void aPlainFolderGetsTheSensorAndTheTimeAndACounterWhenTaken(@TempDir Path dir) throws IOException {
        LocalDateTime t = LocalDateTime.of(2026, 11, 26, 14, 5, 9);
        Path first = RecordingFiles.plainFile(dir, "simulated", t);
        assertEquals(dir.resolve("simulated_20261126T140509_physio.tsv.gz"), first);
        Files.createFile(first);
        assertEquals(dir.resolve("simulated_20261126T140509_2_physio.tsv.gz"),
                RecordingFiles.plainFile(dir, "simulated", t));
    }

    @Test
    void aStudyRecordingGoesIntoTheSessionsBehFolderAndAddsTheSession(@TempDir Path dir) throws IOException {
        try (StudyFolder study = StudyFolder.create(dir.resolve("study"), "UI test study")) {
            study.addParticipant(new Participant("01", Map.of(), List.of()));
            Path file = RecordingFiles.studyFile(study, "01", "02", "rest");
            assertEquals(dir.resolve("study/sub-01/ses-02/beh/sub-01_ses-02_task-rest_physio.tsv.gz"), file);
            assertTrue(Files.isDirectory(file.getParent()));
            assertTrue(study.study().participant("01").orElseThrow().session("02").isPresent());
            Files.createFile(file);
            assertEquals(file.resolveSibling("sub-01_ses-02_task-rest_run-2_physio.tsv.gz"),
                    RecordingFiles.studyFile(study, "01", "02", "rest"));
            IOException e = assertThrows(IOException.class, () -> RecordingFiles.studyFile(study, "07", "01", "rest"));
            assertTrue(e.getMessage().startsWith("no participant sub-07 in study"), e.getMessage());
            assertTrue(e.getMessage().endsWith("participants: sub-01"), e.getMessage());
        }
    }

    @Test
    void labelsLoseTheirPrefixAndMustBeLettersAndDigits() {
        assertEquals("01", RecordingFiles.label("participant", "sub-01", "sub-"));
        assertEquals("A1", RecordingFiles.label("session", " A1 ", "ses-"));
        assertThrows(IllegalArgumentException.class, () -> RecordingFiles.label("task", "a_b", "task-"));
        assertThrows(IllegalArgumentException.class, () -> RecordingFiles.label("task", "", "task-"));
    }
}
