package org.vagus.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.VagusInfo;
import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.core.model.Study;
import org.vagus.study.StudyFolder;
import org.vagus.study.StudyFormatException;
import org.vagus.study.StudyVersionException;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class StudyFolderTest {
    @TempDir
    Path root;

    private static Participant participant(String label, String age, String sex) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("age", age);
        attributes.put("sex", sex);
        return new Participant(label, attributes, List.of());
    }

    private static JsonObject json(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    }

    @Test
    void createWritesBidsFilesAndVagusMetadata() throws IOException {
        Path dir = root.resolve("stress");
        try (StudyFolder folder = StudyFolder.create(dir, "Stress & HRV")) {
            assertEquals("stress", folder.study().id());
            assertEquals("Stress & HRV", folder.study().name());
            assertEquals(List.of("age", "sex", "group"), folder.participantColumns());
        }
        JsonObject description = json(dir.resolve("dataset_description.json"));
        assertEquals("Stress & HRV", description.get("Name").getAsString());
        assertEquals("1.10.0", description.get("BIDSVersion").getAsString());
        assertEquals("raw", description.get("DatasetType").getAsString());
        JsonObject generatedBy = description.getAsJsonArray("GeneratedBy").get(0).getAsJsonObject();
        assertEquals("Vagus", generatedBy.get("Name").getAsString());
        assertEquals(VagusInfo.VERSION, generatedBy.get("Version").getAsString());

        JsonObject study = json(dir.resolve(".vagus/study.json"));
        assertEquals(StudyFolder.FORMAT_VERSION, study.get("formatVersion").getAsInt());
        assertEquals("Vagus " + VagusInfo.VERSION, study.get("createdBy").getAsString());

        assertEquals("participant_id\tage\tsex\tgroup\n", Files.readString(dir.resolve("participants.tsv")));
        JsonObject columns = json(dir.resolve("participants.json"));
        assertTrue(columns.has("participant_id"));
        assertEquals("year", columns.getAsJsonObject("age").get("Units").getAsString());
        assertEquals("female", columns.getAsJsonObject("sex").getAsJsonObject("Levels").get("F").getAsString());
        assertTrue(columns.has("group"));
        assertTrue(Files.readString(dir.resolve("README.md")).contains("never names"));
    }

    @Test
    void roundTripParticipantsSessionsAndUpdates() throws IOException {
        Path dir = root.resolve("study");
        LocalDateTime t = LocalDateTime.of(2025, 3, 1, 9, 30);
        try (StudyFolder folder = StudyFolder.create(dir, "Round trip")) {
            folder.addParticipant(participant("01", "34", "F"));
            folder.addParticipant(participant("02", "29", "M").withAttribute("scs", "3.1")
                    .withSession(Session.of("pre")));
            folder.addSession("01", new Session("01", t));
            folder.addSession("01", Session.of("02"));
            folder.updateParticipants(p -> p.withAttribute("group", p.label().equals("01") ? "High" : "Low"));
            folder.updateParticipant(folder.study().participant("02").orElseThrow().withAttribute("age", null));
            assertTrue(Files.isDirectory(folder.sessionDirectory("01", "01")));
            assertTrue(Files.isDirectory(dir.resolve("sub-02/ses-pre")));
            assertThrows(IllegalArgumentException.class, () -> folder.addParticipant(Participant.of("01")));
            assertThrows(IllegalArgumentException.class, () -> folder.addSession("01", Session.of("02")));
            assertThrows(IllegalArgumentException.class, () -> folder.addSession("99", Session.of("01")));
            assertThrows(IllegalArgumentException.class,
                    () -> folder.updateParticipants(p -> p.withSession(Session.of("x"))));
        }
        assertEquals("participant_id\tage\tsex\tgroup\tscs\n"
                + "sub-01\t34\tF\tHigh\tn/a\n"
                + "sub-02\tn/a\tM\tLow\t3.1\n", Files.readString(dir.resolve("participants.tsv")));
        assertEquals("session_id\tacq_time\nses-01\t2025-03-01T09:30:00\nses-02\tn/a\n",
                Files.readString(dir.resolve("sub-01/sub-01_sessions.tsv")));
        assertTrue(json(dir.resolve("participants.json")).has("scs"));

        try (StudyFolder read = StudyFolder.openReadOnly(dir)) {
            Study study = read.study();
            assertTrue(read.isReadOnly());
            assertFalse(read.isPlainBids());
            assertFalse(read.needsMigration());
            assertEquals(List.of("01", "02"), study.participants().stream().map(Participant::label).toList());
            Participant p1 = study.participant("01").orElseThrow();
            assertEquals(Map.of("age", "34", "sex", "F", "group", "High"), p1.attributes());
            assertEquals(List.of(new Session("01", t), Session.of("02")), p1.sessions());
            Participant p2 = study.participant("02").orElseThrow();
            assertTrue(p2.attribute("age").isEmpty());
            assertEquals(List.of(Session.of("pre")), p2.sessions());
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> read.addParticipant(Participant.of("03")));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        }
    }

    @Test
    void sessionsTsvKeepsExtraColumnsAndFolderOnlySessionsAreRead() throws IOException {
        Path dir = root.resolve("extra");
        try (StudyFolder folder = StudyFolder.create(dir, "Extra")) {
            folder.addParticipant(Participant.of("01").withSession(Session.of("01")));
        }
        Files.writeString(dir.resolve("sub-01/sub-01_sessions.tsv"), "session_id\tacq_time\troom\nses-01\tn/a\tlab2\n");
        Files.createDirectories(dir.resolve("sub-01/ses-late"));
        try (StudyFolder folder = StudyFolder.open(dir)) {
            assertEquals(List.of("01", "late"), folder.study().participant("01").orElseThrow().sessions().stream()
                    .map(Session::label).toList());
            folder.addSession("01", Session.of("03"));
        }
        assertEquals("session_id\tacq_time\troom\nses-01\tn/a\tlab2\nses-late\tn/a\tn/a\nses-03\tn/a\tn/a\n",
                Files.readString(dir.resolve("sub-01/sub-01_sessions.tsv")));
    }

    @Test
    void createRefusesNonEmptyFolderAndIdentifyingColumns() throws IOException {
        Files.writeString(root.resolve("something.txt"), "x");
        IOException e = assertThrows(IOException.class, () -> StudyFolder.create(root, "S"));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        for (String column : List.of("name", "First_Name", "last-name", "EMAIL", "phone", "Address", "birth_date", "DOB")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> StudyFolder.create(root.resolve("s-" + column), "S", List.of("age", column)));
            assertTrue(refused.getMessage().contains("'" + column + "' is refused"), refused.getMessage());
            assertTrue(refused.getMessage().contains("outside the study folder"), refused.getMessage());
            assertFalse(Files.exists(root.resolve("s-" + column)));
        }
    }

    @Test
    void identifyingAttributeAndTabbedValueAreRefusedWithoutChangingFiles() throws IOException {
        Path dir = root.resolve("s");
        try (StudyFolder folder = StudyFolder.create(dir, "S")) {
            folder.addParticipant(participant("01", "30", "F"));
            String before = Files.readString(dir.resolve("participants.tsv"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> folder.addParticipant(Participant.of("02").withAttribute("Email", "a@b.c")));
            assertTrue(e.getMessage().contains("health data"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> folder.addParticipant(Participant.of("02").withAttribute("note", "a\tb")));
            assertTrue(e.getMessage().contains("tab"), e.getMessage());
            assertEquals(before, Files.readString(dir.resolve("participants.tsv")));
            assertEquals(1, folder.study().participants().size());
            assertFalse(Files.exists(dir.resolve("sub-02")));
        }
    }

    @Test
    void newerFormatVersionIsRefused() throws IOException {
        Path dir = root.resolve("future");
        StudyFolder.create(dir, "Future").close();
        Files.writeString(dir.resolve(".vagus/study.json"), "{\"formatVersion\": 3, \"createdBy\": \"Vagus 9.0.0\"}");
        for (boolean readOnly : new boolean[] { true, false }) {
            StudyVersionException e = assertThrows(StudyVersionException.class,
                    () -> (readOnly ? StudyFolder.openReadOnly(dir) : StudyFolder.open(dir)).close());
            assertEquals("study " + dir.toAbsolutePath().normalize() + " has format version 3; this Vagus reads up to "
                    + StudyFolder.FORMAT_VERSION + ": update Vagus", e.getMessage());
            assertEquals(3, e.found());
        }
        Files.writeString(dir.resolve(".vagus/study.json"), "{\"formatVersion\": \"one\"}");
        StudyFormatException e = assertThrows(StudyFormatException.class, () -> StudyFolder.openReadOnly(dir));
        assertTrue(e.getMessage().startsWith("study.json: \"formatVersion\""), e.getMessage());
    }

    @Test
    void plainBidsDatasetOpensReadOnly() throws IOException {
        Path dir = root.resolve("bids");
        Files.createDirectories(dir.resolve("sub-02/ses-01"));
        Files.writeString(dir.resolve("dataset_description.json"), "{\"Name\": \"Public\", \"BIDSVersion\": \"1.8.0\"}");
        Files.writeString(dir.resolve("participants.tsv"), "participant_id\tage\nsub-01\t20\n");
        try (StudyFolder folder = StudyFolder.openReadOnly(dir)) {
            assertTrue(folder.isPlainBids());
            assertEquals(0, folder.formatVersion());
            assertEquals("Public", folder.study().name());
            assertEquals(List.of("01", "02"), folder.study().participants().stream().map(Participant::label).toList());
            assertEquals(List.of(Session.of("01")), folder.study().participant("02").orElseThrow().sessions());
        }
        StudyFormatException e = assertThrows(StudyFormatException.class, () -> StudyFolder.open(dir));
        assertTrue(e.getMessage().contains("plain BIDS dataset") && e.getMessage().contains("read-only"), e.getMessage());
        assertFalse(Files.exists(dir.resolve(".vagus")), "a plain dataset must not be written to");
    }

    @Test
    void folderWithoutDatasetDescriptionIsNotAStudy() throws IOException {
        StudyFormatException e = assertThrows(StudyFormatException.class, () -> StudyFolder.openReadOnly(root));
        assertTrue(e.getMessage().startsWith("dataset_description.json: missing"), e.getMessage());
    }
}
