package org.vagus.devices.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vagus.core.model.ChannelType;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.time.SimulatedClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.devices.SampleBlock;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.simulation.FileReplayProvider;
import org.vagus.io.Signal;
import org.vagus.io.SignalRecord;
import org.vagus.io.wfdb.WfdbReader;

/** A recording (MIT-BIH record 100, two leads at 360 Hz) replayed through the sensor API. */
class FileReplaySensorTest {
    private static final SamplingRate RATE = SamplingRate.ofHertz(360);

    private static Path record() {
        return Sim.data("mitdb/100");
    }

    private static SensorConfiguration config(List<String> channels, String... options) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < options.length; i += 2) {
            m.put(options[i], options[i + 1]);
        }
        return new SensorConfiguration(RATE, channels, m);
    }

    @Test
    void replaysTheWholeRecordSampleForSampleThenStops() throws Exception {
        SignalRecord expected = new WfdbReader().read(record());
        SimulatedClock clock = new SimulatedClock();
        try (Sensor sensor = new FileReplayProvider().open(record().toString(), clock)) {
            List<String> names = sensor.description().channels().stream().map(c -> c.name()).toList();
            assertEquals(List.of("MLII", "V5"), names);
            assertEquals(ChannelType.ECG, sensor.description().channels().get(0).type());
            Collector collector = new Collector();
            sensor.start(config(List.of("V5", "MLII")), collector);
            SensorEvent.Stopped stopped = collector.awaitStopped(60);
            Signal mlii = expected.signal(0);
            assertEquals("end of file", stopped.reason());
            assertEquals(mlii.length(), stopped.endSampleIndex());
            assertArrayEquals(expected.signal(1).samples(), collector.channel(0));
            assertArrayEquals(mlii.samples(), collector.channel(1));
            SampleBlock last = collector.blocks.get(collector.blocks.size() - 1);
            assertEquals(Math.round(last.endSampleIndex() * 1e9 / 360), last.arrivalNanos());
        }
    }

    @Test
    void startsWhereAskedAndLoops() throws Exception {
        Signal mlii = new WfdbReader().read(record(), 0).signal(0);
        try (Sensor sensor = new FileReplayProvider().open(record().toString(), new SimulatedClock())) {
            Collector collector = new Collector(10 * 360);
            sensor.start(config(List.of("MLII"), "startS", "1800", "loop", "true"), collector);
            collector.awaitFrames(30);
            sensor.stop();
            double[] got = collector.channel(0);
            int start = 1800 * 360;
            int tail = mlii.length() - start;
            double[] all = mlii.samples();
            assertArrayEquals(Arrays.copyOfRange(all, start, all.length), Arrays.copyOf(got, tail));
            assertArrayEquals(Arrays.copyOf(all, 360), Arrays.copyOfRange(got, tail, tail + 360));
            assertEquals("stopped", ((SensorEvent.Stopped) collector.events.get(collector.events.size() - 1)).reason());
        }
    }

    @Test
    void pacedBySpeedOnAMonotonicClock() throws Exception {
        try (Sensor sensor = new FileReplayProvider().open(record().toString(), MonotonicClock.INSTANCE)) {
            // the last 10.6 s of the record at 20 times real time: about 0.53 s
            Collector collector = new Collector();
            long t0 = System.nanoTime();
            sensor.start(config(List.of("MLII"), "startS", "1795", "speed", "20"), collector);
            collector.awaitStopped(10);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("replay at speed 20: %.2f s of recording in %.3f s%n",
                    collector.channel(0).length / 360.0, s);
            assertTrue(s > 0.5 && s < 3, s + " s");
        }
    }

    @Test
    void badRequestsAreRefused() throws Exception {
        FileReplayProvider provider = new FileReplayProvider();
        assertEquals(List.of(), provider.discover());
        IOException missing = assertThrows(IOException.class, () -> provider.open("/nonexistent/rec", new SimulatedClock()));
        assertTrue(missing.getMessage().contains("/nonexistent/rec"), missing.getMessage());
        try (Sensor sensor = provider.open(record().toString(), new SimulatedClock())) {
            assertThrows(IllegalArgumentException.class, () -> sensor.streamFormat(config(List.of("II"))));
            assertThrows(IllegalArgumentException.class, () -> sensor.streamFormat(
                    SensorConfiguration.of(SamplingRate.ofHertz(1000), "MLII")));
            assertThrows(IllegalArgumentException.class, () -> sensor.streamFormat(config(List.of("MLII"), "startS",
                    "5000")));
            assertThrows(IllegalArgumentException.class, () -> sensor.streamFormat(config(List.of("MLII"), "speed",
                    "-1")));
        }
    }
}
