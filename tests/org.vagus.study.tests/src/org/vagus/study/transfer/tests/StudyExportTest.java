package org.vagus.study.transfer.tests;

import org.vagus.study.transfer.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.vagus.core.model.Session;
import org.vagus.study.StudyFolder;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class StudyExportTest {

    /**
     * A study with identifying participant columns written by another tool (Name and initials by the built-in
     * list, code_word marked "VagusIdentifying" in participants.json), a session date, a sidecar start date-time
     * and a provenance file with an absolute path under a user's home folder.
     */
    private static Path study(Path dir) throws IOException {
        Path s = dir.resolve("study");
        try (StudyFolder f = StudyFolder.create(s, "Export test")) {
            f.addParticipant(new Participant("01", Map.of("age", "34", "sex", "F", "group", "High"),
                    List.of(new Session("1", LocalDateTime.of(2024, 3, 5, 10, 15)))));
            f.addParticipant(new Participant("02", Map.of("age", "29", "sex", "M", "group", "Low"), List.of()));
        }
        Files.writeString(s.resolve("participants.tsv"), "participant_id\tage\tsex\tgroup\tName\tinitials\tcode_word\n"
                + "sub-01\t34\tF\tHigh\tAnna Berg\tAB\tswan\nsub-02\t29\tM\tLow\tCarl Dahl\tCD\toak\n");
        JsonObject pj = JsonParser.parseString(Files.readString(s.resolve("participants.json"))).getAsJsonObject();
        JsonObject code = new JsonObject();
        code.addProperty("Description", "a word the participant chose");
        code.addProperty("VagusIdentifying", true);
        pj.add("code_word", code);
        Files.writeString(s.resolve("participants.json"), pj.toString());
        Files.writeString(s.resolve("sub-01/ses-1/sub-01_ses-1_task-rest_physio.json"),
                "{\"SamplingFrequency\": 1000, \"Columns\": [\"ECG\"], \"VagusStartDateTime\": \"2024-03-05T09:15:02Z\"}");
        Files.write(s.resolve("sub-01/ses-1/sub-01_ses-1_task-rest_physio.tsv.gz"), new byte[] {31, -117, 8, 0, 1, 2});
        Files.createDirectories(s.resolve("derivatives/vagus"));
        Files.writeString(s.resolve("derivatives/vagus/provenance.json"), "{\"recipe\": \"/home/anna/recipes/seed.json\","
                + " \"inputs\": [{\"path\": \"sub-01/ses-1/x.tsv.gz\", \"sha256\": \"abc123\"}]}");
        return s;
    }

    @Test
    void removesIdentifyingColumnsDatesAndUserPathsAndKeepsTheRest(@TempDir Path dir) throws IOException {
        Path s = study(dir);
        Path out = dir.resolve("shared");
        List<String> removed = StudyExport.run(s, out, false);

        assertEquals("participant_id\tage\tsex\tgroup\nsub-01\t34\tF\tHigh\nsub-02\t29\tM\tLow\n",
                Files.readString(out.resolve("participants.tsv")));
        assertTrue(removed.containsAll(List.of("participants.tsv: column Name", "participants.tsv: column initials",
                "participants.tsv: column code_word")), removed.toString());
        assertFalse(Files.readString(out.resolve("participants.json")).contains("code_word"));
        String sessions = Files.readString(out.resolve("sub-01/sub-01_sessions.tsv"));
        assertFalse(sessions.contains("2024"), sessions);
        assertTrue(sessions.contains("ses-1\tn/a"), sessions);
        JsonObject sidecar = JsonParser.parseString(Files.readString(
                out.resolve("sub-01/ses-1/sub-01_ses-1_task-rest_physio.json"))).getAsJsonObject();
        assertFalse(sidecar.has("VagusStartDateTime"));
        assertEquals(1000, sidecar.get("SamplingFrequency").getAsInt());
        JsonObject provenance = JsonParser.parseString(Files.readString(out.resolve("derivatives/vagus/provenance.json")))
                .getAsJsonObject();
        assertEquals("seed.json", provenance.get("recipe").getAsString());
        assertEquals("abc123", provenance.getAsJsonArray("inputs").get(0).getAsJsonObject().get("sha256").getAsString());
        for (String same : List.of("dataset_description.json", "README.md", ".vagus/study.json",
                "sub-01/ses-1/sub-01_ses-1_task-rest_physio.tsv.gz")) {
            assertArrayEquals(Files.readAllBytes(s.resolve(same)), Files.readAllBytes(out.resolve(same)), same);
        }
        assertFalse(Files.exists(out.resolve(".vagus/lock")));
        assertTrue(Files.exists(s.resolve(".vagus/lock")), "the study's own lock file stays");
    }

    @Test
    void identifyingCopiesAsIs(@TempDir Path dir) throws IOException {
        Path s = study(dir);
        Path out = dir.resolve("full");
        assertEquals(List.of(), StudyExport.run(s, out, true));
        for (String same : List.of("participants.tsv", "participants.json", "sub-01/sub-01_sessions.tsv",
                "derivatives/vagus/provenance.json")) {
            assertArrayEquals(Files.readAllBytes(s.resolve(same)), Files.readAllBytes(out.resolve(same)), same);
        }
    }

    @Test
    void refusesAFolderInsideTheStudyOrNotEmpty(@TempDir Path dir) throws IOException {
        Path s = study(dir);
        assertThrows(IllegalArgumentException.class, () -> StudyExport.run(s, s.resolve("derivatives/export"), false));
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("x"), "x");
        assertThrows(IllegalArgumentException.class, () -> StudyExport.run(s, full, false));
        assertFalse(Files.exists(s.resolve("derivatives/export")));
    }
}
