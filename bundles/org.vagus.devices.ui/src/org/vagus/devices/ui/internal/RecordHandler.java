package org.vagus.devices.ui.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.FrameworkUtil;
import org.vagus.app.OpenStudy;
import org.vagus.devices.ui.RecordingController;
import org.vagus.devices.ui.views.LiveSignalsView;

/** Devices > Record...: asks what to record, starts it through the controller and shows the live signals. */
public final class RecordHandler extends ControllerHandler {

    @Override
    protected boolean enabledFor(RecordingController c) {
        return !c.isActive();
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        RecordingController c = controller();
        if (c.isActive()) {
            MessageDialog.openInformation(window.getShell(), "Record", "A recording is running ("
                    + c.current().request().describe() + "). Stop it first.");
            return null;
        }
        OpenStudy study = PlatformUI.getWorkbench().getService(IEclipseContext.class).get(OpenStudy.class);
        RecordDialog dialog = new RecordDialog(window.getShell(), c.sensors(), study, settings());
        if (dialog.open() != Window.OK || dialog.request() == null) {
            return null;
        }
        c.start(dialog.request());
        IWorkbenchPage page = window.getActivePage();
        if (page != null) {
            try {
                page.showView(LiveSignalsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                throw new ExecutionException("cannot show the live signals", e);
            }
        }
        return null;
    }

    private static IDialogSettings settings() {
        IDialogSettings root = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(RecordHandler.class))
                .getDialogSettings();
        IDialogSettings section = root.getSection("RecordDialog");
        return section != null ? section : root.addNewSection("RecordDialog");
    }
}
