package org.vagus.devices.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vagus.core.time.SimulatedClock;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.devices.acquisition.AcquisitionOptions;
import org.vagus.devices.ui.model.LiveRecording;
import org.vagus.devices.ui.model.MonitorStatus;
import org.vagus.devices.ui.model.SignalQuality;
import org.vagus.devices.ui.views.MonitorPanel;

/**
 * The monitor's widgets in a plain shell, fed by an acquisition whose blocks the test hands in, so every figure is
 * known: two channels (a sine "ECG" and a constant "RESP") at 1000 Hz. Runs in the UI harness (on the workbench's
 * display) and on a plain class path under xvfb-run.
 */
class MonitorPanelTest {
    private Display display;
    private Shell shell;
    private Acquisition acquisition;
    private final AtomicReference<LiveRecording> shown = new AtomicReference<>();
    private MonitorPanel panel;

    @BeforeEach
    void open() throws IOException {
        display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(900, 500);
        AcquisitionOptions d = AcquisitionOptions.defaults();
        acquisition = new Acquisition(MonitorStatusTest.FORMAT, new SimulatedClock(), new AcquisitionOptions(
                Duration.ofSeconds(70), d.driftWindow(), d.minFitSpan(), d.driftMaxPoints(), d.refitInterval(),
                d.latency(), d.chunk(), d.idleFlush()), null, null);
        panel = new MonitorPanel(shell, shown::get);
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private void show(LiveRecording.State state) {
        shown.set(new LiveRecording(1, state, MonitorStatusTest.REQUEST, "Hand-fed sensor, h1",
                MonitorStatusTest.FORMAT, acquisition, null, null, null));
    }

    private List<Chart> charts() {
        List<Chart> out = new ArrayList<>();
        collect(shell, out);
        return out;
    }

    private static void collect(Control c, List<Chart> out) {
        if (c instanceof Chart chart) {
            out.add(chart);
        } else if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, out);
            }
        }
    }

    @Test
    void drawsEachChannelDecimatedToThePlotWidthAndReportsTheStatus() {
        assertTrue(panel.status().text().startsWith("No acquisition."));
        acquisition.onBlock(MonitorStatusTest.block(0, 5000));
        show(LiveRecording.State.RUNNING);
        Waiting.until(10, () -> panel.points().length == 2 && panel.points()[0] > 0
                && panel.status().framesReceived() == 5000, () -> "the charts to show 5000 frames; status "
                        + panel.status().text());
        List<Chart> charts = charts();
        assertEquals(2, charts.size());
        int width = charts.get(0).getPlotArea().getSize().x;
        assertTrue(width > 100, "plot width " + width);
        // at most two points per pixel column, and a 5 s sine on a 10 s window fills about half the columns
        int points = panel.points()[0];
        assertTrue(points <= 2 * width, points + " points on " + width + " columns");
        assertTrue(points >= width / 2, points + " points on " + width + " columns");
        // the x axis is the time before the newest sample over the 10 s window; the trace ends at the newest sample
        Range x = charts.get(0).getAxisSet().getXAxis(0).getRange();
        assertEquals(0, x.upper, 1e-9);
        assertEquals(-10, x.lower, 1e-9);
        double[] xs = charts.get(0).getSeriesSet().getSeries()[0].getXSeries();
        assertEquals(-0.001, xs[xs.length - 1], 1e-9, "sample 4999 is 1 ms before the end");
        assertTrue(xs[0] >= -5.0 - 1e-9, "nothing before sample 0: " + xs[0]);

        MonitorStatus s = panel.status();
        assertEquals(0, s.framesLost());
        assertEquals(SignalQuality.OK, s.qualities().get(0).quality());
        assertEquals(SignalQuality.FLAT, s.qualities().get(1).quality());
        Label label = statusLabel(shell);
        assertNotNull(label, "the status label");
        assertTrue(label.getText().contains("received 5000 | lost 0 | gaps 0"), label.getText());
        assertTrue(label.getText().endsWith("ECG OK, RESP flat line"), label.getText());
    }

    @Test
    void lostFramesAreCountedAndTheWindowScrolls() {
        acquisition.onBlock(MonitorStatusTest.block(0, 5000));
        acquisition.onBlock(MonitorStatusTest.block(6000, 9000)); // frames 5000 .. 5999 lost
        show(LiveRecording.State.RUNNING);
        Waiting.until(10, () -> panel.status().framesReceived() == 14000, () -> "14000 frames; status "
                + panel.status().text());
        assertEquals(1000, panel.status().framesLost());
        assertEquals(1, panel.status().gaps());
        assertTrue(panel.status().text().contains("| 1000 Hz | 15.0 s | received 14000 | lost 1000 | gaps 1 |"),
                panel.status().text());
        // 15 s on the sample clock in a 10 s window: the lost second (5 .. 6 s) is 10 .. 9 s before the end, and the
        // trace has no point there
        Waiting.until(10, () -> charts().size() == 2
                && charts().get(0).getSeriesSet().getSeries()[0].getXSeries().length > 0, () -> "the trace");
        double[] xs = charts().get(0).getSeriesSet().getSeries()[0].getXSeries();
        for (double v : xs) {
            assertTrue(v < -10 + 1e-9 || v > -9 - 0.011, "a point in the gap at " + v);
        }
        panel.setWindowSeconds(2);
        Waiting.until(10, () -> charts().get(0).getAxisSet().getXAxis(0).getRange().lower == -2.0,
                () -> "a 2 s window");
        xs = charts().get(0).getSeriesSet().getSeries()[0].getXSeries();
        // the oldest column may begin up to a column's worth of samples (a few ms here) before the window
        assertTrue(xs[0] >= -2.01, "the trace starts in the window: " + xs[0]);
    }

    @Test
    void aStoppedAcquisitionStaysOnScreen() {
        acquisition.onBlock(MonitorStatusTest.block(0, 3000));
        show(LiveRecording.State.STOPPED);
        Waiting.until(10, () -> panel.points().length == 2 && panel.points()[0] > 0, () -> "the last window");
        Waiting.until(10, () -> panel.status().state() == LiveRecording.State.STOPPED, () -> "the stopped state");
        assertTrue(panel.status().text().startsWith("STOPPED | Hand-fed sensor, h1 | 1000 Hz | 3.0 s | received 3000"),
                panel.status().text());
        shown.set(null);
        Waiting.until(10, () -> charts().isEmpty() && panel.status().state() == null, () -> "the charts to go");
    }

    static Label statusLabel(Control c) {
        if (c instanceof Label l && l.getData(MonitorPanel.STATUS_KEY) != null) {
            return l;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                Label found = statusLabel(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
