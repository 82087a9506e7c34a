package org.vagus.devices.bitalino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.acquisition.AcquisitionSummary;
import org.vagus.devices.acquisition.Marker;
import org.vagus.io.Signal;
import org.vagus.io.bids.PhysioReader;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Phase;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.phases.FixationPhase;
import org.vagus.paradigm.phases.MessagePhase;
import org.vagus.runner.HeadlessPresenter;
import org.vagus.runner.SessionResult;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionSetup;
import org.vagus.runner.SessionState;
import org.vagus.runner.devices.OutputPulseMarkerSink;
import org.vagus.runner.devices.SessionRecording;
import org.vagus.runner.simulation.SimulatedParticipant;
import org.vagus.runner.simulation.SimulationParameters;

/**
 * Hardware markers end to end: a session runs on the monotonic clock while the BITalino driver records A2 and I1
 * from the firmware emulator over a socat pty, the emulator's O1 wired to its I1; at every onset the runner's
 * marker goes onto the sample clock and {@link OutputPulseMarkerSink} pulses O1 for 10 ms. The recorded I1 column
 * must hold one pulse per onset marker, starting at the marker's sample.
 * <h2>Tolerance</h2>
 * The rising edge lies in the first frame the emulator encodes after it has read the output command. Relative to
 * the marker's sample it is late by the write, the command's way through socat and the pty (microseconds on an idle
 * host; the bitalino tests saw socat held up for 550 to 750 ms on a 2-core host at load 7 to 12) and the emulator's
 * command thread waking up; it is early at most by the clock mapping's error (the marker is mapped from host time
 * through the fit to frame arrivals; sub-millisecond on a pty) and by the emulator's stream thread running late (a
 * late thread encodes the overdue frames at once, with the level of now). So the edge must lie within
 * {@link #EARLY} samples before and {@link #LATE} after its marker: {@code LATE} takes the worst host hold-up seen,
 * and both together stay below the 1 s between onsets, so an edge cannot be credited to a neighbouring marker. The
 * lags measured are printed (on an idle host: 0 to 2 samples).
 */
class MarkerPulseTest {
    /** Samples (1 ms) an edge may come before its marker: clock mapping error and a late emulator stream thread. */
    static final int EARLY = 50;
    /** Samples an edge may come after its marker: the command's way to the emulator on a loaded host. */
    static final int LATE = 800;
    /** The time between onsets. */
    static final Duration SCREEN = Duration.ofMillis(1000);

    @TempDir
    Path dir;
    private SocatFixture lab;

    @AfterEach
    void tearDown() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void everyOnsetIsAPulseOnI1AtItsMarkersSample() throws Exception {
        lab = SocatFixture.start(dir, "BITalino_v5.2", TestSettings.tolerant());
        lab.emulator.wireO1ToI1(true);
        MonotonicClock clock = MonotonicClock.INSTANCE;
        SensorConfiguration config = SensorConfiguration.of(SamplingRate.ofHertz(1000), "A2", "I1");
        Path physio = dir.resolve("sub-01_ses-01_task-pulse_physio.tsv.gz");
        List<String> warnings = new ArrayList<>();
        List<Marker> markers;
        AcquisitionSummary summary;
        int pulses;
        try (SessionRecording recording = SessionRecording.start(lab.sensor, config, clock, physio, Map.of(), null)) {
            OutputPulseMarkerSink sink = OutputPulseMarkerSink.onOutput(recording.markers(), lab.sensor, "O1",
                    warnings::add);
            SessionSetup setup = SessionSetup.of(clock, new HeadlessPresenter(clock),
                    new SimulatedParticipant(clock, SimulationParameters.defaults(), 1), sink);
            SessionResult r = new SessionRunner(paradigm(), new SessionState("01", "01", "pulse", 1), setup).run();
            assertTrue(r.completed());
            sink.close();
            pulses = sink.pulses();
            summary = recording.finish(clock.nanoTime());
            markers = recording.acquisition().markers();
        }
        assertEquals(List.of(), warnings);
        assertEquals(0, summary.framesLost());
        // 3 trials of fixation and message, the blank end screen: 7 onsets, each pulsed
        List<Marker> onsets = markers.stream().filter(m -> OutputPulseMarkerSink.ONSETS.test(m.label())).toList();
        assertEquals(7, onsets.size(), markers.toString());
        assertEquals(7, pulses);

        PhysioReader.Result read = PhysioReader.read(physio);
        assertTrue(read.complete(), read.warnings().toString());
        Signal i1 = read.record().signals().stream().filter(s -> s.name().equals("I1")).findFirst().orElseThrow();
        List<int[]> highs = runsOfHigh(i1.samples());
        assertEquals(onsets.size(), highs.size(), "one pulse per onset; pulses at " + starts(highs) + ", markers at "
                + onsets.stream().map(Marker::sampleIndex).toList());
        long[] lags = new long[highs.size()];
        for (int k = 0; k < highs.size(); k++) {
            long marker = onsets.get(k).sampleIndex();
            lags[k] = highs.get(k)[0] - marker;
            assertTrue(lags[k] >= -EARLY && lags[k] <= LATE, "pulse " + (k + 1) + " (" + onsets.get(k).label()
                    + ") starts at sample " + highs.get(k)[0] + ", its marker is at " + marker);
            // 10 ms high: at least a few frames, and low again well before the next onset
            int width = highs.get(k)[1] - highs.get(k)[0];
            assertTrue(width >= 1 && width < SCREEN.toMillis() / 2, "pulse " + (k + 1) + " is " + width
                    + " samples wide");
        }
        long[] sorted = lags.clone();
        Arrays.sort(sorted);
        System.out.println("marker pulses: edge - marker (samples at 1000 Hz): " + Arrays.toString(lags) + "; median "
                + sorted[sorted.length / 2] + ", max " + sorted[sorted.length - 1] + ", min " + sorted[0]);
    }

    /** 3 trials of a fixation and a message of {@link #SCREEN} each. */
    private static Paradigm paradigm() {
        Timing t = Timing.fixed(SCREEN);
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<Phase> phases = List.of(FixationPhase.of(t), new MessagePhase("trial " + (i + 1), t));
            trials.add(Trial.of(null, phases));
        }
        Task task = new Task("pulse", "Pulse", null, List.of(), trials, List.of());
        return new Paradigm("pulse", "Pulse", "", "pulse", null, List.of(new FlowStep.RunTask("pulse")),
                List.of(task));
    }

    /** The runs of 1 in a digital column: {start, end} sample indices, end exclusive. */
    private static List<int[]> runsOfHigh(double[] bits) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= bits.length; i++) {
            boolean high = i < bits.length && bits[i] == 1;
            if (high && start < 0) {
                start = i;
            } else if (!high && start >= 0) {
                runs.add(new int[] { start, i });
                start = -1;
            }
        }
        return runs;
    }

    private static List<Integer> starts(List<int[]> runs) {
        return runs.stream().map(r -> r[0]).toList();
    }
}
