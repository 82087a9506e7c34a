package org.vagus.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.vagus.stats.tests.Ref.near;

import org.junit.jupiter.api.Test;
import org.vagus.stats.EffectSize;
import org.vagus.stats.EffectSizes;
import org.vagus.stats.TTests;

/**
 * References from numpy with the published formulas (z = scipy.stats.norm.ppf(0.975)):
 * d = (mean(a) - mean(b)) / sqrt(((n1-1) var(a, ddof=1) + (n2-1) var(b, ddof=1)) / (n1+n2-2)),
 * se = sqrt((n1+n2)/(n1 n2) + d**2/(2 (n1+n2))), CI = d -/+ z se (Hedges & Olkin 1985);
 * J = scipy.special.gamma(m/2) / (sqrt(m/2) scipy.special.gamma((m-1)/2)), m = n1+n2-2, g = J d, CI = g -/+ z J se.
 */
class EffectSizesTest {

    @Test
    void cohensDWithHedgesOlkinInterval() {
        EffectSize d = EffectSizes.cohensD(TTestsTest.A, TTestsTest.B);
        assertEquals("Cohen's d", d.name());
        near(1.9887097691511615, d.value());
        near(0.7496011292168068, d.ciLow());
        near(3.227818409085516, d.ciHigh());
        near(d.value(), TTests.student(TTestsTest.A, TTestsTest.B).effect().value());
    }

    @Test
    void hedgesGWithExactCorrection() {
        EffectSize g = EffectSizes.hedgesG(TTestsTest.A, TTestsTest.B);
        near(1.8713410256598373, g.value());
        near(0.7053615201895898, g.ciLow());
        near(3.037320531130085, g.ciHigh());
        near(0.9409824674711481, EffectSizes.correction(13));
    }

    @Test
    void dzOfPairedData() {
        // dd = X - Y; dz = dd.mean() / dd.std(ddof=1); se = sqrt(1/n + dz**2/(2 n))
        EffectSize dz = TTests.paired(TTestsTest.X, TTestsTest.Y).effect();
        assertEquals("Cohen's d_z", dz.name());
        near(1.1533183390184636, dz.value());
        near(0.2591494534154619, dz.ciLow());
        near(2.0474872246214653, dz.ciHigh());
    }

    @Test
    void dFromT() {
        // d = -2.25 * sqrt(1/39 + 1/38); se as above with n1 = 39, n2 = 38
        EffectSize d = EffectSizes.dFromT(-2.25, 39, 38);
        near(-0.5128658465117546, d.value());
        near(-0.9669045693436917, d.ciLow());
        near(-0.058827123679817406, d.ciHigh());
        // and d from the t of data equals d from the data
        near(EffectSizes.cohensD(TTestsTest.A, TTestsTest.B).value(),
                EffectSizes.dFromT(TTests.student(TTestsTest.A, TTestsTest.B).t(), 8, 7).value());
    }

    @Test
    void phiAndCramersV() {
        // scipy.stats.contingency.association([[25, 14], [28, 10]], method='cramer')
        near(0.10342384675126773, EffectSizes.phi(0.8236298899158878, 77));
        // scipy.stats.contingency.association([[12, 5, 9], [7, 11, 4]], method='cramer')
        near(0.32887389117363536, EffectSizes.cramersV(5.1915857421930305, 48, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> EffectSizes.cramersV(Double.NaN, 10, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> EffectSizes.dFromT(2, 1, 10));
    }
}
