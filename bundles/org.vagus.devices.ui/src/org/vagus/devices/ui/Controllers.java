package org.vagus.devices.ui;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.registry.SensorExtensionReader;

/**
 * Where the workbench keeps its {@link RecordingController}: one per application, in the application's context, made
 * on first use. The Record and Stop commands, the live monitor and tests all reach it here, so they act on the same
 * acquisition. This is the OSGi edge of the live monitor: the sensor providers are read from the extension point
 * {@code org.vagus.devices.sensors} (a contribution that cannot be loaded is logged with its bundle and skipped) and
 * handed to the controller.
 *
 * @since 0.1.0
 */
public final class Controllers {
    /** How long quitting the workbench waits for a running recording to be completed. */
    static final long SHUTDOWN_WAIT_MILLIS = 15_000;

    private Controllers() {
    }

    /**
     * The application's recording controller, made and registered on first use.
     *
     * @param context any context of the workbench (a part's, a handler's, the workbench's); the controller lives in
     *            the application context above it
     * @return the controller
     */
    public static RecordingController recording(IEclipseContext context) {
        MApplication application = context.get(MApplication.class);
        IEclipseContext top = application != null && application.getContext() != null ? application.getContext()
                : context;
        synchronized (Controllers.class) {
            Object existing = top.getLocal(RecordingController.class.getName());
            if (existing instanceof RecordingController c) {
                return c;
            }
            RecordingController c = new RecordingController(Controllers::sensorRegistry);
            top.set(RecordingController.class, c);
            if (PlatformUI.isWorkbenchRunning()) {
                PlatformUI.getWorkbench().addWorkbenchListener(new StopOnShutdown(c));
            }
            return c;
        }
    }

    /** @return the sensor providers contributed now, or none without an extension registry */
    static SensorRegistry sensorRegistry() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return SensorRegistry.empty();
        }
        ILog log = Platform.getLog(Controllers.class);
        return new SensorExtensionReader(registry, log::warn).read();
    }

    /** Asks before quitting while recording, then stops and completes the file. */
    private static final class StopOnShutdown implements IWorkbenchListener {
        private final RecordingController controller;

        StopOnShutdown(RecordingController controller) {
            this.controller = controller;
        }

        @Override
        public boolean preShutdown(IWorkbench workbench, boolean forced) {
            if (!controller.isActive()) {
                return true;
            }
            if (!forced) {
                IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
                boolean stop = MessageDialog.openQuestion(window == null ? null : window.getShell(), "Recording",
                        "A recording is running (" + controller.current().request().describe() + ").\n\n"
                                + "Stop it, complete the file and quit?");
                if (!stop) {
                    return false;
                }
            }
            try {
                if (!controller.stopAndWait(SHUTDOWN_WAIT_MILLIS)) {
                    Platform.getLog(Controllers.class).warn("the recording did not stop within "
                            + SHUTDOWN_WAIT_MILLIS / 1000 + " s; what was flushed (all but the last 0.5 s) is on disk");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }

        @Override
        public void postShutdown(IWorkbench workbench) {
            // the recording was stopped in preShutdown
        }
    }
}
