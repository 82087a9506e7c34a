package org.vagus.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.Scoring;
import org.vagus.instruments.ScoringException;
import org.vagus.instruments.TotalRule;

/** Missing, out-of-range and malformed answers are refused with the instrument, item and allowed range named. */
class RejectionTest {

    private static Instrument get(String id) {
        return Answers.BUILT_IN.get(id);
    }

    @Test
    void outOfRangeNamesInstrumentItemAndRange() {
        Map<Integer, Integer> a = Answers.list(2, 1, 0, 3, 2, 1, 3, 0, 1, 2, 2, 1, 1, 0, 1, 0, 1);
        ScoringException e = assertThrows(ScoringException.class, () -> Scoring.score(get("hamd-17"), a));
        assertEquals("HAMD-17 item 4 (insomnia early): answer 3 is out of range; allowed 0-2", e.getMessage());
        assertEquals(1, e.problems().size());
    }

    @Test
    void item1OfHamdAcceptsFour() {
        Map<Integer, Integer> a = Answers.list(4, 1, 0, 2, 2, 1, 3, 0, 1, 2, 2, 1, 1, 0, 1, 0, 1);
        assertEquals(22.0, Scoring.score(get("hamd-17"), a).total(), 0.0, "20 + (4 - 2) on item 1");
    }

    @Test
    void missingAnswersAreRefusedByDefault() {
        Map<Integer, Integer> a = new HashMap<>(Answers.list(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
                3, 3, 3, 3, 3, 3));
        a.remove(7);
        a.put(12, null);
        ScoringException e = assertThrows(ScoringException.class, () -> Scoring.score(get("scs-26"), a));
        assertEquals(List.of("SCS-26 item 7 (common humanity): no answer; allowed 1-5",
                "SCS-26 item 12 (self-kindness): no answer; allowed 1-5"), e.problems());
        assertTrue(e.getMessage().startsWith("2 problems: SCS-26 item 7"), e.getMessage());
    }

    @Test
    void belowTheScaleAndUnknownItems() {
        Map<Integer, Integer> a = new HashMap<>(Answers.list(0));
        a.put(2, 5);
        ScoringException e = assertThrows(ScoringException.class, () -> Scoring.score(get("perceived-stress"), a));
        assertEquals(List.of("Perceived stress has no item 2; its items are 1-1",
                "Perceived stress item 1 (stress right now): answer 0 is out of range; allowed 1-10"), e.problems());
        assertThrows(ScoringException.class, () -> Scoring.score(get("perceived-stress"), Answers.list(11)));
    }

    @Test
    void typedListsNameTheCellThatIsNotANumber() {
        Instrument hama = get("hama-14");
        ScoringException e = assertThrows(ScoringException.class,
                () -> Scoring.parseAnswers(hama, "1,2,x,1,1,1,1,1,1,1,1,1,1,1"));
        assertEquals("HAMA-14 item 3 (fears): 'x' is not a whole number; allowed 0-4", e.getMessage());
        ScoringException tooMany = assertThrows(ScoringException.class,
                () -> Scoring.parseAnswers(get("perceived-stress"), "3,4"));
        assertEquals("Perceived stress: 2 answers given, but it has 1 item", tooMany.getMessage());
        // empty cells and n/a are missing answers, refused by scoring with the item named
        Map<Integer, Integer> parsed = Scoring.parseAnswers(hama, "1,2,,1,n/a,1,1,1,1,1,1,1,1");
        ScoringException missing = assertThrows(ScoringException.class, () -> Scoring.score(hama, parsed));
        assertEquals(List.of("HAMA-14 item 3 (fears): no answer; allowed 0-4",
                "HAMA-14 item 5 (intellectual (cognitive)): no answer; allowed 0-4",
                "HAMA-14 item 14 (behaviour at interview): no answer; allowed 0-4"), missing.problems());
    }

    @Test
    void aTotalRuleTheInstrumentDoesNotOfferIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scoring.score(get("stai-y1"),
                Answers.list(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), TotalRule.MEAN));
        assertEquals("STAI-Y1 does not offer the total mean; it offers sum", e.getMessage());
    }
}
