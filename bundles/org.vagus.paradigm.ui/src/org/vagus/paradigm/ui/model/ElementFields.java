package org.vagus.paradigm.ui.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.vagus.paradigm.FeedbackRule;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Phase;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.io.ParadigmFormatException;
import org.vagus.paradigm.io.ParadigmJson;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What the details area edits: the {@link Field}s of the element at a path, and a copy of the paradigm with one field
 * changed. Every edit is a pure function of the paradigm, so the editor's undo is just the paradigm before.
 *
 * @since 0.1.0
 */
public final class ElementFields {
    static final String ID = "id";
    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String BIDS_TASK = "bidsTask";
    static final String IMAGE_FOLDER = "imageFolder";
    static final String ITEM_CODE = "itemCode";
    static final String CORRECT_RESPONSE = "correctResponse";
    static final String INSTRUMENT = "instrument";
    static final String OCCASION = "occasion";
    static final String TASK = "task";
    static final String RULE = "rule";
    static final String CORRECT = "correct";
    static final String SEED = "seed";
    static final String VALUES = "values";
    static final String CORRECT_TEXT = "correctText";
    static final String WRONG_TEXT = "wrongText";
    /** The rule choice for a task without feedback. */
    public static final String NO_RULE = "none";

    private final TaskRegistry types;

    /** @param types the phase types (their names, and the file format that edits contributed phases) */
    public ElementFields(TaskRegistry types) {
        this.types = Objects.requireNonNull(types, "types");
    }

    /**
     * The fields of the element at a path, in the order the details area shows them; empty for a grouping node
     * ({@code flow}, {@code tasks[0].trials}) and for paths that name nothing.
     */
    public List<Field> fields(Paradigm p, String path) {
        Object e;
        try {
            e = ParadigmPaths.get(p, path);
        } catch (IllegalArgumentException ex) {
            return List.of();
        }
        if (path.endsWith(".feedback")) {
            return rule((FeedbackRule) e);
        }
        return switch (e) {
            case Paradigm x -> List.of(Field.text(ID, "Id", x.id(), "lower case letters, digits and '-'"),
                    Field.text(NAME, "Name", x.name()), Field.multiline(DESCRIPTION, "Description", x.description()),
                    Field.text(BIDS_TASK, "BIDS task label", x.bidsTask(), "letters and digits"),
                    Field.text(IMAGE_FOLDER, "Image folder", x.imageFolder(),
                            "relative to the paradigm file; empty: the file's folder"));
            case FlowStep s -> step(p, s);
            case Task t -> List.of(Field.text(ID, "Id", t.id(), "letters and digits; the flow follows a rename"),
                    Field.text(NAME, "Name", t.name()));
            case Trial t -> List.of(Field.text(ITEM_CODE, "Item code", t.itemCode(), "written to item_code; empty: none"),
                    Field.text(CORRECT_RESPONSE, "Correct response", t.correctResponse(),
                            "for the accuracy feedback rule; empty: none"));
            case Phase ph -> PhaseFields.fields(ph);
            default -> List.of();
        };
    }

