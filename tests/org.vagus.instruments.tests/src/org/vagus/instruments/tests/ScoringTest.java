package org.vagus.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentScore;
import org.vagus.instruments.Scoring;
import org.vagus.instruments.TotalRule;

/**
 * Every built-in instrument scored against cases computed by hand; each comment shows the arithmetic. Reverse-keyed
 * items are written "answer -> score".
 */
class ScoringTest {
    private static final double EXACT = 1e-12;

    private static Instrument get(String id) {
        return Answers.BUILT_IN.get(id);
    }

    /**
     * SCS-26, answers 1, 2, 3, 4, 5 repeating (item n answers ((n - 1) mod 5) + 1).
     * Self-Kindness 5, 12, 19, 23, 26: 5 + 2 + 4 + 3 + 1 = 15, mean 15 / 5 = 3.
     * Self-Judgment (R, 6 - x) 1, 8, 11, 16, 21: 1->5, 3->3, 1->5, 1->5, 1->5 = 23, mean 4.6.
     * Common Humanity 3, 7, 10, 15: 3 + 2 + 5 + 5 = 15, mean 3.75.
     * Isolation (R) 4, 13, 18, 25: 4->2, 3->3, 3->3, 5->1 = 9, mean 2.25.
     * Mindfulness 9, 14, 17, 22: 4 + 4 + 2 + 2 = 12, mean 3.
     * Over-identification (R) 2, 6, 20, 24: 2->4, 1->5, 5->1, 4->2 = 12, mean 3.
     * Total mean (the seed's): (15 + 23 + 15 + 9 + 12 + 12) / 26 = 86 / 26 = 3.3076923...
     * Neff's mean of subscale means: (3 + 4.6 + 3.75 + 2.25 + 3 + 3) / 6 = 19.6 / 6 = 3.2666...
     */
    @Test
    void scs26MixedAnswersWithReverseKeys() {
        Instrument scs = get("scs-26");
        InstrumentScore s = Scoring.score(scs, Answers.list(1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5,
                1, 2, 3, 4, 5, 1));
        assertEquals(3.0, s.subscale("self_kindness"), EXACT);
        assertEquals(4.6, s.subscale("self_judgment"), EXACT);
        assertEquals(3.75, s.subscale("common_humanity"), EXACT);
        assertEquals(2.25, s.subscale("isolation"), EXACT);
        assertEquals(3.0, s.subscale("mindfulness"), EXACT);
        assertEquals(3.0, s.subscale("over_identification"), EXACT);
        assertEquals(TotalRule.MEAN, s.rule(), "the seed's total mean is the default");
        assertEquals(86.0 / 26, s.total(), EXACT);
        assertEquals(19.6 / 6, s.total(TotalRule.MEAN_OF_SUBSCALE_MEANS), EXACT);
        assertNull(s.band(), "SCS-26 has no bands (the seed splits at the sample median)");
        // item 1 reverse-keyed: answer 1 scored 5; item 3 direct: 3 stays 3; item 20 (R): 5 -> 1
        assertEquals(new InstrumentScore.ItemScore(1, 1, 5, true), s.items().get(0));
        assertEquals(new InstrumentScore.ItemScore(3, 3, 3, false), s.items().get(2));
        assertEquals(new InstrumentScore.ItemScore(20, 5, 1, true), s.items().get(19));
    }

    /** Neff's rule chosen: the total is 19.6 / 6, the seed's total mean 86 / 26 is still reported. */
    @Test
    void scs26TotalByNeffsRuleNamesTheRule() {
        Instrument scs = get("scs-26");
        InstrumentScore s = Scoring.score(scs, Answers.list(1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5,
                1, 2, 3, 4, 5, 1), TotalRule.MEAN_OF_SUBSCALE_MEANS);
        assertEquals(TotalRule.MEAN_OF_SUBSCALE_MEANS, s.rule());
        assertEquals(19.6 / 6, s.total(), EXACT);
        assertEquals(86.0 / 26, s.total(TotalRule.MEAN), EXACT);
    }

    /**
     * SCS-26 at the extremes: 5 on every direct item and 1 on every reverse-keyed item (1 -> 6 - 1 = 5) makes every
     * score 5, so both totals are 5; the mirror answers make them 1. Answering 3 everywhere gives 3 (6 - 3 = 3).
     */
    @Test
    void scs26Extremes() {
        Instrument scs = get("scs-26");
        List<Integer> reverse = scs.reverseKeyed();
        assertEquals(List.of(1, 2, 4, 6, 8, 11, 13, 16, 18, 20, 21, 24, 25), reverse, "INSTRUMENTS.md's 13 keys");
        int[] high = new int[26];
        int[] low = new int[26];
        int[] mid = new int[26];
        for (int n = 1; n <= 26; n++) {
            high[n - 1] = reverse.contains(n) ? 1 : 5;
            low[n - 1] = reverse.contains(n) ? 5 : 1;
            mid[n - 1] = 3;
        }
        assertEquals(5.0, Scoring.score(scs, Answers.list(high)).total(), EXACT);
        assertEquals(5.0, Scoring.score(scs, Answers.list(high)).total(TotalRule.MEAN_OF_SUBSCALE_MEANS), EXACT);
        assertEquals(1.0, Scoring.score(scs, Answers.list(low)).total(), EXACT);
        assertEquals(3.0, Scoring.score(scs, Answers.list(mid)).total(TotalRule.MEAN_OF_SUBSCALE_MEANS), EXACT);
    }

