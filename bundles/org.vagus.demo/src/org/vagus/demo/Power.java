package org.vagus.demo;

import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The power of Student's two-sided two-sample t-test, exactly, from the non-central t distribution (Cohen 1988,
 * Statistical Power Analysis, ch. 2). Commons Math has no non-central t, so its tail is written as the expectation
 * over the chi-square variable of the t statistic: with {@code T' = (Z + delta) / sqrt(V / df)}, Z standard normal,
 * V chi-square with {@code df} degrees of freedom,
 *
 * <pre>
 * P(|T'| &gt; c) = E_V[ Phi(delta - c sqrt(V / df)) + Phi(-delta - c sqrt(V / df)) ],
 * delta = d sqrt(n1 n2 / (n1 + n2)),   df = n1 + n2 - 2,   c = t_{1 - alpha/2, df},
 * </pre>
 *
 * integrated with Commons Math's Gauss-Legendre integrator against the chi-square density (Commons Math
 * distributions throughout).
 *
 * @since 0.1.0
 */
public final class Power {
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    private Power() {
    }

    /**
     * @param d the true standardised difference (Cohen's d; its sign does not matter)
     * @param n1 the first group's size, at least 2
     * @param n2 the second group's size, at least 2
     * @param alpha the two-sided level, such as 0.05
     * @return the probability that the test rejects at {@code alpha}
     */
    public static double twoSampleT(double d, int n1, int n2, double alpha) {
        if (n1 < 2 || n2 < 2 || !(alpha > 0 && alpha < 1) || !Double.isFinite(d)) {
            throw new IllegalArgumentException("power: d " + d + ", n " + n1 + " and " + n2 + ", alpha " + alpha
                    + "; expected finite d, groups of 2 or more, 0 < alpha < 1");
        }
        int df = n1 + n2 - 2;
        double delta = Math.abs(d) * Math.sqrt((double) n1 * n2 / (n1 + n2));
        double c = new TDistribution(null, df).inverseCumulativeProbability(1 - alpha / 2);
        ChiSquaredDistribution chi = new ChiSquaredDistribution(null, df);
        double spread = Math.sqrt(2.0 * df);
        double lo = Math.max(0, df - 15 * spread);
        double hi = df + 25 * spread;
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(32, 1e-12, 1e-12);
        double p = integrator.integrate(100_000, v -> {
            double s = c * Math.sqrt(v / df);
            return chi.density(v) * (STANDARD.cumulativeProbability(delta - s)
                    + STANDARD.cumulativeProbability(-delta - s));
        }, lo, hi);
        return Math.min(1, Math.max(0, p));
    }
}
