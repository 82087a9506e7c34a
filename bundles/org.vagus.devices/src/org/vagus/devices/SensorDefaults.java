package org.vagus.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.vagus.core.units.SamplingRate;

/**
 * What a recording uses when the researcher leaves the device, the channels or the rate unsaid, and how named
 * channels and rates are matched to what a sensor offers. One place for {@code vagus record}, {@code vagus run
 * --sensor}, the Record dialog and the Session view, so that they choose alike:
 * <ul>
 * <li>device: the only one the provider discovers ({@link #discover});</li>
 * <li>channels: the sensor's first ECG channel, else its first channel ({@link #defaultChannels});</li>
 * <li>rate: {@value #DEFAULT_RATE_HZ} Hz (the seed's ECG rate) if offered, else the highest ({@link #defaultRate}).
 * </li>
 * </ul>
 * Plain Java; the callers word the errors for their users (a command line names its options, a dialog does not),
 * from the texts given here.
 *
 * @since 0.1.0
 */
public final class SensorDefaults {
    /** The preferred sampling rate, in hertz. */
    public static final double DEFAULT_RATE_HZ = 1000;

    private SensorDefaults() {
    }

    /**
     * What a provider's discovery found, for a recording that names no device.
     *
     * @param sensorId the provider's id
     * @param devices the devices found, in the provider's order. Copied
     * @param warnings what discovery warned about (a port that could not be probed). Copied
     */
    public record Discovery(String sensorId, List<DeviceInfo> devices, List<String> warnings) {
        /** @throws NullPointerException if an argument is null */
        public Discovery {
            Objects.requireNonNull(sensorId, "sensor id");
            devices = List.copyOf(devices);
            warnings = List.copyOf(warnings);
        }

        /** @return the address of the only device found, or empty if none or several were found */
        public Optional<String> only() {
            return devices.size() == 1 ? Optional.of(devices.get(0).address()) : Optional.empty();
        }

        /**
         * Says what was found when it was not exactly one device: {@code sensor bitalino found no device (w1; w2)}
         * or {@code sensor bitalino found 2 devices: /dev/rfcomm0, /dev/rfcomm1}, the callers adding what to do.
         *
         * @param warningsWithSeveral whether the warnings are also told when several devices were found (they are
         *            always told when none was)
         * @return the text
         */
        public String describe(boolean warningsWithSeveral) {
            String text = "sensor " + sensorId + " found " + (devices.isEmpty() ? "no device"
                    : devices.size() + " devices: " + String.join(", ", devices.stream().map(DeviceInfo::address)
                            .toList()));
            boolean told = devices.isEmpty() || warningsWithSeveral;
            return text + (!told || warnings.isEmpty() ? "" : " (" + String.join("; ", warnings) + ")");
        }
    }

    /**
     * Discovers the provider's devices.
     *
     * @param provider the sensor provider
     * @return what was found, with the warnings
     */
    public static Discovery discover(SensorProvider provider) {
        List<String> warnings = new ArrayList<>();
        List<DeviceInfo> found = SensorRegistry.of(provider).discoverAll(warnings::add);
        return new Discovery(provider.id(), found, warnings);
    }

    /**
     * @param d the opened sensor's description
     * @return the default channels: the first ECG channel, else the first channel
     */
    public static List<String> defaultChannels(SensorDescription d) {
        return List.of(d.channels().stream().filter(c -> c.type().name().equals("ECG")).findFirst()
                .orElse(d.channels().get(0)).name());
    }

    /** What a caller does with a channel named twice: refuses it (throws), or keeps it once (returns). */
    @FunctionalInterface
    public interface RepeatedChannel<E extends Exception> {
        /**
         * @param channel the offered channel's name, already chosen for an earlier name
         * @throws E to refuse the repetition; returning skips it
         */
        void repeated(String channel) throws E;
    }

