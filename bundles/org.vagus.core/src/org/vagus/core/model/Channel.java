package org.vagus.core.model;

import java.util.Objects;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;

/**
 * One signal of a recording, a column of a BIDS {@code *_physio.tsv.gz} file.
 *
 * @param name the column name, non-blank, without tabs or line breaks (such as {@code cardiac} or {@code ECG})
 * @param unit the unit of the stored values
 * @param samplingRate the channel's sampling rate
 * @param type what the channel measures
 * @param resolutionBits the analogue-to-digital converter resolution in bits (1..64), or 0 if unknown or not
 *            applicable (BITalino (r)evolution: 10 bits on A1-A4, 6 bits on A5-A6)
 * @since 0.1.0
 */
public record Channel(String name, Unit unit, SamplingRate samplingRate, ChannelType type, int resolutionBits) {
    /**
     * @throws IllegalArgumentException if the name is blank or holds tabs or line breaks, or resolutionBits is
     *             outside 0..64
     */
    public Channel {
        Checks.nonBlank("channel name", name);
        if (name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("channel name '" + name + "': tabs and line breaks are not allowed");
        }
        Objects.requireNonNull(unit, "channel unit");
        Objects.requireNonNull(samplingRate, "channel sampling rate");
        Objects.requireNonNull(type, "channel type");
        if (resolutionBits < 0 || resolutionBits > 64) {
            throw new IllegalArgumentException("channel " + name + " resolution: " + resolutionBits
                    + " bits, expected 1..64, or 0 for unknown");
        }
    }

    /** A channel of unknown resolution. */
    public static Channel of(String name, Unit unit, SamplingRate samplingRate, ChannelType type) {
        return new Channel(name, unit, samplingRate, type, 0);
    }

    /** True if {@link #resolutionBits()} is known. */
    public boolean hasResolution() {
        return resolutionBits > 0;
    }
}
