package org.vagus.devices.ui.views;

import jakarta.annotation.PostConstruct;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.vagus.devices.ui.Controllers;
import org.vagus.devices.ui.RecordingController;

/**
 * The "Live signals" view of the Run perspective: the channels of the acquisition running now (or the last one),
 * scrolling over the last seconds, with the status line (sensor, rate, frames received and lost, gaps, clock drift,
 * signal quality per channel) and the Record and Stop commands. An e4 part (a POJO with injection) contributed as an
 * {@code e4view}; it shows what the application's {@link RecordingController} publishes and never touches the
 * acquisition itself.
 *
 * @since 0.1.0
 */
public final class LiveSignalsView {
    /** The view id. */
    public static final String ID = "org.vagus.devices.ui.views.liveSignals";
    /** The Record... command. */
    public static final String RECORD_COMMAND = "org.vagus.devices.ui.commands.record";
    /** The Stop Recording command. */
    public static final String STOP_COMMAND = "org.vagus.devices.ui.commands.stop";
    /** Widget data key under which each tool item of the view holds its command id. */
    public static final String COMMAND_KEY = "org.vagus.devices.ui.command";

    private MonitorPanel panel;

    /**
     * @param parent the part's composite
     * @param context the part's context, through which the application's controller is found
     * @param commands makes the commands the tool bar runs
     * @param handlers runs them, through the same handlers as the Devices menu
     */
    @PostConstruct
    public void createControls(Composite parent, IEclipseContext context, ECommandService commands,
            EHandlerService handlers) {
        parent.setLayout(new FillLayout());
        RecordingController controller = Controllers.recording(context);
        panel = new MonitorPanel(parent, controller::current);
        panel.setErrorHandler(e -> Platform.getLog(LiveSignalsView.class).error("live monitor: drawing failed", e));

        // the commands as a tool bar in the view (an e4 part has no 3.x view tool bar for menu contributions)
        LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources(), parent);
        ToolBar bar = new ToolBar(panel.header(), SWT.FLAT | SWT.RIGHT);
        ToolItem record = item(bar, "Record...", "icons/record.png", images, RECORD_COMMAND, commands, handlers);
        ToolItem stop = item(bar, "Stop", "icons/stop.png", images, STOP_COMMAND, commands, handlers);
        Runnable enable = () -> {
            if (!bar.isDisposed()) {
                record.setEnabled(!controller.isActive());
                stop.setEnabled(controller.isActive());
            }
        };
        enable.run();
        Display display = parent.getDisplay();
        Runnable unlisten = controller.addListener(r -> display.asyncExec(enable));
        bar.addDisposeListener(e -> unlisten.run());
    }

    private static ToolItem item(ToolBar bar, String text, String icon, LocalResourceManager images, String command,
            ECommandService commands, EHandlerService handlers) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setData(COMMAND_KEY, command);
        ResourceLocator.imageDescriptorFromBundle(LiveSignalsView.class, icon)
                .ifPresent(d -> item.setImage(images.create(d)));
        item.addListener(SWT.Selection, e -> handlers.executeHandler(commands.createCommand(command, null)));
        return item;
    }

    /** Gives the keyboard focus to the monitor. */
    @Focus
    public void setFocus() {
        if (panel != null) {
            panel.setFocus();
        }
    }

    /** @return the panel (charts and status), for tests and benchmarks */
    public MonitorPanel panel() {
        return panel;
    }
}
