package org.vagus.runner;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The participant's side of the screen: key presses and questionnaire answers. In the workbench the on-screen
 * presenter provides it (input events stamped on the session's clock); headless, a
 * {@link org.vagus.runner.simulation.SimulatedParticipant} draws them from parameters. Called from the runner's
 * thread only.
 *
 * @since 0.1.0
 */
public interface ResponseSource {

    /**
     * Waits for the next response to a screen.
     *
     * @param screen the screen being shown
     * @param onsetNanos its actual onset
     * @param deadlineNanos when the screen ends (its fixed duration or time limit); empty for a self-paced screen
     *            without a limit
     * @return the next response, stamped before the deadline; empty when there is none by the deadline (a source
     *         may return empty shortly before the deadline, leaving the last moments to the presenter)
     * @throws InterruptedException if the session is aborted while waiting
     */
    Optional<Response> awaitResponse(Screen screen, long onsetNanos, OptionalLong deadlineNanos)
            throws InterruptedException;

    /**
     * Administers a questionnaire shown on a {@link Screen#QUESTIONNAIRE} screen and returns when it is submitted.
     *
     * @param screen the questionnaire screen, with its instrument id
     * @param onsetNanos its actual onset
     * @throws InterruptedException if the session is aborted meanwhile
     * @throws IllegalArgumentException if the instrument is unknown to this source
     */
    QuestionnaireAnswers answerQuestionnaire(Screen screen, long onsetNanos) throws InterruptedException;

    /**
     * A participant who never answers, for paradigms of fixed screens only (timing benchmarks): every screen runs
     * to its deadline, and a questionnaire is refused.
     *
     * @param refusal the message of the {@link IllegalArgumentException} a questionnaire screen gets
     */
    static ResponseSource silent(String refusal) {
        return new ResponseSource() {
            @Override
            public Optional<Response> awaitResponse(Screen screen, long onsetNanos, OptionalLong deadlineNanos) {
                return Optional.empty();
            }

            @Override
            public QuestionnaireAnswers answerQuestionnaire(Screen screen, long onsetNanos) {
                throw new IllegalArgumentException(refusal);
            }
        };
    }
}
