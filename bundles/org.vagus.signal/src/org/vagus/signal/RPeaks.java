package org.vagus.signal;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

import org.vagus.core.units.SamplingRate;

/**
 * R-peak positions as sample indices of the ECG they were found in, with its sampling rate and the method and
 * parameters that produced them. Immutable; the indices are strictly increasing.
 *
 * @since 0.1.0
 */
public final class RPeaks {
    private final SamplingRate rate;
    private final int[] samples;
    private final String method;
    private final Map<String, String> parameters;

    /**
     * @param rate the sampling rate of the ECG
     * @param samples the peak sample indices, strictly increasing, copied
     * @param method the detector name
     * @param parameters the detector's parameters, for provenance
     */
    public RPeaks(SamplingRate rate, int[] samples, String method, Map<String, String> parameters) {
        this.rate = Objects.requireNonNull(rate, "rate");
        this.samples = samples.clone();
        this.method = Objects.requireNonNull(method, "method");
        this.parameters = Map.copyOf(parameters);
        for (int i = 1; i < this.samples.length; i++) {
            if (this.samples[i] <= this.samples[i - 1]) {
                throw new IllegalArgumentException("R-peak indices must increase strictly: index " + i + " is "
                        + this.samples[i] + " after " + this.samples[i - 1]);
            }
        }
    }

    public SamplingRate rate() {
        return rate;
    }

    /** The number of peaks. */
    public int count() {
        return samples.length;
    }

    /** The sample index of peak {@code i}. */
    public int sample(int i) {
        return samples[i];
    }

    /** The time of peak {@code i} in seconds from sample 0. */
    public double seconds(int i) {
        return rate.sampleToSeconds(samples[i]);
    }

    /** A copy of the sample indices. */
    public int[] samples() {
        return samples.clone();
    }

    public String method() {
        return method;
    }

    /** The parameters that made these peaks (name to value with unit). */
    public Map<String, String> parameters() {
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RPeaks r && rate.equals(r.rate) && Arrays.equals(samples, r.samples)
                && method.equals(r.method) && parameters.equals(r.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rate, Arrays.hashCode(samples), method, parameters);
    }

    @Override
    public String toString() {
        return "RPeaks[" + samples.length + " peaks at " + rate + " by " + method + "]";
    }
}