    /**
     * Matches channel names to those offered, in order: exactly, else case-insensitively.
     *
     * @param sensorId the provider's id, for the message
     * @param d the opened sensor's description
     * @param names the names asked for, as given (trimmed by the caller if it wants)
     * @param onRepeat told of a name that matches a channel already chosen; the channel is kept once
     * @return the offered channel names, in the order asked, once each; {@link #defaultChannels} if none is asked
     * @throws IllegalArgumentException if a name matches no channel:
     *             {@code sensor simulated (Simulated ECG) has no channel 'A2'; its channels: ECG}
     * @throws E if {@code onRepeat} refuses a repetition
     */
    public static <E extends Exception> List<String> channels(String sensorId, SensorDescription d,
            List<String> names, RepeatedChannel<E> onRepeat) throws E {
        if (names.isEmpty()) {
            return defaultChannels(d);
        }
        List<String> offered = d.channels().stream().map(ChannelDescription::name).toList();
        List<String> chosen = new ArrayList<>();
        for (String name : names) {
            String match = offered.contains(name) ? name
                    : offered.stream().filter(o -> o.equalsIgnoreCase(name)).findFirst().orElseThrow(
                            () -> new IllegalArgumentException("sensor " + sensorId + " (" + d.name()
                                    + ") has no channel '" + name + "'; its channels: " + String.join(", ", offered)));
            if (chosen.contains(match)) {
                onRepeat.repeated(match);
            } else {
                chosen.add(match);
            }
        }
        return chosen;
    }

    /**
     * Channels as the Record dialog and the Session view take them: named ones once each, else the default.
     *
     * @param sensorId the provider's id, for the message
     * @param d the opened sensor's description
     * @param names the names asked for (matched as given), empty for {@link #defaultChannels}
     * @return the offered channel names, in the order asked, a repeated one kept once
     * @throws IllegalArgumentException if a name matches no channel (see {@link #channels(String,
     *             SensorDescription, List, RepeatedChannel)})
     */
    public static List<String> channels(String sensorId, SensorDescription d, List<String> names) {
        return channels(sensorId, d, names, repeated -> {
        });
    }

    /**
     * A rate as the Record dialog and the Session view take it.
     *
     * @param sensorId the provider's id, for the message
     * @param d the opened sensor's description
     * @param asked the rate asked for, or null for {@link #defaultRate}
     * @return the offered rate
     * @throws IllegalArgumentException if it is not offered:
     *             {@code sensor simulated does not offer 300.0 Hz; its rates: 250.0 Hz, 1000.0 Hz}
     */
    public static SamplingRate rate(String sensorId, SensorDescription d, SamplingRate asked) {
        if (asked == null) {
            return defaultRate(d);
        }
        return offeredRate(d, asked.hertz()).orElseThrow(() -> new IllegalArgumentException("sensor " + sensorId
                + " does not offer " + asked.hertz() + " Hz; its rates: " + String.join(", ", d.samplingRates()
                        .stream().map(r -> r.hertz() + " Hz").toList())));
    }

    /**
     * @param d the opened sensor's description
     * @return {@value #DEFAULT_RATE_HZ} Hz if offered, else the highest rate offered
     */
    public static SamplingRate defaultRate(SensorDescription d) {
        List<SamplingRate> offered = d.samplingRates();
        SamplingRate preferred = SamplingRate.ofHertz(DEFAULT_RATE_HZ);
        return offered.contains(preferred) ? preferred : offered.get(offered.size() - 1);
    }

    /**
     * @param d the opened sensor's description
     * @param hertz a rate asked for
     * @return the offered rate within a relative 1e-9 of it (a typed {@code 1000} matches 1000 Hz), if any
     */
    public static Optional<SamplingRate> offeredRate(SensorDescription d, double hertz) {
        for (SamplingRate r : d.samplingRates()) {
            if (Math.abs(r.hertz() - hertz) <= 1e-9 * r.hertz()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
