package org.vagus.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentFiles;
import org.vagus.instruments.InstrumentFormatException;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.InstrumentTexts;
import org.vagus.instruments.Scoring;

/**
 * Loading a lab's item texts and merging them. The texts here are placeholders written for the tests, not the
 * items of any published instrument.
 */
class TextsTest {
    private static final String HAMA_TEXTS = """
            {
              "format": 1,
              "instrument": "hama-14",
              "language": "en",
              "instructions": "Placeholder instructions for the rater.",
              "items": {
                "1": "Placeholder guidance one.",
                "2": "Placeholder guidance two."
              },
              "anchors": {"severity": {"0": "none at all"}}
            }
            """;

    @Test
    void withoutTextsFormsShowNumberAndDomain() {
        Instrument hamd = Answers.BUILT_IN.get("hamd-17");
        assertEquals("4. insomnia early", hamd.prompt(4));
        assertEquals(Optional.empty(), hamd.itemText(4));
    }

    @Test
    void textsFileMergesIntoItsInstrument(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hama-14.en.json");
        Files.writeString(file, HAMA_TEXTS);
        InstrumentTexts texts = InstrumentFiles.readTexts(file);
        assertEquals("hama-14.en.json", texts.source());
        InstrumentRegistry registry = Answers.BUILT_IN.withTexts(texts);
        Instrument hama = registry.get("hama-14");
        assertEquals("Placeholder guidance one.", hama.prompt(1));
        assertEquals("3. fears", hama.prompt(3), "items without a text keep their domain label");
        assertEquals("Placeholder instructions for the rater.", hama.texts().instructions());
        assertEquals("none at all", hama.anchors("severity").get(0), "anchor translated");
        assertEquals("very severe", hama.anchors("severity").get(4), "other anchors kept");
        // texts never change scoring
        assertEquals(21.0, Scoring.score(hama, Answers.list(2, 3, 1, 2, 1, 0, 2, 1, 1, 0, 2, 1, 2, 3)).total(), 0.0);
        assertEquals(null, Answers.BUILT_IN.get("hama-14").texts(), "the registry is immutable");
    }

    private static InstrumentTexts texts(String json) throws Exception {
        return InstrumentFiles.readTexts("stai-y1.zh.json", new StringReader(json));
    }

    @Test
    void textsForAnItemTheInstrumentDoesNotHave() throws Exception {
        InstrumentTexts t = texts("""
                {"format": 1, "instrument": "stai-y1", "language": "zh-CN",
                 "items": {"1": "placeholder", "21": "placeholder"}}
                """);
        InstrumentFormatException e = assertThrows(InstrumentFormatException.class,
                () -> Answers.BUILT_IN.withTexts(t));
        assertEquals("stai-y1.zh.json: $.items['21']: STAI-Y1 has no item 21; its items are 1-20", e.getMessage());
    }

    @Test
    void textsForAnotherOrUnknownInstrument() throws Exception {
        InstrumentTexts other = texts("""
                {"format": 1, "instrument": "hama-14", "language": "en", "items": {"1": "placeholder"}}
                """);
        InstrumentFormatException e = assertThrows(InstrumentFormatException.class,
                () -> InstrumentFiles.merge(Answers.BUILT_IN.get("stai-y1"), other));
        assertEquals("stai-y1.zh.json: $.instrument: texts for 'hama-14' cannot be merged into STAI-Y1 (stai-y1)",
                e.getMessage());
        InstrumentTexts unknown = texts("""
                {"format": 1, "instrument": "bdi-2", "language": "en", "items": {"1": "placeholder"}}
                """);
        InstrumentFormatException u = assertThrows(InstrumentFormatException.class,
                () -> Answers.BUILT_IN.withTexts(unknown));
        assertTrue(u.getMessage().startsWith("stai-y1.zh.json: $.instrument: no instrument 'bdi-2'; known: scs-26,"),
                u.getMessage());
    }

    @Test
    void malformedTextsFiles() {
        InstrumentFormatException key = assertThrows(InstrumentFormatException.class, () -> texts("""
                {"format": 1, "instrument": "stai-y1", "language": "en", "items": {"one": "placeholder"}}
                """));
        assertEquals("stai-y1.zh.json: $.items.one: 'one' is not a whole number; expected keys such as \"1\", \"2\"",
                key.getMessage());
        InstrumentFormatException empty = assertThrows(InstrumentFormatException.class, () -> texts("""
                {"format": 1, "instrument": "stai-y1", "language": "en", "items": {"3": ""}}
                """));
        assertEquals("stai-y1.zh.json: $.items['3']: is empty; expected a text", empty.getMessage());
        InstrumentFormatException lang = assertThrows(InstrumentFormatException.class, () -> texts("""
                {"format": 1, "instrument": "stai-y1", "language": "Chinese!", "items": {"3": "placeholder"}}
                """));
        assertEquals("stai-y1.zh.json: $.language: 'Chinese!': expected a language tag such as en or zh-CN",
                lang.getMessage());
        InstrumentFormatException anchors = assertThrows(InstrumentFormatException.class, () -> InstrumentFiles.merge(
                Answers.BUILT_IN.get("stai-y1"), texts("""
                        {"format": 1, "instrument": "stai-y1", "language": "en", "items": {},
                         "anchors": {"intensity": {"7": "placeholder"}}}
                        """)));
        assertEquals("stai-y1.zh.json: $.anchors.intensity['7']: expected a label for an answer 1-4",
                anchors.getMessage());
    }
}
