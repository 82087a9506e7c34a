package org.vagus.devices.ui.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.vagus.devices.ui.RecordingController;

/**
 * Devices > Stop Recording: asks the running acquisition to stop and returns at once; its job stops the sensor and
 * completes the file (the Progress view shows it until done).
 */
public final class StopHandler extends ControllerHandler {

    @Override
    protected boolean enabledFor(RecordingController c) {
        return c.isActive();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        controller().stop();
        return null;
    }
}
