package org.vagus.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.vagus.stats.Apa;
import org.vagus.stats.ChiSquareTest;
import org.vagus.stats.Correlations;
import org.vagus.stats.EffectSizes;
import org.vagus.stats.TTestResult;
import org.vagus.stats.TTests;

class ApaTest {

    @Test
    void tTestTextOfTheIssue() {
        // p = 2 * scipy.stats.t.sf(2.25, 75) = 0.027381594619044523
        TTestResult r = new TTestResult("Student's t-test", -2.25, 75, 0.027381594619044523, -0.3, 0.133, -0.57, -0.03,
                0.95, EffectSizes.dFromT(-2.25, 39, 38), 39, 38);
        assertEquals("t(75) = -2.25, p = .027, d = 0.51", r.apa());
    }

    @Test
    void welchDfAndSmallP() {
        assertEquals("t(12.83) = 3.91, p = .002, d = 1.99", TTests.welch(TTestsTest.A, TTestsTest.B).apa());
        assertEquals("p < .001", Apa.p(0.0009));
        assertEquals("p = .001", Apa.p(0.001));
        assertEquals("1.000", Apa.pValue(1.0));
        assertEquals("0.00", Apa.two(-0.001));
        assertEquals("-.05", Apa.r(-0.049));
        assertThrows(IllegalArgumentException.class, () -> Apa.p(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Apa.two(Double.POSITIVE_INFINITY));
    }

    @Test
    void chiSquareAndCorrelationText() {
        assertEquals("χ²(1, N = 77) = 0.82, p = .364, φ = .10",
                ChiSquareTest.independence(new long[][] {{25, 14}, {28, 10}}).apa());
        assertEquals("r(10) = .92, p < .001, 95% CI [.73, .98]",
                Correlations.pearson(CorrelationsTest.X, CorrelationsTest.Y).apa());
        assertEquals("r_s(10) = .95, p < .001, 95% CI [.78, .99]",
                Correlations.spearman(CorrelationsTest.X, CorrelationsTest.Y).apa());
    }
}
