package org.vagus.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vagus.stats.tests.Ref.near;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.stats.ConsistencyResult;
import org.vagus.stats.ReportedTest;
import org.vagus.stats.StatCheck;

class StatCheckTest {

    private static ConsistencyResult one(String text) {
        List<ConsistencyResult> r = StatCheck.check(text);
        assertEquals(1, r.size(), text);
        return r.get(0);
    }

    @Test
    void theIssueExampleIsInconsistent() {
        ConsistencyResult r = one("t(75) = 2.73, p = 0.04");
        // 2 * scipy.stats.t.sf(2.73, 75); bounds 2 * t.sf(2.735, 75), 2 * t.sf(2.725, 75)
        near(0.007888578197889776, r.recomputedP());
        near(0.007780625288456555, r.pLow());
        near(0.007997897919585403, r.pHigh());
        assertFalse(r.consistent());
        assertFalse(r.decisionError());
        assertEquals(ReportedTest.Kind.T, r.reported().kind());
        assertEquals(75, r.reported().df1());
        assertEquals(2, r.reported().pDecimals());
        assertTrue(r.describe().startsWith("t(75) = 2.73, p = 0.04: inconsistent; recomputed p = 0.0079"), r.describe());
        assertTrue(one("t(75) = 2.73, p = .008").consistent());
    }

    @Test
    void roundingOfTheStatisticIsAllowedFor() {
        // 2 * t.sf(2.7, 75) = 0.00857 would round to .009, but t = 2.7 may be anything in [2.65, 2.75]:
        // 2 * t.sf(2.75, 75) = 0.00746, 2 * t.sf(2.65, 75) = 0.00981, so p = .008 is consistent
        ConsistencyResult r = one("t(75) = 2.7, p = .008");
        assertTrue(r.consistent());
        near(0.008565536051742416, r.recomputedP());
        near(0.00981238926573366, r.pHigh());
        // 2 * t.sf(2.195, 28) = 0.03662, 2 * t.sf(2.205, 28) = 0.03584: .036 consistent, .035 not
        assertTrue(one("t(28) = 2.20, p = .036").consistent());
        assertFalse(one("t(28) = 2.20, p = .035").consistent());
        assertFalse(one("t(28) = 2.20, p = .000").consistent());
    }

    @Test
    void fRChiSquareAndZForms() {
        // scipy.stats.f.sf(4.10, 1, 75)
        ConsistencyResult f = one("F(1, 75) = 4.10, p = .046");
        near(0.04644305093463526, f.recomputedP());
        assertTrue(f.consistent());
        assertEquals(75, f.reported().df2());
        ConsistencyResult fWrong = one("F(1, 75) = 4.10, p = .46");
        assertFalse(fWrong.consistent());
        assertTrue(fWrong.decisionError());
        // 2 * scipy.stats.t.sf(.32 * sqrt(75 / (1 - .32**2)), 75); bounds at r = .325 (0.00393) and .315 (0.00527)
        ConsistencyResult r = one("r(75) = .32, p = .004");
        near(0.004552983863162025, r.recomputedP());
        assertTrue(r.consistent());
        assertFalse(one("r(75) = .32, p = .006").consistent());
        // scipy.stats.chi2.sf(0.52, 1)
        ConsistencyResult chi = one("χ2(1, N = 77) = 0.52, p = .47");
        near(0.4708416819906315, chi.recomputedP());
        assertTrue(chi.consistent());
        assertEquals(ReportedTest.Kind.CHI2, chi.reported().kind());
        assertTrue(one("χ²(1) = 0.52, p = .47").consistent());
        assertFalse(one("chi2(1, N = 77) = 0.52, p = .047").consistent());
        // scipy.stats.chi2.sf(5.19, 2)
        near(0.07464587607443557, one("chi2(2) = 5.19, p = .075").recomputedP());
        // 2 * scipy.stats.norm.sf(2.10)
        ConsistencyResult z = one("z = 2.10, p = .036");
        near(0.035728841125633085, z.recomputedP());
        assertTrue(z.consistent());
        // 2 * scipy.stats.t.sf(2.10, 72.41): Welch df and a typographic minus
        ConsistencyResult welch = one("t(72.41) = −2.10, p = .039");
        near(0.03921310281504991, welch.recomputedP());
        assertTrue(welch.consistent());
    }

    @Test
    void inequalitiesAndDecisionErrors() {
        assertTrue(one("t(28) = 2.20, p < .05").consistent());
        // 2 * scipy.stats.t.sf(1.20, 28) = 0.2402
        ConsistencyResult ns = one("t(28) = 1.20, p < .05");
        near(0.2401945897502208, ns.recomputedP());
        assertFalse(ns.consistent());
        assertTrue(ns.decisionError());
        assertTrue(one("t(28) = 1.20, p > .05").consistent());
        // scipy.stats.f.sf(3.2, 2, 40) = 0.0514: not below .05 even at F = 3.205
        ConsistencyResult f = one("F(2, 40) = 3.20, p < .05");
        near(0.051385456071628095, f.recomputedP());
        assertFalse(f.consistent());
        assertTrue(f.decisionError());
    }

    @Test
    void findsSeveralResultsInAText() {
        List<ConsistencyResult> r = StatCheck.check(
                "Groups differed, t(75) = -2.25, p = .027, d = 0.51, and anxiety correlated, r(75) = .32, p = .004.");
        assertEquals(2, r.size());
        assertTrue(r.get(0).consistent());
        assertEquals(-2.25, r.get(0).reported().statistic());
        assertEquals(ReportedTest.Kind.R, r.get(1).reported().kind());
    }

    @Test
    void unreadableReportsAreClearErrors() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> StatCheck.check("no stats here"));
        assertTrue(none.getMessage().startsWith("no test result found in 'no stats here'"));
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class, () -> StatCheck.check("F(3) = 2.1, p = .2"));
        assertTrue(f.getMessage().contains("F needs two degrees of freedom"), f.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StatCheck.check("r(20) = 1.3, p = .01"));
        assertThrows(IllegalArgumentException.class, () -> StatCheck.check("t = 2.1, p = .04"));
    }
}
