package org.vagus.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentFiles;
import org.vagus.instruments.InstrumentFormatException;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.InstrumentScore;
import org.vagus.instruments.Respondent;
import org.vagus.instruments.Scoring;
import org.vagus.instruments.TotalRule;

/** Definition files: the schema's example reads and scores as documented; each broken file names file and path. */
class DefinitionFilesTest {

    /**
     * The example of instruments.exsd: answers 2, 1, 3 give scores 2, 3 - 1 = 2, 3; the subscale night (items 1
     * and 3, sum) 2 + 3 = 5; the total 2 + 2 + 3 = 7 in the band poor (7-9); the mean 7 / 3.
     */
    @Test
    void theSchemaExampleReadsAndScoresAsDocumented() throws Exception {
        Instrument sleep = Definitions.read(Definitions.SLEEP);
        assertEquals("SLEEP-3", sleep.abbreviation());
        assertEquals(Respondent.SELF_REPORT, sleep.respondent());
        assertEquals("3 - x", sleep.item(2).scale().reverseRule());
        InstrumentScore s = Scoring.score(sleep, Answers.list(2, 1, 3));
        assertEquals(List.of(2, 2, 3), s.items().stream().map(InstrumentScore.ItemScore::score).toList());
        assertEquals(5.0, s.subscale("night"), 0.0);
        assertEquals(7.0, s.total(), 0.0);
        assertEquals(7.0 / 3, s.total(TotalRule.MEAN), 1e-12);
        assertEquals("poor", s.band().label());
        assertEquals("0-9; higher is worse sleep.", sleep.totalNote());
    }

