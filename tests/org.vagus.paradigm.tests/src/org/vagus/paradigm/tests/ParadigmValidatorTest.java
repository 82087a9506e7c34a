package org.vagus.paradigm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.paradigm.FeedbackRule;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Phase;
import org.vagus.paradigm.ResponseWindow;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.phases.FeedbackPhase;
import org.vagus.paradigm.phases.FixationPhase;
import org.vagus.paradigm.phases.StimulusPhase;
import org.vagus.paradigm.validation.ParadigmValidator;
import org.vagus.paradigm.validation.Problem;
import org.vagus.paradigm.validation.ValidationContext;

class ParadigmValidatorTest {
    private static final Set<String> INSTRUMENTS = Set.of("scs-26", "stai-y1", "perceived-stress");
    private final ParadigmValidator validator = new ParadigmValidator(TaskRegistry.builtIn());

    private static List<Trial> trials(int n) {
        List<Trial> t = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            t.add(Trial.of("I" + (i + 1), List.of(FixationPhase.of(Timing.millis(1000)),
                    new StimulusPhase("item " + (i + 1), null, Timing.millis(2000), false, null),
                    new FeedbackPhase(Timing.millis(1000)))));
        }
        return t;
    }

    private static Paradigm with(Task task, FlowStep... extra) {
        List<FlowStep> flow = new ArrayList<>(List.of(extra));
        flow.add(new FlowStep.RunTask(task.id()));
        flow.add(new FlowStep.End("end", Timing.millis(1000)));
        return new Paradigm("t", "T", "", "t", null, flow, List.of(task));
    }

    private static Task task(List<Trial> trials, FeedbackRule rule) {
        return new Task("main", "Main", rule, List.of(), trials, List.of());
    }

    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void aCleanParadigmHasNoProblems() {
        Paradigm p = with(task(trials(4), new FeedbackRule.RandomCount(2, null, "Correct", "Wrong")));
        assertEquals(List.of(), validator.validate(p, new ValidationContext(null, INSTRUMENTS)));
    }

    @Test
    void negativeDurationOnThePhase() {
        List<Trial> t = trials(5);
        List<Phase> phases = new ArrayList<>(t.get(3).phases());
        phases.set(1, new StimulusPhase("item 4", null, Timing.millis(-20000), false, null));
        t.set(3, Trial.of("I4", phases));
        Problem p = only(validator.validate(with(task(t, new FeedbackRule.RandomCount(2, null, "C", "W"))),
                ValidationContext.none()));
        assertEquals("tasks[0].trials[3].phases[1]", p.path());
        assertTrue(p.isError());
        assertEquals("tasks[0].trials[3].phases[1]: error: negative duration -20000 ms", p.toString());
    }

    @Test
    void feedbackRuleThatCannotBeMet() {
        Problem p = only(validator.validate(with(task(trials(2), new FeedbackRule.RandomCount(3, null, "C", "W"))),
                ValidationContext.none()));
        assertEquals("tasks[0].feedback", p.path());
        assertTrue(p.isError());
        assertTrue(p.message().contains("3 'Correct' of 2 trials with feedback cannot be met"), p.message());

        List<Problem> scripted = validator.validate(with(task(trials(2),
                new FeedbackRule.Scripted(List.of("Correct", "Maybe", "Wrong"), "C", "W"))), ValidationContext.none());
        assertEquals(List.of("tasks[0].feedback", "tasks[0].feedback.values[1]"),
                scripted.stream().map(Problem::path).toList());

        Problem noRule = only(validator.validate(with(task(trials(1), null)), ValidationContext.none()));
        assertEquals("tasks[0].trials[0].phases[2]", noRule.path());
        assertTrue(noRule.message().contains("feedback rule"), noRule.message());

        Problem accuracy = only(validator.validate(with(task(trials(1), new FeedbackRule.Accuracy("C", "W"))),
                ValidationContext.none()));
        assertEquals("tasks[0].trials[0]", accuracy.path());
        assertTrue(accuracy.message().contains("correctResponse"), accuracy.message());
    }

    @Test
    void missingImageFile(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("present.png"), new byte[] { 1 });
        List<Trial> t = new ArrayList<>();
        t.add(new Trial(null, null, List.of(new StimulusPhase(null, "present.png", Timing.millis(1000), false, null))));
        t.add(new Trial(null, null, List.of(new StimulusPhase(null, "absent.png", Timing.millis(1000), false, null))));
        t.add(new Trial("X9", null, List.of(new StimulusPhase(null, "x9.png", Timing.millis(1000), false, null))));
        List<Problem> problems = validator.validate(with(task(t, null)), new ValidationContext(dir, null));
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("tasks[0].trials[1].phases[0]", problems.get(0).path());
        assertTrue(problems.get(0).isError() && problems.get(0).message().contains("missing image file"));
        assertEquals("tasks[0].trials[2].phases[0]", problems.get(1).path());
        assertFalse(problems.get(1).isError(), "with an item code a placeholder stands in");
    }

    @Test
    void unknownInstrumentAndTask() {
        Task t = task(trials(1), new FeedbackRule.RandomCount(1, null, "C", "W"));
        Paradigm p = with(t, new FlowStep.Questionnaire("scs-26", "pre"), new FlowStep.Questionnaire("bdi-2", "pre"),
                new FlowStep.RunTask("missing"));
        List<Problem> problems = validator.validate(p, new ValidationContext(null, INSTRUMENTS));
        assertEquals(List.of("flow[1]", "flow[2]"), problems.stream().map(Problem::path).toList());
        assertTrue(problems.get(0).message().contains("unknown instrument 'bdi-2'"), problems.get(0).message());
        assertTrue(problems.get(1).message().contains("unknown task 'missing'"), problems.get(1).message());
        assertTrue(problems.stream().allMatch(Problem::isError));
        // without a list of instruments the ids are not checked
        assertEquals(1, validator.validate(p, ValidationContext.none()).size());
    }

    @Test
    void otherChecks() {
        List<Trial> t = trials(1);
        t.add(Trial.of("K", List.of(new StimulusPhase("k", null, Timing.untilResponse(), true,
                new ResponseWindow(List.of("a", "a", " "), false)))));
        Paradigm p = new Paradigm("", "T", "", "not-a-label", null,
                List.of(new FlowStep.End("end", Timing.millis(0)), new FlowStep.RunTask("main")),
                List.of(task(t, new FeedbackRule.RandomCount(1, null, "C", "W")),
                        new Task("main", "dup", null, List.of(new FeedbackPhase(Timing.millis(1))), List.of(),
                                List.of())));
        List<String> found = validator.validate(p, ValidationContext.none()).stream().map(Problem::toString).toList();
        String all = String.join("\n", found);
        assertTrue(all.contains("paradigm: error: ") || all.contains("id: error: the paradigm needs an id"), all);
        assertTrue(all.contains("bidsTask: error:"), all);
        assertTrue(all.contains("flow[0]: warning: zero duration"), all);
        assertTrue(all.contains("flow[0]: warning: the end screen is not the last step"), all);
        assertTrue(all.contains("tasks[0].trials[1].phases[0].responses: error: an empty response key"), all);
        assertTrue(all.contains("tasks[0].trials[1].phases[0].responses: error: response key 'a' is listed twice"), all);
        assertTrue(all.contains("tasks[0].trials[1].phases[0]: error: a countdown needs a fixed duration"), all);
        assertTrue(all.contains("tasks[1].id: error: task id 'main' is used twice"), all);
        assertTrue(all.contains("tasks[1].trials: error: the task has no trials"), all);
        assertTrue(all.contains("tasks[1].intro[0]: error: feedback outside a trial"), all);
    }

    @Test
    void contributedPhaseTypesCheckTheirOwnPhases() {
        TaskRegistry types = TaskRegistry.builtIn().plus(new TapPhase.Type());
        Task t = task(List.of(Trial.of(null, List.of(new TapPhase(3, Timing.millis(5000)))),
                Trial.of(null, List.of(new TapPhase(0, Timing.millis(5000))))), null);
        Problem p = only(new ParadigmValidator(types).validate(with(t), ValidationContext.none()));
        assertEquals("tasks[0].trials[1].phases[0]", p.path());
        assertEquals("taps 0: expected at least 1", p.message());
        // without the contributing bundle the phase is unknown
        Problem missing = validator.validate(with(t), ValidationContext.none()).get(0);
        assertTrue(missing.message().contains("unknown phase type 'tap'"), missing.message());
    }
}
