package org.vagus.devices.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.units.SamplingRate;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.simulation.SimulatedEcgProvider;
import org.vagus.devices.ui.RecordingController;
import org.vagus.devices.ui.model.LiveRecording;
import org.vagus.devices.ui.model.LiveRecording.State;
import org.vagus.devices.ui.model.RecordingRequest;
import org.vagus.io.bids.PhysioReader;

/**
 * The controller the Record and Stop commands use, without a workbench: the simulated ECG in real time into a folder,
 * and the failures a user can cause.
 */
class RecordingControllerTest {
    private final RecordingController controller = new RecordingController(
            () -> SensorRegistry.of(new SimulatedEcgProvider()));

    @AfterEach
    void stop() throws InterruptedException {
        controller.stopAndWait(10_000);
    }

    private static RecordingRequest simulated(RecordingRequest.Destination to) {
        return new RecordingRequest("simulated", null, List.of(), SamplingRate.ofHertz(1000), Map.of("seed", "7"), to);
    }

    private static void join(Job job) throws InterruptedException {
        assertTrue(job.join(20_000, null), "the job ended within 20 s");
    }

    @Test
    void recordsTheSimulatedEcgIntoAFolderUntilStopped(@TempDir Path dir) throws Exception {
        Job job = controller.start(simulated(new RecordingRequest.Folder(dir)));
        Waiting.until(20, () -> controller.current().acquisition() != null
                && controller.current().acquisition().framesReceived() >= 500,
                () -> "500 frames; " + controller.current());
        LiveRecording running = controller.current();
        assertEquals(State.RUNNING, running.state());
        assertEquals(1000, running.format().rate().hertz());
        assertEquals("ECG", running.format().channels().get(0).name());
        assertTrue(running.sensorLabel().startsWith("Simulated ECG"), running.sensorLabel());
        assertThrows(IllegalStateException.class,
                () -> controller.start(simulated(new RecordingRequest.MonitorOnly())));

        assertEquals(job, controller.stop());
        join(job);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        LiveRecording done = controller.current();
        assertEquals(State.STOPPED, done.state());
        assertNotNull(done.summary());
        assertEquals(0, done.summary().framesLost());
        assertTrue(done.summary().framesReceived() >= 500);
        assertNull(controller.stop(), "nothing left to stop");

        Path file = done.file();
        assertEquals(dir, file.getParent());
        assertTrue(file.getFileName().toString().matches("simulated_\\d{8}T\\d{6}_physio\\.tsv\\.gz"), file.toString());
        PhysioReader.Result read = PhysioReader.read(file);
        assertTrue(read.complete(), "the sidecar says complete");
        assertEquals(done.summary().sampleCount(), read.sampleCount());
    }

    @Test
    void monitorsWithoutAFile(@TempDir Path dir) throws Exception {
        Job job = controller.start(simulated(new RecordingRequest.MonitorOnly()));
        Waiting.until(20, () -> controller.current().acquisition() != null
                && controller.current().acquisition().ring(0).end() >= 100,
                () -> "100 samples; " + controller.current());
        assertNull(controller.current().file());
        controller.stop();
        join(job);
        assertEquals(State.STOPPED, controller.current().state());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void stoppingAtOnceNeverLeavesTheControllerActive() throws Exception {
        // whether the job was still waiting (cancelled before it ran) or already opening the sensor
        for (int i = 0; i < 5; i++) {
            Job job = controller.start(simulated(new RecordingRequest.MonitorOnly()));
            controller.stop();
            join(job);
            Waiting.until(5, () -> !controller.isActive(), () -> "the end of the snapshot; " + controller.current());
            assertEquals(State.STOPPED, controller.current().state(), controller.current().toString());
        }
    }

    @Test
    void anUnknownSensorFailsWithTheKnownOnes() throws Exception {
        Job job = controller.start(new RecordingRequest("bitalinno", null, List.of(), null, Map.of(),
                new RecordingRequest.MonitorOnly()));
        join(job);
        assertEquals(IStatus.ERROR, job.getResult().getSeverity());
        LiveRecording r = controller.current();
        assertEquals(State.FAILED, r.state());
        assertEquals("unknown sensor 'bitalinno'; sensors: simulated", r.message());
        assertTrue(job.getResult().getMessage().contains("unknown sensor 'bitalinno'"), job.getResult().getMessage());
    }

    @Test
    void aChannelOrRateTheSensorLacksFailsWithWhatItOffers(@TempDir Path dir) throws Exception {
        Job job = controller.start(new RecordingRequest("simulated", null, List.of("A2"), null, Map.of(),
                new RecordingRequest.Folder(dir)));
        join(job);
        assertEquals(State.FAILED, controller.current().state());
        assertTrue(controller.current().message().contains("has no channel 'A2'; its channels: ECG"),
                controller.current().message());
        job = controller.start(new RecordingRequest("simulated", null, List.of(), SamplingRate.ofHertz(999), Map.of(),
                new RecordingRequest.Folder(dir)));
        join(job);
        assertTrue(controller.current().message().contains("does not offer 999.0 Hz"), controller.current().message());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "no file for a recording that did not start");
        }
    }

    @Test
    void aBadSensorOptionFailsBeforeAnyFileIsMade(@TempDir Path dir) throws IOException, InterruptedException {
        Job job = controller.start(new RecordingRequest("simulated", null, List.of(), null, Map.of("hartRate", "60"),
                new RecordingRequest.Folder(dir)));
        join(job);
        assertEquals(State.FAILED, controller.current().state());
        assertTrue(controller.current().message().contains("hartRate"), controller.current().message());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}
