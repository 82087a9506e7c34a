package org.vagus.analysis.results;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.vagus.analysis.recipe.Recipe;

/**
 * Everything an analysis produced: the participants' results, the group level, and what it read. The model the
 * result files ({@link ResultFiles}), the command line and the report are made from; it holds no open resources.
 *
 * @param recipe the recipe that was run
 * @param study the study folder, absolute
 * @param studyName the study's name (dataset_description.json)
 * @param started when the analysis started (for the provenance; the numbers never depend on it)
 * @param participants every participant of the study, in participants.tsv order
 * @param group the group level
 * @param inputs the files read, with their checksums, sorted by path
 * @param warnings what went wrong or was unusual at study and group level, one line each (the participants'
 *            own warnings are in their results)
 * @param participantValues participant label to the participants.tsv values of the columns the recipe names
 *            ({@link Recipe#participantColumns()}: the grouping column, Table 1's, the questionnaire scores), for the
 *            report's distributions and scatter plots; no other column is kept, so nothing else of participants.tsv
 *            can reach a result file or the report. Missing values are absent. Copied, unmodifiable
 * @since 0.1.0
 */
public record AnalysisResult(Recipe recipe, Path study, String studyName, Instant started,
        List<ParticipantResult> participants, GroupResult group, List<InputFile> inputs, List<String> warnings,
        Map<String, Map<String, String>> participantValues) {
    public AnalysisResult {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(studyName, "studyName");
        Objects.requireNonNull(started, "started");
        participants = List.copyOf(participants);
        Objects.requireNonNull(group, "group");
        inputs = List.copyOf(inputs);
        warnings = List.copyOf(warnings);
        Set<String> allowed = Set.copyOf(recipe.participantColumns());
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        participantValues.forEach((label, values) -> {
            Map<String, String> kept = new LinkedHashMap<>();
            values.forEach((column, value) -> {
                if (allowed.contains(column) && value != null) {
                    kept.put(column, value);
                }
            });
            copy.put(label, Collections.unmodifiableMap(kept));
        });
        participantValues = Collections.unmodifiableMap(copy);
    }

    /** A result without participants.tsv values (the report then leaves out the panels that need them). */
    public AnalysisResult(Recipe recipe, Path study, String studyName, Instant started,
            List<ParticipantResult> participants, GroupResult group, List<InputFile> inputs, List<String> warnings) {
        this(recipe, study, studyName, started, participants, group, inputs, warnings, Map.of());
    }

    /**
     * A participant's value of a variable as a number: a feature or derived variable from its result, else a
     * participants.tsv column the recipe names; NaN if missing or not a number.
     */
    public double value(String label, String variable) {
        if (recipe.variableIds().contains(variable)) {
            return participant(label).map(p -> p.variable(variable)).orElse(Double.NaN);
        }
        String text = participantValues.getOrDefault(label, Map.of()).get(variable);
        if (text == null) {
            return Double.NaN;
        }
        try {
            double d = Double.parseDouble(text.strip());
            return Double.isFinite(d) ? d : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The result of one participant, by label (without {@code sub-}). */
    public Optional<ParticipantResult> participant(String label) {
        return participants.stream().filter(p -> p.label().equals(label)).findFirst();
    }

    /** The participants whose courses were made. */
    public List<ParticipantResult> analysed() {
        return participants.stream().filter(p -> p.status() == ParticipantResult.Status.ANALYSED).toList();
    }
}