    /**
     * STAI-Y1, answers 3,1,2,4,1, 2,3,2,4,1, 1,3,2,4,2, 1,3,3,2,4.
     * Reverse (5 - x) items 1, 2, 5, 8, 10, 11, 15, 16, 19, 20: 3->2, 1->4, 1->4, 2->3, 1->4, 1->4, 2->3, 1->4, 2->3,
     * 4->1 = 32. Direct items 3, 4, 6, 7, 9, 12, 13, 14, 17, 18: 2 + 4 + 2 + 3 + 4 + 3 + 2 + 4 + 3 + 3 = 30.
     * Sum 62.
     */
    @Test
    void staiY1SumWithReverseKeys() {
        Instrument stai = get("stai-y1");
        InstrumentScore s = Scoring.score(stai, Answers.list(3, 1, 2, 4, 1, 2, 3, 2, 4, 1, 1, 3, 2, 4, 2, 1, 3, 3, 2,
                4));
        assertEquals(62.0, s.total(), EXACT);
        assertEquals(TotalRule.SUM, s.rule());
        assertEquals(List.of(1, 2, 5, 8, 10, 11, 15, 16, 19, 20), stai.reverseKeyed());
        assertEquals(2, s.items().get(0).score(), "item 1: 5 - 3");
        assertEquals(2, s.items().get(2).score(), "item 3 is direct");
        assertEquals(1, s.items().get(19).score(), "item 20: 5 - 4");
    }

    /**
     * STAI-Y1 range: all answers 1 gives 10 reverse items x 4 + 10 direct x 1 = 50; the least anxious pattern (4 on
     * reverse items, 1 on direct) gives 20 x 1 = 20; the most anxious (1 on reverse, 4 on direct) 20 x 4 = 80.
     */
    @Test
    void staiY1Range() {
        Instrument stai = get("stai-y1");
        int[] ones = new int[20];
        int[] calm = new int[20];
        int[] anxious = new int[20];
        for (int n = 1; n <= 20; n++) {
            boolean r = stai.item(n).reverse();
            ones[n - 1] = 1;
            calm[n - 1] = r ? 4 : 1;
            anxious[n - 1] = r ? 1 : 4;
        }
        assertEquals(50.0, Scoring.score(stai, Answers.list(ones)).total(), EXACT);
        assertEquals(20.0, Scoring.score(stai, Answers.list(calm)).total(), EXACT);
        assertEquals(80.0, Scoring.score(stai, Answers.list(anxious)).total(), EXACT);
    }

    /** Perceived stress: the single rating is the score; 1 and 10 are the ends of the scale. */
    @Test
    void perceivedStressIsTheRating() {
        Instrument ps = get("perceived-stress");
        assertEquals(7.0, Scoring.score(ps, Answers.list(7)).total(), EXACT);
        assertEquals(1.0, Scoring.score(ps, Answers.list(1)).total(), EXACT);
        assertEquals(10.0, Scoring.score(ps, Answers.list(10)).total(), EXACT);
        assertTrue(ps.subscales().isEmpty());
    }

    /**
     * HAMA-14, answers 2,3,1,2,1,0,2,1,1,0,2,1,2,3: running sum 2, 5, 6, 8, 9, 9, 11, 12, 13, 13, 15, 16, 18, 21;
     * total 21 lies in 15-23, "moderate".
     */
    @Test
    void hama14SumAndBand() {
        InstrumentScore s = Scoring.score(get("hama-14"), Answers.list(2, 3, 1, 2, 1, 0, 2, 1, 1, 0, 2, 1, 2, 3));
        assertEquals(21.0, s.total(), EXACT);
        assertEquals("moderate", s.band().label());
    }

    /**
     * HAMD-17, answers 2,1,0,2,2,1,3,0,1,2,2,1,1,0,1,0,1: running sum 2, 3, 3, 5, 7, 8, 11, 11, 12, 14, 16, 17, 18,
     * 18, 19, 19, 20; total 20 lies in 17-23, "moderate". Item 4 (0-2) answered 2 is its maximum.
     */
    @Test
    void hamd17SumAndBand() {
        InstrumentScore s = Scoring.score(get("hamd-17"), Answers.list(2, 1, 0, 2, 2, 1, 3, 0, 1, 2, 2, 1, 1, 0, 1, 0,
                1));
        assertEquals(20.0, s.total(), EXACT);
        assertEquals("moderate", s.band().label());
    }

    /**
     * HAMD-17 maximum: the eight 0-2 items (4, 5, 6, 12, 13, 14, 16, 17) at 2 give 16, the nine 0-4 items at 4 give
     * 36; 52 in total, "severe".
     */
    @Test
    void hamd17ItemRanges() {
        Instrument hamd = get("hamd-17");
        int[] max = new int[17];
        for (int n = 1; n <= 17; n++) {
            max[n - 1] = hamd.item(n).scale().max();
            boolean short02 = List.of(4, 5, 6, 12, 13, 14, 16, 17).contains(n);
            assertEquals(short02 ? 2 : 4, hamd.item(n).scale().max(), "item " + n);
            assertEquals(0, hamd.item(n).scale().min(), "item " + n);
        }
        InstrumentScore s = Scoring.score(hamd, Answers.list(max));
        assertEquals(52.0, s.total(), EXACT);
        assertEquals("severe", s.band().label());
        assertTrue(hamd.reverseKeyed().isEmpty());
        assertFalse(get("hama-14").items().stream().anyMatch(i -> i.scale().max() != 4));
    }
}
