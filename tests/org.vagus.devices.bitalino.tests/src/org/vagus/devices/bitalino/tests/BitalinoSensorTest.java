package org.vagus.devices.bitalino.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vagus.core.model.ChannelType;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.devices.ChannelDescription;
import org.vagus.devices.DigitalOutputs;
import org.vagus.devices.SampleBlock;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.SensorListener;
import org.vagus.devices.StreamFormat;
import org.vagus.devices.bitalino.BitalinoSensor;
import org.vagus.devices.bitalino.SerialLink;
import org.vagus.devices.bitalino.internal.emulator.EmulatedSignal;
import org.vagus.devices.bitalino.protocol.Commands;
import org.vagus.devices.bitalino.protocol.DeviceState;
import org.vagus.devices.bitalino.protocol.Dialect;

/** The driver against the emulator over in-memory pipes: the Sensor contract, channels, options, outputs, state. */
class BitalinoSensorTest {
    private final Deque<PipeLink> links = new ArrayDeque<>();
    private final List<BitalinoEmulator> emulators = new ArrayList<>();
    private final List<BitalinoSensor> sensors = new ArrayList<>();

    /** Prepares the next device the opener hands out. */
    private BitalinoEmulator device(String version) throws IOException {
        PipeLink link = new PipeLink("pipe:" + emulators.size(), 20);
        BitalinoEmulator emu = new BitalinoEmulator(version);
        emu.open(link.deviceIn(), link.deviceOut(), link.address());
        links.add(link);
        emulators.add(emu);
        return emu;
    }

    private final SerialLink.Opener opener = address -> {
        PipeLink l = links.poll();
        if (l == null) {
            throw new IOException(address + " is not there");
        }
        return l;
    };

    private BitalinoSensor open() throws IOException {
        BitalinoSensor s = BitalinoSensor.open("pipe", MonotonicClock.INSTANCE, TestSettings.tolerant(), opener);
        sensors.add(s);
        return s;
    }

    @AfterEach
    void tearDown() {
        sensors.forEach(BitalinoSensor::close);
        emulators.forEach(BitalinoEmulator::close);
    }

    @Test
    void describesARevolutionBoard() throws IOException {
        device("BITalino_v5.2");
        BitalinoSensor s = open();
        assertEquals(Dialect.REVOLUTION, s.dialect());
        assertEquals("5.2", s.firmware().number());
        assertTrue(s.description().name().contains("(r)evolution, firmware 5.2"), s.description().name());
        assertEquals(List.of("A1", "A2", "A3", "A4", "A5", "A6", "I1", "I2", "O1", "O2"),
                s.description().channels().stream().map(ChannelDescription::name).toList());
        assertEquals(List.of(1.0, 10.0, 100.0, 1000.0),
                s.description().samplingRates().stream().map(SamplingRate::hertz).toList());
        ChannelDescription ecg = s.description().channel("A2").orElseThrow();
        assertEquals(Unit.MILLIVOLT, ecg.unit());
        assertEquals(ChannelType.ECG, ecg.type());
        assertEquals(0, ecg.toPhysical(512), 1e-12); // mid-scale is 0 mV
        assertEquals(3.0 / 1024, ecg.scale(), 1e-15);
        assertEquals(List.of("O1", "O2"), s.capability(DigitalOutputs.class).orElseThrow().outputNames());
    }

    @Test
    void streamFormatFollowsTheConfiguration() throws IOException {
        device("BITalino_v5.2");
        BitalinoSensor s = open();
        StreamFormat f = s.streamFormat(SensorConfiguration.of(SamplingRate.ofHertz(1000), "A5", "A1", "A2", "A3",
                "A4", "O1"));
        assertEquals(List.of("A5", "A1", "A2", "A3", "A4", "O1"), f.channels().stream().map(ChannelDescription::name)
                .toList());
        assertEquals(6, f.channels().get(0).resolutionBits(), "A5 is the 5th acquired channel: 6 bits");
        assertEquals(10, f.channels().get(1).resolutionBits());
        assertEquals(3.0 / 1024, f.channels().get(2).scale(), 1e-15);
        assertEquals(1, f.channels().get(5).resolutionBits());
        assertEquals(ChannelType.MARKER, f.channels().get(5).type());
        assertTrue(f.integral());
        StreamFormat alone = s.streamFormat(SensorConfiguration.of(SamplingRate.ofHertz(100), "A5"));
        assertEquals(10, alone.channels().get(0).resolutionBits(), "A5 alone is 10-bit");
        StreamFormat raw = s.streamFormat(new SensorConfiguration(SamplingRate.ofHertz(10), List.of("A2", "A6"),
                Map.of("A2", "raw", "A6", "ECG")));
        assertTrue(raw.channels().get(0).isIdentity());
        assertEquals(Unit.MILLIVOLT, raw.channels().get(1).unit());
    }

