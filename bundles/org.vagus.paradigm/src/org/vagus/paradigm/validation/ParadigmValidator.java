package org.vagus.paradigm.validation;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.vagus.paradigm.FeedbackRule;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Phase;
import org.vagus.paradigm.PhaseType;
import org.vagus.paradigm.ResponseWindow;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.phases.FeedbackPhase;
import org.vagus.paradigm.phases.StimulusPhase;

/**
 * Checks a paradigm and reports each problem on the element at fault, by the path the file reader also uses
 * ({@code flow[2]}, {@code tasks[0].feedback}, {@code tasks[0].trials[3].phases[1]}): negative durations, missing
 * image files, feedback rules that cannot be met (3 'Correct' of 2 trials), unknown instruments and tasks, and the
 * checks of each phase's {@link PhaseType}. Errors stop the runner; warnings do not.
 *
 * @since 0.1.0
 */
public final class ParadigmValidator {
    private static final Pattern BIDS_LABEL = Pattern.compile("[A-Za-z0-9]+");

    private final TaskRegistry types;

    /** @param types the phase types, whose own checks are run on their phases */
    public ParadigmValidator(TaskRegistry types) {
        this.types = types;
    }

    /** True if one of the problems is an error. */
    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Checks a paradigm; the problems come in the order of the elements in the file. */
    public List<Problem> validate(Paradigm p, ValidationContext ctx) {
        Collector c = new Collector(ctx);
        if (p.id().isBlank()) {
            c.error("id", "the paradigm needs an id");
        }
        if (!BIDS_LABEL.matcher(p.bidsTask()).matches()) {
            c.error("bidsTask", "'" + p.bidsTask() + "' cannot name BIDS files (task-<label>): use letters and digits");
        }
        if (p.flow().isEmpty()) {
            c.error("flow", "the session flow is empty");
        }
        Set<String> run = new HashSet<>();
        for (int i = 0; i < p.flow().size(); i++) {
            FlowStep s = p.flow().get(i);
            String path = "flow[" + i + "]";
            switch (s) {
                case FlowStep.Consent consent -> {
                    if (consent.text().isBlank()) {
                        c.warning(path, "the consent text is empty");
                    }
                }
                case FlowStep.Questionnaire q -> {
                    if (q.instrument().isBlank()) {
                        c.error(path, "no instrument id");
                    } else if (ctx.instruments() != null && !ctx.instruments().contains(q.instrument())) {
                        c.error(path, "unknown instrument '" + q.instrument() + "'; known: "
                                + String.join(", ", ctx.instruments().stream().sorted().toList()));
                    }
                }
                case FlowStep.Rest r -> timing(c, path, r.timing());
                case FlowStep.Message m -> timing(c, path, m.timing());
                case FlowStep.End e -> {
                    timing(c, path, e.timing());
                    if (i != p.flow().size() - 1) {
                        c.warning(path, "the end screen is not the last step; the steps after it still run");
                    }
                }
                case FlowStep.RunTask t -> {
                    if (p.task(t.task()).isEmpty()) {
                        c.error(path, "unknown task '" + t.task() + "'; the paradigm's tasks: "
                                + String.join(", ", p.tasks().stream().map(Task::id).toList()));
                    }
                    run.add(t.task());
                }
            }
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < p.tasks().size(); i++) {
            Task t = p.tasks().get(i);
            String path = "tasks[" + i + "]";
            if (t.id().isBlank()) {
                c.error(path + ".id", "the task needs an id");
            } else if (!ids.add(t.id())) {
                c.error(path + ".id", "task id '" + t.id() + "' is used twice");
            } else if (!run.contains(t.id())) {
                c.warning(path, "task '" + t.id() + "' is not run by the session flow");
            }
            task(c, t, path);
        }
        if (c.missingFolderPlaceholders > 0) {
            c.warning("imageFolder", "image folder " + ctx.imageFolder() + " does not exist; placeholders show the"
                    + " item codes of " + c.missingFolderPlaceholders + " image(s) until the lab supplies them");
        }
        return c.problems;
    }

    private void task(Collector c, Task t, String path) {
        if (t.trials().isEmpty()) {
            c.error(path + ".trials", "the task has no trials");
        }
        phases(c, t.intro(), path + ".intro", null, false);
        for (int j = 0; j < t.trials().size(); j++) {
            Trial trial = t.trials().get(j);
            String tp = path + ".trials[" + j + "]";
            if (trial.phases().isEmpty()) {
                c.error(tp, "the trial has no phases");
            }
            phases(c, trial.phases(), tp + ".phases", trial, true);
            if (t.feedback() == null) {
                for (int k = 0; k < trial.phases().size(); k++) {
                    if (trial.phases().get(k) instanceof FeedbackPhase) {
                        c.error(tp + ".phases[" + k + "]", "feedback needs the task's feedback rule (tasks[].feedback)");
                    }
                }
            } else if (t.feedback() instanceof FeedbackRule.Accuracy && trial.hasFeedback()) {
                accuracy(c, trial, tp);
            }
        }
        phases(c, t.outro(), path + ".outro", null, false);
        if (t.feedback() != null) {
            rule(c, t, path + ".feedback");
        }
    }

    private static void accuracy(Collector c, Trial trial, String tp) {
        if (trial.correctResponse() == null) {
            c.error(tp, "the accuracy rule needs the trial's correctResponse");
            return;
        }
        boolean accepted = trial.phases().stream().map(Phase::responseWindow).flatMap(java.util.Optional::stream)
                .anyMatch(w -> w.accepts(trial.correctResponse()));
        if (!accepted) {
            c.warning(tp, "no phase of the trial accepts its correct response '" + trial.correctResponse() + "'");
        }
    }

