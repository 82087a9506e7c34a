package org.vagus.core.model;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A session of one participant: the BIDS folder {@code sub-<participant>/ses-<label>/} and its row in
 * {@code sub-<participant>_sessions.tsv}.
 * <p>
 * The acquisition time is a {@link LocalDateTime}, the lab's wall-clock time without zone, as BIDS writes
 * {@code acq_time}; it may be date-shifted for de-identification. Absolute instants belong to recordings.
 *
 * @param label the BIDS label without the {@code ses-} prefix: letters and digits only
 * @param acquisitionTime when the session was acquired, or null if unknown; see {@link #acquisitionTimeIfKnown()}
 * @since 0.1.0
 */
public record Session(String label, LocalDateTime acquisitionTime) {
    /** The BIDS entity prefix of session folders and ids. */
    public static final String PREFIX = "ses-";

    /**
     * @throws IllegalArgumentException if the label is not alphanumeric
     */
    public Session {
        Checks.label("session label", label, PREFIX);
    }

    /** A session without acquisition time. */
    public static Session of(String label) {
        return new Session(label, null);
    }

    /** {@code "ses-" + label}: the folder name and the session_id column value. */
    public String bidsName() {
        return PREFIX + label;
    }

    /** The acquisition time if known. */
    public Optional<LocalDateTime> acquisitionTimeIfKnown() {
        return Optional.ofNullable(acquisitionTime);
    }

    /** The same session with another acquisition time (null for unknown). */
    public Session withAcquisitionTime(LocalDateTime time) {
        return new Session(label, time);
    }
}
