package org.vagus.analysis;

import org.vagus.analysis.results.ParticipantResult;

/**
 * Hears how far an analysis has come: once per participant, in the order they finish (which varies with the
 * threads), with {@code done} counting up from 1 to {@code total}. Calls are made one at a time, from the worker
 * threads; a listener must return quickly and must not throw. The workbench turns them into a Job's progress,
 * the command line into a progress line.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = (done, total, result) -> {
    };

    /**
     * A participant is done.
     *
     * @param done how many participants are done, this one included (1..total)
     * @param total how many participants the analysis has
     * @param result the participant's result
     */
    void participantDone(int done, int total, ParticipantResult result);

    /** True to stop the analysis before the next participant (a Job's cancel button); false by default. */
    default boolean isCancelled() {
        return false;
    }
}
