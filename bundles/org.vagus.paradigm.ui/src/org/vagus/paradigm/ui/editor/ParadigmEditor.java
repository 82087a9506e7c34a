package org.vagus.paradigm.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.EditorPart;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.io.ParadigmJson;
import org.vagus.paradigm.ui.ParadigmUi;
import org.vagus.paradigm.ui.model.ParadigmDocument;
import org.vagus.paradigm.ui.model.ParadigmEditing;

/**
 * The paradigm editor of the Design perspective (a 3.x editor part, as the workbench's editor area, dirty state and
 * Save expect): a {@link ParadigmForm} on a {@link ParadigmDocument}. Each edit is an undoable operation in the
 * workbench's operation history under the document's undo context, so Edit > Undo and Redo (and Ctrl+Z, Ctrl+Y)
 * act on it while the editor is active. Save writes the file atomically through {@link ParadigmJson}; a paradigm
 * new from a template is saved as a file chosen then.
 *
 * @since 0.1.0
 */
public final class ParadigmEditor extends EditorPart {
    /** The editor's id. */
    public static final String ID = "org.vagus.paradigm.ui.editor";

    private ParadigmDocument document;
    private ParadigmEditing editing;
    private ParadigmForm form;
    private final ParadigmDocument.Listener listener = (doc, focus) -> {
        firePropertyChange(PROP_DIRTY);
        setPartName(getEditorInput().getName());
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ParadigmEditorInput in)) {
            throw new PartInitException("the paradigm editor opens paradigm files and templates, not " + input);
        }
        setSite(site);
        setInput(input);
        TaskRegistry types = ParadigmUi.taskRegistry(site);
        Paradigm paradigm = in.created();
        if (paradigm == null) {
            try {
                paradigm = new ParadigmJson(types).read(in.file());
            } catch (IOException e) {
                throw new PartInitException("cannot open " + in.file() + ": " + e.getMessage(), e);
            }
        }
        document = new ParadigmDocument(types, paradigm, in.file(), null);
        IOperationHistory history = site.getWorkbenchWindow().getWorkbench().getOperationSupport()
                .getOperationHistory();
        editing = new ParadigmEditing(document, history);
        document.addListener(listener);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    public void createPartControl(Composite parent) {
        form = new ParadigmForm(parent, editing);
        UndoActionHandler undo = new UndoActionHandler(getSite(), document.undoContext());
        undo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_UNDO);
        RedoActionHandler redo = new RedoActionHandler(getSite(), document.undoContext());
        redo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_REDO);
        IActionBars bars = getEditorSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
    }

    /** The document edited. */
    public ParadigmDocument document() {
        return document;
    }

    /** The edits, through the workbench's operation history. */
    public ParadigmEditing editing() {
        return editing;
    }

    /** The form. */
    public ParadigmForm form() {
        return form;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (document.file() == null) {
            doSaveAs();
            if (document.isDirty() && monitor != null) {
                monitor.setCanceled(true);
            }
            return;
        }
        if (!save(document.file()) && monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public void doSaveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Save Paradigm As");
        dialog.setFilterExtensions(new String[] {"*" + ParadigmJson.EXTENSION, "*.json"});
        dialog.setOverwrite(true);
        if (document.file() != null) {
            dialog.setFilterPath(document.file().getParent().toString());
            dialog.setFileName(document.file().getFileName().toString());
        } else {
            dialog.setFileName(document.paradigm().id() + ParadigmJson.EXTENSION);
        }
        String chosen = dialog.open();
        if (chosen != null) {
            save(Path.of(chosen.endsWith(".json") ? chosen : chosen + ParadigmJson.EXTENSION));
        }
    }

    /**
     * Saves the paradigm to a file, which becomes the editor's file.
     *
     * @return false if writing failed (the user was told why)
     */
    public boolean save(Path file) {
        try {
            saveAs(file);
            return true;
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Save Paradigm", "Cannot write " + file + ": " + e.getMessage());
            return false;
        }
    }

    /** Saves the paradigm to a file, which becomes the editor's file; no dialog. */
    public void saveAs(Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        boolean newFile = !target.equals(document.file());
        document.save(target);
        if (newFile) {
            setInputWithNotify(ParadigmEditorInput.of(target));
            setTitleToolTip(getEditorInput().getToolTipText());
        }
        setPartName(getEditorInput().getName());
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void setFocus() {
        if (form != null) {
            form.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (document != null) {
            document.removeListener(listener);
            editing.dispose();
        }
        super.dispose();
    }
}
