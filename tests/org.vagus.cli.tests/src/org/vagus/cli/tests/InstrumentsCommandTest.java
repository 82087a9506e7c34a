package org.vagus.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.internal.InstrumentsCommand;

/** {@code vagus instruments}; expected scores computed by hand (the arithmetic is in each comment). */
class InstrumentsCommandTest {
    /** SCS-26 answers 1, 2, 3, 4, 5 repeating: see the hand computation in {@link #scoresScsWithBothTotals()}. */
    private static final String SCS_ANSWERS = "1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,1";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private CommandContext ctx;

    @BeforeEach
    void context() {
        ctx = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, null, Map.of());
    }

    private int run(String... args) throws Exception {
        return new InstrumentsCommand().run(ctx, List.of(args));
    }

    private List<String> lines() {
        return List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
    }

    @Test
    void listsTheBuiltInInstruments() throws Exception {
        assertEquals(0, run("list"));
        List<String> lines = lines();
        assertEquals("id\tabbreviation\titems\trespondent\ttotal\tname", lines.get(0));
        assertEquals(List.of("scs-26", "stai-y1", "perceived-stress", "hama-14", "hamd-17"),
                lines.subList(1, lines.size()).stream().map(l -> l.split("\t")[0]).toList());
        assertTrue(lines.get(1).contains("\t26\tself-report\tmean, mean-of-subscale-means\t"), lines.get(1));
        assertTrue(lines.get(5).contains("\t17\tclinician\tsum\t"), lines.get(5));
    }

    @Test
    void showsTheScoringKeyWithoutItemTexts() throws Exception {
        assertEquals(0, run("show", "HAMD-17"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("HAMD-17: Hamilton Depression Rating Scale, 17 items\n"), text);
        assertTrue(text.contains("\n    4  insomnia early             0-2\n"), text);
        assertTrue(text.contains("\n    1  depressed mood             0-4\n"), text);
        assertTrue(text.contains("texts       none loaded"), text);
        assertTrue(text.contains("bands       none (0-7), mild (8-16), moderate (17-23), severe (24-52)"), text);
        assertTrue(text.contains("total       sum of the 17 item scores (rule sum), 0-52"), text);
    }

    @Test
    void showMergesATextsFile() throws Exception {
        // placeholder texts written for the test, not the items of the STAI
        Files.writeString(dir.resolve("stai.en.json"), """
                {"format": 1, "instrument": "stai-y1", "language": "en", "items": {"1": "Placeholder item one."}}
                """);
        assertEquals(0, run("show", "stai-y1", "--texts", "stai.en.json"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("texts       en from stai.en.json (1 of 20 items)"), text);
        assertTrue(text.contains("reverse-keyed (5 - x)  \"Placeholder item one.\""), text);
    }

    /**
     * Subscale means: Self-Kindness (5 + 2 + 4 + 3 + 1) / 5 = 3; Self-Judgment reversed (5 + 3 + 5 + 5 + 5) / 5 =
     * 4.6; Common Humanity (3 + 2 + 5 + 5) / 4 = 3.75; Isolation reversed (2 + 3 + 3 + 1) / 4 = 2.25; Mindfulness
     * (4 + 4 + 2 + 2) / 4 = 3; Over-identification reversed (4 + 5 + 1 + 2) / 4 = 3. Total mean 86 / 26 = 3.3077;
     * mean of the subscale means 19.6 / 6 = 3.2667.
     */
    @Test
    void scoresScsWithBothTotals() throws Exception {
        assertEquals(0, run("score", "scs-26", "--answers", SCS_ANSWERS));
        List<String> lines = lines();
        assertEquals("SCS-26 (Neff 2003)", lines.get(0));
        assertEquals("item  answer  score", lines.get(1));
        assertEquals("   1       1      5  reversed (6 - x)", lines.get(2));
        assertEquals("   3       3      3", lines.get(4));
        assertTrue(lines.contains("subscale  self_judgment        4.6000  (mean)"), lines.toString());
        assertTrue(lines.contains("subscale  isolation            2.2500  (mean)"), lines.toString());
        assertTrue(lines.contains("total     3.3077  (mean of the 26 item scores after reverse keying; rule mean)"),
                lines.toString());
        assertTrue(lines.contains("also      3.2667  (mean of the 6 subscale means; rule mean-of-subscale-means)"),
                lines.toString());
    }

    @Test
    void neffsRuleOnRequestAndTsvAtFullPrecision() throws Exception {
        assertEquals(0, run("score", "scs-26", "--answers", SCS_ANSWERS, "--total", "mean-of-subscale-means",
                "--tsv"));
        List<String> lines = lines();
        assertEquals("measure\tvalue", lines.get(0));
        assertEquals("item_1\t1", lines.get(1));
        assertTrue(lines.contains("self_judgment\t4.6"), lines.toString());
        assertTrue(lines.contains("total\t" + (19.6 / 6)), lines.toString());
        assertTrue(lines.contains("total_rule\tmean-of-subscale-means"), lines.toString());
        assertTrue(lines.contains("total_mean\t" + (86.0 / 26)), lines.toString());
    }

    /** HAMA: 2+3+1+2+1+0+2+1+1+0+2+1+2+3 = 21, in 15-23: moderate. */
    @Test
    void scoresAClinicianScaleWithItsBand() throws Exception {
        assertEquals(0, run("score", "hama-14", "--answers", "2,3,1,2,1,0,2,1,1,0,2,1,2,3"));
        List<String> lines = lines();
        assertTrue(lines.contains("total     21  (sum of the 14 item scores; rule sum)"), lines.toString());
        assertEquals("band      moderate (15-23)", lines.get(lines.size() - 1));
    }

    @Test
    void refusesOutOfRangeAndMissingAnswersNamingEachItem() throws Exception {
        assertEquals(1, run("score", "hamd-17", "--answers", "2,1,0,3,2,1,3,0,1,2,2,1,1,0,1,0"));
        List<String> lines = List.of(err.toString(StandardCharsets.UTF_8).split("\n"));
        assertEquals(List.of("vagus instruments: cannot score HAMD-17 (16 answers given for 17 items): 2 problems",
                "  HAMD-17 item 4 (insomnia early): answer 3 is out of range; allowed 0-2",
                "  HAMD-17 item 17 (insight): no answer; allowed 0-2"), lines);
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing scored");
    }

    @Test
    void scoresADefinitionFileGivenAsId() throws Exception {
        Files.writeString(dir.resolve("mood-2.json"), """
                {"format": 1, "id": "mood-2", "abbreviation": "MOOD-2", "name": "Two-item test scale",
                 "version": "1", "respondent": "self-report", "licence": "Test only.",
                 "scales": {"s": {"min": 1, "max": 7}},
                 "items": [{"number": 1, "domain": "calm"}, {"number": 2, "domain": "tense", "reverse": true}],
                 "total": {"rule": "mean"}}
                """);
        // item 2 reversed on 1-7: 8 - 3 = 5; mean (6 + 5) / 2 = 5.5
        assertEquals(0, run("score", "mood-2.json", "--answers", "6,3"));
        assertTrue(lines().contains("total     5.5000  (mean of the 2 item scores after reverse keying; rule mean)"),
                lines().toString());
    }

    @Test
    void usageAndLookupErrors() {
        assertThrows(UsageException.class, () -> run());
        assertThrows(UsageException.class, () -> run("draw"));
        assertThrows(UsageException.class, () -> run("show"));
        assertThrows(UsageException.class, () -> run("score", "hama-14"));
        assertThrows(UsageException.class, () -> run("score", "hama-14", "--answers", "1", "--total", "median"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> run("show", "bdi-2"));
        assertTrue(unknown.getMessage().startsWith("no instrument 'bdi-2'; known: scs-26, stai-y1"),
                unknown.getMessage());
        IllegalArgumentException rule = assertThrows(IllegalArgumentException.class,
                () -> run("score", "stai-y1", "--answers", "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1", "--total",
                        "mean"));
        assertEquals("STAI-Y1 does not offer the total mean; it offers sum", rule.getMessage());
    }
}
