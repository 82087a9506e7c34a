package org.vagus.paradigm.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vagus.paradigm.FeedbackRule;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Phase;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.Trial;

/**
 * The elements of a paradigm by the paths the validator and the file reader use ({@code flow[2]},
 * {@code tasks[0].feedback}, {@code tasks[0].intro[0]}, {@code tasks[0].trials[3]},
 * {@code tasks[0].trials[3].phases[1]}; the empty path is the paradigm): look one up, or replace it in a copy of the
 * (immutable) paradigm.
 *
 * @since 0.1.0
 */
public final class ParadigmPaths {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)\\])?");

    private ParadigmPaths() {
    }

    /** One step of a path: a field name and, for a list, the index in it (-1 otherwise). */
    record Segment(String name, int index) {
    }

    /** The path of a flow step. */
    public static String step(int step) {
        return "flow[" + step + "]";
    }

    /** The path of a task. */
    public static String task(int task) {
        return "tasks[" + task + "]";
    }

    /** The path of a task's feedback rule. */
    public static String feedback(int task) {
        return task(task) + ".feedback";
    }

    /** The path of a trial. */
    public static String trial(int task, int trial) {
        return task(task) + ".trials[" + trial + "]";
    }

    /** The path of a phase of a trial. */
    public static String phase(int task, int trial, int phase) {
        return trial(task, trial) + ".phases[" + phase + "]";
    }

    /**
     * True if {@code path} is {@code ancestor} or lies inside it ({@code tasks[0].trials[1].phases[0]} is inside
     * {@code tasks[0].trials[1]}, {@code tasks[0].trials[10]} is not). Everything lies inside the empty path.
     */
    public static boolean isWithin(String path, String ancestor) {
        if (ancestor.isEmpty() || path.equals(ancestor)) {
            return true;
        }
        if (!path.startsWith(ancestor) || path.length() == ancestor.length()) {
            return false;
        }
        char next = path.charAt(ancestor.length());
        return next == '.' || next == '[';
    }

    static List<Segment> parse(String path) {
        List<Segment> out = new ArrayList<>();
        if (path.isEmpty()) {
            return out;
        }
        for (String part : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("malformed element path '" + path + "'");
            }
            out.add(new Segment(m.group(1), m.group(2) == null ? -1 : Integer.parseInt(m.group(2))));
        }
        return out;
    }

    /**
     * The element at a path: the {@link Paradigm}, a {@link FlowStep}, a {@link Task}, a {@link FeedbackRule} (null
     * when the task has none), a {@link Trial} or a {@link Phase}.
     *
     * @throws IllegalArgumentException if the path names no element of the paradigm
     */
    public static Object get(Paradigm p, String path) {
        List<Segment> s = parse(path);
        if (s.isEmpty()) {
            return p;
        }
        Segment first = s.get(0);
        if ("flow".equals(first.name()) && s.size() == 1) {
            return at(p.flow(), first, path);
        }
        if (!"tasks".equals(first.name())) {
            throw noElement(path);
        }
        Task task = at(p.tasks(), first, path);
        if (s.size() == 1) {
            return task;
        }
        Segment second = s.get(1);
        return switch (second.name()) {
            case "feedback" -> {
                requireLength(s, 2, path);
                yield task.feedback();
            }
            case "intro" -> {
                requireLength(s, 2, path);
                yield at(task.intro(), second, path);
            }
            case "outro" -> {
                requireLength(s, 2, path);
                yield at(task.outro(), second, path);
            }
            case "trials" -> {
                Trial trial = at(task.trials(), second, path);
                if (s.size() == 2) {
                    yield trial;
                }
                requireLength(s, 3, path);
                if (!"phases".equals(s.get(2).name())) {
                    throw noElement(path);
                }
                yield at(trial.phases(), s.get(2), path);
            }
            default -> throw noElement(path);
        };
    }

    /**
     * A copy of the paradigm with the element at {@code path} replaced by {@code value} (of the kind
     * {@link #get} returns there; null removes a task's feedback rule).
     *
     * @throws IllegalArgumentException if the path names no element or the value is of the wrong kind
     */
    public static Paradigm replace(Paradigm p, String path, Object value) {
        get(p, path);
        List<Segment> s = parse(path);
        try {
            if (s.isEmpty()) {
                return (Paradigm) value;
            }
            if ("flow".equals(s.get(0).name())) {
                return new Paradigm(p.id(), p.name(), p.description(), p.bidsTask(), p.imageFolder(),
                        with(p.flow(), s.get(0).index(), (FlowStep) value), p.tasks());
            }
            int t = s.get(0).index();
            Task task = replaceInTask(p.tasks().get(t), s.subList(1, s.size()), value);
            return new Paradigm(p.id(), p.name(), p.description(), p.bidsTask(), p.imageFolder(), p.flow(),
                    with(p.tasks(), t, task));
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("element path '" + path + "' cannot hold a "
                    + (value == null ? "null" : value.getClass().getSimpleName()), e);
        }
    }

    private static Task replaceInTask(Task task, List<Segment> rest, Object value) {
        if (rest.isEmpty()) {
            return (Task) value;
        }
        Segment s = rest.get(0);
        return switch (s.name()) {
            case "feedback" -> new Task(task.id(), task.name(), (FeedbackRule) value, task.intro(), task.trials(),
                    task.outro());
            case "intro" -> new Task(task.id(), task.name(), task.feedback(), with(task.intro(), s.index(),
                    (Phase) value), task.trials(), task.outro());
            case "outro" -> new Task(task.id(), task.name(), task.feedback(), task.intro(), task.trials(),
                    with(task.outro(), s.index(), (Phase) value));
            default -> {
                Trial trial = task.trials().get(s.index());
                Trial next = rest.size() == 1 ? (Trial) value
                        : new Trial(trial.itemCode(), trial.correctResponse(),
                                with(trial.phases(), rest.get(1).index(), (Phase) value));
                yield new Task(task.id(), task.name(), task.feedback(), task.intro(),
                        with(task.trials(), s.index(), next), task.outro());
            }
        };
    }

    private static <T> List<T> with(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, java.util.Objects.requireNonNull(value, "element"));
        return copy;
    }

    private static <T> T at(List<T> list, Segment s, String path) {
        if (s.index() < 0 || s.index() >= list.size()) {
            throw noElement(path);
        }
        return list.get(s.index());
    }

    private static void requireLength(List<Segment> s, int n, String path) {
        if (s.size() != n) {
            throw noElement(path);
        }
    }

    private static IllegalArgumentException noElement(String path) {
        return new IllegalArgumentException("no element at '" + path + "'");
    }
}
