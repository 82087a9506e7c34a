package org.vagus.devices;

import java.util.Objects;

/**
 * A device found by {@link SensorProvider#discover()}.
 *
 * @param providerId the {@link SensorProvider#id()} that found it
 * @param address what to pass to {@link SensorProvider#open}: a port path ({@code /dev/ttyUSB0},
 *            {@code /dev/rfcomm0}, {@code COM5}) or a provider-specific name
 * @param label a human-readable description, such as {@code BITalino (Bluetooth serial /dev/rfcomm0)}
 * @since 0.1.0
 */
public record DeviceInfo(String providerId, String address, String label) {
    /**
     * @throws IllegalArgumentException if a field is blank
     */
    public DeviceInfo {
        requireText("provider id", providerId);
        requireText("device address", address);
        requireText("device label", label);
    }

    static void requireText(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": expected a non-blank text");
        }
    }
}
