package org.vagus.runner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vagus.core.model.Event;
import org.vagus.paradigm.FeedbackPlan;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The session state file: JSON with a {@code "format"} version, pretty-printed with a fixed key order. Written
 * atomically by {@link org.vagus.runner.io.SessionFiles} after every trial and flow step.
 *
 * @since 0.1.0
 */
public final class SessionStateJson {
    /** The version this Vagus writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private SessionStateJson() {
    }

    /** The file text of a state. */
    public static String toJson(SessionState s) {
        JsonObject o = new JsonObject();
        o.addProperty("format", FORMAT_VERSION);
        o.addProperty("participant", s.participant());
        o.addProperty("session", s.session());
        o.addProperty("paradigm", s.paradigmId());
        o.addProperty("seed", s.seed());
        o.addProperty("status", s.status().name().toLowerCase(java.util.Locale.ROOT));
        JsonObject pos = new JsonObject();
        pos.addProperty("step", s.step());
        pos.addProperty("introDone", s.introDone());
        pos.addProperty("trialsDone", s.trialsDone());
        pos.addProperty("outroDone", s.outroDone());
        o.add("position", pos);
        JsonObject plans = new JsonObject();
        for (Map.Entry<String, FeedbackPlan> e : s.plans().entrySet()) {
            JsonObject p = new JsonObject();
            p.addProperty("seed", e.getValue().seed());
            JsonArray values = new JsonArray();
            e.getValue().values().forEach(v -> values.add(v == null ? JsonNull.INSTANCE : new JsonPrimitive(v)));
            p.add("values", values);
            plans.add(e.getKey(), p);
        }
        o.add("feedbackPlans", plans);
        JsonArray runs = new JsonArray();
        for (SessionState.Run r : s.runs()) {
            JsonObject ro = new JsonObject();
            ro.addProperty("run", r.number());
            ro.addProperty("samplingFrequency", r.rateHertz());
            JsonArray events = new JsonArray();
            r.events().forEach(ev -> events.add(event(ev)));
            ro.add("events", events);
            JsonArray audit = new JsonArray();
            for (TimingAudit.Row a : r.audit()) {
                JsonObject ao = new JsonObject();
                ao.addProperty("screen", a.screen());
                ao.addProperty("trial_type", a.label());
                ao.addProperty("trial", a.trial());
                ao.addProperty("onset_scheduled", a.scheduledSeconds());
                ao.addProperty("onset_actual", a.actualSeconds());
                ao.addProperty("error_ns", a.errorNanos());
                audit.add(ao);
            }
            ro.add("audit", audit);
            runs.add(ro);
        }
        o.add("runs", runs);
        JsonArray qs = new JsonArray();
        for (SessionState.QuestionnaireRecord q : s.questionnaires()) {
            JsonObject qo = new JsonObject();
            qo.addProperty("instrument", q.instrument());
            if (q.occasion() != null) {
                qo.addProperty("occasion", q.occasion());
            }
            qo.addProperty("run", q.run());
            qo.addProperty("onset", q.onsetSeconds());
            qo.addProperty("duration", q.durationSeconds());
            JsonArray answers = new JsonArray();
            q.answers().forEach(answers::add);
            qo.add("answers", answers);
            qs.add(qo);
        }
        o.add("questionnaires", qs);
        return GSON.toJson(o) + "\n";
    }

    private static JsonObject event(Event e) {
        JsonObject o = new JsonObject();
        o.addProperty("onset", e.onset());
        if (e.hasDuration()) {
            o.addProperty("duration", e.duration());
        }
        o.addProperty("sample", e.sample());
        o.addProperty("trial_type", e.trialType());
        o.addProperty("trial", e.trial());
        if (!e.columns().isEmpty()) {
            JsonObject c = new JsonObject();
            e.columns().forEach(c::addProperty);
            o.add("columns", c);
        }
        return o;
    }

    /**
     * Reads a state file's text.
     *
     * @param source named in errors
     * @throws IOException naming the file and what is wrong
     */
    public static SessionState parse(String text, Path source) throws IOException {
        try {
            JsonObject o = JsonParser.parseString(text).getAsJsonObject();
            int format = o.get("format").getAsInt();
            if (format > FORMAT_VERSION) {
                throw new IOException(source + ": session state format " + format + " was written by a newer Vagus;"
                        + " this one reads up to " + FORMAT_VERSION);
            }
            SessionState s = new SessionState(o.get("participant").getAsString(), o.get("session").getAsString(),
                    o.get("paradigm").getAsString(), o.get("seed").getAsLong());
            s.status(SessionState.Status.valueOf(o.get("status").getAsString().toUpperCase(java.util.Locale.ROOT)));
            JsonObject pos = o.getAsJsonObject("position");
            s.position(pos.get("step").getAsInt(), pos.get("introDone").getAsBoolean(),
                    pos.get("trialsDone").getAsInt(), pos.get("outroDone").getAsBoolean());
            for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("feedbackPlans").entrySet()) {
                JsonObject p = e.getValue().getAsJsonObject();
                List<String> values = new ArrayList<>();
                p.getAsJsonArray("values").forEach(v -> values.add(v.isJsonNull() ? null : v.getAsString()));
                s.plan(e.getKey(), new FeedbackPlan(p.get("seed").getAsLong(), values));
            }
            for (JsonElement re : o.getAsJsonArray("runs")) {
                JsonObject ro = re.getAsJsonObject();
                int run = ro.get("run").getAsInt();
                List<Event> events = new ArrayList<>();
                for (JsonElement ee : ro.getAsJsonArray("events")) {
                    events.add(event(ee.getAsJsonObject()));
                }
                List<TimingAudit.Row> audit = new ArrayList<>();
                for (JsonElement ae : ro.getAsJsonArray("audit")) {
                    JsonObject a = ae.getAsJsonObject();
                    audit.add(new TimingAudit.Row(run, a.get("screen").getAsInt(), a.get("trial_type").getAsString(),
                            a.get("trial").getAsInt(), a.get("onset_scheduled").getAsDouble(),
                            a.get("onset_actual").getAsDouble(), a.get("error_ns").getAsLong()));
                }
                s.addRun(new SessionState.Run(run, ro.get("samplingFrequency").getAsDouble(), events, audit));
            }
            for (JsonElement qe : o.getAsJsonArray("questionnaires")) {
                JsonObject q = qe.getAsJsonObject();
                List<Integer> answers = new ArrayList<>();
                q.getAsJsonArray("answers").forEach(a -> answers.add(a.getAsInt()));
                s.addQuestionnaire(new SessionState.QuestionnaireRecord(q.get("instrument").getAsString(),
                        q.has("occasion") ? q.get("occasion").getAsString() : null, q.get("run").getAsInt(),
                        q.get("onset").getAsDouble(), q.get("duration").getAsDouble(), answers));
            }
            return s;
        } catch (RuntimeException e) {
            // JsonParseException, IllegalStateException (wrong kind), NullPointerException (missing field), ...
            throw new IOException(source + ": not a readable session state file: " + e, e);
        }
    }

    private static Event event(JsonObject o) {
        Map<String, String> columns = new LinkedHashMap<>();
        if (o.has("columns")) {
            o.getAsJsonObject("columns").entrySet().forEach(e -> columns.put(e.getKey(), e.getValue().getAsString()));
        }
        return new Event(o.get("onset").getAsDouble(), o.has("duration") ? o.get("duration").getAsDouble() : Double.NaN,
                o.get("sample").getAsLong(), o.get("trial_type").getAsString(), o.get("trial").getAsInt(), columns);
    }
}
