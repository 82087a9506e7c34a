package org.vagus.demo.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;

import org.vagus.demo.Person;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.paradigm.templates.StressTaskTemplate;
import org.vagus.runner.QuestionnaireAnswers;
import org.vagus.runner.Response;
import org.vagus.runner.ResponseSource;
import org.vagus.runner.Screen;
import org.vagus.runner.simulation.SimulatedParticipant;

/**
 * The demo's participant in front of the runner: key presses, reaction times and the time spent on each form come
 * from the runner's {@link SimulatedParticipant}; the questionnaire answers are those of the {@link Person}: item
 * answers ({@link AnswerSheets}) that score to the person's SCS-26 total, and to its STAI-S and perceived stress
 * before the task on their first administration and after it on their second (the stress-task flow asks both twice).
 */
public final class Respondent implements ResponseSource {
    private final SimulatedParticipant timing;
    private final Person person;
    private final InstrumentRegistry instruments;
    private final SplittableRandom random;
    private final Map<String, Integer> administered = new HashMap<>();

    /**
     * @param timing the simulated participant whose responses and form times are used
     * @param person whose answers to give
     * @param instruments the instruments (SCS-26, STAI-Y1, perceived stress)
     * @param seed the seed of the item answers
     */
    public Respondent(SimulatedParticipant timing, Person person, InstrumentRegistry instruments, long seed) {
        this.timing = timing;
        this.person = person;
        this.instruments = instruments;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public Optional<Response> awaitResponse(Screen screen, long onsetNanos, OptionalLong deadlineNanos)
            throws InterruptedException {
        return timing.awaitResponse(screen, onsetNanos, deadlineNanos);
    }

    @Override
    public QuestionnaireAnswers answerQuestionnaire(Screen screen, long onsetNanos) throws InterruptedException {
        QuestionnaireAnswers timed = timing.answerQuestionnaire(screen, onsetNanos);
        String id = screen.instrument();
        int time = administered.merge(id, 1, Integer::sum);
        boolean first = time == 1;
        int sum = switch (id) {
            case StressTaskTemplate.SCS_26 -> person.scsItemSum();
            case StressTaskTemplate.STAI_Y1 -> first ? person.staiPre() : person.staiPost();
            case StressTaskTemplate.PERCEIVED_STRESS -> first ? person.stressPre() : person.stressPost();
            default -> throw new IllegalArgumentException("the demo participant cannot answer instrument '" + id
                    + "'");
        };
        List<Integer> answers = AnswerSheets.list(instruments.get(id), sum, random);
        return new QuestionnaireAnswers(id, answers, timed.completedNanos());
    }
}
