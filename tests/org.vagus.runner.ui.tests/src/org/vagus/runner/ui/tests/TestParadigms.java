package org.vagus.runner.ui.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.vagus.paradigm.FeedbackRule;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Phase;
import org.vagus.paradigm.ResponseWindow;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.phases.FeedbackPhase;
import org.vagus.paradigm.phases.FixationPhase;
import org.vagus.paradigm.phases.MessagePhase;
import org.vagus.paradigm.phases.StimulusPhase;
import org.vagus.paradigm.templates.StressTaskTemplate;

/** Paradigms for the UI tests. */
final class TestParadigms {
    private TestParadigms() {
    }

    /** One trial: a fixation, then {@code screens} text stimuli accepting 1, 2 and the left button, each {@code ms} long. */
    static Paradigm probe(int screens, long ms) {
        List<Phase> phases = new ArrayList<>();
        phases.add(FixationPhase.of(Timing.millis(ms)));
        for (int i = 0; i < screens; i++) {
            phases.add(new StimulusPhase(String.valueOf((char) ('A' + i % 26)), null, Timing.millis(ms), false,
                    ResponseWindow.of(List.of("1", "2", "mouse1"))));
        }
        Task task = new Task("probe", "Probe", null, List.of(), List.of(Trial.of("P1", phases)), List.of());
        return new Paradigm("probe", "Probe", "", "probe", null, List.of(new FlowStep.RunTask("probe")),
                List.of(task));
    }

    /** {@code trials} trials of a fixation, a stimulus and a message, each {@code ms} long (the timing benchmark's). */
    static Paradigm bench(int screens, long ms) {
        int trials = (screens + 2) / 3;
        List<Trial> list = new ArrayList<>();
        Timing t = Timing.millis(ms);
        for (int i = 0; i < trials; i++) {
            list.add(Trial.of(null, List.of(FixationPhase.of(t), new StimulusPhase("item " + (i + 1), null, t, false,
                    null), new MessagePhase("next", t))));
        }
        Task task = new Task("bench", "Timing benchmark", null, List.of(), list, List.of());
        return new Paradigm("timing-benchmark", "Timing benchmark", "", "timing", null,
                List.of(new FlowStep.RunTask("bench")), List.of(task));
    }

    /**
     * The stress template's task cut to its first two trials with shortened durations (fixation 300 ms, item 2.5 s
     * with its countdown, feedback 600 ms), scripted feedback Correct then Wrong (the template's wording), the
     * introduction kept (self-paced) and the closing sentence for 600 ms. No questionnaires.
     */
    static Paradigm stressTwoTrials() {
        Paradigm full = new StressTaskTemplate().create();
        Task task = full.task(StressTaskTemplate.TASK).orElseThrow();
        List<Trial> trials = new ArrayList<>();
        for (Trial tr : task.trials().subList(0, 2)) {
            List<Phase> phases = new ArrayList<>();
            for (Phase p : tr.phases()) {
                phases.add(switch (p) {
                    case FixationPhase f -> new FixationPhase(Timing.millis(300), f.symbol());
                    case StimulusPhase s -> new StimulusPhase(s.text(), s.image(), Timing.millis(2500), s.countdown(),
                            s.responses());
                    case FeedbackPhase f -> new FeedbackPhase(Timing.millis(600));
                    default -> p;
                });
            }
            trials.add(new Trial(tr.itemCode(), tr.correctResponse(), phases));
        }
        FeedbackRule rule = task.feedback();
        FeedbackRule scripted = new FeedbackRule.Scripted(List.of(FeedbackRule.CORRECT, FeedbackRule.WRONG),
                rule.correctText(), rule.wrongText());
        List<Phase> outro = List.of(new MessagePhase(StressTaskTemplate.FAILED, Timing.millis(600)));
        Task shortTask = new Task(task.id(), task.name(), scripted, task.intro(), trials, outro);
        return new Paradigm("stress-two-trials", "Stress task, two short trials", "", full.bidsTask(),
                full.imageFolder(), List.of(new FlowStep.RunTask(task.id())), List.of(shortTask));
    }

    /** {@code n} trials of a fixation and a stimulus (accepting 1 and 2), for abort and resume. */
    static Paradigm trials(int n, long fixationMs, long itemMs) {
        List<Trial> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(Trial.of("T" + (i + 1), List.of(FixationPhase.of(Timing.millis(fixationMs)),
                    new StimulusPhase("item " + (i + 1), null, Timing.millis(itemMs), false,
                            ResponseWindow.of(List.of("1", "2"))))));
        }
        Task task = new Task("trials", "Trials", null, List.of(), list, List.of());
        return new Paradigm("trials", "Trials", "", "trials", null, List.of(new FlowStep.RunTask("trials")),
                List.of(task));
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
