package org.vagus.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.vagus.demo.internal.AnswerSheets;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.Scoring;

/** The simulated answers score, by the instruments' own keys, to the totals asked for. */
class AnswerSheetsTest {

    @Test
    void answersScoreToTheTargetOverTheWholeRange() {
        InstrumentRegistry r = InstrumentRegistry.builtIn();
        SplittableRandom random = new SplittableRandom(1);
        // item-score sums: SCS-26 26-130 (total = sum / 26), STAI-Y1 20-80, HAMA-14 0-56, HAMD-17 0-52 (items 4, 5,
        // 6, 12, 13, 14, 16, 17 on 0-2), perceived stress 1-10
        int[][] ranges = {{26, 130}, {20, 80}, {0, 56}, {0, 52}, {1, 10}};
        String[] ids = {"scs-26", "stai-y1", "hama-14", "hamd-17", "perceived-stress"};
        for (int k = 0; k < ids.length; k++) {
            Instrument in = r.get(ids[k]);
            for (int sum = ranges[k][0]; sum <= ranges[k][1]; sum++) {
                Map<Integer, Integer> answers = AnswerSheets.forSum(in, sum, random);
                double total = Scoring.score(in, answers).total();
                double expected = ids[k].equals("scs-26") ? sum / 26.0 : sum;
                assertEquals(expected, total, 1e-9, ids[k] + " sum " + sum);
            }
        }
    }

    @Test
    void reverseKeyedItemsAreAnsweredReversed() {
        Instrument stai = InstrumentRegistry.builtIn().get("stai-y1");
        // a total of 80 needs every item scored 4: the answer 4 on plain items and 1 (5 - 4) on reverse-keyed ones
        Map<Integer, Integer> answers = AnswerSheets.forSum(stai, 80, new SplittableRandom(2));
        for (var item : stai.items()) {
            assertEquals(item.reverse() ? 1 : 4, answers.get(item.number()), "item " + item.number());
        }
        assertTrue(stai.items().stream().anyMatch(i -> i.reverse()));
        assertThrows(IllegalArgumentException.class, () -> AnswerSheets.forSum(stai, 81, new SplittableRandom(2)));
    }
}
