package org.vagus.devices.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.vagus.devices.ui.Controllers;
import org.vagus.devices.ui.RecordingController;

/**
 * A handler whose enablement follows the application's recording controller: Record is enabled while nothing is
 * recorded, Stop while something is. The controller tells of every change (from its job's thread); the new
 * enablement is set on the UI thread, which updates menus and tool bars.
 */
abstract class ControllerHandler extends AbstractHandler {
    private RecordingController controller;
    private Runnable unlisten;

    /** @return the application's controller, found on first use */
    protected final synchronized RecordingController controller() {
        if (controller == null) {
            controller = Controllers.recording(PlatformUI.getWorkbench().getService(IEclipseContext.class));
            Display display = PlatformUI.getWorkbench().getDisplay();
            unlisten = controller.addListener(r -> display.asyncExec(this::refresh));
        }
        return controller;
    }

    /** @return whether the command can run with the controller in its current state */
    protected abstract boolean enabledFor(RecordingController c);

    @Override
    public void setEnabled(Object evaluationContext) {
        refresh();
    }

    private void refresh() {
        if (PlatformUI.isWorkbenchRunning()) {
            setBaseEnabled(enabledFor(controller()));
        }
    }

    @Override
    public synchronized void dispose() {
        if (unlisten != null) {
            unlisten.run();
            unlisten = null;
        }
        super.dispose();
    }
}
