package org.vagus.io;

import java.util.Arrays;
import java.util.Objects;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;

/**
 * One uniformly sampled channel in physical units: its name, unit, sampling rate and samples. Immutable: the
 * samples are copied in and {@link #samples()} hands out a copy; hot loops read {@link #sample(int)}, which the
 * JIT compiles to a plain array access. Missing samples (for example WFDB's invalid-sample code) are NaN.
 *
 * @since 0.1.0
 */
public final class Signal {
    private final String name;
    private final Unit unit;
    private final SamplingRate rate;
    private final double[] samples;

    /**
     * @param name the channel name (for example a lead: {@code MLII}); not blank
     * @param unit the physical unit of the samples
     * @param rate the sampling rate
     * @param samples the samples, copied
     */
    public Signal(String name, Unit unit, SamplingRate rate, double[] samples) {
        this.name = Objects.requireNonNull(name, "name");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.rate = Objects.requireNonNull(rate, "rate");
        this.samples = Objects.requireNonNull(samples, "samples").clone();
        if (name.isBlank()) {
            throw new IllegalArgumentException("signal name must not be blank");
        }
    }

    public String name() {
        return name;
    }

    public Unit unit() {
        return unit;
    }

    public SamplingRate rate() {
        return rate;
    }

    /** The number of samples. */
    public int length() {
        return samples.length;
    }

    /** Sample {@code i} in {@link #unit()}. */
    public double sample(int i) {
        return samples[i];
    }

    /** A copy of all samples. */
    public double[] samples() {
        return samples.clone();
    }

    /** Duration covered by the samples, in seconds ({@code length / rate}). */
    public double durationSeconds() {
        return samples.length / rate.hertz();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signal s && name.equals(s.name) && unit.equals(s.unit) && rate.equals(s.rate)
                && Arrays.equals(samples, s.samples);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, unit, rate, Arrays.hashCode(samples));
    }

    @Override
    public String toString() {
        return "Signal[" + name + ", " + samples.length + " samples in " + unit + " at " + rate + "]";
    }
}
