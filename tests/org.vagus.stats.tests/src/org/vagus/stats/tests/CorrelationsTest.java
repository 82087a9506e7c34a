package org.vagus.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vagus.stats.tests.Ref.near;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.stats.CorrelationMatrix;
import org.vagus.stats.CorrelationResult;
import org.vagus.stats.Correlations;
import org.vagus.stats.TableModel;

class CorrelationsTest {
    static final double[] X = {2.1, 3.4, 1.9, 4.8, 3.3, 2.7, 4.1, 3.9, 2.2, 3.0, 4.6, 1.5};
    static final double[] Y = {1.2, 2.9, 1.5, 3.8, 2.2, 2.2, 3.5, 2.6, 1.9, 2.2, 3.1, 1.7};
    static final double[] Z = {5.0, 4.1, 6.2, 3.3, 4.4, 5.1, 3.9, 4.0, 6.0, 4.8, 3.1, 5.5};

    @Test
    void pearsonWithFisherZInterval() {
        // r = scipy.stats.pearsonr(X, Y); r.confidence_interval(0.95)
        CorrelationResult r = Correlations.pearson(X, Y);
        near(0.9174990577832525, r.r());
        near(2.6174186585616963e-05, r.p());
        near(0.7257376358521065, r.ciLow());
        near(0.9769719815792753, r.ciHigh());
        assertEquals(10, r.df());
    }

    @Test
    void spearmanWithTiesAndBonettWrightInterval() {
        // r = scipy.stats.spearmanr(X, Y) (Y has a triple tie: average ranks);
        // CI: tanh(arctanh(rs) -/+ norm.ppf(0.975) * sqrt((1 + rs**2/2) / (n - 3)))
        CorrelationResult r = Correlations.spearman(X, Y);
        near(0.9507278005253983, r.r());
        near(2.1050262473651637e-06, r.p());
        near(0.782609551727011, r.ciLow());
        near(0.9895914500878645, r.ciHigh());
    }

    @Test
    void matrixWithPairwiseDeletion() {
        double[] z = Z.clone();
        z[3] = Double.NaN;
        CorrelationMatrix m = Correlations.matrix(List.of("x", "y", "z"), new double[][] {X, Y, z}, "pearson");
        near(0.9174990577832525, m.r(0, 1));
        // scipy.stats.pearsonr(X without its 4th value, Z without its 4th value)
        near(-0.9238287116351263, m.r(0, 2));
        near(4.8688171649407936e-05, m.p(2, 0));
        assertEquals(11, m.get(0, 2).n());
        assertEquals(12, m.get(0, 1).n());
        CorrelationMatrix full = Correlations.matrix(List.of("x", "y", "z"), new double[][] {X, Y, Z}, "pearson");
        // scipy.stats.pearsonr(Y, Z)
        near(-0.8406732178423981, full.r(1, 2));
        near(0.0006148136307438557, full.p(1, 2));
        TableModel t = full.table();
        assertEquals(List.of("y", ".92***", "—", "< .001"), t.rows().get(1));
        assertTrue(full.toTsv().startsWith("var1\tvar2\tmethod\tr\tn\tp\tci_low\tci_high\nx\ty\tPearson\t0.917"));
    }

    @Test
    void edgeCasesAreClearErrors() {
        IllegalArgumentException two = assertThrows(IllegalArgumentException.class,
                () -> Correlations.pearson(new double[] {1, 2}, new double[] {3, 4}));
        assertTrue(two.getMessage().contains("at least 3"));
        IllegalArgumentException flat = assertThrows(IllegalArgumentException.class,
                () -> Correlations.spearman(new double[] {1, 2, 3}, new double[] {5, 5, 5}));
        assertEquals("y has zero variance (all values equal): r is undefined", flat.getMessage());
        IllegalArgumentException lengths = assertThrows(IllegalArgumentException.class,
                () -> Correlations.pearson(X, new double[] {1, 2, 3}));
        assertEquals("x has 12 values and y has 3; a correlation needs pairs", lengths.getMessage());
        IllegalArgumentException pair = assertThrows(IllegalArgumentException.class, () -> Correlations
                .matrix(List.of("a", "b"), new double[][] {{1, 2, 3, 4}, {1, 1, 1, 2}}, "kendall"));
        assertTrue(pair.getMessage().startsWith("a with b: unknown correlation method"), pair.getMessage());
    }

    @Test
    void perfectCorrelationHasPZeroAndADegenerateInterval() {
        CorrelationResult r = Correlations.pearson(new double[] {1, 2, 3, 4}, new double[] {2, 4, 6, 8});
        assertEquals(1.0, r.r(), 1e-15);
        assertEquals(0.0, r.p());
        assertEquals(1.0, r.ciLow(), 1e-15);
    }

    @Test
    void threePairsGiveTheUninformativeInterval() {
        // scipy.stats.pearsonr([1, 2, 3], [1, 3, 2]) -> statistic 0.4999999999999999, pvalue 0.6666666666666666,
        // confidence_interval() -> (-1.0, 1.0)
        CorrelationResult r = Correlations.pearson(new double[] {1, 2, 3}, new double[] {1, 3, 2});
        near(0.5, r.r());
        near(0.6666666666666667, r.p());
        assertEquals(-1.0, r.ciLow());
        assertEquals(1.0, r.ciHigh());
    }
}
