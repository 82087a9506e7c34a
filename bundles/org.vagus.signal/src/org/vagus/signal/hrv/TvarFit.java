package org.vagus.signal.hrv;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;

/**
 * The result of {@link TvarModel#fit(UniformSeries)}: the smoothed AR coefficients and the tracked innovation
 * variance at every sample, on the series' time base, with the scale that brings the spectra back to the series'
 * unit (ms^2 for an interval series in ms). Immutable.
 *
 * @since 0.1.0
 */
public final class TvarFit {
    private final double startS;
    private final SamplingRate rate;
    private final int order;
    private final double[] theta;
    private final double[] s2;
    private final double scale;
    private final boolean[] valid;
    private final ArModel stationary;
    private final TvarOptions options;
    private final int unstableSteps;

    TvarFit(double startS, SamplingRate rate, int order, double[] theta, double[] s2, double scale, boolean[] valid,
            ArModel stationary, TvarOptions options, int unstableSteps) {
        this.unstableSteps = unstableSteps;
        this.startS = startS;
        this.rate = rate;
        this.order = order;
        this.theta = theta;
        this.s2 = s2;
        this.scale = scale;
        this.valid = valid;
        this.stationary = stationary;
        this.options = options;
    }

    /** The number of time steps (samples of the series). */
    public int length() {
        return s2.length;
    }

    public SamplingRate rate() {
        return rate;
    }

    public int order() {
        return order;
    }

    public TvarOptions options() {
        return options;
    }

    /** The time of step {@code i} in seconds. */
    public double time(int i) {
        return startS + i / rate.hertz();
    }

    /** True unless step {@code i} lies in a masked gap of the series. */
    public boolean isValid(int i) {
        return valid[i];
    }

    /**
     * The number of steps whose smoothed model was not stable (a reflection coefficient of magnitude 1 or more);
     * their innovation variance assumes the stationary variance gain. Normally 0.
     */
    public int unstableSteps() {
        return unstableSteps;
    }

    /** The variance of the series (its normalisation), in the squared unit of the series. */
    public double seriesVariance() {
        return scale;
    }

    /** The stationary Burg fit of the normalised series that initialised the filter (unit variance). */
    public ArModel stationaryModel() {
        return stationary;
    }

    /** The innovation variance at step {@code i}, in the squared unit of the series. */
    public double innovationVariance(int i) {
        return s2[i] * scale;
    }

    /** The smoothed coefficients {@code a_1..a_p} at step {@code i}. */
    public double[] coefficients(int i) {
        double[] a = new double[order];
        System.arraycopy(theta, i * order, a, 0, order);
        return a;
    }

    /** The AR model at step {@code i}, with the tracked innovation variance, in the series' squared unit. */
    public ArModel model(int i, Unit squaredUnit) {
        return new ArModel(coefficients(i), innovationVariance(i), rate, squaredUnit);
    }

    /** The band powers at every step with the options' bands and integration step. */
    public HrvTimeCourse bandPowers() {
        return bandPowers(options.bands(), options.spectralStepHz());
    }

    /**
     * The VLF, LF, HF powers of the AR spectrum at every step (midpoint integration, cells no wider than
     * {@code stepHz}).
     */
    public HrvTimeCourse bandPowers(FrequencyBands bands, double stepHz) {
        int n = length();
        BandIntegrator integrator = new BandIntegrator(order, bands, rate.hertz(), stepHz);
        double[] vlf = new double[n];
        double[] lf = new double[n];
        double[] hf = new double[n];
        double[] out = new double[3];
        for (int i = 0; i < n; i++) {
            integrator.integrate(theta, i * order, s2[i] * scale, out);
            vlf[i] = out[0];
            lf[i] = out[1];
            hf[i] = out[2];
        }
        return new HrvTimeCourse(startS, rate, bands, vlf, lf, hf, valid);
    }
}
