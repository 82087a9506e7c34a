package org.vagus.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.Scoring;
import org.vagus.instruments.TotalRule;
import org.vagus.instruments.phenotype.PhenotypeFiles;
import org.vagus.instruments.phenotype.SessionScore;
import org.vagus.study.StudyFormatException;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Scores per session in the BIDS phenotype/ folder: round trip, replacement, sidecar, and tampering found. */
class PhenotypeFilesTest {
    @TempDir
    Path study;

    private static final Instrument STAI = Answers.BUILT_IN.get("stai-y1");
    private static final Instrument SCS = Answers.BUILT_IN.get("scs-26");

    /** STAI-Y1 before the task: the hand-computed 62 of ScoringTest. */
    private static SessionScore pre() {
        return new SessionScore("01", "01", "pre", Scoring.score(STAI, Answers.list(3, 1, 2, 4, 1, 2, 3, 2, 4, 1, 1, 3,
                2, 4, 2, 1, 3, 3, 2, 4)));
    }

    /** STAI-Y1 after the task, all answers 1: 10 reverse items x 4 + 10 direct x 1 = 50. */
    private static SessionScore post() {
        return new SessionScore("01", "01", "post", Scoring.score(STAI, Answers.list(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
                1, 1, 1, 1, 1, 1, 1, 1)));
    }

