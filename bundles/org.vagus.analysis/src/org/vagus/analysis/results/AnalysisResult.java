package org.vagus.analysis.results;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @since 0.1.0
 */
public record AnalysisResult(Recipe recipe, Path study, String studyName, Instant started,
        List<ParticipantResult> participants, GroupResult group, List<InputFile> inputs, List<String> warnings) {
    public AnalysisResult {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(studyName, "studyName");
        Objects.requireNonNull(started, "started");
        participants = List.copyOf(participants);
        Objects.requireNonNull(group, "group");
        inputs = List.copyOf(inputs);
        warnings = List.copyOf(warnings);
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
