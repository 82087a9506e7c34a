package org.vagus.runner.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;

import org.vagus.core.time.Clock;
import org.vagus.paradigm.ResponseWindow;
import org.vagus.runner.QuestionnaireAnswers;
import org.vagus.runner.Response;
import org.vagus.runner.ResponseSource;
import org.vagus.runner.Screen;
import org.vagus.runner.simulation.SimulationParameters.AnswerModel;

/**
 * A participant simulated from {@link SimulationParameters}, seeded, for headless sessions: at most one response per
 * screen, at a drawn time after its onset, with a key drawn uniformly from the screen's accepted keys; questionnaire
 * answers drawn per item. It waits on the session's clock until the moment it responds, so on a
 * {@link org.vagus.core.time.SimulatedClock} the session runs faster than real time with the timing a real
 * participant would have produced (and on the monotonic clock, in real time).
 * <p>
 * The same seed and the same sequence of screens give the same responses.
 *
 * @since 0.1.0
 */
public final class SimulatedParticipant implements ResponseSource {
    private static final String ANY_KEY = "space";

    private final Clock clock;
    private final SimulationParameters parameters;
    private final SplittableRandom random;
    private Screen answered;
    private long answeredOnset;

    /**
     * @param clock the session's clock
     * @param parameters the behaviour
     * @param seed the seed of the draws
     */
    public SimulatedParticipant(Clock clock, SimulationParameters parameters, long seed) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.random = new SplittableRandom(seed);
    }

    @Override
    public Optional<Response> awaitResponse(Screen screen, long onsetNanos, OptionalLong deadlineNanos)
            throws InterruptedException {
        if (screen == answered && onsetNanos == answeredOnset) {
            return Optional.empty();
        }
        answered = screen;
        answeredOnset = onsetNanos;
        ResponseWindow w = screen.responses();
        double seconds;
        if (w != null && !w.keys().isEmpty()) {
            // an item with a response window: answered with some probability, after a reaction time
            boolean responds = random.nextDouble() < parameters.responseProbability();
            seconds = logNormal(parameters.responseTimeMedian().toNanos() / 1e9, parameters.responseTimeSigma());
            if (!responds) {
                return Optional.empty();
            }
        } else {
            seconds = logNormal(parameters.readingTimeMedian().toNanos() / 1e9, parameters.readingTimeSigma());
        }
        long at = onsetNanos + Math.round(seconds * 1e9);
        if (deadlineNanos.isPresent() && at - deadlineNanos.getAsLong() >= 0) {
            return Optional.empty();
        }
        clock.sleepUntil(at);
        String key = w == null || w.keys().isEmpty() ? ANY_KEY : w.keys().get(random.nextInt(w.keys().size()));
        return Optional.of(new Response(key, at));
    }

    @Override
    public QuestionnaireAnswers answerQuestionnaire(Screen screen, long onsetNanos) throws InterruptedException {
        AnswerModel m = parameters.instruments().get(screen.instrument());
        if (m == null) {
            throw new IllegalArgumentException("the simulated participant cannot answer instrument '"
                    + screen.instrument() + "': no answer model (known: "
                    + String.join(", ", parameters.instruments().keySet()) + ")");
        }
        List<Integer> answers = new ArrayList<>(m.items());
        double seconds = 0;
        for (int i = 0; i < m.items(); i++) {
            long v = Math.round(m.mean() + m.sd() * gaussian());
            answers.add((int) Math.max(m.min(), Math.min(m.max(), v)));
            seconds += logNormal(parameters.itemTimeMedian().toNanos() / 1e9, parameters.itemTimeSigma());
        }
        long done = onsetNanos + Math.round(seconds * 1e9);
        clock.sleepUntil(done);
        return new QuestionnaireAnswers(screen.instrument(), answers, done);
    }

    private double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * gaussian());
    }

    /** A standard normal draw (Box-Muller), from this participant's generator only. */
    private double gaussian() {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
