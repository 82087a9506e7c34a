package org.vagus.runner.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import org.vagus.core.time.Clock;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.ui.QuestionnaireWidget;
import org.vagus.runner.QuestionnaireAnswers;
import org.vagus.runner.Screen;

/**
 * Questionnaires on the presentation screen with the form of org.vagus.instruments.ui: a
 * {@link QuestionnaireWidget} (one item per screen; answers by mouse click or number keys; no continuing with a
 * missing answer) put over the presentation with {@link SwtPresenter#overlay} from the questionnaire screen's onset
 * until the participant finishes. The answers are returned to the runner, which keeps them with the session
 * ({@code _questionnaires.tsv}); a session store such as {@link org.vagus.runner.io.PhenotypeScores} scores them into
 * the study's phenotype tables. The completion time is the session clock's reading when Finish was pressed.
 *
 * @since 0.1.0
 */
public final class FormQuestionnaire implements QuestionnaireForm {
    private final SwtPresenter presenter;
    private final Clock clock;
    private final Function<String, Optional<Instrument>> instruments;
    private final QuestionnaireWidget.Style style;

    /**
     * @param presenter the presentation the form goes on
     * @param clock the session's clock
     * @param instruments finds an instrument (with the lab's texts, if loaded) by id
     */
    public FormQuestionnaire(SwtPresenter presenter, Clock clock, Function<String, Optional<Instrument>> instruments) {
        this.presenter = Objects.requireNonNull(presenter, "presenter");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.instruments = Objects.requireNonNull(instruments, "instruments");
        this.style = QuestionnaireWidget.Style.PRESENTATION;
    }

    private record Done(List<Integer> answers, long nanos) {
    }

    @Override
    public QuestionnaireAnswers administer(Screen screen, long onsetNanos) throws InterruptedException {
        Instrument instrument = instruments.apply(screen.instrument()).orElseThrow(() -> new IllegalArgumentException(
                "no instrument '" + screen.instrument() + "' for the on-screen questionnaire"));
        CompletableFuture<Done> done = new CompletableFuture<>();
        presenter.onUiThread(() -> {
            QuestionnaireWidget w = presenter.overlay(parent -> new QuestionnaireWidget(parent, instrument, style));
            if (w == null) {
                done.completeExceptionally(new IllegalStateException("the presentation was closed"));
                return;
            }
            w.onFinished(answers -> done.complete(new Done(answers, clock.nanoTime())));
        });
        try {
            Done d = done.get();
            return new QuestionnaireAnswers(instrument.id(), d.answers(), d.nanos());
        } catch (ExecutionException e) {
            throw new IllegalStateException("questionnaire " + instrument.abbreviation() + " could not be given",
                    e.getCause());
        } finally {
            presenter.onUiThread(presenter::removeOverlay);
        }
    }
}
