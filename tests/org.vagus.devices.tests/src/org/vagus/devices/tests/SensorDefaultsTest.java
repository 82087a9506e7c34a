package org.vagus.devices.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.core.model.ChannelType;
import org.vagus.core.time.Clock;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.devices.ChannelDescription;
import org.vagus.devices.DeviceInfo;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorDefaults;
import org.vagus.devices.SensorDescription;
import org.vagus.devices.SensorProvider;
import org.vagus.devices.SensorRegistry;

/**
 * The defaults every recording path shares ({@link SensorDefaults}), chosen for a registry of fake providers whose
 * devices, channels and rates are set by hand, so each expected value is read off the fixture.
 */
class SensorDefaultsTest {
    private static final SensorDescription BOARD = new SensorDescription("board", "Fake board", List.of(
            ChannelDescription.of("A1", Unit.MILLIVOLT, ChannelType.EMG, 10),
            ChannelDescription.of("A2", Unit.MILLIVOLT, ChannelType.ECG, 10),
            ChannelDescription.of("A3", Unit.MILLIVOLT, ChannelType.ECG, 10),
            ChannelDescription.of("a1", Unit.MILLIVOLT, ChannelType.EDA, 10)),
            List.of(SamplingRate.ofHertz(1), SamplingRate.ofHertz(100), SamplingRate.ofHertz(1000)));
    private static final SensorDescription NO_ECG = new SensorDescription("eda", "Fake EDA", List.of(
            ChannelDescription.of("EDA", Unit.DIMENSIONLESS, ChannelType.EDA, 16),
            ChannelDescription.of("ACC", Unit.DIMENSIONLESS, ChannelType.OTHER, 16)),
            List.of(SamplingRate.ofHertz(250), SamplingRate.ofHertz(500)));

    /** A provider that discovers the given addresses, or fails to. */
    private record Fake(String id, List<String> addresses, boolean failing) implements SensorProvider {
        @Override
        public String name() {
            return "Fake " + id;
        }

        @Override
        public List<DeviceInfo> discover() throws IOException {
            if (failing) {
                throw new IOException("port scan refused");
            }
            return addresses.stream().map(a -> new DeviceInfo(id, a, id + " on " + a)).toList();
        }

        @Override
        public Sensor open(String address, Clock clock) throws IOException {
            throw new IOException("not opened in this test");
        }
    }

    private static final SensorRegistry REGISTRY = SensorRegistry.of(new Fake("one", List.of("/dev/one0"), false),
            new Fake("two", List.of("/dev/two0", "/dev/two1"), false), new Fake("none", List.of(), false),
            new Fake("broken", List.of(), true));

    private static SensorDefaults.Discovery discover(String id) {
        return SensorDefaults.discover(REGISTRY.byId(id).orElseThrow());
    }

    @Test
    void theOnlyDeviceIsChosenAndOtherwiseTheFindingsAreTold() {
        assertEquals("/dev/one0", discover("one").only().orElseThrow());
        SensorDefaults.Discovery two = discover("two");
        assertTrue(two.only().isEmpty());
        assertEquals("sensor two found 2 devices: /dev/two0, /dev/two1", two.describe(true));
        SensorDefaults.Discovery none = discover("none");
        assertTrue(none.only().isEmpty());
        assertEquals("sensor none found no device", none.describe(false));
        SensorDefaults.Discovery broken = discover("broken");
        assertTrue(broken.only().isEmpty());
        String expected = "sensor broken found no device (sensor provider broken (" + Fake.class.getName()
                + "): discovery failed: IOException: port scan refused)";
        // warnings are told when nothing was found, whatever the flag
        assertEquals(expected, broken.describe(false));
        assertEquals(expected, broken.describe(true));
        SensorDefaults.Discovery severalWarned = new SensorDefaults.Discovery("x", List.of(
                new DeviceInfo("x", "p", "P"), new DeviceInfo("x", "q", "Q")), List.of("w"));
        assertEquals("sensor x found 2 devices: p, q (w)", severalWarned.describe(true));
        assertEquals("sensor x found 2 devices: p, q", severalWarned.describe(false));
    }

    @Test
    void theDefaultChannelIsTheFirstEcgElseTheFirst() {
        assertEquals(List.of("A2"), SensorDefaults.defaultChannels(BOARD));
        assertEquals(List.of("EDA"), SensorDefaults.defaultChannels(NO_ECG));
        assertEquals(List.of("A2"), SensorDefaults.channels("board", BOARD, List.of(), c -> {
            throw new AssertionError(c);
        }));
    }

    @Test
    void namedChannelsMatchExactlyThenIgnoringCaseInTheOrderAsked() {
        List<String> repeats = new ArrayList<>();
        assertEquals(List.of("A3", "a1", "A1"), SensorDefaults.channels("board", BOARD,
                List.of("a3", "a1", "A1", "A3"), repeats::add));
        assertEquals(List.of("A3"), repeats);
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SensorDefaults.channels("board", BOARD, List.of("A2", "EDA"), c -> { }));
        assertEquals("sensor board (Fake board) has no channel 'EDA'; its channels: A1, A2, A3, a1",
                unknown.getMessage());
        IOException refused = assertThrows(IOException.class, () -> SensorDefaults.channels("board", BOARD,
                List.of("A2", "a2"), c -> {
                    throw new IOException(c + " twice");
                }));
        assertEquals("A2 twice", refused.getMessage());
    }

    @Test
    void theDefaultRateIs1000HzIfOfferedElseTheHighest() {
        assertEquals(SamplingRate.ofHertz(1000), SensorDefaults.defaultRate(BOARD));
        assertEquals(SamplingRate.ofHertz(500), SensorDefaults.defaultRate(NO_ECG));
        assertEquals(SamplingRate.ofHertz(100), SensorDefaults.offeredRate(BOARD, 100.0000000001).orElseThrow());
        assertTrue(SensorDefaults.offeredRate(BOARD, 100.001).isEmpty());
        assertTrue(SensorDefaults.offeredRate(NO_ECG, 1000).isEmpty());
    }
}
