package org.vagus.paradigm.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vagus.paradigm.FeedbackRule;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Phase;
import org.vagus.paradigm.PhaseType;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.Trial;
import org.vagus.study.AtomicFiles;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The paradigm file format: UTF-8 JSON, pretty-printed with two-space indentation and a fixed key order so that
 * a file written twice is identical and an edit shows as a small diff. The top-level {@code "format"} field holds
 * the format version ({@link #FORMAT_VERSION}); a file of a newer version is refused with a message to update.
 * <pre>
 * { "format": 1, "id": ..., "name": ..., "description": ..., "bidsTask": ..., "imageFolder": ...,
 *   "flow": [ { "step": "consent" | "questionnaire" | "rest" | "task" | "message" | "end", ... } ],
 *   "tasks": [ { "id": ..., "name": ..., "feedback": { "rule": ... },
 *                "intro": [ phase ], "trials": [ { "item": ..., "correctResponse": ..., "phases": [ phase ] } ],
 *                "outro": [ phase ] } ] }
 * </pre>
 * A phase is {@code { "type": ID, ... }}, its other fields read and written by the {@link PhaseType} registered
 * for ID. Times are whole milliseconds ({@code "durationMs"}), or {@code "selfPaced": true} with an optional
 * {@code "timeoutMs"}. Reading rejects malformed content (not JSON, a field of the wrong kind, an unknown field or
 * type) with a {@link ParadigmFormatException} naming the element's path; values that are well formed but wrong
 * (a negative duration, an unknown instrument) are read, for the validator to report on the element.
 *
 * @since 0.1.0
 */
public final class ParadigmJson {
    /** The format version this Vagus writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;
    /** The file name extension of paradigm files. */
    public static final String EXTENSION = ".paradigm.json";

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final TaskRegistry types;

    /** @param types the phase types to read and write phases with */
    public ParadigmJson(TaskRegistry types) {
        this.types = types;
    }

    /** Reads a paradigm file. */
    public Paradigm read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file);
    }

    /**
     * Reads paradigm text.
     *
     * @param source the file the text came from, named in errors; may be null
     */
    public Paradigm parse(String text, Path source) throws ParadigmFormatException {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            String m = e.getMessage();
            Throwable c = e.getCause();
            throw new ParadigmFormatException(source, "", "not valid JSON: " + (c != null && c.getMessage() != null
                    ? c.getMessage() : m));
        }
        if (!root.isJsonObject()) {
            throw new ParadigmFormatException(source, "", "expected a JSON object { \"format\": " + FORMAT_VERSION
                    + ", ... }");
        }
        JsonFields f = new JsonFields(root.getAsJsonObject(), "", source);
        Long format = f.optWhole("format");
        if (format == null) {
            throw f.error("format", "missing; expected the format version, " + FORMAT_VERSION);
        }
        if (format > FORMAT_VERSION) {
            throw f.error("format", "version " + format + " was written by a newer Vagus; this one reads up to "
                    + FORMAT_VERSION + ": update Vagus");
        }
        if (format < 1) {
            throw f.error("format", "version " + format + ", expected " + FORMAT_VERSION);
        }
        String id = f.string("id");
        String name = f.string("name");
        String description = f.optString("description");
        String bidsTask = f.string("bidsTask");
        String imageFolder = f.optString("imageFolder");
        List<FlowStep> flow = new ArrayList<>();
        for (JsonFields s : f.objects("flow")) {
            flow.add(step(s));
        }
        List<Task> tasks = new ArrayList<>();
        for (JsonFields t : f.objects("tasks")) {
            tasks.add(task(t));
        }
        f.finish();
        return new Paradigm(id, name, description, bidsTask, imageFolder, flow, tasks);
    }

    private static FlowStep step(JsonFields s) throws ParadigmFormatException {
        String kind = s.string("step");
        FlowStep step = switch (kind) {
            case "consent" -> new FlowStep.Consent(s.string("text"));
            case "questionnaire" -> new FlowStep.Questionnaire(s.string("instrument"), s.optString("occasion"));
            case "rest" -> new FlowStep.Rest(s.string("text"), s.timing());
            case "task" -> new FlowStep.RunTask(s.string("task"));
            case "message" -> new FlowStep.Message(s.string("text"), s.timing());
            case "end" -> new FlowStep.End(s.string("text"), s.timing());
            default -> throw s.error("step", "unknown step '" + kind
                    + "'; expected consent, questionnaire, rest, task, message or end");
        };
        s.finish();
        return step;
    }

    private Task task(JsonFields t) throws ParadigmFormatException {
        String id = t.string("id");
        String name = t.string("name");
        JsonFields fb = t.object("feedback");
        FeedbackRule rule = fb == null ? null : rule(fb);
        List<Phase> intro = phases(t.objects("intro"));
        List<Trial> trials = new ArrayList<>();
        for (JsonFields tr : t.objects("trials")) {
            Trial trial = new Trial(tr.optString("item"), tr.optString("correctResponse"), phases(tr.objects("phases")));
            tr.finish();
            trials.add(trial);
        }
        List<Phase> outro = phases(t.objects("outro"));
        t.finish();
        return new Task(id, name, rule, intro, trials, outro);
    }

    private static FeedbackRule rule(JsonFields fb) throws ParadigmFormatException {
        String kind = fb.string("rule");
        String correctText = fb.optString("correctText");
        String wrongText = fb.optString("wrongText");
        correctText = correctText == null ? FeedbackRule.CORRECT : correctText;
        wrongText = wrongText == null ? FeedbackRule.WRONG : wrongText;
        FeedbackRule rule = switch (kind) {
            case FeedbackRule.RandomCount.KIND -> {
                long n = fb.whole("correct");
                if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                    throw fb.error("correct", "out of range: " + n);
                }
                yield new FeedbackRule.RandomCount((int) n, fb.optWhole("seed"), correctText, wrongText);
            }
            case FeedbackRule.Scripted.KIND -> new FeedbackRule.Scripted(fb.strings("values"), correctText, wrongText);
            case FeedbackRule.Accuracy.KIND -> new FeedbackRule.Accuracy(correctText, wrongText);
            default -> throw fb.error("rule", "unknown feedback rule '" + kind + "'; expected "
                    + FeedbackRule.RandomCount.KIND + ", " + FeedbackRule.Scripted.KIND + " or "
                    + FeedbackRule.Accuracy.KIND);
        };
        fb.finish();
        return rule;
    }

    private List<Phase> phases(List<JsonFields> objects) throws ParadigmFormatException {
        List<Phase> out = new ArrayList<>(objects.size());
        for (JsonFields p : objects) {
            String type = p.string("type");
            PhaseType<?> t = types.phaseType(type).orElseThrow(() -> p.error("type", "unknown phase type '" + type
                    + "'; known: " + String.join(", ", types.phaseTypes().stream().map(PhaseType::id).toList())
                    + " (a bundle that contributes it may be missing)"));
            Phase phase;
            try {
                phase = t.read(p);
            } catch (RuntimeException e) {
                throw p.error("phase type '" + type + "' could not read it: " + e);
            }
            p.finish();
            out.add(phase);
        }
        return out;
    }

    /** The file text of a paradigm: pretty-printed JSON, keys in a fixed order, ending with a line break. */
    public String toJson(Paradigm p) {
        JsonObject root = new JsonObject();
        FieldWriter w = new FieldWriter(root);
        w.put("format", (long) FORMAT_VERSION).put("id", p.id()).put("name", p.name())
                .put("description", p.description().isEmpty() ? null : p.description()).put("bidsTask", p.bidsTask())
                .put("imageFolder", p.imageFolder());
        JsonArray flow = new JsonArray();
        for (FlowStep s : p.flow()) {
            flow.add(step(s));
        }
        root.add("flow", flow);
        JsonArray tasks = new JsonArray();
        for (Task t : p.tasks()) {
            tasks.add(task(t));
        }
        root.add("tasks", tasks);
        return GSON.toJson(root) + "\n";
    }

    /** Writes a paradigm file atomically (temporary file, flush, rename). */
    public void write(Path file, Paradigm p) throws IOException {
        AtomicFiles.writeString(file, toJson(p));
    }

    private static JsonObject step(FlowStep s) {
        JsonObject o = new JsonObject();
        FieldWriter w = new FieldWriter(o).put("step", s.kind());
        switch (s) {
            case FlowStep.Consent c -> w.put("text", c.text());
            case FlowStep.Questionnaire q -> w.put("instrument", q.instrument()).put("occasion", q.occasion());
            case FlowStep.Rest r -> w.put("text", r.text()).timing(r.timing());
            case FlowStep.RunTask t -> w.put("task", t.task());
            case FlowStep.Message m -> w.put("text", m.text()).timing(m.timing());
            case FlowStep.End e -> w.put("text", e.text()).timing(e.timing());
        }
        return o;
    }

    private JsonObject task(Task t) {
        JsonObject o = new JsonObject();
        FieldWriter w = new FieldWriter(o).put("id", t.id()).put("name", t.name());
        if (t.feedback() != null) {
            FieldWriter fb = w.object("feedback").put("rule", t.feedback().kind());
            switch (t.feedback()) {
                case FeedbackRule.RandomCount r -> fb.put("correct", (long) r.correct()).put("seed", r.seed());
                case FeedbackRule.Scripted s -> fb.put("values", s.values());
                case FeedbackRule.Accuracy a -> {
                }
            }
            fb.put("correctText", t.feedback().correctText()).put("wrongText", t.feedback().wrongText());
        }
        if (!t.intro().isEmpty()) {
            o.add("intro", writePhases(t.intro()));
        }
        JsonArray trials = new JsonArray();
        for (Trial tr : t.trials()) {
            JsonObject x = new JsonObject();
            new FieldWriter(x).put("item", tr.itemCode()).put("correctResponse", tr.correctResponse());
            x.add("phases", writePhases(tr.phases()));
            trials.add(x);
        }
        o.add("trials", trials);
        if (!t.outro().isEmpty()) {
            o.add("outro", writePhases(t.outro()));
        }
        return o;
    }

    private JsonArray writePhases(List<Phase> phases) {
        JsonArray a = new JsonArray();
        for (Phase p : phases) {
            JsonObject o = new JsonObject();
            FieldWriter w = new FieldWriter(o).put("type", p.type());
            writePhase(types.typeOf(p), p, w);
            a.add(o);
        }
        return a;
    }

    private static <P extends Phase> void writePhase(PhaseType<P> type, Phase p, FieldWriter w) {
        type.write(type.cast(p), w);
    }
}
