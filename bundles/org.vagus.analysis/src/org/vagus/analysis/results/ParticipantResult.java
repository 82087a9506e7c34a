package org.vagus.analysis.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One participant's analysis: its recordings, its trial-averaged heart-rate and nHF courses, and its variables
 * (the recipe's features over windows of the courses, and the derived change scores from participants.tsv).
 *
 * @param label the participant label (without {@code sub-})
 * @param status what became of the participant
 * @param note why it was not analysed, or empty
 * @param recordings the recordings analysed, in file order
 * @param hr the heart-rate change course, or null if none could be made
 * @param nhf the nHF change course, or null if none could be made
 * @param variables variable id to value, in recipe order (features, then derived variables); NaN where the value
 *            is missing. Copied, unmodifiable
 * @param warnings what went wrong or was unusual, one line each, recordings' warnings included
 * @since 0.1.0
 */
public record ParticipantResult(String label, Status status, String note, List<RecordingSummary> recordings,
        ParticipantCourse hr, ParticipantCourse nhf, Map<String, Double> variables, List<String> warnings) {

    /** What became of a participant. */
    public enum Status {
        /** Recordings analysed and at least a heart-rate course made. */
        ANALYSED("analysed"),
        /** No physio recording found. */
        NO_RECORDING("no_recording"),
        /** Recordings found, but no epoch could be cut (no events file, or no selected event). */
        NO_EPOCHS("no_epochs"),
        /** The analysis failed; {@link ParticipantResult#note()} says why. */
        FAILED("failed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The lower-case name written into features.tsv. */
        public String label() {
            return label;
        }
    }

    public ParticipantResult {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        recordings = List.copyOf(recordings);
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        warnings = List.copyOf(warnings);
    }

    /** {@code sub-<label>}. */
    public String bidsName() {
        return "sub-" + label;
    }

    /** The course with this name ({@code hr} or {@code nhf}), if made. */
    public Optional<ParticipantCourse> course(String name) {
        return Optional.ofNullable(switch (name) {
            case "hr" -> hr;
            case "nhf" -> nhf;
            default -> null;
        });
    }

    /** The value of a variable, NaN if absent or missing. */
    public double variable(String id) {
        Double v = variables.get(id);
        return v == null ? Double.NaN : v;
    }
}
