package org.vagus.paradigm.validation;

import java.nio.file.Path;
import java.util.Set;

import org.vagus.paradigm.Paradigm;

/**
 * What the validator checks a paradigm against besides itself.
 *
 * @param imageFolder the folder stimulus images are resolved in; null to skip the checks that files exist
 * @param instruments the known instrument ids (from org.vagus.instruments' registry); null to skip that check
 * @since 0.1.0
 */
public record ValidationContext(Path imageFolder, Set<String> instruments) {

    public ValidationContext {
        instruments = instruments == null ? null : Set.copyOf(instruments);
    }

    /** No checks against the outside. */
    public static ValidationContext none() {
        return new ValidationContext(null, null);
    }

    /**
     * The context of a paradigm read from a file: images are resolved in the paradigm's image folder, relative to
     * the file's folder.
     *
     * @param paradigmFile the file, or null for a template (images then resolve against {@code baseFolder})
     * @param baseFolder the folder relative image folders resolve against when there is no file
     */
    public static ValidationContext of(Paradigm paradigm, Path paradigmFile, Path baseFolder, Set<String> instruments) {
        return new ValidationContext(imageFolder(paradigm, paradigmFile, baseFolder), instruments);
    }

    /** The folder a paradigm's images are resolved in. */
    public static Path imageFolder(Paradigm paradigm, Path paradigmFile, Path baseFolder) {
        Path base = paradigmFile != null && paradigmFile.toAbsolutePath().getParent() != null
                ? paradigmFile.toAbsolutePath().getParent()
                : baseFolder.toAbsolutePath();
        return paradigm.imageFolder() == null ? base : base.resolve(paradigm.imageFolder()).normalize();
    }
}
