package org.vagus.instruments.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.InstrumentTexts;
import org.vagus.instruments.ui.AnswerSheet;

/** The participant form's state: clicks and typed numbers, refusals, no continuing without an answer. */
class AnswerSheetTest {
    private static final InstrumentRegistry BUILT_IN = InstrumentRegistry.builtIn();

    @Test
    void aMissingAnswerStopsTheFormAndAnAnswerOffTheScaleIsNeverStored() {
        AnswerSheet s = new AnswerSheet(BUILT_IN.get("stai-y1"));
        assertEquals("Item 1", s.prompt(), "no texts loaded: the item number only");
        assertFalse(s.next());
        assertTrue(s.message().contains("answer item 1 (1 to 4)"), s.message());
        assertEquals(0, s.index());
        assertFalse(s.type('7'), "STAI answers are 1-4");
        assertNull(s.answer());
        assertTrue(s.message().contains("7 is not an answer to item 1"), s.message());
        assertFalse(s.choose(0));
        assertNull(s.answer());
        assertTrue(s.type('3'));
        assertEquals(3, s.answer());
        assertNull(s.message());
        assertTrue(s.next());
        assertEquals(1, s.index());
        assertTrue(s.choose(4));
        assertTrue(s.back(), "Backspace without typed digits goes back");
        assertEquals(3, s.answer(), "the answer of item 1 is kept");
        assertFalse(s.complete());
        assertThrows(IllegalStateException.class, s::answers);
    }

    @Test
    void twoDigitAnswersOnTheOneToTenRating() {
        AnswerSheet s = new AnswerSheet(BUILT_IN.get("perceived-stress"));
        assertTrue(s.onLastItem());
        assertTrue(s.type('1'));
        assertEquals(1, s.answer(), "1 is an answer, and may begin 10");
        assertTrue(s.type('0'));
        assertEquals(10, s.answer());
        // no answer of 1-10 is longer than 10: the next digit begins a new number
        assertTrue(s.type('1'));
        assertEquals(1, s.answer());
    }

    @Test
    void elevenIsRefusedAndTheTextIsShownWhenLoaded() {
        AnswerSheet s = new AnswerSheet(BUILT_IN.get("perceived-stress"));
        assertTrue(s.type('1'));
        assertFalse(s.type('1'), "11 is off the 1-10 scale");
        assertNull(s.answer(), "the refused number clears the provisional 1");
        Instrument withText = BUILT_IN.get("perceived-stress").withTexts(new InstrumentTexts("perceived-stress", "en",
                new TreeMap<>(Map.of(1, "How stressed do you feel?")), null, Map.of(), "test"));
        assertEquals("1. How stressed do you feel?", new AnswerSheet(withText).prompt());
        AnswerSheet done = new AnswerSheet(withText);
        done.choose(6);
        assertFalse(done.next(), "the last item does not move on");
        assertNull(done.message());
        assertTrue(done.complete());
        assertEquals(List.of(6), done.answers());
    }
}
