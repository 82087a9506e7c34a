package org.vagus.runner.ui;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.vagus.core.time.Clock;
import org.vagus.runner.QuestionnaireAnswers;
import org.vagus.runner.Response;
import org.vagus.runner.ResponseSource;
import org.vagus.runner.Screen;

/**
 * The participant's keys and mouse buttons on the presentation screen, as the runner's {@link ResponseSource}. The
 * {@link SwtPresenter} feeds it from display filters on its shell; each press is stamped on the session's clock
 * first thing in the filter, that is when SWT dispatches the event on the UI thread. A reaction time therefore
 * includes the keyboard's own latency (USB polling: 1-8 ms; more for many keyboards) and the time from the window
 * system's event to its dispatch (well under a millisecond while the UI thread is idle, which it is between paints);
 * a response box on a sensor's digital input measures better.
 * <p>
 * A key held down counts once (auto-repeat is ignored until it is released). Presses stamped before a screen's onset
 * belong to an earlier screen and are dropped when that screen's responses are awaited. Keys typed into the abort
 * confirmation are not responses. Questionnaires are given to a {@link QuestionnaireForm} if one is set.
 * <p>
 * The waits use the real time: use the {@link org.vagus.core.time.MonotonicClock} (or a clock on
 * {@link System#nanoTime()}), never a simulated clock, with this source.
 *
 * @since 0.1.0
 */
public final class SwtResponses implements ResponseSource {
    private final Clock clock;
    private final LinkedBlockingQueue<Response> queue = new LinkedBlockingQueue<>();
    private final Set<Integer> down = new HashSet<>();
    private volatile QuestionnaireForm form;

    /** @param clock the session's clock (a real-time one) */
    public SwtResponses(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Sets the form that administers questionnaires (null for none: questionnaires are then refused). */
    public void useQuestionnaireForm(QuestionnaireForm questionnaireForm) {
        this.form = questionnaireForm;
    }

    /** A key went down (UI thread); {@code nanos} is its stamp. Returns true if it became a response. */
    boolean keyDown(int keyCode, char character, long nanos) {
        if (!down.add(keyCode)) {
            return false;
        }
        String key = KeyNames.of(keyCode, character);
        if (key == null) {
            return false;
        }
        queue.add(new Response(key, nanos));
        return true;
    }

    /** A key went up (UI thread). */
    void keyUp(int keyCode) {
        down.remove(keyCode);
    }

    /** A mouse button went down (UI thread). */
    void mouseDown(int button, long nanos) {
        queue.add(new Response(KeyNames.mouse(button), nanos));
    }

    /** Forgets keys held down (when the presentation loses the keyboard, their releases never come). */
    void releaseAll() {
        down.clear();
    }

    @Override
    public Optional<Response> awaitResponse(Screen screen, long onsetNanos, OptionalLong deadlineNanos)
            throws InterruptedException {
        while (true) {
            Response r;
            if (deadlineNanos.isEmpty()) {
                r = queue.take();
            } else {
                long wait = deadlineNanos.getAsLong() - clock.nanoTime();
                if (wait <= 0) {
                    return Optional.empty();
                }
                r = queue.poll(wait, TimeUnit.NANOSECONDS);
                if (r == null) {
                    return Optional.empty();
                }
            }
            if (r.hostNanos() - onsetNanos >= 0) {
                return Optional.of(r);
            }
        }
    }

    /**
     * Waits for the next key or button from now on, for a form (a questionnaire) rather than a timed screen.
     *
     * @param sinceNanos presses stamped before this are dropped
     */
    public Response nextResponse(long sinceNanos) throws InterruptedException {
        return awaitResponse(null, sinceNanos, OptionalLong.empty()).orElseThrow();
    }

    @Override
    public QuestionnaireAnswers answerQuestionnaire(Screen screen, long onsetNanos) throws InterruptedException {
        QuestionnaireForm f = form;
        if (f == null) {
            throw new IllegalArgumentException("questionnaire '" + screen.instrument() + "' cannot be given on screen:"
                    + " no questionnaire form is installed (useQuestionnaireForm with a FormQuestionnaire);"
                    + " remove the questionnaire steps from the paradigm or have the answers entered separately");
        }
        return f.administer(screen, onsetNanos);
    }
}
