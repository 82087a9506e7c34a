package org.vagus.runner;

import java.io.IOException;

/**
 * Where a session is persisted: the study's session folder ({@link org.vagus.runner.io.SessionFiles}), or nowhere
 * ({@link #NONE}, for tests and benchmarks). The runner calls {@link #save} after every trial and flow step, right
 * after the next screen's onset so that the write never delays a screen, and at the end or on abort.
 *
 * @since 0.1.0
 */
public interface SessionStore {

    /** A store that keeps nothing. */
    SessionStore NONE = state -> {
    };

    /**
     * Persists the state and what derives from it (events files, timing audit), each file atomically.
     *
     * @throws IOException if writing fails; the runner then aborts the session rather than go on unrecorded
     */
    void save(SessionState state) throws IOException;
}
