package org.vagus.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.vagus.demo.Power;
import org.vagus.demo.internal.ScaledBeta;
import org.vagus.demo.internal.TruncatedNormal;

/** The distributions the population is drawn from, and the power of the recovery benchmark. */
class StatisticsHelpersTest {

    @Test
    void truncatedNormalFitMatchesScipy() {
        // reference: the same fixed-point fit run with scipy.stats.truncnorm moments (python3, scipy 1.x):
        // (33.66, 12.17, [17.5, 65.5]) -> mu -27.717720, sigma 38.761007 (the seed's Low SC age)
        // (20.79, 5.85, [13.5, 56.5]) -> mu 8.589915, sigma 11.100146 (High SC HAMA)
        // (16.29, 3.98, [-0.5, 22.5]) -> mu 18.134023, sigma 5.234345 (Low SC HAMD)
        check(TruncatedNormal.withMoments(33.66, 12.17, 17.5, 65.5), -27.717720, 38.761007);
        check(TruncatedNormal.withMoments(20.79, 5.85, 13.5, 56.5), 8.589915, 11.100146);
        check(TruncatedNormal.withMoments(16.29, 3.98, -0.5, 22.5), 18.134023, 5.234345);
    }

    private static void check(TruncatedNormal t, double mu, double sigma) {
        assertEquals(mu, t.mu(), 1e-3 * Math.abs(mu) + 1e-4);
        assertEquals(sigma, t.sigma(), 1e-3 * sigma);
    }

    @Test
    void truncatedNormalDrawsHaveTheFittedMoments() {
        TruncatedNormal t = TruncatedNormal.withMoments(24.68, 5.49, 13.5, 56.5);
        SplittableRandom r = new SplittableRandom(7);
        int n = 200_000;
        double s = 0;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double x = t.sample(r);
            if (x < 13.5 || x > 56.5) {
                throw new AssertionError("draw outside the bounds: " + x);
            }
            s += x;
            ss += x * x;
        }
        double mean = s / n;
        double sd = Math.sqrt(ss / n - mean * mean);
        // standard error of the mean 5.49 / sqrt(2e5) = 0.012: 0.06 is five of them
        assertEquals(24.68, mean, 0.06);
        assertEquals(5.49, sd, 0.06);
    }

    @Test
    void impossibleMomentsAreRefused() {
        // the seed's Low SC SCS (SD 0.44 on a 1.5 wide range) exceeds a uniform's SD (0.433): no truncated normal
        assertThrows(IllegalArgumentException.class, () -> TruncatedNormal.withMoments(2.36, 0.44, 1.327, 2.827));
    }

    @Test
    void scaledBetaMatchesMethodOfMoments() {
        // reference (python3): m = (mean - lo) / (hi - lo), v = (sd / (hi - lo))^2, k = m (1 - m) / v - 1;
        // Low SC SCS 2.36 (0.44) on [34.5/26, 73.5/26]: alpha 1.027269, beta 0.464298
        ScaledBeta b = ScaledBeta.withMoments(2.36, 0.44, 34.5 / 26, 73.5 / 26);
        assertEquals(1.027269, b.alpha(), 1e-5);
        assertEquals(0.464298, b.beta(), 1e-5);
        SplittableRandom r = new SplittableRandom(3);
        double s = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            s += b.sample(r);
        }
        assertEquals(2.36, s / n, 0.01);
    }

    @Test
    void powerMatchesTheNoncentralT() {
        // reference: scipy.stats.nct.sf(c, df, delta) + nct.cdf(-c, df, delta), c = t.ppf(0.975, df),
        // delta = d sqrt(n1 n2 / (n1 + n2))
        assertEquals(0.6148893093, Power.twoSampleT(0.52, 39, 38, 0.05), 1e-6);
        assertEquals(0.7384172093, Power.twoSampleT(0.60, 39, 38, 0.05), 1e-6);
        assertEquals(0.5301385639, Power.twoSampleT(-0.47, 39, 38, 0.05), 1e-6);
        assertEquals(0.0999259108, Power.twoSampleT(0.2, 20, 25, 0.05), 1e-6);
        assertEquals(0.6035474433, Power.twoSampleT(1.0, 10, 12, 0.05), 1e-6);
        // no effect: the level itself
        assertEquals(0.05, Power.twoSampleT(0, 39, 38, 0.05), 1e-6);
    }
}
