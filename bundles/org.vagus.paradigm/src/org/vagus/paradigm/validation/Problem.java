package org.vagus.paradigm.validation;

import java.util.Objects;

/**
 * A problem found in a paradigm, attached to the element at fault by its path, such as
 * {@code tasks[0].trials[3].phases[1]} (the same paths the file reader uses in its errors, so an editor can select
 * the element).
 *
 * @param path the element's path; empty for the paradigm as a whole
 * @param severity how bad it is
 * @param message what is wrong and what would be right
 * @since 0.1.0
 */
public record Problem(String path, Severity severity, String message) {

    /** How bad a problem is. */
    public enum Severity {
        /** The paradigm cannot run as intended; the runner refuses it. */
        ERROR,
        /** Probably not what was meant, but it runs. */
        WARNING
    }

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** True for {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "paradigm" : path) + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": "
                + message;
    }
}
