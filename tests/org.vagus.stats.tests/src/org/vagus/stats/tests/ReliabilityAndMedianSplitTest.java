package org.vagus.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vagus.stats.tests.Ref.near;

import org.junit.jupiter.api.Test;
import org.vagus.stats.MedianSplit;
import org.vagus.stats.Reliability;

class ReliabilityAndMedianSplitTest {

    @Test
    void cronbachAlpha() {
        double[][] s = {{3, 4, 3, 5}, {2, 2, 3, 3}, {4, 5, 4, 5}, {3, 3, 2, 4}, {5, 4, 5, 5}, {1, 2, 2, 1}, {4, 4, 3, 4}};
        // numpy: k/(k-1) * (1 - S.var(axis=0, ddof=1).sum() / S.sum(axis=1).var(ddof=1))
        near(0.9272727272727272, Reliability.cronbachAlpha(s));
    }

    @Test
    void cronbachAlphaEdgeCases() {
        assertThrows(IllegalArgumentException.class, () -> Reliability.cronbachAlpha(new double[][] {{1, 2}}));
        assertThrows(IllegalArgumentException.class, () -> Reliability.cronbachAlpha(new double[][] {{1}, {2}}));
        IllegalArgumentException flat = assertThrows(IllegalArgumentException.class,
                () -> Reliability.cronbachAlpha(new double[][] {{1, 2}, {2, 1}, {3, 0}}));
        assertTrue(flat.getMessage().contains("zero variance"), flat.getMessage());
        IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
                () -> Reliability.cronbachAlpha(new double[][] {{1, 2}, {2, 1, 3}}));
        assertEquals("participant 2 has 3 item scores; participant 1 has 2", ragged.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Reliability.cronbachAlpha(new double[][] {{1, 2}, {2, Double.NaN}}));
        assertTrue(missing.getMessage().startsWith("participant 2: value 2 is NaN"), missing.getMessage());
    }

    @Test
    void seedStudySplitPutsTheParticipantAtTheMedianInHigh() {
        // 77 SCS means: 38 below 2.85, one at 2.85, 38 above; numpy.median(...) == 2.85
        double[] scs = new double[77];
        for (int i = 0; i < 38; i++) {
            scs[i] = 2.0 + 0.02 * i;
            scs[39 + i] = 2.9 + 0.02 * i;
        }
        scs[38] = 2.85;
        MedianSplit.Result r = MedianSplit.split(scs);
        near(2.85, r.median());
        assertEquals(39, r.high());
        assertEquals(38, r.low());
        assertTrue(r.isHigh()[38]);
        assertEquals("High", r.label(38));
        assertEquals("Low", r.label(0));
    }

    @Test
    void tiesAtTheMedianAllGoToHigh() {
        // numpy.median([1, 2, 2, 2, 3]) == 2.0; numpy.median([1, 2, 3, 4]) == 2.5
        MedianSplit.Result r = MedianSplit.split(new double[] {2, 1, 2, 3, 2});
        assertEquals(2.0, r.median());
        assertEquals(4, r.high());
        assertEquals(1, r.low());
        assertFalse(r.isHigh()[1]);
        MedianSplit.Result even = MedianSplit.split(new double[] {4, 1, 3, 2});
        assertEquals(2.5, even.median());
        assertEquals(2, even.high());
        IllegalArgumentException all = assertThrows(IllegalArgumentException.class,
                () -> MedianSplit.split(new double[] {2, 2, 2}));
        assertTrue(all.getMessage().contains("the Low group would be empty"), all.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MedianSplit.split(new double[] {1}));
    }
}
