package org.vagus.analysis.ui.views;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Asks the signal viewer to show a recording: the Open Recording command puts one into the workbench context, the
 * viewer receives it by injection. Each request is new (a sequence number), so asking twice for the same recording
 * is heard twice.
 *
 * @param participant the participant label (without {@code sub-})
 * @param recording the recording's index among the participant's recordings
 * @param sequence distinguishes requests
 * @since 0.1.0
 */
public record ReviewRequest(String participant, int recording, long sequence) {
    private static final AtomicLong NEXT = new AtomicLong();

    public ReviewRequest {
        Objects.requireNonNull(participant, "participant");
    }

    /** A new request. */
    public static ReviewRequest of(String participant, int recording) {
        return new ReviewRequest(participant, recording, NEXT.incrementAndGet());
    }
}
