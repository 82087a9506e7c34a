package org.vagus.runner;

import java.util.List;
import java.util.Objects;

/**
 * The answers to a questionnaire administered on screen, as the form returned them (scoring is
 * org.vagus.instruments' business).
 *
 * @param instrument the instrument id
 * @param answers one answer per item, in item order. Copied
 * @param completedNanos when the participant submitted the form, on the session's clock
 * @since 0.1.0
 */
public record QuestionnaireAnswers(String instrument, List<Integer> answers, long completedNanos) {
    public QuestionnaireAnswers {
        Objects.requireNonNull(instrument, "instrument");
        answers = List.copyOf(answers);
    }
}
