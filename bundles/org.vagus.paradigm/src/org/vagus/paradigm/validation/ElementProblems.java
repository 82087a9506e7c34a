package org.vagus.paradigm.validation;

/**
 * Where a {@link org.vagus.paradigm.PhaseType} reports the problems of one phase; they are attached to the
 * phase's path.
 *
 * @noimplement The validator provides it.
 * @since 0.1.0
 */
public interface ElementProblems {

    /** The path of the element, such as {@code tasks[0].trials[3].phases[1]}. */
    String path();

    /** The context: image folder, known instruments. */
    ValidationContext context();

    /** Reports an error on the element. */
    void error(String message);

    /** Reports a warning on the element. */
    void warning(String message);
}
