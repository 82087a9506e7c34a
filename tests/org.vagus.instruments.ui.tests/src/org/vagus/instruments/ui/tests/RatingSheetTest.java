package org.vagus.instruments.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.InstrumentScore;
import org.vagus.instruments.ScoringException;
import org.vagus.instruments.ui.RatingSheet;

/** The clinician form's checks and scores, against the HAMD-17 and HAMA-14 keys of ../shared/INSTRUMENTS.md. */
class RatingSheetTest {
    private static final InstrumentRegistry BUILT_IN = InstrumentRegistry.builtIn();

    @Test
    void hamdItemsFourToSixScoreZeroToTwoAndProblemsNameTheItem() {
        RatingSheet s = new RatingSheet(BUILT_IN.get("hamd-17"));
        s.set(1, "4");
        assertNull(s.problem(1), "item 1 scores 0-4");
        s.set(4, "3");
        assertEquals("HAMD-17 item 4 (insomnia early): 3 is out of range; allowed 0-2", s.problem(4));
        s.set(5, "x");
        assertEquals("HAMD-17 item 5 (insomnia middle): 'x' is not a whole number; allowed 0-2", s.problem(5));
        assertEquals("HAMD-17 item 2 (guilt): missing; enter 0-4", s.problem(2));
        ScoringException e = assertThrows(ScoringException.class, s::score);
        // items 2..17 but 4 and 5 missing (14), 4 out of range, 5 malformed: 16 problems, in item order
        assertEquals(16, e.problems().size());
        assertEquals("1 of 17 items rated; 16 to correct or fill in", s.summary());
    }

    @Test
    void totalAndSeverityBandFromHandComputedCases() {
        RatingSheet s = new RatingSheet(BUILT_IN.get("hamd-17"));
        for (int i = 1; i <= 17; i++) {
            s.set(i, "1");
        }
        // 17 items rated 1: total 17, Zimmerman et al. 2013 band 17-23 "moderate"
        InstrumentScore score = s.score();
        assertEquals(17, score.total());
        assertEquals("Total 17: moderate", s.summary());
        // the highest ratings: 9 items of 0-4 and 8 of 0-2 give 9 * 4 + 8 * 2 = 52, "severe" (24-52)
        List<Integer> twoPoint = List.of(4, 5, 6, 12, 13, 14, 16, 17);
        for (int i = 1; i <= 17; i++) {
            s.set(i, twoPoint.contains(i) ? "2" : "4");
        }
        assertEquals(52, s.score().total());
        assertEquals("Total 52: severe", s.summary());
        RatingSheet hama = new RatingSheet(BUILT_IN.get("hama-14"));
        for (int i = 1; i <= 14; i++) {
            hama.set(i, i <= 7 ? "2" : "0");
        }
        // HAMA-14: 7 items rated 2 = 14, the seed's inclusion threshold (HAMA >= 14)
        assertEquals(14, hama.score().total());
        assertEquals("Total 14: mild", hama.summary(), "HAMA bands: mild 8-14");
    }
}
