package org.vagus.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vagus.stats.tests.Ref.near;

import org.junit.jupiter.api.Test;
import org.vagus.stats.ChiSquareResult;
import org.vagus.stats.ChiSquareTest;
import org.vagus.stats.FisherExactResult;
import org.vagus.stats.FisherExactTest;

class ChiSquareAndFisherTest {
    static final long[][] T = {{25, 14}, {28, 10}};

    @Test
    void pearsonWithoutCorrection() {
        // c = scipy.stats.chi2_contingency([[25, 14], [28, 10]], correction=False)
        ChiSquareResult r = ChiSquareTest.independence(T, false);
        near(0.8236298899158878, r.statistic());
        near(0.3641210044823898, r.p());
        assertEquals(1, r.df());
        assertEquals(77, r.n());
        assertFalse(r.yates());
        assertEquals("phi", r.effectName());
        // scipy.stats.contingency.association(T, method='cramer')
        near(0.10342384675126773, r.effectSize());
        // c.expected_freq
        near(26.844155844155843, r.expected()[0][0]);
        near(11.844155844155845, r.expected()[1][1]);
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void yatesCorrection() {
        // scipy.stats.chi2_contingency([[25, 14], [28, 10]], correction=True)
        ChiSquareResult r = ChiSquareTest.independence(T, true);
        near(0.43755848483691073, r.statistic());
        near(0.5083032308313062, r.p());
        assertTrue(r.yates());
        // the effect size stays the uncorrected phi
        near(0.10342384675126773, r.effectSize());
    }

    @Test
    void twoByThreeWithCramersV() {
        // c = scipy.stats.chi2_contingency([[12, 5, 9], [7, 11, 4]]); association(..., method='cramer')
        ChiSquareResult r = ChiSquareTest.independence(new long[][] {{12, 5, 9}, {7, 11, 4}}, true);
        near(5.1915857421930305, r.statistic());
        near(0.07458671497348489, r.p());
        assertEquals(2, r.df());
        assertEquals("Cramer's V", r.effectName());
        near(0.32887389117363536, r.effectSize());
        assertFalse(r.yates());
        assertTrue(r.warnings().get(0).contains("Yates' correction applies to 2 x 2 tables only"));
    }

    @Test
    void smallExpectedCountsWarn() {
        // scipy.stats.chi2_contingency([[3, 1], [1, 4]], correction=False)
        ChiSquareResult r = ChiSquareTest.independence(new long[][] {{3, 1}, {1, 4}}, false);
        near(2.7225000000000006, r.statistic());
        near(0.09894293606729627, r.p());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).startsWith("4 of 4 expected counts are below 5"), r.warnings().get(0));
        assertTrue(r.warnings().get(0).contains("Fisher's exact test"));
    }

    @Test
    void zeroCellIsFineButEmptyRowOrColumnIsAClearError() {
        ChiSquareResult r = ChiSquareTest.independence(new long[][] {{0, 6}, {5, 2}});
        assertTrue(r.p() > 0 && r.p() < 1);
        IllegalArgumentException row = assertThrows(IllegalArgumentException.class,
                () -> ChiSquareTest.independence(new long[][] {{3, 4}, {0, 0}}));
        assertTrue(row.getMessage().startsWith("row 2 is empty (total 0)"), row.getMessage());
        IllegalArgumentException col = assertThrows(IllegalArgumentException.class,
                () -> ChiSquareTest.independence(new long[][] {{3, 0}, {5, 0}}));
        assertTrue(col.getMessage().startsWith("column 2 is empty"), col.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ChiSquareTest.independence(new long[][] {{3, -1}, {5, 2}}));
        assertThrows(IllegalArgumentException.class,
                () -> ChiSquareTest.independence(new long[][] {{3, 1, 2}, {5, 2}}));
        assertThrows(IllegalArgumentException.class,
                () -> ChiSquareTest.independence(new long[][] {{3, 1}}));
    }

    @Test
    void fisherExact() {
        // scipy.stats.fisher_exact([[8, 2], [1, 5]]) and alternative='less' / 'greater'
        FisherExactResult f = FisherExactTest.twoByTwo(new long[][] {{8, 2}, {1, 5}});
        near(20.0, f.oddsRatio());
        near(0.034965034965034975, f.p());
        near(0.9991258741258742, f.pLess());
        near(0.024475524475524483, f.pGreater());
        // scipy.stats.fisher_exact([[25, 14], [28, 10]])
        FisherExactResult g = FisherExactTest.twoByTwo(T);
        near(0.6377551020408163, g.oddsRatio());
        near(0.46219749596336746, g.p());
        // scipy.stats.fisher_exact([[0, 6], [5, 2]])
        FisherExactResult z = FisherExactTest.twoByTwo(new long[][] {{0, 6}, {5, 2}});
        assertEquals(0.0, z.oddsRatio());
        near(0.020979020979020983, z.p());
        assertThrows(IllegalArgumentException.class, () -> FisherExactTest.twoByTwo(new long[][] {{0, 6}, {0, 2}}));
        assertThrows(IllegalArgumentException.class,
                () -> FisherExactTest.twoByTwo(new long[][] {{1, 2, 3}, {4, 5, 6}}));
    }
}
