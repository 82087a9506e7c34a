package org.vagus.signal.hrv;

/**
 * The settings of the time-varying AR model ({@link TvarModel}). The series is normalised to zero mean and unit
 * variance before the fit, so {@code q} and {@code initialCovariance} are in normalised units.
 * <p>
 * <b>q.</b> The random walk {@code w_t ~ N(0, q I)} of the coefficients sets the time resolution: larger follows
 * faster and is noisier. What matters to the filter is the ratio of {@code q} to the measurement variance
 * {@code s2} (its memory is about {@code sqrt(s2 / q)} samples), and {@code s2} of a normalised interval series
 * depends on the interpolation by a factor of 30 (about 6e-3 for linear, 2e-4 for a cubic spline at 4 Hz and 75 bpm).
 * So by default {@code q} is given relative to {@code s2} ({@code qRelative}, {@code q = 1e-4 s2}), which gave the same
 * step response for linear and spline interpolation and for an evenly sampled series; in absolute normalised units
 * that is about 6e-7 (linear) or 2e-8 (spline), within the 1e-8..1e-6 a first prototype found good.
 * {@link #withQ(double)} sets an absolute {@code q} instead.
 *
 * @param order the AR order {@code p} (default 12, the seed study after Tarvainen et al. 2006)
 * @param q the random-walk variance per step: a multiple of {@code s2} when {@code qRelative}, else in normalised
 *        units (default {@link #DEFAULT_Q} relative); see {@link TvarModel} for the measured step responses
 * @param qRelative whether {@code q} multiplies the stationary measurement variance {@code s2} (default true)
 * @param initialCovariance {@code P_0 = initialCovariance * I}, the uncertainty of the initial (stationary Burg)
 *        coefficients (default 1e-3)
 * @param innovationTimeConstantS the time constant in seconds of the two-sided exponential window over which the
 *        local variance, and from it the innovation variance, is tracked (default 10 s)
 * @param bands the HRV bands (default Task Force 1996)
 * @param spectralStepHz the widest cell of the band integration, in hertz (default 0.0025 Hz)
 * @since 0.1.0
 */
public record TvarOptions(int order, double q, boolean qRelative, double initialCovariance,
        double innovationTimeConstantS, FrequencyBands bands, double spectralStepHz) {

    /** The default random-walk variance relative to {@code s2}, tuned on synthetic series (see {@link TvarModel}). */
    public static final double DEFAULT_Q = 1e-4;

    public TvarOptions {
        if (order < 1 || order > 64) {
            throw new IllegalArgumentException("AR order " + order + ": expected 1..64");
        }
        if (!(q > 0) || Double.isInfinite(q)) {
            throw new IllegalArgumentException("random-walk variance q " + q + ": expected a finite value > 0");
        }
        if (!(initialCovariance > 0) || Double.isInfinite(initialCovariance)) {
            throw new IllegalArgumentException("initial covariance " + initialCovariance + ": expected finite > 0");
        }
        if (!(innovationTimeConstantS > 0) || Double.isInfinite(innovationTimeConstantS)) {
            throw new IllegalArgumentException("variance time constant " + innovationTimeConstantS
                    + " s: expected finite > 0");
        }
        java.util.Objects.requireNonNull(bands, "bands");
        if (!(spectralStepHz > 0)) {
            throw new IllegalArgumentException("spectral step " + spectralStepHz + " Hz: expected > 0");
        }
    }

    /** Order 12, q = {@link #DEFAULT_Q} s2, P0 = 1e-3 I, 10 s variance window, Task Force bands, 0.0025 Hz cells. */
    public static TvarOptions defaults() {
        return new TvarOptions(12, DEFAULT_Q, true, 1e-3, 10, FrequencyBands.taskForce(), 0.0025);
    }

    public TvarOptions withOrder(int p) {
        return new TvarOptions(p, q, qRelative, initialCovariance, innovationTimeConstantS, bands, spectralStepHz);
    }

    /** Relative q: {@code q = ratio * s2}. */
    public TvarOptions withRelativeQ(double ratio) {
        return new TvarOptions(order, ratio, true, initialCovariance, innovationTimeConstantS, bands, spectralStepHz);
    }

    /** Absolute q in normalised units. */
    public TvarOptions withQ(double newQ) {
        return new TvarOptions(order, newQ, false, initialCovariance, innovationTimeConstantS, bands, spectralStepHz);
    }

    public TvarOptions withBands(FrequencyBands b) {
        return new TvarOptions(order, q, qRelative, initialCovariance, innovationTimeConstantS, b, spectralStepHz);
    }

    public TvarOptions withInnovationTimeConstant(double seconds) {
        return new TvarOptions(order, q, qRelative, initialCovariance, seconds, bands, spectralStepHz);
    }
}