    @Test
    void roundTripKeepsEveryScore() throws Exception {
        SessionScore scs = new SessionScore("02", "01", "intake", Scoring.score(SCS, Answers.list(1, 2, 3, 4, 5, 1, 2,
                3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1)));
        PhenotypeFiles.write(study, STAI, List.of(pre(), post()));
        PhenotypeFiles.write(study, SCS, List.of(scs));
        assertEquals(List.of(pre(), post()), PhenotypeFiles.read(study, STAI));
        assertEquals(List.of(scs), PhenotypeFiles.read(study, SCS));

        List<String> lines = Files.readAllLines(study.resolve("phenotype/stai-y1.tsv"));
        assertEquals("participant_id\tsession_id\ttimepoint\titem_1\titem_2\titem_3", lines.get(0).substring(0,
                "participant_id\tsession_id\ttimepoint\titem_1\titem_2\titem_3".length()));
        assertTrue(lines.get(0).endsWith("\titem_20\ttotal"), lines.get(0));
        assertEquals("sub-01\tses-01\tpre\t3\t1\t2\t4\t1\t2\t3\t2\t4\t1\t1\t3\t2\t4\t2\t1\t3\t3\t2\t4\t62",
                lines.get(1));
        assertEquals("sub-01\tses-01\tpost\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1\t50",
                lines.get(2));
        List<String> scsHeader = List.of(Files.readAllLines(study.resolve("phenotype/scs-26.tsv")).get(0).split("\t"));
        assertEquals(List.of("self_kindness", "self_judgment", "common_humanity", "isolation", "mindfulness",
                "over_identification", "total", "total_mean_of_subscale_means"), scsHeader.subList(29, 37));
        String scsRow = Files.readAllLines(study.resolve("phenotype/scs-26.tsv")).get(1);
        assertTrue(scsRow.endsWith("\t3\t4.6\t3.75\t2.25\t3\t3\t" + (86.0 / 26) + "\t" + (19.6 / 6)), scsRow);
        try (Stream<Path> files = Files.list(study.resolve("phenotype"))) {
            assertEquals(List.of("scs-26.json", "scs-26.tsv", "stai-y1.json", "stai-y1.tsv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void sidecarDescribesEveryColumn() throws Exception {
        Instrument hamd = Answers.BUILT_IN.get("hamd-17");
        PhenotypeFiles.write(study, hamd, List.of(new SessionScore("01", "01", "intake",
                Scoring.score(hamd, Answers.summingTo(hamd, 20)))));
        JsonObject sidecar = JsonParser.parseString(Files.readString(study.resolve("phenotype/hamd-17.json")))
                .getAsJsonObject();
        List<String> header = PhenotypeFiles.header(Answers.BUILT_IN.get("hamd-17"));
        for (String column : header) {
            assertTrue(sidecar.has(column), column);
        }
        assertTrue(sidecar.has("MeasurementToolMetadata"));
        assertEquals("total 17-23", sidecar.getAsJsonObject("band").getAsJsonObject("Levels").get("moderate")
                .getAsString());
        assertTrue(sidecar.getAsJsonObject("item_4").get("Description").getAsString().contains("0-2"));
        assertTrue(Files.readAllLines(study.resolve("phenotype/hamd-17.tsv")).get(1).endsWith("\t20\tmoderate"));
    }

    @Test
    void putReplacesTheSameAdministrationAndAppendsOthers() throws Exception {
        PhenotypeFiles.put(study, STAI, pre());
        PhenotypeFiles.put(study, STAI, post());
        SessionScore corrected = new SessionScore("01", "01", "pre", Scoring.score(STAI, Answers.list(2, 2, 2, 2, 2, 2,
                2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2)));
        PhenotypeFiles.put(study, STAI, corrected);
        List<SessionScore> rows = PhenotypeFiles.read(study, STAI);
        assertEquals(List.of(corrected, post()), rows);
        // all answers 2: reverse items 5 - 2 = 3 (x 10 = 30), direct items 2 (x 10 = 20): 50
        assertEquals(50.0, rows.get(0).score().total(), 0.0);
    }

    @Test
    void aScoreByAnotherRuleIsStoredWithEveryTotal() throws Exception {
        SessionScore neff = new SessionScore("03", "01", "intake", Scoring.score(SCS, Answers.list(1, 2, 3, 4, 5, 1, 2,
                3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1), TotalRule.MEAN_OF_SUBSCALE_MEANS));
        PhenotypeFiles.write(study, SCS, List.of(neff));
        SessionScore back = PhenotypeFiles.read(study, SCS).get(0);
        assertEquals(TotalRule.MEAN, back.score().rule(), "read back with the instrument's own rule");
        assertEquals(neff.score().totals(), back.score().totals());
    }

    @Test
    void handEditedScoresAreFound() throws Exception {
        PhenotypeFiles.write(study, STAI, List.of(pre(), post()));
        Path tsv = study.resolve("phenotype/stai-y1.tsv");
        List<String> lines = Files.readAllLines(tsv);
        Files.write(tsv, List.of(lines.get(0), lines.get(1), lines.get(2).replaceAll("\t50$", "\t52")));
        StudyFormatException e = assertThrows(StudyFormatException.class, () -> PhenotypeFiles.read(study, STAI));
        assertEquals("stai-y1.tsv line 3: column 'total' holds 52 but the STAI-Y1 answers give 50; the scores were"
                + " changed by hand or by another key", e.getMessage());
        Files.write(tsv, List.of(lines.get(0),
                lines.get(1).replace("sub-01\tses-01\tpre\t3", "sub-01\tses-01\tpre\t7")));
        assertEquals("stai-y1.tsv line 2: STAI-Y1 item 1 (anxiety absent): answer 7 is out of range; allowed 1-4",
                assertThrows(StudyFormatException.class, () -> PhenotypeFiles.read(study, STAI)).getMessage());
    }

    @Test
    void roundedScoresWrittenByOtherToolsAreAccepted() throws Exception {
        PhenotypeFiles.write(study, SCS, List.of(new SessionScore("02", "01", "intake", Scoring.score(SCS,
                Answers.list(1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1)))));
        Path tsv = study.resolve("phenotype/scs-26.tsv");
        List<String> lines = Files.readAllLines(tsv);
        // 86 / 26 = 3.3077 and 19.6 / 6 = 3.2667 to four places, as SPSS would export them
        String rounded = lines.get(1).replace("\t" + (86.0 / 26), "\t3.3077").replace("\t" + (19.6 / 6), "\t3.2667");
        Files.write(tsv, List.of(lines.get(0), rounded));
        assertEquals(86.0 / 26, PhenotypeFiles.read(study, SCS).get(0).score().total(), 1e-12);
        // 3.31 is 86 / 26 to two places, so it is accepted too; 3.32 is not, whatever the rounding
        Files.write(tsv, List.of(lines.get(0), rounded.replace("\t3.3077", "\t3.31")));
        assertEquals(1, PhenotypeFiles.read(study, SCS).size());
        Files.write(tsv, List.of(lines.get(0), rounded.replace("\t3.3077", "\t3.32")));
        assertTrue(assertThrows(StudyFormatException.class, () -> PhenotypeFiles.read(study, SCS)).getMessage()
                .contains("column 'total' holds 3.32 but the SCS-26 answers give 3.3076923076923075"));
    }

    @Test
    void wrongRowsAreRefusedBeforeWriting() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> PhenotypeFiles.write(study, STAI, List.of(pre(), pre())));
        assertThrows(IllegalArgumentException.class, () -> PhenotypeFiles.write(study, SCS, List.of(pre())));
        assertThrows(IllegalArgumentException.class, () -> new SessionScore("sub-01", "01", "pre", pre().score()));
        assertThrows(IllegalArgumentException.class, () -> new SessionScore("01", "01", "pre post", pre().score()));
        assertEquals(List.of(), PhenotypeFiles.read(study, STAI), "nothing written, nothing to read");
        Files.createDirectories(study.resolve("phenotype"));
        Files.writeString(study.resolve("phenotype/stai-y1.tsv"), "participant_id\tsession_id\ttotal\n");
        assertTrue(assertThrows(StudyFormatException.class, () -> PhenotypeFiles.read(study, STAI)).getMessage()
                .startsWith("stai-y1.tsv line 1: columns participant_id, session_id, total are not those of STAI-Y1"));
    }
}
