package org.vagus.devices.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.app.perspectives.RunPerspective;
import org.vagus.core.units.SamplingRate;
import org.vagus.devices.ui.Controllers;
import org.vagus.devices.ui.RecordingController;
import org.vagus.devices.ui.model.LiveRecording;
import org.vagus.devices.ui.model.MonitorStatus;
import org.vagus.devices.ui.model.RecordingRequest;
import org.vagus.devices.ui.views.LiveSignalsView;
import org.vagus.devices.ui.views.MonitorPanel;
import org.vagus.io.bids.PhysioReader;

/**
 * The live monitor in the real workbench (Tycho UI harness, the org.vagus.app.workbench application, on the display
 * xvfb-run provides): the Run perspective shows the Live Signals view; an acquisition of the simulated ECG started
 * through the controller the Record command uses fills the chart and the status; the view's Stop tool item (and the
 * Stop command of the Devices menu) end it with a complete file; nothing is logged as an error meanwhile. Waits poll
 * with deadlines and pump the event loop.
 */
class LiveSignalsUiTest {
    private static final String RECORD = "org.vagus.devices.ui.commands.record";
    private static final String STOP = "org.vagus.devices.ui.commands.stop";

    private final IWorkbench workbench = PlatformUI.getWorkbench();
    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> logged.add(status);

    @BeforeEach
    void listen() {
        Platform.addLogListener(listener);
    }

    @AfterEach
    void stop() throws InterruptedException {
        controller().stopAndWait(15_000);
        Platform.removeLogListener(listener);
    }

    private RecordingController controller() {
        return Controllers.recording(workbench.getService(IEclipseContext.class));
    }

    private static RecordingRequest simulated(Path dir) {
        return new RecordingRequest("simulated", null, List.of(), SamplingRate.ofHertz(1000), Map.of(),
                new RecordingRequest.Folder(dir));
    }

    @Test
    void theRunPerspectiveShowsTheLiveSignalsOfTheSimulatedEcg(@TempDir Path dir) throws Exception {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        assertNotNull(window, "workbench window");
        IWorkbenchPage page = workbench.showPerspective(RunPerspective.ID, window);
        Waiting.until(10, () -> page.findView(LiveSignalsView.ID) != null, () -> "Live Signals in the Run perspective");
        page.showView(LiveSignalsView.ID);

        Job job = controller().start(simulated(dir));
        Waiting.until(30, () -> chartPoints(window) > 100 && status(window) != null
                && status(window).framesReceived() > 0, () -> "data in the chart; status "
                        + (status(window) == null ? "none" : status(window).text()));
        MonitorStatus s = status(window);
        assertEquals(LiveRecording.State.RUNNING, s.state());
        assertTrue(s.framesReceived() > 0, s.text());
        assertEquals(0, s.framesLost(), s.text());
        assertEquals(0, s.gaps(), s.text());
        assertEquals(List.of("ECG"), s.channels());
        String text = statusLabel(window).getText();
        assertTrue(text.contains("| 1000 Hz |") && text.contains("| lost 0 |"), text);

        // Stop from the view's tool bar, which runs the Stop command
        Waiting.until(10, () -> toolItem(window, LiveSignalsView.STOP_COMMAND).getEnabled(), () -> "Stop enabled");
        assertTrue(!toolItem(window, LiveSignalsView.RECORD_COMMAND).getEnabled(), "Record disabled while recording");
        toolItem(window, LiveSignalsView.STOP_COMMAND).notifyListeners(SWT.Selection, new Event());
        Waiting.until(30, () -> job.getResult() != null, () -> "the recording job to end");
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        Waiting.until(10, () -> status(window).state() == LiveRecording.State.STOPPED, () -> "STOPPED in the status");
        Waiting.until(10, () -> toolItem(window, LiveSignalsView.RECORD_COMMAND).getEnabled(), () -> "Record enabled");
        assertEquals(0, status(window).framesLost());
        Path file = controller().current().file();
        assertTrue(Files.isRegularFile(file), file.toString());
        assertTrue(PhysioReader.read(file).complete(), "the recording is complete");
        assertEquals(List.of(), problems(dir), "errors or exceptions logged");
    }

    @Test
    void theStopCommandStopsWhatTheControllerStarted(@TempDir Path dir) throws Exception {
        ICommandService commands = workbench.getService(ICommandService.class);
        for (String id : List.of(RECORD, STOP)) {
            Command c = commands.getCommand(id);
            assertTrue(c.isDefined() && c.isHandled(), id + " is defined and handled");
        }
        Job job = controller().start(simulated(dir));
        Waiting.until(30, () -> controller().current().state() == LiveRecording.State.RUNNING,
                () -> "RUNNING; " + controller().current());
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        // the Devices menu's command, through the handler service
        window.getService(IHandlerService.class).executeCommand(STOP, null);
        Waiting.until(30, () -> job.getResult() != null, () -> "the recording job to end");
        assertEquals(LiveRecording.State.STOPPED, controller().current().state());
        assertEquals(0, controller().current().summary().framesLost());
        assertEquals(List.of(), problems(dir), "errors or exceptions logged");
    }

    /**
     * What was logged about this test's recordings ({@code dir} is in the message of a failed recording), about the
     * monitor ({@code live monitor: drawing failed}), or with an exception. Failed recordings of other tests (whose
     * jobs may be logged a moment after they were joined) do not count.
     */
    private List<String> problems(Path dir) {
        List<String> out = new ArrayList<>();
        for (IStatus s : logged) {
            String m = String.valueOf(s.getMessage());
            if (s.getException() != null || m.contains(dir.toString()) || m.contains("live monitor")) {
                out.add(s.getPlugin() + ": " + m + (s.getException() == null ? "" : " " + s.getException()));
            }
        }
        return out;
    }

    private static int chartPoints(IWorkbenchWindow window) {
        List<Chart> charts = new ArrayList<>();
        collectCharts(window.getShell(), charts);
        for (Chart c : charts) {
            if ("ECG".equals(c.getData(MonitorPanel.CHANNEL_KEY))) {
                double[] y = c.getSeriesSet().getSeries()[0].getYSeries();
                return y == null ? 0 : y.length;
            }
        }
        return 0;
    }

    private static void collectCharts(Control c, List<Chart> out) {
        if (c instanceof Chart chart) {
            out.add(chart);
        } else if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collectCharts(child, out);
            }
        }
    }

    private static ToolItem toolItem(IWorkbenchWindow window, String command) {
        ToolItem found = findItem(window.getShell(), command);
        assertNotNull(found, "the view's tool item for " + command);
        return found;
    }

    private static ToolItem findItem(Control c, String command) {
        if (c instanceof ToolBar bar) {
            for (ToolItem item : bar.getItems()) {
                if (command.equals(item.getData(LiveSignalsView.COMMAND_KEY))) {
                    return item;
                }
            }
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                ToolItem found = findItem(child, command);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Label statusLabel(IWorkbenchWindow window) {
        return MonitorPanelTest.statusLabel(window.getShell());
    }

    private static MonitorStatus status(IWorkbenchWindow window) {
        Label l = statusLabel(window);
        return l == null ? null : (MonitorStatus) l.getData(MonitorPanel.STATUS_KEY);
    }
}
