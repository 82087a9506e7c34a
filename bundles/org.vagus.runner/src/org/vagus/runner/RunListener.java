package org.vagus.runner;

import org.vagus.paradigm.FlowStep;

/**
 * Observes a running session (the Run perspective's progress, tests). Called on the runner's thread: return
 * quickly. A listener may call {@link SessionRunner#abort()}.
 *
 * @since 0.1.0
 */
public interface RunListener {

    /** A flow step begins. */
    default void stepStarted(int index, FlowStep step) {
    }

    /**
     * A screen was shown.
     *
     * @param screen what
     * @param trialType its events trial_type
     * @param scheduledNanos its scheduled onset
     * @param actualNanos its actual onset
     */
    default void screenShown(Screen screen, String trialType, long scheduledNanos, long actualNanos) {
    }

    /** A trial of a task was completed (1-based). */
    default void trialCompleted(String taskId, int trial) {
    }
}
