package org.vagus.devices.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.time.SimulatedClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.devices.acquisition.AcquisitionOptions;
import org.vagus.devices.acquisition.AcquisitionSummary;
import org.vagus.devices.acquisition.Marker;
import org.vagus.devices.acquisition.RecordingTarget;

class MarkerPlacementTest {
    private static final SensorConfiguration CFG = SensorConfiguration.of(SamplingRate.ofHertz(1000), "ECG", "RAW");

    @Test
    void beforeTheFirstBlockMarkersUseTheNominalRateFromTheStart() throws Exception {
        SimulatedClock clock = new SimulatedClock(1_000_000_000L);
        SyntheticSensor s = new SyntheticSensor(clock, 1000, 0, b -> 0, 10);
        Acquisition a = Acquisition.start(s, CFG, clock, AcquisitionOptions.defaults(), null, null);
        clock.advance(Duration.ofNanos(4_600_000));
        assertEquals(5, a.mark("early").sampleIndex()); // 4.6 ms at 1000 Hz, nearest sample
        assertEquals(-2, a.mark(clock.nanoTime() - 6_600_000, "before start").sampleIndex());
    }

    /**
     * Ten minutes of a device 50 ppm slow (30 ms, i.e. 30 samples, behind the nominal rate at the end) with
     * 1..4 ms arrival delays: a marker taken at the true sampling time of frame k lands on sample k +- 1
     * throughout, once the known 1 ms floor of the delay is given as latency; the nominal rate alone would be 30
     * samples off at the end.
     */
    @Test
    void markersLandOnTheSampleTakenAtTheirHostTimeDespiteDrift() throws Exception {
        SimulatedClock clock = new SimulatedClock();
        Random random = new Random(7);
        SyntheticSensor s = new SyntheticSensor(clock, 1000, 50, b -> 1_000_000 + random.nextInt(3_000_000), 10);
        AcquisitionOptions options = AcquisitionOptions.defaults().withLatency(Duration.ofMillis(1));
        Acquisition a = Acquisition.start(s, CFG, clock, options, null, null);
        int worst = 0;
        for (int minute = 1; minute <= 10; minute++) {
            s.pump(6000);
            long last = s.nextFrame() - 1;
            for (long k : new long[] { last - 30_000, last - 500, last, last + 20 }) {
                Marker m = a.mark(s.trueSampleNanos(k), "k" + k);
                worst = Math.max(worst, (int) Math.abs(m.sampleIndex() - k));
            }
        }
        long k = s.nextFrame() - 1;
        long nominal = Math.round((s.trueSampleNanos(k) - s.trueSampleNanos(0)) / 1e6);
        assertEquals(30, nominal - k, 1); // what ignoring the drift would cost
        assertTrue(worst <= 1, "worst marker error " + worst + " samples");
        System.out.println("marker placement: worst error " + worst + " sample(s) over 10 min at 50 ppm");
    }

    @Test
    void markersAreWrittenAsAnEventsFile(@TempDir Path dir) throws Exception {
        SimulatedClock clock = new SimulatedClock();
        SyntheticSensor s = new SyntheticSensor(clock, 1000, 0, b -> 0, 10);
        Path data = dir.resolve("sub-01_ses-01_task-stress_physio.tsv.gz");
        Path events = dir.resolve("sub-01_ses-01_task-stress_markers.tsv");
        Acquisition a = Acquisition.start(s, CFG, clock, AcquisitionOptions.defaults(),
                RecordingTarget.of(data).withMarkersFile(events), null);
        s.pump(100);
        a.mark(s.trueSampleNanos(250), "feedback\tWrong");
        a.mark(s.trueSampleNanos(120), "fixation");
        a.mark(s.trueSampleNanos(0) - 5_000_000, "before");
        AcquisitionSummary summary = a.stop();
        assertEquals(List.of(-5L, 120L, 250L), summary.markers().stream().map(Marker::sampleIndex).toList());
        assertEquals("onset\tduration\tsample\ttrial_type\n0.120000\t0\t120\tfixation\n"
                + "0.250000\t0\t250\tfeedback Wrong\n", Files.readString(events, StandardCharsets.UTF_8));
    }
}