    /** The field with this key of the element at a path. */
    public java.util.Optional<Field> field(Paradigm p, String path, String key) {
        return fields(p, path).stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * A copy of the paradigm with one field of the element at {@code path} set from text.
     *
     * @throws IllegalArgumentException with a message for the user if the text is not a valid value for the field
     */
    public Paradigm apply(Paradigm p, String path, String key, String text) {
        Objects.requireNonNull(text, "text");
        Object e = ParadigmPaths.get(p, path);
        if (path.endsWith(".feedback")) {
            Task task = p.tasks().get(ParadigmPaths.parse(path).get(0).index());
            return ParadigmPaths.replace(p, path, applyRule(task, (FeedbackRule) e, key, text));
        }
        String value = PhaseFields.emptyToNull(text);
        return switch (e) {
            case Paradigm x -> switch (key) {
                case ID -> new Paradigm(text.trim(), x.name(), x.description(), x.bidsTask(), x.imageFolder(), x.flow(),
                        x.tasks());
                case NAME -> new Paradigm(x.id(), text, x.description(), x.bidsTask(), x.imageFolder(), x.flow(), x.tasks());
                case DESCRIPTION -> new Paradigm(x.id(), x.name(), text, x.bidsTask(), x.imageFolder(), x.flow(), x.tasks());
                case BIDS_TASK -> new Paradigm(x.id(), x.name(), x.description(), text.trim(), x.imageFolder(), x.flow(),
                        x.tasks());
                case IMAGE_FOLDER -> x.withImageFolder(value == null ? null : value.trim());
                default -> throw PhaseFields.unknown(key);
            };
            case FlowStep s -> ParadigmPaths.replace(p, path, applyStep(s, key, text));
            case Task t -> switch (key) {
                case ID -> renameTask(p, path, t, text.trim());
                case NAME -> ParadigmPaths.replace(p, path,
                        new Task(t.id(), text, t.feedback(), t.intro(), t.trials(), t.outro()));
                default -> throw PhaseFields.unknown(key);
            };
            case Trial t -> switch (key) {
                case ITEM_CODE -> ParadigmPaths.replace(p, path,
                        new Trial(value == null ? null : value.trim(), t.correctResponse(), t.phases()));
                case CORRECT_RESPONSE -> ParadigmPaths.replace(p, path,
                        new Trial(t.itemCode(), value == null ? null : value.trim(), t.phases()));
                default -> throw PhaseFields.unknown(key);
            };
            case Phase ph -> {
                Phase next = PhaseFields.apply(ph, key, text);
                yield next != null ? ParadigmPaths.replace(p, path, next)
                        : contributedTiming(p, path, PhaseFields.applyTiming(ph.timing(), key, text));
            }
            default -> throw PhaseFields.unknown(key);
        };
    }

    private static List<Field> step(Paradigm p, FlowStep s) {
        List<Field> out = new ArrayList<>();
        switch (s) {
            case FlowStep.Consent c -> out.add(Field.multiline(PhaseFields.TEXT, "Consent text", c.text()));
            case FlowStep.Questionnaire q -> {
                out.add(Field.text(INSTRUMENT, "Instrument", q.instrument(), "an instrument id, such as stai-y1"));
                out.add(Field.text(OCCASION, "Occasion", q.occasion(), "such as pre or post; empty: none"));
            }
            case FlowStep.RunTask r -> out.add(new Field(TASK, "Task", Field.Kind.CHOICE, r.task(),
                    p.tasks().stream().map(Task::id).toList(), ""));
            case FlowStep.Rest r -> {
                out.add(Field.multiline(PhaseFields.TEXT, "Text", r.text()));
                out.addAll(PhaseFields.timing(r.timing()));
            }
            case FlowStep.Message m -> {
                out.add(Field.multiline(PhaseFields.TEXT, "Text", m.text()));
                out.addAll(PhaseFields.timing(m.timing()));
            }
            case FlowStep.End e -> {
                out.add(Field.multiline(PhaseFields.TEXT, "Text", e.text()));
                out.addAll(PhaseFields.timing(e.timing()));
            }
        }
        return out;
    }

    private static FlowStep applyStep(FlowStep s, String key, String text) {
        if (PhaseFields.isTimingKey(key)) {
            return switch (s) {
                case FlowStep.Rest r -> new FlowStep.Rest(r.text(), PhaseFields.applyTiming(r.timing(), key, text));
                case FlowStep.Message m -> new FlowStep.Message(m.text(), PhaseFields.applyTiming(m.timing(), key, text));
                case FlowStep.End e -> new FlowStep.End(e.text(), PhaseFields.applyTiming(e.timing(), key, text));
                default -> throw PhaseFields.unknown(key);
            };
        }
        return switch (s) {
            case FlowStep.Consent c when PhaseFields.TEXT.equals(key) -> new FlowStep.Consent(text);
            case FlowStep.Questionnaire q when INSTRUMENT.equals(key) -> new FlowStep.Questionnaire(text.trim(),
                    q.occasion());
            case FlowStep.Questionnaire q when OCCASION.equals(key) -> new FlowStep.Questionnaire(q.instrument(),
                    text.isBlank() ? null : text.trim());
            case FlowStep.RunTask r when TASK.equals(key) -> new FlowStep.RunTask(text.trim());
            case FlowStep.Rest r when PhaseFields.TEXT.equals(key) -> new FlowStep.Rest(text, r.timing());
            case FlowStep.Message m when PhaseFields.TEXT.equals(key) -> new FlowStep.Message(text, m.timing());
            case FlowStep.End e when PhaseFields.TEXT.equals(key) -> new FlowStep.End(text, e.timing());
            default -> throw PhaseFields.unknown(key);
        };
    }

    /** Renames a task and the flow steps that run it, in one edit. */
    private static Paradigm renameTask(Paradigm p, String path, Task t, String id) {
        Paradigm next = ParadigmPaths.replace(p, path, new Task(id, t.name(), t.feedback(), t.intro(), t.trials(),
                t.outro()));
        for (int i = 0; i < next.flow().size(); i++) {
            if (next.flow().get(i) instanceof FlowStep.RunTask r && r.task().equals(t.id())) {
                next = ParadigmPaths.replace(next, ParadigmPaths.step(i), new FlowStep.RunTask(id));
            }
        }
        return next;
    }

    private static List<Field> rule(FeedbackRule r) {
        List<Field> out = new ArrayList<>();
        out.add(new Field(RULE, "Feedback rule", Field.Kind.CHOICE, r == null ? NO_RULE : r.kind(),
                List.of(NO_RULE, FeedbackRule.RandomCount.KIND, FeedbackRule.Scripted.KIND, FeedbackRule.Accuracy.KIND),
                "random-count: rigged, n trials at random say Correct; scripted: fixed order; accuracy: honest"));
        switch (r) {
            case null -> {
                return out;
            }
            case FeedbackRule.RandomCount rc -> {
                out.add(new Field(CORRECT, "Trials that say Correct", Field.Kind.INTEGER, Integer.toString(rc.correct()),
                        List.of(), "at most the trials with feedback"));
                out.add(Field.text(SEED, "Seed", rc.seed() == null ? "" : rc.seed().toString(),
                        "empty: the session's seed (recorded)"));
            }
            case FeedbackRule.Scripted s -> out.add(Field.text(VALUES, "Values in trial order",
                    String.join(", ", s.values()), "Correct or Wrong, one per trial with feedback"));
            case FeedbackRule.Accuracy a -> {
            }
        }
        out.add(Field.text(CORRECT_TEXT, "Text for Correct", r.correctText()));
        out.add(Field.text(WRONG_TEXT, "Text for Wrong", r.wrongText()));
        return out;
    }

    private static FeedbackRule applyRule(Task task, FeedbackRule r, String key, String text) {
        String correctText = r == null ? FeedbackRule.CORRECT : r.correctText();
        String wrongText = r == null ? FeedbackRule.WRONG : r.wrongText();
        if (RULE.equals(key)) {
            String kind = text.trim();
            if (r != null && r.kind().equals(kind)) {
                return r;
            }
            return switch (kind) {
                case NO_RULE -> null;
                case FeedbackRule.RandomCount.KIND -> new FeedbackRule.RandomCount(0, null, correctText, wrongText);
                case FeedbackRule.Scripted.KIND -> new FeedbackRule.Scripted(
                        java.util.Collections.nCopies(task.feedbackTrials(), FeedbackRule.WRONG), correctText, wrongText);
                case FeedbackRule.Accuracy.KIND -> new FeedbackRule.Accuracy(correctText, wrongText);
                default -> throw new IllegalArgumentException("unknown feedback rule '" + kind + "'");
            };
        }
        if (r == null) {
            throw new IllegalArgumentException("the task has no feedback rule: choose one first");
        }
        if (CORRECT_TEXT.equals(key) || WRONG_TEXT.equals(key)) {
            String c = CORRECT_TEXT.equals(key) ? text : correctText;
            String w = WRONG_TEXT.equals(key) ? text : wrongText;
            return switch (r) {
                case FeedbackRule.RandomCount rc -> new FeedbackRule.RandomCount(rc.correct(), rc.seed(), c, w);
                case FeedbackRule.Scripted s -> new FeedbackRule.Scripted(s.values(), c, w);
                case FeedbackRule.Accuracy a -> new FeedbackRule.Accuracy(c, w);
            };
        }
        return switch (r) {
            case FeedbackRule.RandomCount rc when CORRECT.equals(key) -> new FeedbackRule.RandomCount(
                    whole(text, "the number of Correct trials").intValue(), rc.seed(), correctText, wrongText);
            case FeedbackRule.RandomCount rc when SEED.equals(key) -> new FeedbackRule.RandomCount(rc.correct(),
                    text.isBlank() ? null : whole(text, "the seed"), correctText, wrongText);
            case FeedbackRule.Scripted s when VALUES.equals(key) -> new FeedbackRule.Scripted(
                    Arrays.stream(text.split("[,\\s]+")).filter(v -> !v.isEmpty()).toList(), correctText, wrongText);
            default -> throw PhaseFields.unknown(key);
        };
    }

    private static Long whole(String text, String what) {
        try {
            long v = Long.parseLong(text.trim());
            if (!"the seed".equals(what) && (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a whole number (" + what + ")");
        }
    }

    /**
     * The timing of a phase of a contributed type, changed through the file format: the paradigm is written, the
     * phase's timing fields replaced in the JSON, and the text read back by the type's own reader.
     */
    private Paradigm contributedTiming(Paradigm p, String path, Timing t) {
        ParadigmJson json = new ParadigmJson(types);
        JsonObject root = JsonParser.parseString(json.toJson(p)).getAsJsonObject();
        JsonElement node = root;
        for (ParadigmPaths.Segment s : ParadigmPaths.parse(path)) {
            node = node.getAsJsonObject().get(s.name());
            if (s.index() >= 0) {
                node = ((JsonArray) node).get(s.index());
            }
        }
        JsonObject phase = node.getAsJsonObject();
        phase.remove("durationMs");
        phase.remove("selfPaced");
        phase.remove("timeoutMs");
        if (t.selfPaced()) {
            phase.addProperty("selfPaced", true);
            if (t.timeout() != null) {
                phase.addProperty("timeoutMs", t.timeout().toMillis());
            }
        } else {
            phase.addProperty("durationMs", t.duration().toMillis());
        }
        try {
            return json.parse(root.toString(), null);
        } catch (ParadigmFormatException e) {
            throw new IllegalArgumentException("the phase type does not accept this timing: " + e.getMessage(), e);
        }
    }
}
