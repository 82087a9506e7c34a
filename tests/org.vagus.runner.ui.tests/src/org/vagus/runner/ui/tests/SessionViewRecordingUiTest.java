package org.vagus.runner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.app.OpenStudy;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.simulation.SimulatedEcgProvider;
import org.vagus.devices.ui.RecordingController;
import org.vagus.devices.ui.model.LiveRecording;
import org.vagus.io.bids.EventsTsv;
import org.vagus.io.bids.PhysioReader;
import org.vagus.runner.SessionState;
import org.vagus.runner.io.SessionFiles;
import org.vagus.runner.ui.views.SessionView;

/**
 * The Session view records a sensor during the session: the simulated ECG chosen in its sensor rows, the session
 * started with Start, the physio file complete in the session folder with every event's sample on its clock, and the
 * acquisition shown through the live monitor's controller while it runs.
 */
class SessionViewRecordingUiTest {

    @Test
    void aSessionFromTheViewRecordsTheSensorWithItsMarkersOnTheSampleClock(@TempDir Path dir) throws Exception {
        Display display = UiLoop.display();
        OpenStudy open = SessionViewUiTest.studyWith(dir, "01");
        Path folder = open.folder();
        SensorRegistry sensors = SensorRegistry.of(new SimulatedEcgProvider());
        RecordingController live = new RecordingController(() -> sensors);
        List<LiveRecording> published = new CopyOnWriteArrayList<>();
        live.addListener(published::add);
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        SessionView view = new SessionView();
        view.setStudy(open);
        view.setSensors(() -> sensors, live);
        view.createControls(new Composite(shell, SWT.NONE));
        shell.setSize(700, 600);
        shell.open();
        try {
            Combo sensor = SessionViewUiTest.find(shell, "sensor", Combo.class);
            assertEquals(2, sensor.getItemCount(), "none and the simulated sensor");
            view.sensorChooser().select("simulated", null, null);
            view.selectParadigm(TestParadigms.probe(3, 150), null);
            SessionViewUiTest.find(shell, "participant", Combo.class).setText("01");
            SessionViewUiTest.find(shell, "start", Button.class).notifyListeners(SWT.Selection, new Event());
            UiLoop.until(() -> !view.isRunning(), Duration.ofSeconds(60));
            assertTrue(view.statusText().startsWith("Completed."), view.statusText());
            assertTrue(view.statusText().contains("Physio: sub-01_ses-01_task-probe_physio.tsv.gz"),
                    view.statusText());

            SessionFiles files = new SessionFiles(folder.resolve("sub-01/ses-01"), "01", "01", "probe", Map.of());
            assertEquals(SessionState.Status.COMPLETED, files.loadState().status());
            Path physio = files.physioFile(1);
            PhysioReader.Result r = PhysioReader.read(physio);
            assertTrue(r.complete(), "complete sidecar: " + r.warnings());
            double hz = r.sidecar().samplingFrequency().hertz();
            assertEquals(1000, hz, 0, "the simulated sensor's default rate");
            List<org.vagus.core.model.Event> events = EventsTsv.read(files.eventsFile(1));
            // the fixation and three stimuli of the probe paradigm (the end screen closes the last row)
            assertEquals(4, events.size(), events.toString());
            long previous = -1;
            for (org.vagus.core.model.Event e : events) {
                // onset = sample / rate, the definition of the markers on the recording's sample clock
                assertEquals(e.sample() / hz, e.onset(), 1e-9, e.toString());
                assertTrue(e.sample() > previous && e.sample() < r.sampleCount(), e + " of " + r.sampleCount());
                previous = e.sample();
            }
            // the warm-up (1 s) comes before the first onset; the tail (1 s) after the last one
            assertTrue(events.get(0).sample() >= 900, events.get(0).toString());
            assertTrue(Files.readString(files.physioFile(1).resolveSibling("sub-01_ses-01_task-probe_physio.json"))
                    .contains("\"VagusEvents\": \"sub-01_ses-01_task-probe_events.tsv\""));

            // the live monitor was given the running acquisition, then its end with the summary
            LiveRecording running = published.stream().filter(p -> p.state() == LiveRecording.State.RUNNING)
                    .findFirst().orElse(null);
            assertNotNull(running, "published as running: " + published);
            assertNotNull(running.acquisition());
            assertEquals(physio, running.file());
            UiLoop.until(() -> !live.isActive(), Duration.ofSeconds(10));
            assertEquals(LiveRecording.State.STOPPED, live.current().state());
            assertEquals(r.sampleCount(), live.current().summary().sampleCount());
        } finally {
            view.dispose();
            shell.dispose();
            UiLoop.settle();
        }
    }
}
