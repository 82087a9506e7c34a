package org.vagus.analysis.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vagus.analysis.ui.views.GroupResultsView;
import org.vagus.analysis.ui.views.RunRequest;
import org.vagus.app.OpenStudy;

/**
 * Analyze > Run Group Analysis: shows the group results part and asks it (through the workbench context) to run the
 * study's recipe as a Job.
 */
public final class RunGroupAnalysisHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
        if (context.get(OpenStudy.class) == null) {
            MessageDialog.openInformation(window.getShell(), "Run Group Analysis", GroupResultsView.NO_STUDY);
            return null;
        }
        try {
            window.getActivePage().showView(GroupResultsView.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("cannot show the group results", e);
        }
        context.set(RunRequest.class, RunRequest.next());
        return null;
    }
}
