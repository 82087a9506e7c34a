package org.vagus.devices.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vagus.core.time.Clock;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.time.SimulatedClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.devices.SampleBlock;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.simulation.SimulatedEcgProvider;
import org.vagus.devices.simulation.SimulatedEcgSensor;
import org.vagus.devices.simulation.SimulatedHeart;
import org.vagus.devices.simulation.ecg.EcgSimulator;
import org.vagus.devices.simulation.ecg.HeartRateResponse;

/** The simulated ECG through the sensor API: pacing by the clock, same samples as the generator, responses. */
class SimulatedEcgSensorTest {
    private static final SamplingRate RATE = SamplingRate.ofHertz(1000);

    private static SensorConfiguration config(String... options) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < options.length; i += 2) {
            m.put(options[i], options[i + 1]);
        }
        return new SensorConfiguration(RATE, List.of(SimulatedEcgSensor.CHANNEL), m);
    }

    private static Sensor open(Clock clock) throws IOException {
        return new SimulatedEcgProvider().open("simulated", clock);
    }

    @Test
    void simulatedClockRunsFasterThanRealTimeWithTheGeneratorsSamples() throws Exception {
        SimulatedClock clock = new SimulatedClock();
        SensorConfiguration c = config("durationS", "60", "seed", "9", "noise", "0.05", "heartRate", "75");
        try (Sensor sensor = open(clock)) {
            assertEquals(Unit.MILLIVOLT, sensor.streamFormat(c).channels().get(0).unit());
            Collector collector = new Collector();
            long wall = System.nanoTime();
            sensor.start(c, collector);
            SensorEvent.Stopped stopped = collector.awaitStopped(30);
            double wallS = (System.nanoTime() - wall) / 1e9;
            assertEquals(60_000, stopped.endSampleIndex());
            assertTrue(stopped.reason().startsWith("end of simulation"), stopped.reason());
            assertFalse(sensor.isRunning());
            double[] ecg = collector.channel(0);
            EcgSimulator direct = new EcgSimulator(((SimulatedEcgSensor) sensor).parameters(c));
            assertArrayEquals(direct.next(60_000).samplesMv(), ecg);
            assertArrayEquals(direct.beatSamples(), sensor.capability(SimulatedHeart.class).orElseThrow()
                    .trueBeatSamples());
            for (SampleBlock b : collector.blocks) {
                assertEquals(20, b.frameCount());
                // each block arrives when its last frame is due: the simulated clock moved exactly there
                assertEquals(b.endSampleIndex() * 1_000_000L, b.arrivalNanos());
            }
            System.out.printf("simulated sensor, simulated clock: 60 s of ECG in %.2f s wall%n", wallS);
            assertTrue(wallS < 10, wallS + " s");
        }
    }

    @Test
    void responsesScheduledThroughTheCapabilityAreInTheSamples() throws Exception {
        SensorConfiguration c = config("durationS", "30", "seed", "10", "blockMs", "50");
        try (Sensor sensor = open(new SimulatedClock())) {
            SimulatedHeart heart = sensor.capability(SimulatedHeart.class).orElseThrow();
            HeartRateResponse r = new HeartRateResponse(8, 0.2, 1, 3);
            heart.schedule(10_000, r);
            Collector collector = new Collector();
            sensor.start(c, collector);
            collector.awaitStopped(30);
            EcgSimulator direct = new EcgSimulator(((SimulatedEcgSensor) sensor).parameters(c));
            direct.schedule(10_000, r);
            assertArrayEquals(direct.next(30_000).samplesMv(), collector.channel(0));
            EcgSimulator without = new EcgSimulator(((SimulatedEcgSensor) sensor).parameters(c));
            without.next(30_000);
            assertTrue(heart.trueBeatSamples().length > without.beatCount(), "the response adds beats");
            assertEquals(50, collector.blocks.get(0).frameCount());
        }
    }

    @Test
    void realTimeOnAMonotonicClockAndFasterWithSpeed() throws Exception {
        try (Sensor sensor = open(MonotonicClock.INSTANCE)) {
            Collector collector = new Collector();
            long t0 = System.nanoTime();
            sensor.start(config("durationS", "1"), collector);
            // a response at a host time 0.5 s ahead lands 500 samples after the call, counted from the start
            long call = MonotonicClock.INSTANCE.nanoTime();
            long at = sensor.capability(SimulatedHeart.class).orElseThrow()
                    .scheduleAtHostTime(call + 500_000_000L, new HeartRateResponse(5, 0, 1, 1));
            collector.awaitStopped(10);
            double realS = (System.nanoTime() - t0) / 1e9;
            long callMs = (call - t0) / 1_000_000 + 1;
            assertTrue(at >= 500 && at <= 500 + callMs, "scheduled at sample " + at + ", called " + callMs
                    + " ms after start");

            Collector fast = new Collector();
            t0 = System.nanoTime();
            sensor.start(config("durationS", "4", "speed", "20"), fast);
            SensorEvent.Stopped stopped = fast.awaitStopped(10);
            double fastS = (System.nanoTime() - t0) / 1e9;
            System.out.printf("monotonic clock: 1 s of ECG in %.3f s at speed 1, 4 s in %.3f s at speed 20%n", realS,
                    fastS);
            assertEquals(4000, stopped.endSampleIndex());
            assertTrue(realS >= 0.98 && realS < 3, realS + " s for 1 s at real time");
            assertTrue(fastS >= 0.19 && fastS < 2.5, fastS + " s for 4 s at speed 20");
        }
    }

    @Test
    void stopEndsTheStreamAndARestartBeginsAgainAtSampleZero() throws Exception {
        try (Sensor sensor = open(new SimulatedClock())) {
            Collector first = new Collector(5_000);
            sensor.start(config("seed", "3"), first);
            first.awaitFrames(10);
            assertThrows(IllegalStateException.class, () -> sensor.start(config(), new Collector()));
            sensor.stop();
            SensorEvent.Stopped stopped = first.awaitStopped(1);
            assertEquals("stopped", stopped.reason());
            assertFalse(sensor.isRunning());
            int n = first.channel(0).length;
            assertEquals(n, stopped.endSampleIndex());
            Collector second = new Collector();
            sensor.start(config("seed", "3", "durationS", "2"), second);
            second.awaitStopped(10);
            double[] again = second.channel(0);
            double[] before = first.channel(0);
            assertArrayEquals(java.util.Arrays.copyOf(before, 2000), again);
        }
    }

    @Test
    void badConfigurationsAreRefusedNamingTheProblem() throws Exception {
        Sensor sensor = open(new SimulatedClock());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sensor.streamFormat(config("heartrate", "70")));
        assertTrue(e.getMessage().contains("heartrate") && e.getMessage().contains("heartRate"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> sensor.streamFormat(config("heartRate", "fast")));
        assertTrue(e.getMessage().contains("heartRate=fast"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> sensor.streamFormat(
                SensorConfiguration.of(SamplingRate.ofHertz(333), "ECG")));
        assertTrue(e.getMessage().contains("333"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sensor.streamFormat(SensorConfiguration.of(RATE, "A2")));
        sensor.close();
        sensor.close();
        assertThrows(IllegalStateException.class, () -> sensor.start(config(), new Collector()));
    }

    @Test
    void providerListsOneDeviceAndOpensNamedInstances() throws Exception {
        SimulatedEcgProvider provider = new SimulatedEcgProvider();
        SensorRegistry registry = SensorRegistry.of(provider);
        assertEquals(List.of("simulated"), registry.discoverAll(w -> { }).stream().map(d -> d.address()).toList());
        try (Sensor s = provider.open("simulated-2", new SimulatedClock())) {
            assertEquals("simulated-2", s.description().id());
            assertTrue(s.description().offers(RATE));
        }
        assertThrows(IOException.class, () -> provider.open("/dev/ttyUSB0", new SimulatedClock()));
    }
}
