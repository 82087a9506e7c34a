package org.vagus.demo.internal;

import java.util.SplittableRandom;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A normal distribution truncated to {@code [lo, hi]}, fitted so that the <em>truncated</em> distribution has a
 * given mean and SD. The demo draws Table 1's scores from it: the seed reports the mean and SD of scores that the
 * eligibility rules bound (HAMA at least 14, HAMD at most 22, age 18-65), so drawing from the untruncated normal
 * with the reported moments and clipping would shift both.
 * <p>
 * Moments of the truncated normal (Johnson, Kotz &amp; Balakrishnan, Continuous Univariate Distributions, vol. 1,
 * ch. 13): with {@code a = (lo - mu) / sigma}, {@code b = (hi - mu) / sigma} and {@code Z = Phi(b) - Phi(a)},
 * {@code mean = mu + sigma (phi(a) - phi(b)) / Z} and
 * {@code var = sigma^2 [1 + (a phi(a) - b phi(b)) / Z - ((phi(a) - phi(b)) / Z)^2]}. The fit iterates (it converges slowly, linearly, when the moments push the parent far outside the bounds)
 * {@code mu += target mean - mean}, {@code sigma *= target SD / SD} to convergence. Draws are by inversion:
 * {@code mu + sigma Phi^-1(U)} with U uniform on {@code (Phi(a), Phi(b))}.
 *
 * @param mu the location of the parent normal
 * @param sigma its scale
 * @param lo the lower bound
 * @param hi the upper bound
 */
public record TruncatedNormal(double mu, double sigma, double lo, double hi) {
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    public TruncatedNormal {
        if (!(sigma > 0) || !(lo < hi)) {
            throw new IllegalArgumentException("truncated normal: sigma " + sigma + ", bounds " + lo + ".." + hi
                    + "; expected sigma > 0 and lo < hi");
        }
    }

    /**
     * The truncated normal on {@code [lo, hi]} with this mean and SD.
     *
     * @throws IllegalArgumentException if no truncated normal on the bounds has them (the mean outside the bounds,
     *             or an SD at least that of the uniform distribution on them)
     */
    public static TruncatedNormal withMoments(double mean, double sd, double lo, double hi) {
        if (!(mean > lo && mean < hi) || !(sd > 0) || sd >= (hi - lo) / Math.sqrt(12)) {
            throw new IllegalArgumentException("no truncated normal on [" + lo + ", " + hi + "] has mean " + mean
                    + " and SD " + sd);
        }
        double mu = mean;
        double sigma = sd;
        for (int i = 0; i < 20_000; i++) {
            TruncatedNormal t = new TruncatedNormal(mu, sigma, lo, hi);
            double dm = mean - t.mean();
            double ratio = sd / t.sd();
            mu += dm;
            sigma *= ratio;
            if (Math.abs(dm) < 1e-10 * Math.max(1, Math.abs(mean)) && Math.abs(ratio - 1) < 1e-10) {
                return new TruncatedNormal(mu, sigma, lo, hi);
            }
            if (!Double.isFinite(mu) || !Double.isFinite(sigma) || sigma > 1e6 * (hi - lo)) {
                break;
            }
        }
        throw new IllegalArgumentException("truncated normal on [" + lo + ", " + hi + "] with mean " + mean
                + " and SD " + sd + ": the fit did not converge");
    }

    /** The mean of the truncated distribution. */
    public double mean() {
        double a = (lo - mu) / sigma;
        double b = (hi - mu) / sigma;
        double z = STANDARD.cumulativeProbability(b) - STANDARD.cumulativeProbability(a);
        return mu + sigma * (STANDARD.density(a) - STANDARD.density(b)) / z;
    }

    /** The SD of the truncated distribution. */
    public double sd() {
        double a = (lo - mu) / sigma;
        double b = (hi - mu) / sigma;
        double z = STANDARD.cumulativeProbability(b) - STANDARD.cumulativeProbability(a);
        double pa = STANDARD.density(a);
        double pb = STANDARD.density(b);
        double r = (pa - pb) / z;
        double aa = Double.isInfinite(a) ? 0 : a * pa;
        double bb = Double.isInfinite(b) ? 0 : b * pb;
        return sigma * Math.sqrt(Math.max(0, 1 + (aa - bb) / z - r * r));
    }

    /** One draw. */
    public double sample(SplittableRandom random) {
        double pa = STANDARD.cumulativeProbability((lo - mu) / sigma);
        double pb = STANDARD.cumulativeProbability((hi - mu) / sigma);
        double u = pa + (pb - pa) * random.nextDouble();
        double x = mu + sigma * STANDARD.inverseCumulativeProbability(Math.min(Math.max(u, 1e-300), 1 - 1e-16));
        return Math.min(hi, Math.max(lo, x));
    }
}
