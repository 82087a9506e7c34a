package org.vagus.paradigm;

import java.util.Optional;

/**
 * One timed screen of a task: a fixation cross, a stimulus, a countdown, a response prompt, feedback, a message,
 * or a type a bundle contributes through the extension point {@code org.vagus.paradigm.tasks} (its
 * {@link PhaseType} reads, writes and validates it). Implementations are immutable values.
 * <p>
 * The runner needs only what this interface says: how long the screen stays ({@link #timing()}), whether it
 * collects responses ({@link #responseWindow()}), and the {@code trial_type} of its row in the events file
 * ({@link #eventType()}). What the screen looks like is the business of the presenter (and of the phase type's
 * optional presentation part).
 *
 * @since 0.1.0
 */
public interface Phase {

    /** The id of the {@link PhaseType} of this phase, the {@code "type"} in the paradigm file. */
    String type();

    /** How long the screen stays. */
    Timing timing();

    /** The {@code trial_type} of the screen's events row, such as {@code fixation}, {@code item}, {@code feedback}. */
    String eventType();

    /** The response collection during this screen, if any. */
    default Optional<ResponseWindow> responseWindow() {
        return Optional.empty();
    }

    /** Text shown on the screen, if any; a presenter without a specific presentation for the type shows it. */
    default Optional<String> displayText() {
        return Optional.empty();
    }
}
