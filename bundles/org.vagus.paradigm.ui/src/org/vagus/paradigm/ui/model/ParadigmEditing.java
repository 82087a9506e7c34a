package org.vagus.paradigm.ui.model;

import java.util.Objects;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.runtime.IStatus;
import org.vagus.paradigm.Paradigm;

/**
 * Edits a document through an operation history: each field change is one {@link ParadigmEdit} executed in the
 * history (the workbench's in the editor, a plain {@code DefaultOperationHistory} in tests), so Edit > Undo and Redo
 * see it.
 *
 * @since 0.1.0
 */
public final class ParadigmEditing {
    private final ParadigmDocument document;
    private final IOperationHistory history;
    private final ElementFields fields;

    public ParadigmEditing(ParadigmDocument document, IOperationHistory history) {
        this.document = Objects.requireNonNull(document, "document");
        this.history = Objects.requireNonNull(history, "history");
        this.fields = new ElementFields(document.types());
    }

    /** The document edited. */
    public ParadigmDocument document() {
        return document;
    }

    /** The field definitions. */
    public ElementFields fields() {
        return fields;
    }

    /** The history the edits go to. */
    public IOperationHistory history() {
        return history;
    }

    /**
     * Sets one field of the element at a path from text, as one undoable edit.
     *
     * @return false if the text changes nothing (no edit is recorded)
     * @throws IllegalArgumentException with a message for the user if the text is not a valid value
     */
    public boolean set(String path, String key, String text) {
        Paradigm next = fields.apply(document.paradigm(), path, key, text);
        if (next.equals(document.paradigm())) {
            return false;
        }
        String label = fields.field(document.paradigm(), path, key).map(Field::label).orElse(key);
        execute(new ParadigmEdit("Change " + label, document, next, path));
        return true;
    }

    /** Executes an edit in the history. */
    public void execute(ParadigmEdit edit) {
        try {
            IStatus s = history.execute(edit, null, null);
            if (s.getSeverity() == IStatus.ERROR) {
                throw new IllegalStateException(s.getMessage(), s.getException());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("the edit failed: " + e.getMessage(), e);
        }
    }

    /** Undoes the document's last edit; false if there is none. */
    public boolean undo() {
        if (!history.canUndo(document.undoContext())) {
            return false;
        }
        try {
            return history.undo(document.undoContext(), null, null).isOK();
        } catch (ExecutionException e) {
            throw new IllegalStateException("undo failed: " + e.getMessage(), e);
        }
    }

    /** Redoes the document's last undone edit; false if there is none. */
    public boolean redo() {
        if (!history.canRedo(document.undoContext())) {
            return false;
        }
        try {
            return history.redo(document.undoContext(), null, null).isOK();
        } catch (ExecutionException e) {
            throw new IllegalStateException("redo failed: " + e.getMessage(), e);
        }
    }

    /** Forgets the document's operations (when its editor closes). */
    public void dispose() {
        history.dispose(document.undoContext(), true, true, true);
    }
}