    @Test
    void readsFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lab-sleep-3.json");
        Files.writeString(file, Definitions.SLEEP);
        assertEquals("lab-sleep-3", InstrumentFiles.readDefinition(file).id());
    }

    @Test
    void builtInsCarryNoItemTexts() {
        for (Instrument i : InstrumentRegistry.builtIn().instruments()) {
            assertNull(i.texts(), i.id());
            i.items().forEach(item -> assertTrue(item.domain().length() <= 30, i.id() + " item " + item.number()
                    + " carries a short domain label, not an item text: " + item.domain()));
            i.scales().values().forEach(s -> s.anchors().values().forEach(a -> assertTrue(a.length() <= 20,
                    i.id() + " anchor: " + a)));
            assertTrue(!i.licence().isBlank(), i.id());
        }
        assertEquals(List.of("scs-26", "stai-y1", "perceived-stress", "hama-14", "hamd-17"),
                InstrumentRegistry.builtIn().ids());
        assertEquals(Respondent.CLINICIAN, InstrumentRegistry.builtIn().get("HAMA-14").respondent());
    }

    private static void fails(String json, String expectedMessage) {
        InstrumentFormatException e = assertThrows(InstrumentFormatException.class, () -> Definitions.read(json));
        assertEquals(expectedMessage, e.getMessage());
        assertEquals("lab-sleep-3.json", e.source());
    }

    @Test
    void formatVersion() {
        fails(Definitions.replace("\"format\": 1,", ""),
                "lab-sleep-3.json: $.format: missing; expected \"format\": 1 (the instrument definition format"
                        + " version)");
        fails(Definitions.replace("\"format\": 1,", "\"format\": 2,"), "lab-sleep-3.json: $.format: this instrument"
                + " definition is in format 2, written for a newer Vagus; this version reads format 1: update Vagus");
    }

    @Test
    void syntaxAndTypes() {
        InstrumentFormatException syntax = assertThrows(InstrumentFormatException.class,
                () -> Definitions.read(Definitions.replace("\"version\": \"2025-01\",", "\"version\": \"2025-01\"")));
        // the missing comma after "version" is found where the next name starts
        assertTrue(syntax.getMessage().startsWith("lab-sleep-3.json: $: not valid JSON at line 7 column "),
                syntax.getMessage());
        InstrumentFormatException comment = assertThrows(InstrumentFormatException.class,
                () -> Definitions.read("// a comment\n" + Definitions.SLEEP));
        assertEquals("lab-sleep-3.json: $: not valid JSON at line 1 column 2 (near $): malformed; comments, single"
                + " quotes, unquoted words and trailing commas are not allowed", comment.getMessage());
        fails(Definitions.replace("{\"number\": 3,", "{\"number\": \"3\","),
                "lab-sleep-3.json: $.items[2].number: expected a whole number, got \"3\"");
        fails(Definitions.replace("\"max\": 3,", "\"max\": 3.5,"),
                "lab-sleep-3.json: $.scales.frequency.max: expected a whole number, got 3.5");
        fails(Definitions.replace("\"respondent\": \"self-report\"", "\"respondent\": \"parent\""),
                "lab-sleep-3.json: $.respondent: 'parent' is not a respondent; expected self-report or clinician");
    }

    @Test
    void unknownKeysAreTypos() {
        fails(Definitions.replace("\"reverse\": true", "\"revrese\": true"), "lab-sleep-3.json: $.items[1].revrese:"
                + " unknown key; expected one of domain, number, reverse, reverseRule, scale");
    }

    @Test
    void items() {
        fails(Definitions.replace("{\"number\": 3,", "{\"number\": 4,"), "lab-sleep-3.json: $.items[2].number:"
                + " expected 3, got 4; items are numbered 1, 2, 3, ... in order");
        fails(Definitions.replace("{\"number\": 1, \"domain\": \"falling asleep\"}",
                "{\"number\": 1, \"domain\": \"falling asleep\", \"scale\": \"freq\"}"),
                "lab-sleep-3.json: $.items[0].scale: unknown scale 'freq'; expected one of frequency");
        fails(Definitions.replace("\"reverseRule\": \"3 - x\"", "\"reverseRule\": \"4 - x\""), "lab-sleep-3.json:"
                + " $.items[1].reverseRule: '4 - x' does not map the scale 0-3 onto itself; expected '3 - x'");
        fails(Definitions.replace("\"domain\": \"falling asleep\"", "\"domain\": \" \""),
                "lab-sleep-3.json: $.items[0].domain: is empty; expected a text");
    }

    @Test
    void scales() {
        fails(Definitions.replace("\"min\": 0, \"max\": 3, \"anchors\": {\"0\": \"never\"",
                "\"min\": 0, \"max\": 3, \"anchors\": {\"5\": \"never\""),
                "lab-sleep-3.json: $.scales.frequency.anchors['5']: answer 5 is outside the scale 0-3");
        fails(Definitions.replace("\"min\": 0, \"max\": 3,", "\"min\": 3, \"max\": 3,"),
                "lab-sleep-3.json: $.scales.frequency.max: must be above min (3), got 3");
    }

    @Test
    void subscalesAndTotals() {
        fails(Definitions.replace("\"items\": [1, 3]", "\"items\": [1, 4]"),
                "lab-sleep-3.json: $.subscales[0].items[1]: no item 4; the items are 1-3");
        fails(Definitions.replace("\"id\": \"night\"", "\"id\": \"item_1\""), "lab-sleep-3.json: $.subscales[0].id:"
                + " 'item_1' is reserved for the columns of phenotype files (participant_id, session_id, timepoint,"
                + " item_N, total, total_RULE, band)");
        fails(Definitions.replace("\"items\": [1, 3]", "\"items\": [1, 1]"),
                "lab-sleep-3.json: $.subscales[0].items[1]: item 1 is listed twice");
        fails(Definitions.replace("\"alternatives\": [\"mean\"]", "\"alternatives\": [\"mean-of-subscale-means\"]"),
                "lab-sleep-3.json: $.total.alternatives[0]: mean-of-subscale-means needs subscales, each with the"
                        + " rule mean");
        fails(Definitions.replace("\"rule\": \"sum\", \"alternatives\"", "\"rule\": \"median\", \"alternatives\""),
                "lab-sleep-3.json: $.total.rule: 'median' is not a total rule; expected sum, mean or"
                        + " mean-of-subscale-means");
    }

    @Test
    void bands() {
        fails(Definitions.replace("{\"label\": \"fair\", \"min\": 4,", "{\"label\": \"fair\", \"min\": 3,"),
                "lab-sleep-3.json: $.bands[1].min: must be above the max of good (0-3); bands ascend without"
                        + " overlapping");
        fails(Definitions.replace("{\"label\": \"fair\", \"min\": 4,", "{\"label\": \"fair\", \"min\": 5,"),
                "lab-sleep-3.json: $.bands[1].min: expected 4 after good (0-3); bands of a sum leave no total out");
        fails(Definitions.replace("\"min\": 7, \"max\": 9", "\"min\": 7, \"max\": 10"),
                "lab-sleep-3.json: $.bands[2]: poor (7-10) reaches outside the totals 0-9");
        fails(Definitions.replace("\"min\": 7, \"max\": 9", "\"min\": 7, \"max\": 8"),
                "lab-sleep-3.json: $.bands[2].max: expected 9, the highest total; bands of a sum leave no total out");
        fails(Definitions.replace("{\"label\": \"good\", \"min\": 0, \"max\": 3}", "{\"label\": \"good\", \"max\": 3}"),
                "lab-sleep-3.json: $.bands[0].min: missing; expected a number (bands are inclusive)");
    }

    @Test
    void idAndRequiredTexts() {
        fails(Definitions.replace("\"id\": \"lab-sleep-3\"", "\"id\": \"Lab Sleep\""), "lab-sleep-3.json: $.id:"
                + " 'Lab Sleep': expected lower case letters, digits, '-' and '.' such as hamd-17");
        fails(Definitions.replace("\"licence\": \"Written by the lab; free to use.\",", ""),
                "lab-sleep-3.json: $.licence: missing; expected a text");
    }
}
