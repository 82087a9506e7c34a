package org.vagus.app.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.PlatformUI;
import org.vagus.app.preferences.VagusPreferences;

/** File > Open Study...: asks for a study folder and opens it. */
public final class OpenStudyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open Study");
        dialog.setMessage("Choose a study folder (it holds dataset_description.json)");
        Path start = VagusPreferences.lastStudy();
        if (start == null) {
            start = VagusPreferences.studiesFolder();
        }
        if (start != null) {
            dialog.setFilterPath(start.toString());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            StudyOpener.open(PlatformUI.getWorkbench().getService(IEclipseContext.class), Path.of(chosen));
        }
        return null;
    }
}
