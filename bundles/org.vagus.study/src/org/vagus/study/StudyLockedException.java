package org.vagus.study;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A study folder is already open for writing, by another process or elsewhere in this one. The message says
 * who holds the lock (process id, host, since when) when that is known.
 *
 * @since 0.1.0
 */
public class StudyLockedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path study;
    private final String holder;

    /**
     * @param study the study folder
     * @param holder a description of the holder, such as {@code pid 4711 on host lab-pc since 2025-03-01T09:30:00Z},
     *            or null if unknown
     */
    public StudyLockedException(Path study, String holder) {
        super("study " + study + " is open for writing by " + (holder == null ? "another Vagus (holder unknown)" : holder)
                + "; close it there first, or open it read-only");
        this.study = study;
        this.holder = holder;
    }

    /** The study folder. */
    public Path study() {
        return study;
    }

    /** The holder's description, or null if unknown. */
    public String holder() {
        return holder;
    }
}
