package org.vagus.example.serialsensor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.devices.SampleBlock;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.SensorListener;
import org.vagus.devices.StreamFormat;
import org.vagus.example.serialsensor.SerialAsciiSensorProvider;

/**
 * The sensor on a real serial port through jSerialComm: a socat pseudo-terminal pair, one end opened by the sensor, the
 * other written by a thread that plays the device (an Arduino printing {@code k,2k} per line).
 */
class SerialAsciiSensorPtyTest {
    private static final int LINES = 400;
    /** After this line the device prints one line of garbage. */
    private static final int GARBAGE_AFTER = 100;

    /** What a listener got, in order. */
    private static final class Received implements SensorListener {
        final BlockingQueue<Object> items = new LinkedBlockingQueue<>();

        @Override
        public void onBlock(SampleBlock block) {
            items.add(block);
        }

        @Override
        public void onEvent(SensorEvent event) {
            items.add(event);
        }
    }

    @Test
    void everyLineBecomesOneSampleAndAnUnreadableLineOneLostFrame(@TempDir Path dir) throws Exception {
        try (Pty pty = Pty.start(dir);
                Sensor sensor = new SerialAsciiSensorProvider().open(pty.port().toString(), MonotonicClock.INSTANCE)) {
            SensorConfiguration config = new SensorConfiguration(SamplingRate.ofHertz(100), List.of("V1", "V2"),
                    Map.of("unit", "mV", "scale", "0.5", "type", "PPG", "bits", "10"));
            StreamFormat format = sensor.streamFormat(config);
            assertTrue(format.integral());
            assertEquals("mV", format.channels().get(1).unit().symbol());
            assertEquals(0.5, format.channels().get(1).scale());
            Received got = new Received();
            sensor.start(config, got);
            Thread device = new Thread(() -> play(pty.device()), "device");
            device.start();

            List<long[]> samples = new ArrayList<>();   // {index, V1, V2}
            List<SensorEvent.Gap> gaps = new ArrayList<>();
            // the device's last line reaches the sensor within seconds; 60 s only bounds a hang
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((samples.isEmpty() || samples.get(samples.size() - 1)[1] != LINES - 1)
                    && System.nanoTime() - giveUp < 0) {
                Object o = got.items.poll(1, TimeUnit.SECONDS);
                if (o instanceof SampleBlock b) {
                    for (int f = 0; f < b.frameCount(); f++) {
                        samples.add(new long[] { b.firstSampleIndex() + f, b.intAt(0, f), b.intAt(1, f) });
                    }
                } else if (o instanceof SensorEvent.Gap g) {
                    gaps.add(g);
                } else if (o != null) {
                    throw new AssertionError("unexpected event " + o);
                }
            }
            device.join();
            sensor.stop();

            assertTrue(!samples.isEmpty() && samples.get(samples.size() - 1)[1] == LINES - 1,
                    "the last line arrives; got " + samples.size() + " samples");
            long k0 = samples.get(0)[1];
            assertTrue(k0 >= 1 && k0 <= GARBAGE_AFTER, "the first line is dropped, the next ones kept: first " + k0);
            for (int i = 0; i < samples.size(); i++) {
                long k = k0 + i;
                long[] s = samples.get(i);
                assertEquals(k, s[1], "line values arrive in order without a hole, at sample " + i);
                assertEquals(2 * k, s[2], "the second column");
                // one index per line, the garbage line included
                assertEquals(k - k0 + (k > GARBAGE_AFTER ? 1 : 0), s[0], "sample index of line " + k);
            }
            assertEquals(1, gaps.size(), gaps.toString());
            assertEquals(GARBAGE_AFTER + 1 - k0, gaps.get(0).firstLostIndex());
            assertEquals(1, gaps.get(0).lostFrames());
            assertTrue(gaps.get(0).reason().contains("oops"), gaps.get(0).reason());
            Object last = null;
            Object o;
            while ((o = got.items.poll()) != null) {
                last = o;
            }
            SensorEvent.Stopped stopped = assertInstanceOf(SensorEvent.Stopped.class, last);
            assertEquals(LINES - k0 + 1, stopped.endSampleIndex(), "the index after the last line");
            assertTrue(!sensor.isRunning());
        }
    }

    /** Prints the lines as the device would, about one per millisecond. */
    private static void play(Path device) {
        try (OutputStream out = Files.newOutputStream(device)) {
            for (int k = 0; k < LINES; k++) {
                out.write((k + "," + 2 * k + "\r\n").getBytes(StandardCharsets.US_ASCII));
                if (k == GARBAGE_AFTER) {
                    out.write("oops\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
                Thread.sleep(1);
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("the simulated device could not write: " + e, e);
        }
    }

    @Test
    void configurationMistakesAreRefusedByName(@TempDir Path dir) throws Exception {
        try (Pty pty = Pty.start(dir);
                Sensor sensor = new SerialAsciiSensorProvider().open(pty.port().toString(), MonotonicClock.INSTANCE)) {
            assertEquals(8, sensor.description().channels().size());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sensor.streamFormat(
                    new SensorConfiguration(SamplingRate.ofHertz(100), List.of("V9"), Map.of())));
            assertTrue(e.getMessage().contains("'V9'"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> sensor.streamFormat(
                    new SensorConfiguration(SamplingRate.ofHertz(100), List.of("V1"), Map.of("baudrate", "9600"))));
            assertTrue(e.getMessage().contains("[baudrate]"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> sensor.streamFormat(
                    new SensorConfiguration(SamplingRate.ofHertz(99), List.of("V1"), Map.of())));
            assertTrue(e.getMessage().contains("99.0 Hz"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> sensor.streamFormat(new SensorConfiguration(
                    SamplingRate.ofHertz(100), List.of("V1"), Map.of("values", "decimal", "scale", "2"))));
            assertTrue(e.getMessage().contains("scale and offset"), e.getMessage());
        }
    }

    @Test
    void aMissingPortIsNamed(@TempDir Path dir) {
        String missing = dir.resolve("no-such-port").toString();
        IOException e = assertThrows(IOException.class,
                () -> new SerialAsciiSensorProvider().open(missing, MonotonicClock.INSTANCE));
        assertTrue(e.getMessage().contains(missing), e.getMessage());
    }
}
