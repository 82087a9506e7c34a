package org.vagus.devices;

import java.util.List;
import java.util.Objects;

import org.vagus.core.units.SamplingRate;

/**
 * What the blocks of one acquisition carry, as {@link Sensor#streamFormat} tells: the rate and the channels in
 * block order (the order of {@link SensorConfiguration#channels()}), with the transfer functions the options
 * chose.
 *
 * @param rate the sampling rate of every channel
 * @param channels the acquired channels in block order, at least one. Copied
 * @param integral true if blocks carry raw {@code int} samples, false for {@code double} samples
 * @since 0.1.0
 */
public record StreamFormat(SamplingRate rate, List<ChannelDescription> channels, boolean integral) {
    /**
     * @throws IllegalArgumentException if there is no channel
     */
    public StreamFormat {
        Objects.requireNonNull(rate, "sampling rate");
        channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("stream format: expected at least one channel");
        }
    }

    /** The number of channels in each block. */
    public int channelCount() {
        return channels.size();
    }
}
