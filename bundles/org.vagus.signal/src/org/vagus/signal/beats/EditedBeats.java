package org.vagus.signal.beats;

import java.util.List;
import java.util.Objects;

/**
 * The beats after the manual edits were applied over the automatic result, with the segments marked unusable
 * and the edits that could not be applied (for instance a delete whose beat the automatic layer no longer has
 * after its parameters changed). Made by {@link BeatEditLayer#apply(BeatTimes)}; the automatic result is not
 * changed.
 *
 * @param beats the edited beats; their parameters add {@code edits.*} to the automatic result's
 * @param unusable the segments marked unusable, in the order they were marked
 * @param skipped the edits that were not applied, each with the reason
 * @since 0.1.0
 */
public record EditedBeats(BeatTimes beats, List<TimeSegment> unusable, List<SkippedEdit> skipped) {

    /**
     * An edit that could not be applied.
     *
     * @param index the 0-based position of the edit in the layer
     * @param edit the edit
     * @param reason why, for the reviewer
     */
    public record SkippedEdit(int index, BeatEdit edit, String reason) {
        public SkippedEdit {
            Objects.requireNonNull(edit, "edit");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public EditedBeats {
        Objects.requireNonNull(beats, "beats");
        unusable = List.copyOf(unusable);
        skipped = List.copyOf(skipped);
    }

    /** True if the time lies in a segment marked unusable. */
    public boolean isUnusable(double seconds) {
        for (TimeSegment s : unusable) {
            if (s.contains(seconds)) {
                return true;
            }
        }
        return false;
    }
}
