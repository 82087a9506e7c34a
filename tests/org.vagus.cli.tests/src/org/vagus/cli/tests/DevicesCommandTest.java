package org.vagus.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.internal.DevicesCommand;
import org.vagus.core.model.ChannelType;
import org.vagus.core.time.Clock;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.devices.ChannelDescription;
import org.vagus.devices.DeviceInfo;
import org.vagus.devices.SampleBlock;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorDescription;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.SensorListener;
import org.vagus.devices.SensorProvider;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.StreamFormat;
import org.vagus.devices.simulation.FileReplayProvider;
import org.vagus.devices.simulation.SimulatedEcgProvider;

/**
 * {@code vagus devices} over a registry the test builds: the simulated ECG and replay providers, a fake serial
 * driver (ports listed by its discovery, opened only when asked) and a driver whose discovery fails.
 */
class DevicesCommandTest {

    private record Run(int status, String out, String err) {
    }

    private static Run devices(SensorRegistry registry, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandContext ctx = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("").toAbsolutePath(), null, Map.of());
        int status = new DevicesCommand(registry).run(ctx, List.of(args));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void listsPortsAndSensorsWithChannelsUnitsResolutionsAndRates() throws Exception {
        FakeSerialProvider serial = new FakeSerialProvider("/dev/ttyFAKE0", "/dev/rfcommFAKE");
        Run run = devices(SensorRegistry.of(new SimulatedEcgProvider(), new FileReplayProvider(), serial));
        assertEquals(0, run.status(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("serial ports:\n"), out);
        assertTrue(out.contains("  /dev/ttyFAKE0    fake board on /dev/ttyFAKE0  (sensor fake-serial)"), out);
        assertTrue(out.contains("  /dev/rfcommFAKE  fake board on /dev/rfcommFAKE  (sensor fake-serial)"), out);
        assertTrue(out.contains("  simulated  Simulated ECG (ECGSYN model)\n    device simulated  Simulated ECG"), out);
        assertTrue(out.contains("      rates: 100, 200, 250, 256, 360, 500, 1000, 2000 Hz\n"), out);
        assertTrue(out.contains("      channel  unit  type  resolution\n      ECG      mV    ECG   -\n"), out);
        assertTrue(out.contains("  replay  Replay of a recording\n    no device found; name one with --port"), out);
        assertTrue(out.contains("    device /dev/ttyFAKE0  fake board on /dev/ttyFAKE0\n"
                + "      not opened: a serial port (--probe opens it and asks the device)"), out);
        assertEquals(0, serial.opened.get(), "serial ports are not opened without --probe");
        assertEquals("", run.err());
    }

    @Test
    void probeOpensSerialPortsAndPortDescribesOneDevice() throws Exception {
        FakeSerialProvider serial = new FakeSerialProvider("/dev/ttyFAKE0");
        Run probed = devices(SensorRegistry.of(new SimulatedEcgProvider(), serial), "--probe");
        assertEquals(0, probed.status(), probed.err());
        assertEquals(1, serial.opened.get());
        assertEquals(1, serial.closed.get(), "a device opened for its description is closed again");
        assertTrue(probed.out().contains("      Fake board on /dev/ttyFAKE0  [device id fake:/dev/ttyFAKE0]\n"
                + "      rates: 1, 10, 100, 1000 Hz\n"
                + "      channel  unit  type   resolution\n"
                + "      A1       raw   OTHER  10 bit\n"
                + "      A2       mV    ECG    10 bit\n"
                + "      A5       raw   OTHER  6 bit\n"), probed.out());

        Run one = devices(SensorRegistry.of(new SimulatedEcgProvider(), serial), "--sensor", "fake-serial", "--port",
                "/dev/ttyUSB9");
        assertEquals(0, one.status());
        assertFalse(one.out().contains("simulated"), one.out());
        assertTrue(one.out().startsWith("sensors:\n  fake-serial  Fake serial board\n"), "no discovery: " + one.out());
        assertTrue(one.out().contains("    device /dev/ttyUSB9\n      Fake board on /dev/ttyUSB9"), one.out());
    }

    @Test
    void aFailingDriverIsReportedAndTheOthersListed() throws Exception {
        FakeSerialProvider serial = new FakeSerialProvider("/dev/ttyFAKE0");
        serial.failOpen = true;
        Run run = devices(SensorRegistry.of(new BrokenProvider(), new SimulatedEcgProvider(), serial), "--probe");
        assertEquals(0, run.status());
        assertTrue(run.err().contains("sensor provider broken (" + BrokenProvider.class.getName()
                + "): discovery failed: IOException: no bus"), run.err());
        assertTrue(run.out().contains("  broken  Broken driver\n    no device: discovery failed (see the warning"),
                run.out());
        assertTrue(run.out().contains("      ECG      mV    ECG   -"), run.out());
        assertTrue(run.out().contains("      cannot open /dev/ttyFAKE0: /dev/ttyFAKE0: no BITalino answered"),
                run.out());
    }

    @Test
    void badInputIsExplained() throws Exception {
        SensorRegistry registry = SensorRegistry.of(new SimulatedEcgProvider(), new FileReplayProvider());
        UsageException unknown = assertThrows(UsageException.class, () -> devices(registry, "--sensor", "bitalino"));
        assertEquals("unknown sensor 'bitalino'; known sensors: simulated, replay", unknown.getMessage());
        UsageException port = assertThrows(UsageException.class, () -> devices(registry, "--port", "/dev/ttyUSB0"));
        assertTrue(port.getMessage().startsWith("--port needs --sensor ID"), port.getMessage());
        assertThrows(UsageException.class, () -> devices(registry, "everything"));
        assertThrows(UsageException.class, () -> devices(registry, "--all"));

        Run none = devices(SensorRegistry.empty());
        assertEquals(0, none.status());
        assertTrue(none.out().startsWith("no sensor is installed"), none.out());
    }

    /**
     * A serial-port driver in the manner of the BITalino one: discovery lists ports without opening them; a device
     * has raw and ECG channels at 1, 10, 100 and 1000 Hz and refuses options it does not know (such as a speed).
     * Started, it streams 10-bit codes ({@code index % 1024} on A1, {@code (3 * index) % 1024} on A2) in blocks of
     * 7 frames as fast as it can, losing frames 500..509 (a sequence jump).
     */
    static final class FakeSerialProvider implements SensorProvider {
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        volatile boolean failOpen;
        private final List<String> ports;

        FakeSerialProvider(String... ports) {
            this.ports = List.of(ports);
        }

        @Override
        public String id() {
            return "fake-serial";
        }

        @Override
        public String name() {
            return "Fake serial board";
        }

        @Override
        public List<DeviceInfo> discover() {
            return ports.stream().map(p -> new DeviceInfo(id(), p, "fake board on " + p)).toList();
        }

        @Override
        public Sensor open(String address, Clock clock) throws IOException {
            if (failOpen) {
                throw new IOException(address + ": no BITalino answered");
            }
            opened.incrementAndGet();
            return new FakeSensor(address, clock, closed);
        }
    }

    static final class FakeSensor implements Sensor {
        /** ECG transfer of a 10-bit BITalino channel: mV = (raw / 1024 - 1/2) * 3.3 / 1100 * 1000. */
        static final ChannelDescription A2 = new ChannelDescription("A2", Unit.MILLIVOLT, ChannelType.ECG, 10,
                3300.0 / (1100 * 1024), -3300.0 / 2200);
        private static final List<ChannelDescription> CHANNELS = List.of(
                ChannelDescription.of("A1", Unit.of("raw"), ChannelType.OTHER, 10), A2,
                ChannelDescription.of("A5", Unit.of("raw"), ChannelType.OTHER, 6));
        private static final List<SamplingRate> RATES = Arrays.stream(new double[] { 1, 10, 100, 1000 })
                .mapToObj(SamplingRate::ofHertz).toList();
        private final String address;
        private final Clock clock;
        private final AtomicInteger closed;
        private volatile Thread thread;

        FakeSensor(String address, Clock clock, AtomicInteger closed) {
            this.address = address;
            this.clock = clock;
            this.closed = closed;
        }

        @Override
        public SensorDescription description() {
            return new SensorDescription("fake:" + address, "Fake board on " + address, CHANNELS, RATES);
        }

        @Override
        public StreamFormat streamFormat(SensorConfiguration c) {
            if (!c.options().isEmpty()) {
                throw new IllegalArgumentException("fake option(s) " + c.options().keySet() + " not offered");
            }
            List<ChannelDescription> chosen = new ArrayList<>();
            for (String name : c.channels()) {
                chosen.add(description().channel(name).orElseThrow(() -> new IllegalArgumentException(name)));
            }
            return new StreamFormat(c.rate(), chosen, true);
        }

        @Override
        public void start(SensorConfiguration c, SensorListener listener) {
            StreamFormat format = streamFormat(c);
            Thread t = new Thread(() -> {
                long index = 0;
                while (!Thread.currentThread().isInterrupted() && index < 1_000_000) {
                    if (index == 500) {
                        listener.onEvent(new SensorEvent.Gap(clock.nanoTime(), 500, 10, "sequence jump"));
                        index = 510;
                        continue;
                    }
                    int n = index < 500 && index + 7 > 500 ? (int) (500 - index) : 7;
                    int[][] block = new int[format.channelCount()][n];
                    for (int ch = 0; ch < block.length; ch++) {
                        for (int f = 0; f < n; f++) {
                            block[ch][f] = code(format.channels().get(ch).name(), index + f);
                        }
                    }
                    listener.onBlock(SampleBlock.ofInts(index, -1, clock.nanoTime(), block));
                    index += n;
                }
                listener.onEvent(new SensorEvent.Stopped(clock.nanoTime(), index, "stopped"));
            }, "fake sensor " + address);
            thread = t;
            t.start();
        }

        /** The code the fake sends for a channel at a sample index. */
        static int code(String channel, long index) {
            return (int) ((channel.equals("A2") ? 3 * index : index) % 1024);
        }

        @Override
        public void stop() {
            Thread t = thread;
            if (t != null) {
                t.interrupt();
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                thread = null;
            }
        }

        @Override
        public boolean isRunning() {
            Thread t = thread;
            return t != null && t.isAlive();
        }

        @Override
        public void close() {
            stop();
            closed.incrementAndGet();
        }
    }

    /** A driver whose discovery fails. */
    static final class BrokenProvider implements SensorProvider {
        @Override
        public String id() {
            return "broken";
        }

        @Override
        public String name() {
            return "Broken driver";
        }

        @Override
        public List<DeviceInfo> discover() throws IOException {
            throw new IOException("no bus");
        }

        @Override
        public Sensor open(String address, Clock clock) throws IOException {
            throw new IOException("never");
        }
    }
}
