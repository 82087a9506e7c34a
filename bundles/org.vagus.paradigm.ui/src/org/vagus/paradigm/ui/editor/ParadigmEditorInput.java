package org.vagus.paradigm.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.io.ParadigmJson;

/**
 * What the paradigm editor opens: a paradigm file, or a new paradigm made from a template (not saved yet; Save asks
 * where). Two inputs of the same file are equal, so opening a file twice shows its editor again.
 *
 * @since 0.1.0
 */
public final class ParadigmEditorInput implements IEditorInput {
    private final Path file;
    private final Paradigm created;
    private final String templateId;

    private ParadigmEditorInput(Path file, Paradigm created, String templateId) {
        this.file = file;
        this.created = created;
        this.templateId = templateId;
    }

    /** A paradigm file. */
    public static ParadigmEditorInput of(Path file) {
        return new ParadigmEditorInput(Objects.requireNonNull(file, "file").toAbsolutePath().normalize(), null, null);
    }

    /** A new, unsaved paradigm made from a template. */
    public static ParadigmEditorInput fromTemplate(String templateId, Paradigm paradigm) {
        return new ParadigmEditorInput(null, Objects.requireNonNull(paradigm, "paradigm"), templateId);
    }

    /** The file, or null for a new paradigm. */
    public Path file() {
        return file;
    }

    /** The new paradigm, or null for a file. */
    public Paradigm created() {
        return created;
    }

    @Override
    public boolean exists() {
        return file != null && Files.isRegularFile(file);
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        if (file != null) {
            String name = file.getFileName().toString();
            return name.endsWith(ParadigmJson.EXTENSION) ? name.substring(0, name.length() - ParadigmJson.EXTENSION.length())
                    : name;
        }
        return "New " + templateId;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file != null ? file.toString() : "A new paradigm from the template " + templateId + " (not saved yet)";
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == Path.class && file != null ? adapter.cast(file) : null;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return file != null && o instanceof ParadigmEditorInput other && file.equals(other.file);
    }

    @Override
    public int hashCode() {
        return file != null ? file.hashCode() : System.identityHashCode(this);
    }
}
