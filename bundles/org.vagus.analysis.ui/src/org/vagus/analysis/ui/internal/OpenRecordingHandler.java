package org.vagus.analysis.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.ui.model.RecordingRef;
import org.vagus.analysis.ui.views.ReviewRequest;
import org.vagus.analysis.ui.views.SignalViewerView;
import org.vagus.app.OpenStudy;
import org.vagus.core.model.Participant;

/**
 * Analyze > Open Recording...: asks which of the open study's recordings to review, shows the signal viewer and asks
 * it (through the workbench context) to load that recording.
 */
public final class OpenRecordingHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
        OpenStudy study = context.get(OpenStudy.class);
        if (study == null) {
            MessageDialog.openInformation(window.getShell(), "Open Recording", SignalViewerView.NO_STUDY);
            return null;
        }
        List<RecordingRef> all = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        try {
            Recipe recipe = AnalysisAccess.recipeFor(study.folder());
            for (Participant p : study.study().participants()) {
                List<RecordingRef> refs = AnalysisAccess.recordings(study.folder(), p, recipe);
                for (int i = 0; i < refs.size(); i++) {
                    all.add(refs.get(i));
                    index.add(i);
                }
            }
        } catch (IOException e) {
            MessageDialog.openError(window.getShell(), "Open Recording", e.getMessage());
            return null;
        }
        if (all.isEmpty()) {
            MessageDialog.openInformation(window.getShell(), "Open Recording", "The study has no physio recording "
                    + "(*_physio.tsv.gz) below its participant folders.");
            return null;
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(window.getShell(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                RecordingRef r = (RecordingRef) element;
                return "sub-" + r.participant() + " / " + r.title();
            }
        });
        dialog.setTitle("Open Recording");
        dialog.setMessage("Recording to review (type to filter):");
        dialog.setElements(all.toArray());
        dialog.setMultipleSelection(false);
        if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
            return null;
        }
        RecordingRef chosen = (RecordingRef) dialog.getFirstResult();
        try {
            IWorkbenchPage page = window.getActivePage();
            page.showView(SignalViewerView.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("cannot show the signal viewer", e);
        }
        context.set(ReviewRequest.class, ReviewRequest.of(chosen.participant(), index.get(all.indexOf(chosen))));
        return null;
    }
}
