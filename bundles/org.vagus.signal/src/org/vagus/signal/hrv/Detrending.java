package org.vagus.signal.hrv;

import java.util.List;

/**
 * Removes the slow trend of an evenly sampled interval series before spectral analysis. Each stretch of valid
 * samples is detrended on its own (a gap never couples two stretches); masked samples become 0, the level of a
 * detrended series.
 *
 * @since 0.1.0
 */
public sealed interface Detrending permits Detrending.None, ZeroPhaseHighPass, SmoothnessPriors {

    /** No detrending (the spectral estimators still remove the mean). */
    Detrending NONE = new None();

    /** The seed study's detrending: a 0.02 Hz zero-phase high-pass. */
    static Detrending defaults() {
        return new ZeroPhaseHighPass(ZeroPhaseHighPass.DEFAULT_CUTOFF_HZ);
    }

    /**
     * Detrends one stretch of samples.
     *
     * @param x the samples (not modified)
     * @param fs their sampling rate in hertz
     * @return the detrended samples, a new array of the same length
     */
    double[] detrend(double[] x, double fs);

    /** A short description with the parameters and their units, for provenance. */
    String describe();

    /** Detrends every valid stretch of {@code series}; the unit, time base and mask stay. */
    default UniformSeries apply(UniformSeries series) {
        double[] v = series.valuesView();
        double[] out = new double[v.length];
        double fs = series.rate().hertz();
        List<int[]> runs = series.validRuns();
        for (int[] r : runs) {
            double[] part = detrend(java.util.Arrays.copyOfRange(v, r[0], r[1]), fs);
            System.arraycopy(part, 0, out, r[0], part.length);
        }
        return UniformSeries.wrap(series.startS(), series.rate(), series.unit(), out, series.validMask());
    }

    /** The identity. */
    record None() implements Detrending {
        @Override
        public double[] detrend(double[] x, double fs) {
            return x.clone();
        }

        @Override
        public String describe() {
            return "none";
        }
    }
}
