package org.vagus.runner.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentScore;
import org.vagus.instruments.Scoring;
import org.vagus.instruments.ScoringException;
import org.vagus.instruments.phenotype.PhenotypeFiles;
import org.vagus.instruments.phenotype.SessionScore;
import org.vagus.runner.SessionState;
import org.vagus.runner.SessionStore;

/**
 * A {@link SessionStore} that, beside the session's own files, scores every questionnaire the session collected
 * with org.vagus.instruments and puts the scores into the study's {@code phenotype/<instrument>.tsv}
 * ({@link PhenotypeFiles}), one row per participant, session and time point. The time point is the questionnaire
 * step's occasion ({@code pre} or {@code post} the task in the seed's flow), or {@code q<N>} (the 1-based order of the
 * session's questionnaires) when the step names none.
 * <p>
 * Each administration is written once, on the first save after it was answered (a resumed session's earlier ones
 * on its first save; {@link PhenotypeFiles#put} replaces a row of the same key, so a repeat is harmless). The raw
 * answers stay in the session's {@code _questionnaires.tsv} whatever happens here: an instrument unknown to the
 * registry or answers that do not score (which the on-screen form prevents) are reported to the warnings and
 * skipped rather than stop a running session. The caller holds the study's lock.
 *
 * @since 0.1.0
 */
public final class PhenotypeScores implements SessionStore {
    private final SessionStore inner;
    private final Path studyDir;
    private final Function<String, Optional<Instrument>> instruments;
    private final Consumer<String> warnings;
    private final Set<String> written = new HashSet<>();

    /**
     * @param inner the session's own store (its {@link SessionFiles}), saved first
     * @param studyDir the study folder, whose {@code phenotype/} receives the scores
     * @param instruments finds an instrument by id (an {@code InstrumentRegistry}'s {@code byId})
     * @param warnings receives what could not be scored; may be null
     */
    public PhenotypeScores(SessionStore inner, Path studyDir, Function<String, Optional<Instrument>> instruments,
            Consumer<String> warnings) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.studyDir = Objects.requireNonNull(studyDir, "studyDir");
        this.instruments = Objects.requireNonNull(instruments, "instruments");
        this.warnings = warnings == null ? w -> { } : warnings;
    }

    @Override
    public void save(SessionState state) throws IOException {
        inner.save(state);
        List<SessionState.QuestionnaireRecord> records = state.questionnaires();
        for (int k = 0; k < records.size(); k++) {
            SessionState.QuestionnaireRecord q = records.get(k);
            String timepoint = timepoint(q, k);
            String key = q.instrument() + "\t" + timepoint;
            if (written.contains(key)) {
                continue;
            }
            written.add(key);
            Optional<Instrument> instrument = instruments.apply(q.instrument());
            if (instrument.isEmpty()) {
                warnings.accept("questionnaire " + q.instrument() + " (" + timepoint + "): no such instrument; its"
                        + " answers are in the session's _questionnaires.tsv but not scored");
                continue;
            }
            Map<Integer, Integer> answers = new TreeMap<>();
            for (int i = 0; i < q.answers().size(); i++) {
                answers.put(i + 1, q.answers().get(i));
            }
            InstrumentScore score;
            try {
                score = Scoring.score(instrument.get(), answers);
            } catch (ScoringException e) {
                warnings.accept("questionnaire " + q.instrument() + " (" + timepoint + ") not scored: "
                        + e.getMessage());
                continue;
            }
            PhenotypeFiles.put(studyDir, instrument.get(), new SessionScore(state.participant(), state.session(),
                    timepoint, score));
        }
    }

    /**
     * The time point of an administration: its occasion if it is a valid time point, else {@code q<N>} (the
     * 1-based order of the questionnaires in the session).
     */
    static String timepoint(SessionState.QuestionnaireRecord q, int index) {
        String o = q.occasion();
        if (o != null && SessionScore.TIMEPOINT.matcher(o).matches()) {
            return o;
        }
        return "q" + (index + 1);
    }
}
