package org.vagus.devices;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.vagus.core.units.SamplingRate;

/**
 * How to acquire: the sampling rate, the channels in the order the blocks will carry them, and
 * provider-specific options (for example {@code A2=ECG} to say which BITalino sensor is on a port, or
 * {@code heartRate=70} for the simulator). A sensor rejects options it does not know in
 * {@link Sensor#start}, so typing mistakes do not pass silently.
 *
 * @param rate one of {@link SensorDescription#samplingRates()}
 * @param channels names from {@link SensorDescription#channels()}, at least one, no repeats. Copied
 * @param options provider-specific settings, no null keys or values. Copied
 * @since 0.1.0
 */
public record SensorConfiguration(SamplingRate rate, List<String> channels, Map<String, String> options) {
    /**
     * @throws IllegalArgumentException if no channel is selected or a channel repeats
     */
    public SensorConfiguration {
        Objects.requireNonNull(rate, "sampling rate");
        channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
        options = Map.copyOf(Objects.requireNonNull(options, "options"));
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("sensor configuration: expected at least one channel");
        }
        Set<String> seen = new HashSet<>();
        for (String c : channels) {
            if (!seen.add(c)) {
                throw new IllegalArgumentException("sensor configuration: channel '" + c + "' selected twice");
            }
        }
    }

    /** A configuration without options. */
    public static SensorConfiguration of(SamplingRate rate, String... channels) {
        return new SensorConfiguration(rate, List.of(channels), Map.of());
    }

    /** A copy with one more option. */
    public SensorConfiguration withOption(String key, String value) {
        Map<String, String> copy = new java.util.HashMap<>(options);
        copy.put(key, value);
        return new SensorConfiguration(rate, channels, copy);
    }
}
