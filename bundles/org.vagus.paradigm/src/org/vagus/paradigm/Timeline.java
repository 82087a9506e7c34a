package org.vagus.paradigm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The screens of a paradigm in session order with their nominal durations, for the editor's timeline preview and
 * the total duration. Self-paced screens have no duration of their own; they are counted apart, with their time
 * limits where they have one.
 *
 * @param entries the screens in order
 * @since 0.1.0
 */
public record Timeline(List<Entry> entries) {

    /**
     * One screen.
     *
     * @param path the element's path, such as {@code tasks[0].trials[3].phases[1]} or {@code flow[2]}
     * @param label what it is: the events {@code trial_type} (fixation, item, feedback, questionnaire, ...)
     * @param timing its timing
     */
    public record Entry(String path, String label, Timing timing) {
        /** The fixed duration, or zero for a self-paced screen. */
        public Duration fixed() {
            return timing.selfPaced() ? Duration.ZERO : timing.duration();
        }
    }

    public Timeline {
        entries = List.copyOf(entries);
    }

    /** The timeline of a whole session: the flow, with each task's screens where the flow runs it. */
    public static Timeline of(Paradigm p) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < p.flow().size(); i++) {
            String path = "flow[" + i + "]";
            switch (p.flow().get(i)) {
                case FlowStep.Consent c -> out.add(new Entry(path, c.kind(), Timing.untilResponse()));
                case FlowStep.Questionnaire q -> out.add(new Entry(path, q.kind(), Timing.untilResponse()));
                case FlowStep.Rest r -> out.add(new Entry(path, r.kind(), r.timing()));
                case FlowStep.Message m -> out.add(new Entry(path, m.kind(), m.timing()));
                case FlowStep.End e -> out.add(new Entry(path, e.kind(), e.timing()));
                case FlowStep.RunTask t -> {
                    int index = p.taskIndex(t.task());
                    if (index >= 0) {
                        addTask(out, p.tasks().get(index), "tasks[" + index + "]");
                    }
                }
            }
        }
        return new Timeline(out);
    }

    /** The timeline of one task: introduction, trials, closing screens. */
    public static Timeline of(Task task, String path) {
        List<Entry> out = new ArrayList<>();
        addTask(out, task, path);
        return new Timeline(out);
    }

    private static void addTask(List<Entry> out, Task task, String path) {
        addPhases(out, task.intro(), path + ".intro");
        for (int t = 0; t < task.trials().size(); t++) {
            addPhases(out, task.trials().get(t).phases(), path + ".trials[" + t + "].phases");
        }
        addPhases(out, task.outro(), path + ".outro");
    }

    private static void addPhases(List<Entry> out, List<Phase> phases, String path) {
        for (int i = 0; i < phases.size(); i++) {
            Phase ph = phases.get(i);
            out.add(new Entry(path + "[" + i + "]", ph.eventType(), ph.timing()));
        }
    }

    /** The sum of the fixed durations: the session's length not counting self-paced screens. */
    public Duration fixedTotal() {
        return entries.stream().map(Entry::fixed).reduce(Duration.ZERO, Duration::plus);
    }

    /** The number of self-paced screens. */
    public int selfPacedCount() {
        return (int) entries.stream().filter(e -> e.timing().selfPaced()).count();
    }

    /**
     * The longest the session can take: the fixed total plus every self-paced screen's time limit; null if one
     * of them has no limit.
     */
    public Duration maximum() {
        Duration total = fixedTotal();
        for (Entry e : entries) {
            if (e.timing().selfPaced()) {
                if (e.timing().timeout() == null) {
                    return null;
                }
                total = total.plus(e.timing().timeout());
            }
        }
        return total;
    }

    /** A one-line summary such as {@code 656 s fixed (10 min 56 s) + 8 self-paced screens}. */
    public String summary() {
        long ms = fixedTotal().toMillis();
        String fixed = ms % 1000 == 0 ? (ms / 1000) + " s" : (ms / 1000.0) + " s";
        long s = ms / 1000;
        String readable = s >= 60 ? " (" + (s / 60) + " min " + (s % 60) + " s)" : "";
        int self = selfPacedCount();
        return entries.size() + " screens: " + fixed + " fixed" + readable
                + (self == 0 ? "" : " + " + self + " self-paced screen" + (self == 1 ? "" : "s"));
    }
}
