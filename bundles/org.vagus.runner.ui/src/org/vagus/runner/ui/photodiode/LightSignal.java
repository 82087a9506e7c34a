package org.vagus.runner.ui.photodiode;

import java.util.Objects;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;

/**
 * A sampled light channel (the BITalino LUX sensor, or any photodiode on an analogue input) on a recording's time
 * base: sample {@code i} lies at {@code startSeconds + i / rate} seconds from the recording's first sample, the time
 * base of the events file and of the timing audit's onsets. Immutable: the samples are copied in and out.
 *
 * @since 0.1.0
 */
public final class LightSignal {
    private final double[] samples;
    private final SamplingRate rate;
    private final double startSeconds;
    private final Unit unit;

    /**
     * @param samples the light values (any unit in which more light is a larger value); copied
     * @param rate the sampling rate
     * @param startSeconds the time of the first sample on the recording's time base (0 for a whole recording)
     * @param unit the values' unit (percent of the sensor's range for the BITalino LUX, lx, or raw ADC counts as
     *            {@link Unit#DIMENSIONLESS})
     * @throws IllegalArgumentException if there are fewer than 2 samples or one is not finite
     */
    public LightSignal(double[] samples, SamplingRate rate, double startSeconds, Unit unit) {
        Objects.requireNonNull(samples, "samples");
        this.rate = Objects.requireNonNull(rate, "rate");
        this.unit = Objects.requireNonNull(unit, "unit");
        if (samples.length < 2) {
            throw new IllegalArgumentException("light signal: " + samples.length + " samples, expected at least 2");
        }
        for (int i = 0; i < samples.length; i++) {
            if (!Double.isFinite(samples[i])) {
                throw new IllegalArgumentException("light signal: sample " + i + " is " + samples[i]
                        + ", expected a finite value");
            }
        }
        if (!Double.isFinite(startSeconds)) {
            throw new IllegalArgumentException("light signal: start " + startSeconds + " s, expected a finite time");
        }
        this.samples = samples.clone();
        this.startSeconds = startSeconds;
    }

    /** The number of samples. */
    public int length() {
        return samples.length;
    }

    /** Sample {@code i}. */
    public double sample(int i) {
        return samples[i];
    }

    /** A copy of the samples. */
    public double[] samples() {
        return samples.clone();
    }

    /** The sampling rate. */
    public SamplingRate rate() {
        return rate;
    }

    /** The time of the first sample, in seconds on the recording's time base. */
    public double startSeconds() {
        return startSeconds;
    }

    /** The unit of the values. */
    public Unit unit() {
        return unit;
    }

    /** The time of a (possibly fractional) sample position, in seconds on the recording's time base. */
    public double secondsAt(double samplePosition) {
        return startSeconds + samplePosition / rate.hertz();
    }

    /** The duration covered, in seconds. */
    public double durationSeconds() {
        return samples.length / rate.hertz();
    }

    /** Package access to the array for the detector's loop, without a copy. */
    double[] array() {
        return samples;
    }

    @Override
    public String toString() {
        return "LightSignal[" + samples.length + " samples at " + rate + " from " + startSeconds + " s, " + unit + "]";
    }
}
