package org.vagus.demo.internal;

import java.util.SplittableRandom;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * A beta distribution stretched onto {@code [lo, hi]}, chosen by its mean and SD (method of moments: with
 * {@code m = (mean - lo) / (hi - lo)} and {@code v = (sd / (hi - lo))^2}, {@code alpha = m k}, {@code beta = (1 - m) k},
 * {@code k = m (1 - m) / v - 1}). The demo draws each group's SCS total from it: a median split cuts a unimodal
 * distribution into two halves whose densities are highest at the cut, and the seed's Low SC group (2.36, SD 0.44
 * below 2.85, down to 1.33) has an SD above that of a uniform distribution on its range, which no truncated normal
 * reaches, while a beta with {@code beta < 1} (density rising toward the median) does.
 *
 * @param lo the lower bound
 * @param hi the upper bound
 * @param alpha the first shape parameter
 * @param beta the second shape parameter
 */
public record ScaledBeta(double lo, double hi, double alpha, double beta) {

    /**
     * @throws IllegalArgumentException if no beta on the bounds has this mean and SD
     */
    public static ScaledBeta withMoments(double mean, double sd, double lo, double hi) {
        double m = (mean - lo) / (hi - lo);
        double v = (sd / (hi - lo)) * (sd / (hi - lo));
        if (!(m > 0 && m < 1) || !(v > 0 && v < m * (1 - m))) {
            throw new IllegalArgumentException("no beta distribution on [" + lo + ", " + hi + "] has mean " + mean
                    + " and SD " + sd);
        }
        double k = m * (1 - m) / v - 1;
        return new ScaledBeta(lo, hi, m * k, (1 - m) * k);
    }

    /** One draw, by inversion of the beta distribution (Commons Math). */
    public double sample(SplittableRandom random) {
        BetaDistribution b = new BetaDistribution(null, alpha, beta);
        return lo + (hi - lo) * b.inverseCumulativeProbability(random.nextDouble());
    }
}
