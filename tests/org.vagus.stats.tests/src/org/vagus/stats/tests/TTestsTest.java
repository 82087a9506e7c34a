package org.vagus.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vagus.stats.tests.Ref.near;

import org.junit.jupiter.api.Test;
import org.vagus.stats.Summary;
import org.vagus.stats.TTestResult;
import org.vagus.stats.TTests;

class TTestsTest {
    static final double[] A = {5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 5.3, 6.1};
    static final double[] B = {4.2, 4.8, 5.0, 4.6, 5.3, 4.4, 4.9};
    static final double[] X = {12.1, 10.4, 11.8, 13.0, 9.9, 12.5, 11.1, 10.8};
    static final double[] Y = {11.0, 10.1, 11.9, 11.6, 9.0, 11.8, 10.2, 10.9};

    @Test
    void studentFromData() {
        // r = scipy.stats.ttest_ind(A, B); r.confidence_interval(0.95)
        TTestResult r = TTests.student(A, B);
        near(3.8425523338129213, r.t());
        near(0.002036078329259022, r.p());
        near(13.0, r.df());
        near(0.38071023952931476, r.ciLow());
        near(1.3585754747563992, r.ciHigh());
        assertEquals("Student's t-test", r.test());
        assertEquals(8, r.n1());
        assertEquals(7, r.n2());
    }

    @Test
    void welchFromData() {
        // r = scipy.stats.ttest_ind(A, B, equal_var=False); r.df; r.confidence_interval(0.95)
        TTestResult r = TTests.welch(A, B);
        near(3.9137407537389497, r.t());
        near(0.0018227909577030407, r.p());
        near(12.827299741275047, r.df());
        near(0.38894579607506774, r.ciLow());
        near(1.3503399182106461, r.ciHigh());
    }

    @Test
    void pairedFromData() {
        // r = scipy.stats.ttest_rel(X, Y); r.confidence_interval(0.95)
        TTestResult r = TTests.paired(X, Y);
        near(3.262076873547045, r.t());
        near(0.013824686268810964, r.p());
        near(7.0, r.df());
        near(0.17538705207573346, r.ciLow());
        near(1.099612947924267, r.ciHigh());
    }

    @Test
    void pairedFromSummaryOfDifferencesEqualsPairedFromData() {
        double[] d = new double[X.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = X[i] - Y[i];
        }
        TTestResult r = TTests.paired(Summary.of(d));
        near(3.262076873547045, r.t());
        near(0.013824686268810964, r.p());
    }

    @Test
    void oneSampleFromDataAndSummary() {
        // r = scipy.stats.ttest_1samp(A, 5.0); r.confidence_interval(0.95)
        TTestResult r = TTests.oneSample(A, 5.0);
        near(3.569625885346298, r.t());
        near(0.009101473008820858, r.p());
        near(5.206762143815647 - 5.0, r.ciLow());
        near(6.018237856184353 - 5.0, r.ciHigh());
        TTestResult s = TTests.oneSample(Summary.of(A), 5.0);
        near(r.t(), s.t());
        near(r.p(), s.p());
    }

    @Test
    void fromSummaryStatistics() {
        // scipy.stats.ttest_ind_from_stats(2.91, 0.41, 39, 2.72, 0.37, 38, equal_var=True)
        TTestResult s = TTests.student(new Summary(2.91, 0.41, 39), new Summary(2.72, 0.37, 38));
        near(2.1330520129888355, s.t());
        near(0.03619202084395816, s.p());
        near(75, s.df());
        // scipy.stats.ttest_ind_from_stats(2.91, 0.41, 39, 2.72, 0.37, 38, equal_var=False)
        TTestResult w = TTests.welch(new Summary(2.91, 0.41, 39), new Summary(2.72, 0.37, 38));
        near(2.135925456934601, w.t());
        near(0.035968096393121526, w.p());
    }

    @Test
    void summaryOfDataGivesTheSameTestAsTheData() {
        TTestResult fromData = TTests.welch(A, B);
        TTestResult fromSummary = TTests.welch(Summary.of(A), Summary.of(B));
        near(fromData.t(), fromSummary.t());
        near(fromData.df(), fromSummary.df());
    }

    @Test
    void twoValuesPerGroupIsEnough() {
        // scipy.stats.ttest_ind([1, 2], [3, 5]) -> statistic -2.23606797749979, pvalue 0.1548457452714834
        TTestResult r = TTests.student(new double[] {1, 2}, new double[] {3, 5});
        near(-2.23606797749979, r.t());
        near(0.1548457452714834, r.p());
    }

    @Test
    void oneValueInAGroupIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TTests.student(new double[] {1, 2, 3}, new double[] {4}));
        assertEquals("group 2 has n = 1; a t-test needs at least 2 values per group", e.getMessage());
    }

    @Test
    void zeroVarianceInBothGroupsIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TTests.welch(new double[] {2, 2, 2}, new double[] {3, 3}));
        assertEquals("zero variance in both groups: t is undefined", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TTests.paired(new double[] {1, 2, 3}, new double[] {0, 1, 2}));
        assertThrows(IllegalArgumentException.class, () -> TTests.oneSample(new double[] {4, 4}, 0));
    }

    @Test
    void zeroVarianceInOneGroupStillGivesWelch() {
        // scipy.stats.ttest_ind([2, 2, 2], [1, 3, 4], equal_var=False) -> -0.7559289460184544, 0.5285954792089683
        TTestResult r = TTests.welch(new double[] {2, 2, 2}, new double[] {1, 3, 4});
        near(-0.7559289460184544, r.t());
        near(0.5285954792089683, r.p());
    }

    @Test
    void missingAndUnequalPairsAreClearErrors() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> TTests.student(new double[] {1, Double.NaN, 3}, B));
        assertTrue(nan.getMessage().contains("group 1 value 2 is NaN"), nan.getMessage());
        IllegalArgumentException pairs = assertThrows(IllegalArgumentException.class, () -> TTests.paired(A, B));
        assertTrue(pairs.getMessage().contains("first has 8 values, second has 7"), pairs.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Summary(1, -0.5, 10));
    }
}
