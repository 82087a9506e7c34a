package org.vagus.devices.bitalino.tests;

import java.time.Duration;

import org.vagus.devices.bitalino.BitalinoSettings;

/** Driver timing for tests: the emulator needs no pause between commands; faults are noticed quickly. */
final class TestSettings {
    /**
     * The stall timeout of {@link #tolerant()}: longer than a loaded machine holds up a stream that is fine. Between
     * the emulator and the driver, bytes pass through threads and processes the machine may not schedule for a
     * while: with 2 cores at load average 7 to 12, a clean 5 s run over a socat pty pair saw the driver read nothing
     * for up to 550 ms (once about 750 ms) while the emulator kept its schedule and the reader kept reading (socat
     * and the kernel's pty workers were waiting for a core), after which the frames came all at once; over in-memory
     * pipes the emulator's first frames came 120 ms after the start. Those are stalls of the host, not of the link:
     * with a timeout of 100 or 200 ms, a test that counts stalls or errors fails on a busy machine only. 1 s is beyond
     * what was seen; stalls the tests inject last at least twice as long, so that they are seen even when the frames
     * before them came late.
     */
    static final Duration HOST_STALL = Duration.ofSeconds(1);

    private TestSettings() {
    }

    static BitalinoSettings fast() {
        return new BitalinoSettings(Duration.ofMillis(10), Duration.ofSeconds(2), Duration.ofMillis(20),
                Duration.ofMillis(200), Duration.ZERO, Duration.ofMillis(100), Duration.ofSeconds(5),
                Duration.ofSeconds(1));
    }

    /**
     * {@link #fast()}, but a stall is no data for {@link #HOST_STALL}: for tests that count stalls or errors. The
     * latency ceiling is 3 times that, since the stalls the tests inject may hold frames back twice as long (the
     * driver assumes no frame is later than its ceiling, and would count frames held back longer as lost).
     */
    static BitalinoSettings tolerant() {
        BitalinoSettings f = fast();
        return new BitalinoSettings(f.commandSpacing(), f.answerTimeout(), f.readTimeout(), HOST_STALL, Duration.ZERO,
                f.reconnectInterval(), f.reconnectFor(), HOST_STALL.multipliedBy(3));
    }
}
