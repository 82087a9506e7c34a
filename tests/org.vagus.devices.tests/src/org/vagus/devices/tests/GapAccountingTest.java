package org.vagus.devices.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.time.SimulatedClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.devices.SampleBlock;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.devices.acquisition.AcquisitionGap;
import org.vagus.devices.acquisition.AcquisitionOptions;
import org.vagus.devices.acquisition.AcquisitionSummary;
import org.vagus.devices.acquisition.RecordingTarget;
import org.vagus.io.Signal;
import org.vagus.io.bids.PhysioReader;
import org.vagus.io.bids.PhysioSidecar;

class GapAccountingTest {
    private static final SensorConfiguration CFG = SensorConfiguration.of(SamplingRate.ofHertz(1000), "ECG", "RAW");

    @Test
    void lostFramesAreGapsNaNInTheRingsAndNaRowsInTheRecording(@TempDir Path dir) throws Exception {
        SimulatedClock clock = new SimulatedClock();
        SyntheticSensor s = new SyntheticSensor(clock, 1000, 0, b -> 2_000_000, 10);
        Path data = dir.resolve("sub-01_physio.tsv.gz");
        List<SensorEvent> seen = new ArrayList<>();
        Acquisition a = Acquisition.start(s, CFG, clock, AcquisitionOptions.defaults(), RecordingTarget.of(data),
                seen::add);
        s.pump(10); // frames 0..99
        s.lose(25, null); // 100..124, seen only as an index jump
        s.pump(3); // 125..154
        s.lose(7, "CRC error"); // 155..161, announced by the sensor before the next block
        s.pump(1); // 162..171
        s.lose(4, null); // 172..175
        s.pump(2); // 176..195
        s.deliver(SampleBlock.ofInts(172, -1, clock.nanoTime(), new int[][] { { 1, 1, 1, 1 }, { 1, 1, 1, 1 } }));
        a.onEvent(new SensorEvent.Gap(clock.nanoTime(), 172, 4, "sequence jump")); // named after its block
        double[] ring = new double[200];
        a.ring(1).read(0, ring, 0, 200);
        s.stopAfterLosing(5); // 196..200 lost at the end

        AcquisitionSummary sum = a.finish();
        assertEquals(List.of(new Gap(100, 25, "sample index jump"), new Gap(155, 7, "CRC error"),
                new Gap(172, 4, "sequence jump"), new Gap(196, 5, "sample index jump")),
                sum.gaps().stream().map(g -> new Gap(g.firstSample(), g.frames(), g.reason())).toList());
        assertEquals(41, sum.framesLost());
        assertEquals(160, sum.framesReceived());
        assertEquals(201, sum.sampleCount());
        for (int k = 0; k < 196; k++) {
            boolean lost = k >= 100 && k < 125 || k >= 155 && k < 162 || k >= 172 && k < 176;
            assertEquals(lost, Double.isNaN(ring[k]), "ring at " + k);
            if (!lost) {
                assertEquals(SyntheticSensor.code(1, k), ring[k], "ring at " + k);
            }
        }
        // the block that went back to 172 was a driver fault: reported, not written
        assertTrue(seen.stream().anyMatch(e -> e instanceof SensorEvent.Error err && !err.fatal()
                && err.message().contains("goes back before sample 196")), seen.toString());

        PhysioReader.Result r = PhysioReader.read(data);
        assertTrue(r.complete());
        assertFalse(r.truncated());
        assertEquals(201, r.sampleCount());
        assertEquals(List.of(new PhysioSidecar.Gap(100, 25), new PhysioSidecar.Gap(155, 7),
                new PhysioSidecar.Gap(172, 4), new PhysioSidecar.Gap(196, 5)), r.sidecar().gaps());
        assertEquals(41.0, ((Number) r.sidecar().extra().get("VagusFramesLost")).doubleValue());
        Signal ecg = r.record().signal(0);
        Signal raw = r.record().signal(1);
        for (int k = 0; k < 201; k++) {
            boolean lost = k >= 100 && k < 125 || k >= 155 && k < 162 || k >= 172 && k < 176 || k >= 196;
            assertEquals(lost, Double.isNaN(raw.sample(k)), "row " + k);
            if (!lost) {
                assertEquals(SyntheticSensor.code(1, k), raw.sample(k));
                assertEquals(SyntheticSensor.code(0, k) * SyntheticSensor.SCALE + SyntheticSensor.OFFSET,
                        ecg.sample(k), "ECG row " + k);
            }
        }
    }

