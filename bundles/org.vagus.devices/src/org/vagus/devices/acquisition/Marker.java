package org.vagus.devices.acquisition;

import java.util.Objects;

import org.vagus.core.units.SamplingRate;

/**
 * A marker on the sample clock: something that happened at a host time (a screen change, a response, a
 * note), placed on the recording's sample index through the {@link ClockFit} valid when it was taken.
 *
 * @param sampleIndex the sample nearest to the marker's host time (negative if it was taken before sample 0)
 * @param hostNanos the host clock time it was taken at
 * @param label what it marks, such as {@code feedback}; becomes {@code trial_type} in an events file
 * @since 0.1.0
 */
public record Marker(long sampleIndex, long hostNanos, String label) {
    /** @throws NullPointerException if the label is null */
    public Marker {
        Objects.requireNonNull(label, "label");
    }

    /**
     * @param rate the recording's sampling rate
     * @return the onset in seconds from sample 0
     */
    public double onsetSeconds(SamplingRate rate) {
        return rate.sampleToSeconds(sampleIndex);
    }
}
