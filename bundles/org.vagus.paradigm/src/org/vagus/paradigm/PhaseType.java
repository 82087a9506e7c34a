package org.vagus.paradigm;

import org.vagus.paradigm.io.FieldWriter;
import org.vagus.paradigm.io.JsonFields;
import org.vagus.paradigm.io.ParadigmFormatException;
import org.vagus.paradigm.validation.ElementProblems;

/**
 * The model part of a kind of phase: how it is read from and written to a paradigm file and how it is checked.
 * Vagus has six built in (fixation, stimulus, countdown, response, feedback, message); a bundle adds more through
 * the extension point {@code org.vagus.paradigm.tasks} ({@code <phaseType class="..."/>}), optionally with a
 * presentation part ({@link PhasePresentation}).
 * <p>
 * In a file a phase is an object whose {@code "type"} is this type's {@link #id()}; {@link #read} gets the other
 * fields. Implementations are stateless and thread-safe, with a public no-argument constructor when contributed.
 *
 * @param <P> the phase class
 * @since 0.1.0
 */
public interface PhaseType<P extends Phase> {

    /** The {@code "type"} in paradigm files: lower case letters, digits, '-' and '.'; unique. */
    String id();

    /** A readable name for the editor's palette. */
    String name();

    /** The class of the phases of this type, which {@link Phase#type()} maps back to this type. */
    Class<P> phaseClass();

    /**
     * Reads a phase. Reject malformed fields by throwing (the error names the path); accept values that are well
     * formed but wrong (a negative duration) so that the validator reports them on the element.
     *
     * @param fields the object's fields other than {@code "type"}; unread fields are rejected afterwards
     */
    P read(JsonFields fields) throws ParadigmFormatException;

    /** Writes a phase's fields other than {@code "type"}, always in the same order. */
    void write(P phase, FieldWriter out);

    /**
     * Checks a phase beyond the common checks (negative durations and response keys are checked for every type).
     *
     * @param phase the phase
     * @param problems where to report, attached to the phase
     */
    default void validate(P phase, ElementProblems problems) {
    }

    /** Casts for the registry's dispatch; throws if {@code phase} is not of {@link #phaseClass()}. */
    default P cast(Phase phase) {
        return phaseClass().cast(phase);
    }
}
