package org.vagus.devices.bitalino.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.vagus.core.time.MonotonicClock;
import org.vagus.devices.bitalino.BitalinoSensor;
import org.vagus.devices.bitalino.BitalinoSettings;
import org.vagus.devices.bitalino.internal.emulator.SocatPair;

/**
 * A lab on one machine: socat makes a pseudo-terminal pair, the emulator speaks BITalino on one end, and the driver
 * opens the other end by its path through jSerialComm, as it opens /dev/rfcomm0 in a lab. Fails with a clear
 * message when socat is missing (CI installs it).
 */
final class SocatFixture implements AutoCloseable {
    final Path dir;
    final String version;
    SocatPair pair;
    BitalinoEmulator emulator;
    BitalinoSensor sensor;

    private SocatFixture(Path dir, String version) {
        this.dir = dir;
        this.version = version;
    }

    static SocatFixture start(Path dir, String version, BitalinoSettings settings) throws IOException {
        assertTrue(SocatPair.available(), "socat is not installed: the BITalino integration tests need it for a"
                + " pseudo-terminal pair (CI installs it in .ci/run; locally: apt-get install socat)");
        SocatFixture f = new SocatFixture(dir, version);
        try {
            f.revive();
            f.sensor = BitalinoSensor.open(f.pair.devicePath().toString(), MonotonicClock.INSTANCE, settings);
            return f;
        } catch (IOException | RuntimeException | Error e) {
            f.close();
            throw e;
        }
    }

    /** Kills socat: the serial port vanishes under the driver. */
    void vanish() {
        emulator.close();
        pair.vanish();
    }

    /** A new pty pair at the same paths with a fresh emulator: the board is back. */
    BitalinoEmulator revive() throws IOException {
        pair = SocatPair.start(dir);
        emulator = new BitalinoEmulator(version);
        emulator.open(pair.emulatorPath());
        return emulator;
    }

    @Override
    public void close() {
        if (sensor != null) {
            sensor.close();
        }
        if (emulator != null) {
            emulator.close();
        }
        if (pair != null) {
            pair.close();
        }
    }
}
