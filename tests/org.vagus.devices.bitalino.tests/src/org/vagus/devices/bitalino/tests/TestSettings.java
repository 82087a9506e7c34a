package org.vagus.devices.bitalino.tests;

import java.time.Duration;

import org.vagus.devices.bitalino.BitalinoSettings;

/** Driver timing for tests: the emulator needs no pause between commands; faults are noticed quickly. */
final class TestSettings {
    private TestSettings() {
    }

    static BitalinoSettings fast() {
        return new BitalinoSettings(Duration.ofMillis(10), Duration.ofSeconds(2), Duration.ofMillis(20),
                Duration.ofMillis(200), Duration.ZERO, Duration.ofMillis(100), Duration.ofSeconds(5),
                Duration.ofSeconds(1));
    }
}
