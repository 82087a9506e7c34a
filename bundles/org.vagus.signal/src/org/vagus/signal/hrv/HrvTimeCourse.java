package org.vagus.signal.hrv;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;

/**
 * Band powers over time from the time-varying AR spectrum: VLF, LF and HF in ms^2 at every sample of the evenly
 * sampled series, and the normalised powers nHF = HF / (LF + HF), nLF = LF / (LF + HF) as fractions (0..1) and
 * LF/HF. Steps inside masked gaps are marked invalid (their values are finite but meaningless). Immutable.
 *
 * @since 0.1.0
 */
public final class HrvTimeCourse {
    private final double startS;
    private final SamplingRate rate;
    private final FrequencyBands bands;
    private final double[] vlf;
    private final double[] lf;
    private final double[] hf;
    private final boolean[] valid;

    HrvTimeCourse(double startS, SamplingRate rate, FrequencyBands bands, double[] vlf, double[] lf, double[] hf,
            boolean[] valid) {
        this.startS = startS;
        this.rate = rate;
        this.bands = bands;
        this.vlf = vlf;
        this.lf = lf;
        this.hf = hf;
        this.valid = valid;
    }

    /** The number of steps. */
    public int length() {
        return vlf.length;
    }

    public SamplingRate rate() {
        return rate;
    }

    public FrequencyBands bands() {
        return bands;
    }

    /** The time of step {@code i} in seconds on the recording's time base. */
    public double time(int i) {
        return startS + i / rate.hertz();
    }

    /** True unless step {@code i} lies in a masked gap. */
    public boolean isValid(int i) {
        return valid[i];
    }

    /** The powers at step {@code i}. */
    public BandPowers at(int i) {
        return new BandPowers(vlf[i], lf[i], hf[i]);
    }

    /** HF / (LF + HF) at step {@code i}. */
    public double nHf(int i) {
        return BandPowers.ratio(hf[i], lf[i] + hf[i]);
    }

    /** LF / (LF + HF) at step {@code i}. */
    public double nLf(int i) {
        return BandPowers.ratio(lf[i], lf[i] + hf[i]);
    }

    /** LF / HF at step {@code i}. */
    public double lfHf(int i) {
        return BandPowers.ratio(lf[i], hf[i]);
    }

    /** VLF power in ms^2 at step {@code i}. */
    public double vlf(int i) {
        return vlf[i];
    }

    /** LF power in ms^2 at step {@code i}. */
    public double lf(int i) {
        return lf[i];
    }

    /** HF power in ms^2 at step {@code i}. */
    public double hf(int i) {
        return hf[i];
    }

    /** VLF + LF + HF in ms^2 at step {@code i}. */
    public double total(int i) {
        return vlf[i] + lf[i] + hf[i];
    }

    /** nHF over time as a series (dimensionless, the mask of the analysis), ready for event-locked epochs. */
    public UniformSeries nHfSeries() {
        double[] v = new double[length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = nHf(i);
        }
        return UniformSeries.wrap(startS, rate, Unit.DIMENSIONLESS, v, valid.clone());
    }

    /** HF over time as a series in ms^2. */
    public UniformSeries hfSeries() {
        return UniformSeries.wrap(startS, rate, BandPowers.UNIT, hf.clone(), valid.clone());
    }

    /** LF over time as a series in ms^2. */
    public UniformSeries lfSeries() {
        return UniformSeries.wrap(startS, rate, BandPowers.UNIT, lf.clone(), valid.clone());
    }
}
