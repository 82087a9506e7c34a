package org.vagus.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.study.StudyFolder;
import org.vagus.study.StudyFormatException;
import org.vagus.study.StudyLockedException;

/** Hand-edited files with mistakes: every error names the file, the line and what was expected. */
class MalformedStudyTest {
    @TempDir
    Path root;
    Path dir;

    @BeforeEach
    void createStudy() throws IOException {
        dir = root.resolve("study");
        StudyFolder.create(dir, "Malformed").close();
    }

    private StudyFormatException participantsError(String content) throws IOException {
        Files.writeString(dir.resolve("participants.tsv"), content);
        StudyFormatException e = assertThrows(StudyFormatException.class, () -> StudyFolder.openReadOnly(dir));
        assertEquals("participants.tsv", e.file().getFileName().toString());
        return e;
    }

    @Test
    void rowWithTooFewCells() throws IOException {
        StudyFormatException e = participantsError("participant_id\tage\tsex\tgroup\tscs\n"
                + "sub-01\t34\tF\tHigh\t3.2\n"
                + "sub-02\t29\tM\tLow\t2.1\n"
                + "sub-03\t41\tF\n");
        assertEquals("participants.tsv line 4: 3 cells, expected 5 (participant_id, age, sex, group, scs)", e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void duplicateParticipant() throws IOException {
        StudyFormatException e = participantsError("participant_id\tage\nsub-01\t34\nsub-02\t29\nsub-01\t30\n");
        assertEquals("participants.tsv line 4: participant_id 'sub-01' appears twice (first on line 2)", e.getMessage());
    }

    @Test
    void participantWithoutPrefix() throws IOException {
        StudyFormatException e = participantsError("participant_id\tage\n01\t34\n");
        assertTrue(e.getMessage().startsWith("participants.tsv line 2: participant_id '01' lacks the 'sub-' prefix"),
                e.getMessage());
    }

    @Test
    void participantWithBadLabel() throws IOException {
        StudyFormatException e = participantsError("participant_id\tage\nsub-0_1\t34\n");
        assertTrue(e.getMessage().startsWith("participants.tsv line 2: participant_id 'sub-0_1'"), e.getMessage());
    }

    @Test
    void firstColumnMustBeParticipantId() throws IOException {
        StudyFormatException e = participantsError("age\tparticipant_id\n34\tsub-01\n");
        assertEquals("participants.tsv line 1: first column is 'age', expected participant_id", e.getMessage());
    }

    @Test
    void emptyCell() throws IOException {
        StudyFormatException e = participantsError("participant_id\tage\tsex\nsub-01\t\tF\n");
        assertEquals("participants.tsv line 2: column 'age' is empty; write n/a for a missing value", e.getMessage());
    }

    @Test
    void identifyingColumnBlocksWritingButNotReading() throws IOException {
        Files.writeString(dir.resolve("participants.tsv"), "participant_id\tname\nsub-01\tn/a\n");
        StudyFolder.openReadOnly(dir).close();
        StudyFormatException e = assertThrows(StudyFormatException.class, () -> StudyFolder.open(dir));
        assertTrue(e.getMessage().startsWith("participants.tsv line 1: column 'name' is refused"),
                e.getMessage());
        StudyFolder.openReadOnly(dir).close();
        Files.writeString(dir.resolve("participants.tsv"), "participant_id\tage\n");
        StudyFolder.open(dir).close();
    }

    @Test
    void badSessionsFile() throws IOException {
        Files.createDirectories(dir.resolve("sub-01"));
        Path sessions = dir.resolve("sub-01/sub-01_sessions.tsv");
        Files.writeString(sessions, "session_id\tacq_time\nses-01\t01.03.2025 09:30\n");
        StudyFormatException e = assertThrows(StudyFormatException.class, () -> StudyFolder.openReadOnly(dir));
        assertTrue(e.getMessage().startsWith("sub-01_sessions.tsv line 2: acq_time '01.03.2025 09:30' is not a date"),
                e.getMessage());
        Files.writeString(sessions, "acq_time\n2025-03-01T09:30:00\n");
        e = assertThrows(StudyFormatException.class, () -> StudyFolder.openReadOnly(dir));
        assertTrue(e.getMessage().startsWith("sub-01_sessions.tsv line 1: no session_id column"), e.getMessage());
        Files.writeString(sessions, "session_id\tacq_time\nses-01\t2025-03-01T09:30:00.5Z\n");
        assertEquals("2025-03-01T09:30:00.500",
                StudyFolder.openReadOnly(dir).study().participant("01").orElseThrow().sessions().get(0)
                        .acquisitionTime().toString());
    }

    @Test
    void failedOpenForWritingReleasesTheLock() throws IOException {
        Files.writeString(dir.resolve("participants.tsv"), "participant_id\nsub-01\nsub-01\n");
        assertThrows(StudyFormatException.class, () -> StudyFolder.open(dir));
        Files.writeString(dir.resolve("participants.tsv"), "participant_id\nsub-01\n");
        try (StudyFolder folder = StudyFolder.open(dir)) {
            assertEquals(1, folder.study().participants().size());
        } catch (StudyLockedException e) {
            throw new AssertionError("a failed open left the study locked", e);
        }
    }
}
