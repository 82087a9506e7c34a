package org.vagus.paradigm.ui.model;

import java.util.Objects;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.vagus.paradigm.Paradigm;

/**
 * One edit of a paradigm as an undoable operation: the paradigm before and after (both immutable), so undo and redo
 * are exact. The operation carries its document's undo context; the workbench's Edit > Undo and Redo act on it.
 * It refuses to undo or redo when the document no longer holds the version it expects.
 *
 * @since 0.1.0
 */
public final class ParadigmEdit extends AbstractOperation {
    private final ParadigmDocument document;
    private final Paradigm before;
    private final Paradigm after;
    private final String path;

    /**
     * @param label the operation's label, shown as "Undo label"
     * @param document the document edited
     * @param after the paradigm after the edit; the document's current one is the paradigm before
     * @param path the path of the element changed
     */
    public ParadigmEdit(String label, ParadigmDocument document, Paradigm after, String path) {
        super(label);
        this.document = Objects.requireNonNull(document, "document");
        this.before = document.paradigm();
        this.after = Objects.requireNonNull(after, "after");
        this.path = path;
        addContext(document.undoContext());
    }

    /** The path of the element changed. */
    public String path() {
        return path;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        document.set(after, path);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return execute(monitor, info);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        document.set(before, path);
        return Status.OK_STATUS;
    }

    @Override
    public boolean canExecute() {
        return document.paradigm().equals(before);
    }

    @Override
    public boolean canUndo() {
        return document.paradigm().equals(after);
    }

    @Override
    public boolean canRedo() {
        return document.paradigm().equals(before);
    }
}
