package org.vagus.runner;

import java.util.Objects;

/**
 * How a run of a session ended.
 *
 * @param status {@link SessionState.Status#COMPLETED} or {@link SessionState.Status#ABORTED}
 * @param state the session's state, with everything collected
 * @param audit the timing audit summary of this run
 * @since 0.1.0
 */
public record SessionResult(SessionState.Status status, SessionState state, TimingAudit.Summary audit) {
    public SessionResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(audit, "audit");
    }

    /** True if every step was run. */
    public boolean completed() {
        return status == SessionState.Status.COMPLETED;
    }
}
