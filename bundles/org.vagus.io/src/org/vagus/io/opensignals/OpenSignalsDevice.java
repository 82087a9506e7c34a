package org.vagus.io.opensignals;

import java.util.List;
import java.util.Objects;

import org.vagus.core.units.SamplingRate;

/**
 * One device of an OpenSignals file, from its header (text) or its group attributes (HDF5).
 *
 * @param mac the device's MAC address, the key of its header entry or the name of its group
 * @param device the {@code device} value as written ({@code bitalino}, {@code biosignalsplux})
 * @param family the device family
 * @param rate the sampling rate
 * @param channels the analog channels in file order; unmodifiable
 * @since 0.1.0
 */
public record OpenSignalsDevice(String mac, String device, DeviceFamily family, SamplingRate rate,
        List<OpenSignalsChannel> channels) {
    public OpenSignalsDevice {
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(rate, "rate");
        channels = List.copyOf(channels);
    }

    /** The transfer function of channel {@code index} (0-based, in file order). */
    public SensorTransfer transfer(int index) {
        OpenSignalsChannel c = channels.get(index);
        return SensorTransfer.forChannel(family, c.sensor(), c.resolution());
    }
}