    @Test
    void refusesWhatItDoesNotOffer() throws IOException {
        device("BITalino_v5.2");
        BitalinoSensor s = open();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.streamFormat(SensorConfiguration.of(SamplingRate.ofHertz(500), "A2")));
        assertTrue(e.getMessage().contains("1, 10, 100, 1000 Hz"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> s.streamFormat(SensorConfiguration.of(SamplingRate.ofHertz(1000), "A7")));
        assertTrue(e.getMessage().contains("A1, A2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> s.streamFormat(SensorConfiguration.of(SamplingRate.ofHertz(1000), "O1")));
        assertTrue(e.getMessage().contains("at least one analogue"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> s.streamFormat(SensorConfiguration
                .of(SamplingRate.ofHertz(1000), "A2").withOption("gain", "2")));
        assertTrue(e.getMessage().contains("mode = live | simulated"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.streamFormat(SensorConfiguration
                .of(SamplingRate.ofHertz(1000), "A2").withOption("A2", "EEG")));
        assertThrows(IllegalArgumentException.class,
                () -> s.streamFormat(SensorConfiguration.of(SamplingRate.ofHertz(1000), "I3")));
    }

    @Test
    void acquiresEveryValueAsSentAndRestartsAtZero() throws Exception {
        BitalinoEmulator emu = device("BITalino_v5.2");
        BitalinoSensor s = open();
        List<String> channels = List.of("A3", "A1", "A6", "I1", "O2");
        for (int run = 0; run < 2; run++) {
            RecordingListener l = new RecordingListener();
            s.start(SensorConfiguration.of(SamplingRate.ofHertz(1000), channels.toArray(String[]::new)), l);
            assertTrue(s.isRunning());
            assertTrue(l.awaitFrames(600, Duration.ofSeconds(5)));
            s.stop();
            assertFalse(s.isRunning());
            assertEquals(0b100101, emu.lastMask());
            assertEquals(1000, emu.rate());
            assertFalse(emu.isStreaming(), "the stop command reached the device");
            Samples.assertContiguous(l.blocks(), l.end());
            assertEquals(l.end(), Samples.checkAll(l.blocks(), channels, i -> i));
            assertTrue(l.events(SensorEvent.Gap.class).isEmpty(), l.events().toString());
            SensorEvent.Stopped stop = l.events(SensorEvent.Stopped.class).get(0);
            assertEquals("stopped", stop.reason());
            assertEquals(l.end(), stop.endSampleIndex());
            assertEquals(List.of(), l.violations());
            assertEquals(l.end(), s.statistics().frames());
            assertEquals(0, s.statistics().crcErrors());
        }
        assertEquals(2, emu.starts());
    }

    @Test
    void outputsAreEchoedInTheFramesAsHardwareMarkers() throws Exception {
        BitalinoEmulator emu = device("BITalino_v5.2");
        BitalinoSensor s = open();
        RecordingListener l = new RecordingListener();
        s.start(SensorConfiguration.of(SamplingRate.ofHertz(1000), "A2", "O1", "O2"), l);
        assertTrue(l.awaitFrames(200, Duration.ofSeconds(5)));
        long setAt = s.set(0, true);
        assertTrue(s.get(0));
        assertFalse(s.get(1));
        assertTrue(l.await(() -> l.frames() > 0 && last(l.blocks()).intAt(1, last(l.blocks()).frameCount() - 1) == 1,
                Duration.ofSeconds(5)), "O1 never showed in the frames");
        s.stop();
        assertEquals(1, emu.outputs());
        long firstHigh = -1;
        for (SampleBlock b : l.blocks()) {
            for (int f = 0; f < b.frameCount(); f++) {
                if (b.intAt(1, f) == 1 && firstHigh < 0) {
                    firstHigh = b.firstSampleIndex() + f;
                }
                if (firstHigh >= 0) {
                    assertEquals(1, b.intAt(1, f), "O1 stays high once set");
                }
                assertEquals(0, b.intAt(2, f), "O2 never set");
            }
        }
        assertTrue(firstHigh > 100, "marker at " + firstHigh);
        assertTrue(setAt > 0);
    }

    @Test
    void readsStateAndSetsTheBatteryThreshold() throws IOException {
        BitalinoEmulator emu = device("BITalino_v5.2");
        BitalinoSensor s = open();
        s.setBatteryThreshold(10);
        s.setPwm(200);
        DeviceState st = s.state();
        for (int p = 0; p < 6; p++) {
            assertEquals(EmulatedSignal.adc(0, p), st.analog()[p]);
        }
        assertEquals(900, st.battery());
        assertEquals(10, st.batteryThreshold());
        assertEquals(10, emu.batteryThreshold());
        assertEquals(200, st.pwm());
        s.set(1, true);
        assertEquals(0b0001, s.state().digital(), "O2 set: digital bits I1 I2 O1 O2 = 0001");
    }

    @Test
    void legacyFirmwareUsesTheLegacyCommands() throws Exception {
        BitalinoEmulator emu = device("BITalino_v4.0");
        BitalinoSensor s = open();
        assertEquals(Dialect.LEGACY, s.dialect());
        assertEquals(List.of("O1", "O2", "O3", "O4"), s.outputNames());
        assertThrows(UnsupportedOperationException.class, s::state);
        IllegalStateException idle = assertThrows(IllegalStateException.class, () -> s.set(0, true));
        assertTrue(idle.getMessage().contains("only while acquiring"), idle.getMessage());
        emu.setInputs(0b1010);
        RecordingListener l = new RecordingListener();
        List<String> channels = List.of("A1", "I1", "I2", "I3", "I4");
        s.start(SensorConfiguration.of(SamplingRate.ofHertz(100), channels.toArray(String[]::new)), l);
        assertTrue(l.awaitFrames(20, Duration.ofSeconds(5)));
        s.set(3, true);
        assertTrue(l.await(() -> emu.outputs() == 0b1000, Duration.ofSeconds(2)));
        s.stop();
        assertEquals(l.end(), Samples.checkAll(l.blocks(), channels, i -> i));
        SampleBlock b = l.blocks().get(0);
        assertArrayEquals(new int[] { 1, 0, 1, 0 }, new int[] { b.intAt(1, 0), b.intAt(2, 0), b.intAt(3, 0),
                b.intAt(4, 0) });
    }

    @Test
    void simulatedModeStartsTheFirmwareSimulator() throws Exception {
        BitalinoEmulator emu = device("BITalino_v5.2");
        BitalinoSensor s = open();
        RecordingListener l = new RecordingListener();
        s.start(SensorConfiguration.of(SamplingRate.ofHertz(100), "A2").withOption("mode", "simulated"), l);
        assertTrue(l.awaitFrames(5, Duration.ofSeconds(5)));
        s.stop();
        assertTrue(emu.lastStartSimulated());
    }

    @Test
    void aThrowingListenerIsReportedAndAcquisitionGoesOn() throws Exception {
        device("BITalino_v5.2");
        BitalinoSensor s = open();
        RecordingListener inner = new RecordingListener();
        SensorListener l = new SensorListener() {
            private int calls;

            @Override
            public void onBlock(SampleBlock block) {
                inner.onBlock(block);
                if (++calls == 3) {
                    throw new IllegalStateException("listener bug");
                }
            }

            @Override
            public void onEvent(SensorEvent event) {
                inner.onEvent(event);
            }
        };
        s.start(SensorConfiguration.of(SamplingRate.ofHertz(1000), "A2"), l);
        assertTrue(inner.awaitFrames(300, Duration.ofSeconds(5)));
        s.stop();
        List<SensorEvent.Error> errors = inner.events(SensorEvent.Error.class);
        assertEquals(1, errors.size());
        assertFalse(errors.get(0).fatal());
        assertTrue(errors.get(0).message().contains("listener bug"), errors.get(0).message());
    }

    @Test
    void aBoardLeftStreamingIsStoppedBeforeTheHandshake() throws Exception {
        BitalinoEmulator emu = device("BITalino_v5.2");
        links.peek().write(new byte[] { Commands.samplingRate(1000), Commands.startLive(0x3F) });
        assertTrue(waitFor(emu::isStreaming));
        BitalinoSensor s = open();
        assertEquals("5.2", s.firmware().number());
        assertFalse(emu.isStreaming());
        assertEquals(0, emu.batteryThreshold(), "the stop byte went to a streaming board only");
    }

    @Test
    void noAnswerIsAClearError() throws IOException {
        links.add(new PipeLink("silent", 20));
        IOException e = assertThrows(IOException.class, this::open);
        assertTrue(e.getMessage().contains("no answer to the version command"), e.getMessage());
    }

    @Test
    void aVanishedLinkIsReportedAndReconnected() throws Exception {
        device("BITalino_v5.2");
        BitalinoSensor s = open();
        RecordingListener l = new RecordingListener();
        List<String> channels = List.of("A1", "A2");
        s.start(SensorConfiguration.of(SamplingRate.ofHertz(1000), "A1", "A2"), l);
        assertTrue(l.awaitFrames(300, Duration.ofSeconds(5)));
        emulators.get(0).close();
        assertTrue(l.awaitEvent(SensorEvent.PortVanished.class, Duration.ofSeconds(10)), l.events().toString());
        device("BITalino_v5.2"); // the board comes back
        assertTrue(l.awaitEvent(SensorEvent.Reconnected.class, Duration.ofSeconds(10)), l.events().toString());
        long resumed = l.end();
        assertTrue(l.await(() -> l.end() > resumed + 300, Duration.ofSeconds(10)));
        s.stop();
        List<SensorEvent.Gap> gaps = l.events(SensorEvent.Gap.class);
        assertEquals(1, gaps.size(), gaps.toString());
        assertTrue(gaps.get(0).reason().contains("port vanished"), gaps.get(0).reason());
        // before the gap the first stream, after it the second, which counts from its own tick 0
        long gapEnd = gaps.get(0).firstLostIndex() + gaps.get(0).lostFrames();
        List<SampleBlock> before = l.blocks().stream().filter(b -> b.firstSampleIndex() < gapEnd).toList();
        List<SampleBlock> after = l.blocks().stream().filter(b -> b.firstSampleIndex() >= gapEnd).toList();
        long base = after.get(0).firstSampleIndex() - after.get(0).firstSequence();
        Samples.checkAll(before, channels, i -> i);
        Samples.checkAll(after, channels, i -> i - base);
        assertEquals(1, s.statistics().vanished());
        assertEquals(1, s.statistics().reconnects());
        assertEquals(List.of(), l.violations());
    }

    @Test
    void aLongStallCountsAsAVanishedPort() throws Exception {
        BitalinoEmulator emu = device("BITalino_v5.2");
        emu.stall(300, Long.MAX_VALUE / 2, false); // a Bluetooth link that died without an error
        BitalinoSensor s = BitalinoSensor.open("pipe", MonotonicClock.INSTANCE, TestSettings.fast()
                .withStall(TestSettings.HOST_STALL, TestSettings.HOST_STALL.multipliedBy(2)), opener);
        sensors.add(s);
        RecordingListener l = new RecordingListener();
        s.start(SensorConfiguration.of(SamplingRate.ofHertz(1000), "A2"), l);
        assertTrue(l.awaitEvent(SensorEvent.Error.class, Duration.ofSeconds(10)), l.events().toString());
        device("BITalino_v5.2");
        assertTrue(l.awaitEvent(SensorEvent.Reconnected.class, Duration.ofSeconds(10)), l.events().toString());
        long resumed = l.end();
        assertTrue(l.await(() -> l.end() > resumed + 100, Duration.ofSeconds(10)));
        s.stop();
        assertTrue(l.events().get(0) instanceof SensorEvent.Error stall && stall.message().contains("stalled"),
                l.events().toString());
        assertTrue(l.events().get(1) instanceof SensorEvent.PortVanished, l.events().toString());
        assertEquals(1, s.statistics().stalls());
        assertEquals(1, s.statistics().reconnects());
    }

    @Test
    void theListenerMayStopFromItsOwnThread() throws Exception {
        device("BITalino_v5.2");
        BitalinoSensor s = open();
        RecordingListener inner = new RecordingListener();
        s.start(SensorConfiguration.of(SamplingRate.ofHertz(1000), "A2"), new SensorListener() {
            @Override
            public void onBlock(SampleBlock block) {
                inner.onBlock(block);
                if (block.endSampleIndex() >= 50) {
                    try {
                        s.stop();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }

            @Override
            public void onEvent(SensorEvent event) {
                inner.onEvent(event);
            }
        });
        assertTrue(inner.awaitEvent(SensorEvent.Stopped.class, Duration.ofSeconds(5)));
        assertTrue(inner.await(() -> !s.isRunning(), Duration.ofSeconds(2)) || waitFor(() -> !s.isRunning()));
        assertEquals(List.of(), inner.violations());
    }

    private static SampleBlock last(List<SampleBlock> blocks) {
        return blocks.get(blocks.size() - 1);
    }

    private static boolean waitFor(java.util.function.BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }
}
