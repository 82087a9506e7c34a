package org.vagus.paradigm.ui.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.Timeline;
import org.vagus.paradigm.io.ParadigmJson;
import org.vagus.paradigm.validation.ParadigmValidator;
import org.vagus.paradigm.validation.Problem;
import org.vagus.paradigm.validation.ValidationContext;

/**
 * The paradigm an editor works on: the current version, the version last saved (dirty means they differ, so undoing
 * back to the saved version is clean again), the file, and what is derived from the current version (outline,
 * validation problems placed on it, timeline). Changed only through {@link #set}, by {@link ParadigmEdit}s; listeners
 * hear every change. Not thread-safe: used on one thread (the UI thread in the workbench).
 *
 * @since 0.1.0
 */
public final class ParadigmDocument {

    /** Hears changes. */
    public interface Listener {
        /**
         * The paradigm, its file or its saved state changed.
         *
         * @param focus the path of the element an edit changed (to reveal it), or null
         */
        void changed(ParadigmDocument document, String focus);
    }

    private final TaskRegistry types;
    private final ParadigmValidator validator;
    private final Set<String> instruments;
    private final IUndoContext undoContext;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Paradigm current;
    private Paradigm saved;
    private Path file;
    private OutlineNode outline;
    private List<Problem> problems;
    private ProblemIndex index;
    private Timeline timeline;

    /**
     * @param types the phase types (to validate, read and write)
     * @param paradigm the paradigm as read or created; it counts as saved
     * @param file the paradigm's file, or null for a new paradigm (from a template) not saved yet
     * @param instruments the known instrument ids, or null to skip that check
     */
    public ParadigmDocument(TaskRegistry types, Paradigm paradigm, Path file, Set<String> instruments) {
        this.types = Objects.requireNonNull(types, "types");
        this.validator = new ParadigmValidator(types);
        this.instruments = instruments;
        this.undoContext = new ObjectUndoContext(this, "paradigm");
        this.current = Objects.requireNonNull(paradigm, "paradigm");
        this.saved = paradigm;
        this.file = file;
        derive();
    }

    /** The current paradigm. */
    public Paradigm paradigm() {
        return current;
    }

    /** The phase types. */
    public TaskRegistry types() {
        return types;
    }

    /** The file, or null if the paradigm was never saved. */
    public Path file() {
        return file;
    }

    /** True if the paradigm differs from the version last saved (or read). */
    public boolean isDirty() {
        return !current.equals(saved);
    }

    /** The context of this document's operations in an operation history. */
    public IUndoContext undoContext() {
        return undoContext;
    }

    /** The outline of the current paradigm. */
    public OutlineNode outline() {
        return outline;
    }

    /** The validation problems of the current paradigm. */
    public List<Problem> problems() {
        return problems;
    }

    /** The problems placed on the outline. */
    public ProblemIndex problemIndex() {
        return index;
    }

    /** The timeline of the current paradigm. */
    public Timeline timeline() {
        return timeline;
    }

    /** The context the problems were found in: images beside the file once there is one. */
    public ValidationContext validationContext() {
        return file == null ? new ValidationContext(null, instruments)
                : ValidationContext.of(current, file, file.toAbsolutePath().getParent(), instruments);
    }

    /**
     * Makes {@code paradigm} current (edits, undo and redo call this).
     *
     * @param focus the path of the changed element, for listeners to reveal; may be null
     */
    public void set(Paradigm paradigm, String focus) {
        Objects.requireNonNull(paradigm, "paradigm");
        if (paradigm.equals(current)) {
            return;
        }
        current = paradigm;
        derive();
        fire(focus);
    }

    /**
     * Writes the current paradigm to a file atomically through {@link ParadigmJson} and makes it the saved version;
     * the document's file becomes {@code target}.
     */
    public void save(Path target) throws IOException {
        new ParadigmJson(types).write(target, current);
        saved = current;
        file = target;
        derive();
        fire(null);
    }

    /** Revalidates (after files beside the paradigm changed, such as the lab's item images). */
    public void revalidate() {
        derive();
        fire(null);
    }

    /** Adds a listener. */
    public void addListener(Listener l) {
        listeners.add(l);
    }

    /** Removes a listener. */
    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void derive() {
        outline = OutlineBuilder.build(current);
        problems = validator.validate(current, validationContext());
        index = new ProblemIndex(outline, problems);
        timeline = Timeline.of(current);
    }

    private void fire(String focus) {
        for (Listener l : listeners) {
            l.changed(this, focus);
        }
    }
}
