package org.vagus.analysis.ui.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A physio recording of a participant, as the viewer lists it, with the files beside it.
 *
 * @param participant the participant label (without {@code sub-})
 * @param title the recording's name relative to the participant folder, e.g.
 *            {@code ses-01/sub-01_ses-01_task-stress}
 * @param physio the {@code *_physio.tsv.gz} file
 * @param events its events file, or null if there is none
 * @param beatEdits where its manual edit layer is (or will be) saved: {@code *_beatedits.tsv} beside it
 * @since 0.1.0
 */
public record RecordingRef(String participant, String title, Path physio, Path events, Path beatEdits) {
    public RecordingRef {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(physio, "physio");
        Objects.requireNonNull(beatEdits, "beatEdits");
    }

    @Override
    public String toString() {
        return title;
    }
}