    private static void rule(Collector c, Task t, String path) {
        FeedbackRule rule = t.feedback();
        int m = t.feedbackTrials();
        if (m == 0) {
            c.warning(path, "the task has a feedback rule but no trial shows feedback");
        }
        switch (rule) {
            case FeedbackRule.RandomCount r -> {
                if (r.correct() < 0) {
                    c.error(path, "a negative number of '" + FeedbackRule.CORRECT + "' (" + r.correct() + ")");
                } else if (r.correct() > m) {
                    c.error(path, r.correct() + " '" + FeedbackRule.CORRECT + "' of " + m + " trial"
                            + (m == 1 ? "" : "s") + " with feedback cannot be met");
                }
            }
            case FeedbackRule.Scripted s -> {
                if (s.values().size() != m) {
                    c.error(path, s.values().size() + " scripted value(s) for " + m + " trial(s) with feedback");
                }
                for (int i = 0; i < s.values().size(); i++) {
                    String v = s.values().get(i);
                    if (!FeedbackRule.CORRECT.equals(v) && !FeedbackRule.WRONG.equals(v)) {
                        c.error(path + ".values[" + i + "]", "'" + v + "', expected " + FeedbackRule.CORRECT + " or "
                                + FeedbackRule.WRONG);
                    }
                }
            }
            case FeedbackRule.Accuracy a -> {
            }
        }
        if (rule.correctText().isBlank() || rule.wrongText().isBlank()) {
            c.warning(path, "an empty feedback text");
        }
    }

    private void phases(Collector c, List<Phase> phases, String path, Trial trial, boolean inTrial) {
        for (int k = 0; k < phases.size(); k++) {
            Phase ph = phases.get(k);
            String pp = path + "[" + k + "]";
            timing(c, pp, ph.timing());
            ph.responseWindow().ifPresent(w -> responses(c, pp, w));
            if (ph instanceof FeedbackPhase && !inTrial) {
                c.error(pp, "feedback outside a trial has nothing to give feedback on");
            }
            if (ph instanceof StimulusPhase s && s.image() != null) {
                image(c, pp, s.image(), trial);
            }
            PhaseType<?> type = types.phaseType(ph.type()).orElse(null);
            if (type == null || !type.phaseClass().isInstance(ph)) {
                c.error(pp, "unknown phase type '" + ph.type() + "' (the bundle that contributes it is missing)");
                continue;
            }
            try {
                check(type, ph, c.at(pp));
            } catch (RuntimeException e) {
                c.error(pp, "the checks of phase type '" + ph.type() + "' failed: " + e);
            }
        }
    }

    private static <P extends Phase> void check(PhaseType<P> type, Phase ph, ElementProblems at) {
        type.validate(type.cast(ph), at);
    }

    private static void timing(Collector c, String path, Timing t) {
        if (t.duration() != null && t.duration().isNegative()) {
            c.error(path, "negative duration " + t.duration().toMillis() + " ms");
        } else if (t.duration() != null && t.duration().isZero()) {
            c.warning(path, "zero duration: the screen is never visible");
        }
        if (t.timeout() != null && t.timeout().isNegative()) {
            c.error(path, "negative time limit " + t.timeout().toMillis() + " ms");
        }
    }

    private static void responses(Collector c, String path, ResponseWindow w) {
        Set<String> seen = new HashSet<>();
        for (String k : w.keys()) {
            if (k.isBlank()) {
                c.error(path + ".responses", "an empty response key");
            } else if (!seen.add(k)) {
                c.error(path + ".responses", "response key '" + k + "' is listed twice");
            }
        }
    }

    private static void image(Collector c, String path, String image, Trial trial) {
        Path folder = c.ctx.imageFolder();
        if (folder == null) {
            return;
        }
        Path file;
        try {
            file = folder.resolve(image);
        } catch (InvalidPathException e) {
            c.error(path, "image '" + image + "' is not a valid file name");
            return;
        }
        if (Files.isRegularFile(file)) {
            return;
        }
        if (trial != null && trial.itemCode() != null && !Files.isDirectory(folder)) {
            c.missingFolderPlaceholders++;
            return;
        }
        if (trial != null && trial.itemCode() != null) {
            c.warning(path, "missing image file " + file + "; a placeholder shows the item code " + trial.itemCode());
        } else {
            c.error(path, "missing image file " + file);
        }
    }

    /** Collects problems in order. */
    private static final class Collector {
        final ValidationContext ctx;
        final List<Problem> problems = new ArrayList<>();
        int missingFolderPlaceholders;

        Collector(ValidationContext ctx) {
            this.ctx = ctx;
        }

        void error(String path, String message) {
            problems.add(new Problem(path, Problem.Severity.ERROR, message));
        }

        void warning(String path, String message) {
            problems.add(new Problem(path, Problem.Severity.WARNING, message));
        }

        ElementProblems at(String path) {
            return new ElementProblems() {
                @Override
                public String path() {
                    return path;
                }

                @Override
                public ValidationContext context() {
                    return ctx;
                }

                @Override
                public void error(String message) {
                    Collector.this.error(path, message);
                }

                @Override
                public void warning(String message) {
                    Collector.this.warning(path, message);
                }
            };
        }
    }
}
