package org.vagus.runner.ui;

import org.vagus.runner.QuestionnaireAnswers;
import org.vagus.runner.Screen;

/**
 * Administers a questionnaire on the presentation screen for {@link SwtResponses#answerQuestionnaire}:
 * {@link FormQuestionnaire} (the form of org.vagus.instruments.ui) plugs in here. Called on the runner's thread.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface QuestionnaireForm {

    /**
     * Shows the form and returns when the participant submits it.
     *
     * @param screen the questionnaire screen, with its instrument id
     * @param onsetNanos the screen's actual onset
     * @throws InterruptedException if the session is aborted meanwhile
     * @throws IllegalArgumentException if the form does not know the instrument
     */
    QuestionnaireAnswers administer(Screen screen, long onsetNanos) throws InterruptedException;
}
