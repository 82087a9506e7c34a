package org.vagus.devices.bitalino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.time.MonotonicClock;
import org.vagus.devices.DeviceInfo;
import org.vagus.devices.Sensor;
import org.vagus.devices.bitalino.BitalinoSensorProvider;
import org.vagus.devices.bitalino.internal.emulator.SocatPair;

/** The provider that the extension point contributes: discovery without opening ports, opening by path. */
class BitalinoSensorProviderTest {

    @Test
    void identifiesItselfAndListsPortsWithoutOpeningThem() throws IOException {
        BitalinoSensorProvider p = new BitalinoSensorProvider();
        assertEquals("bitalino", p.id());
        assertTrue(p.name().contains("BITalino"));
        for (DeviceInfo d : p.discover()) {
            assertEquals("bitalino", d.providerId());
            assertTrue(d.label().contains(d.address()), d.toString());
        }
    }

    @Test
    void aMissingPortIsNamedInTheError(@TempDir Path dir) {
        String path = dir.resolve("rfcomm9").toString();
        IOException e = assertThrows(IOException.class,
                () -> new BitalinoSensorProvider().open(path, MonotonicClock.INSTANCE));
        assertTrue(e.getMessage().contains(path), e.getMessage());
    }

    @Test
    void opensAnEmulatedBoardByItsPath(@TempDir Path dir) throws IOException {
        assertTrue(SocatPair.available(), "socat is not installed (CI installs it; locally: apt-get install socat)");
        try (SocatPair pair = SocatPair.start(dir); BitalinoEmulator emu = new BitalinoEmulator("BITalino_v5.2")) {
            emu.open(pair.emulatorPath());
            try (Sensor s = new BitalinoSensorProvider().open(pair.devicePath().toString(), MonotonicClock.INSTANCE)) {
                assertEquals("bitalino:" + pair.devicePath(), s.description().id());
                assertTrue(s.description().name().startsWith("BITalino (r)evolution, firmware 5.2"));
            }
        }
    }
}