    private record Gap(long first, long frames, String reason) {
    }

    /** The driver's port vanishes for 2 s and comes back: the user is told in order, the gap is counted. */
    @Test
    void aVanishedPortIsPassedOnAndItsGapRecorded() throws Exception {
        SimulatedClock clock = new SimulatedClock();
        SyntheticSensor s = new SyntheticSensor(clock, 1000, 0, b -> 1_000_000, 10);
        List<SensorEvent> seen = new ArrayList<>();
        Acquisition a = Acquisition.start(s, CFG, clock, AcquisitionOptions.defaults(), null, seen::add);
        s.pump(50); // 0..499
        a.onEvent(new SensorEvent.PortVanished(clock.nanoTime(), "/dev/rfcomm0", 500));
        clock.advance(java.time.Duration.ofSeconds(2));
        s.lose(2000, "port vanished");
        a.onEvent(new SensorEvent.Reconnected(clock.nanoTime(), "/dev/rfcomm0", 2_000_000_000L));
        s.pump(10); // 2500..2599
        AcquisitionSummary sum = a.stop();
        assertEquals(List.of(SensorEvent.PortVanished.class, SensorEvent.Gap.class, SensorEvent.Reconnected.class,
                SensorEvent.Stopped.class), seen.stream().map(Object::getClass).toList());
        assertEquals(seen, sum.events());
        assertEquals(List.of(new Gap(500, 2000, "port vanished")),
                sum.gaps().stream().map(g -> new Gap(g.firstSample(), g.frames(), g.reason())).toList());
        assertEquals(2000, sum.framesLost());
        assertEquals(2600, sum.sampleCount());
        double[] latest = new double[100];
        assertEquals(2500, a.ring(1).readLatest(latest));
        assertEquals(SyntheticSensor.code(1, 2500), latest[0]);
    }

    /** A long simulated recording: every received value comes back identical, nothing is lost. */
    @Test
    void aLongRecordingReadsBackIdentical(@TempDir Path dir) throws Exception {
        SimulatedClock clock = new SimulatedClock();
        SyntheticSensor s = new SyntheticSensor(clock, 1000, -20, b -> 1_500_000, 10);
        Path data = dir.resolve("sub-02_physio.tsv.gz");
        Acquisition a = Acquisition.start(s, CFG, clock, AcquisitionOptions.defaults(), RecordingTarget.of(data),
                null);
        s.pump(30_000); // 300 s
        AcquisitionSummary sum = a.stop();
        assertEquals(300_000, sum.sampleCount());
        assertEquals(List.<AcquisitionGap>of(), sum.gaps());
        PhysioReader.Result r = PhysioReader.read(data);
        assertEquals(300_000, r.sampleCount());
        assertTrue(r.members() >= 600, r.members() + " members"); // chunks of at most 500 ms
        assertEquals(-20, ((Number) r.sidecar().extra().get("VagusClockDriftPpm")).doubleValue(), 0.5);
        assertEquals("synthetic-1", ((java.util.Map<?, ?>) r.sidecar().extra().get("VagusDevice")).get("Id"));
        for (int k = 0; k < 300_000; k++) {
            if (r.record().signal(1).sample(k) != SyntheticSensor.code(1, k)) {
                throw new AssertionError("row " + k + ": " + r.record().signal(1).sample(k));
            }
        }
    }
}
