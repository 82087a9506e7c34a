package org.vagus.app.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.PlatformUI;
import org.vagus.app.OpenStudy;

/** Reads the open study folder again, for changes made by another program or a headless command. */
public final class RefreshStudyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
        OpenStudy open = context.get(OpenStudy.class);
        if (open != null) {
            StudyOpener.open(context, open.folder());
        }
        return null;
    }
}
