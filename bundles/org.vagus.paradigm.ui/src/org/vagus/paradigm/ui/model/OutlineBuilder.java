package org.vagus.paradigm.ui.model;

import java.util.ArrayList;
import java.util.List;

import org.vagus.paradigm.FeedbackRule;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Phase;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.phases.StimulusPhase;
import org.vagus.paradigm.ui.model.OutlineNode.Kind;

/**
 * Builds the outline of a paradigm: the flow with its steps, then the tasks with their feedback rule,
 * introduction, trials (with their phases) and closing screens.
 *
 * @since 0.1.0
 */
public final class OutlineBuilder {
    private static final int SHORT_TEXT = 32;

    private OutlineBuilder() {
    }

    /** The outline's root, the paradigm's node. */
    public static OutlineNode build(Paradigm p) {
        List<OutlineNode> steps = new ArrayList<>();
        for (int i = 0; i < p.flow().size(); i++) {
            steps.add(leaf(ParadigmPaths.step(i), Kind.STEP, (i + 1) + ". " + step(p.flow().get(i))));
        }
        List<OutlineNode> tasks = new ArrayList<>();
        for (int t = 0; t < p.tasks().size(); t++) {
            tasks.add(task(p.tasks().get(t), t));
        }
        return new OutlineNode("", Kind.PARADIGM, p.name().isBlank() ? p.id() : p.name(),
                List.of(new OutlineNode("flow", Kind.FLOW, "Session flow", steps),
                        new OutlineNode("tasks", Kind.TASKS, "Tasks", tasks)));
    }

    private static OutlineNode task(Task task, int t) {
        String path = ParadigmPaths.task(t);
        List<OutlineNode> trials = new ArrayList<>();
        for (int j = 0; j < task.trials().size(); j++) {
            Trial trial = task.trials().get(j);
            List<OutlineNode> phases = new ArrayList<>();
            for (int k = 0; k < trial.phases().size(); k++) {
                phases.add(leaf(ParadigmPaths.phase(t, j, k), Kind.PHASE, phase(trial.phases().get(k))));
            }
            String label = "Trial " + (j + 1) + (trial.itemCode() == null ? "" : ": " + trial.itemCode());
            trials.add(new OutlineNode(ParadigmPaths.trial(t, j), Kind.TRIAL, label, phases));
        }
        List<OutlineNode> children = new ArrayList<>();
        children.add(leaf(ParadigmPaths.feedback(t), Kind.FEEDBACK, "Feedback: " + rule(task.feedback())));
        children.add(new OutlineNode(path + ".intro", Kind.INTRO, "Introduction", phases(task.intro(), path + ".intro")));
        children.add(new OutlineNode(path + ".trials", Kind.TRIALS, "Trials (" + task.trials().size() + ")", trials));
        children.add(new OutlineNode(path + ".outro", Kind.OUTRO, "Closing", phases(task.outro(), path + ".outro")));
        return new OutlineNode(path, Kind.TASK, "Task " + task.id() + (task.name().isBlank() ? "" : ": " + task.name()),
                children);
    }

    private static List<OutlineNode> phases(List<Phase> phases, String path) {
        List<OutlineNode> out = new ArrayList<>();
        for (int k = 0; k < phases.size(); k++) {
            out.add(leaf(path + "[" + k + "]", Kind.PHASE, phase(phases.get(k))));
        }
        return out;
    }

    private static OutlineNode leaf(String path, Kind kind, String label) {
        return new OutlineNode(path, kind, label, List.of());
    }

    /** A phase's label: its event type, what it shows, how long. */
    static String phase(Phase ph) {
        String shows = ph instanceof StimulusPhase s && s.image() != null ? s.image() : ph.displayText().orElse("");
        return ph.eventType() + (shows.isBlank() ? "" : " '" + shorten(shows) + "'") + ", " + timing(ph.timing());
    }

    private static String step(FlowStep s) {
        return switch (s) {
            case FlowStep.Consent c -> "consent";
            case FlowStep.Questionnaire q -> "questionnaire " + q.instrument()
                    + (q.occasion() == null ? "" : " (" + q.occasion() + ")");
            case FlowStep.Rest r -> "rest, " + timing(r.timing());
            case FlowStep.RunTask t -> "task " + t.task();
            case FlowStep.Message m -> "message '" + shorten(m.text()) + "', " + timing(m.timing());
            case FlowStep.End e -> "end, " + timing(e.timing());
        };
    }

    private static String rule(FeedbackRule r) {
        return switch (r) {
            case null -> "none";
            case FeedbackRule.RandomCount rc -> rc.correct() + " '" + FeedbackRule.CORRECT + "' at random";
            case FeedbackRule.Scripted s -> "scripted (" + s.values().size() + ")";
            case FeedbackRule.Accuracy a -> "accuracy";
        };
    }

    /** A timing as the outline shows it: {@code 20 s}, {@code self-paced}, {@code self-paced, at most 30 s}. */
    public static String timing(Timing t) {
        if (!t.selfPaced()) {
            return TimingText.format(t.duration()) + " s";
        }
        return t.timeout() == null ? "self-paced" : "self-paced, at most " + TimingText.format(t.timeout()) + " s";
    }

    private static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= SHORT_TEXT ? oneLine : oneLine.substring(0, SHORT_TEXT - 1) + "\u2026";
    }
}
