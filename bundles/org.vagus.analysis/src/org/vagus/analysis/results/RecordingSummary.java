package org.vagus.analysis.results;

import java.util.List;
import java.util.Objects;

/**
 * What the analysis did with one recording of a participant.
 *
 * @param physio the physio data file, relative to the study folder with '/' separators
 * @param events the events file used, relative, or null if none was found
 * @param beatEdits the manual edit layer applied, relative, or null if none was applied
 * @param ecgColumn the column analysed as ECG
 * @param durationS the recording's length in seconds (as read)
 * @param rPeaks the R peaks the detector found
 * @param beats the beats after artefact correction and manual edits
 * @param artefactBeats the beats (input or inserted) at which the corrector found an artefact
 * @param editsApplied the manual edits applied
 * @param editsSkipped the manual edits that could not be applied (see the warnings)
 * @param selectedEvents the events the recipe selected
 * @param hrEpochs the heart-rate epochs cut (one per selected event)
 * @param nhfEpochs the nHF epochs kept (epochs reaching outside the nHF course or into a gap are rejected)
 * @param warnings what went wrong or was unusual, one line each
 * @since 0.1.0
 */
public record RecordingSummary(String physio, String events, String beatEdits, String ecgColumn, double durationS,
        int rPeaks, int beats, int artefactBeats, int editsApplied, int editsSkipped, int selectedEvents,
        int hrEpochs, int nhfEpochs, List<String> warnings) {
    public RecordingSummary {
        Objects.requireNonNull(physio, "physio");
        warnings = List.copyOf(warnings);
    }
}
