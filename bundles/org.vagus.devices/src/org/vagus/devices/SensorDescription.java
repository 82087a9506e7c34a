package org.vagus.devices;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.vagus.core.units.SamplingRate;

/**
 * What an open sensor offers.
 *
 * @param id identifies the device itself across sessions (a MAC address, a serial number,
 *            {@code simulated-1}), non-blank
 * @param name a human-readable name, such as {@code BITalino (r)evolution, firmware 5.2}
 * @param channels the channels it can acquire, at least one, unique names. Copied
 * @param samplingRates the rates it offers, at least one, ascending. Copied
 * @since 0.1.0
 */
public record SensorDescription(String id, String name, List<ChannelDescription> channels,
        List<SamplingRate> samplingRates) {
    /**
     * @throws IllegalArgumentException if a text is blank, a list is empty, channel names repeat or the rates are
     *             not strictly ascending
     */
    public SensorDescription {
        DeviceInfo.requireText("sensor id", id);
        DeviceInfo.requireText("sensor name", name);
        channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
        samplingRates = List.copyOf(Objects.requireNonNull(samplingRates, "sampling rates"));
        if (channels.isEmpty() || samplingRates.isEmpty()) {
            throw new IllegalArgumentException("sensor " + id + ": expected at least one channel and one sampling rate");
        }
        Set<String> seen = new HashSet<>();
        for (ChannelDescription c : channels) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException("sensor " + id + ": duplicate channel '" + c.name() + "'");
            }
        }
        for (int i = 1; i < samplingRates.size(); i++) {
            if (!(samplingRates.get(i).hertz() > samplingRates.get(i - 1).hertz())) {
                throw new IllegalArgumentException("sensor " + id + ": sampling rates " + samplingRates
                        + ", expected strictly ascending");
            }
        }
    }

    /** The channel with this name, if the sensor has it. */
    public Optional<ChannelDescription> channel(String channelName) {
        return channels.stream().filter(c -> c.name().equals(channelName)).findFirst();
    }

    /** True if the sensor offers this rate. */
    public boolean offers(SamplingRate rate) {
        return samplingRates.contains(rate);
    }
}
