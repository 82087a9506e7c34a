package org.vagus.paradigm.io;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.vagus.paradigm.ResponseWindow;
import org.vagus.paradigm.Timing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The fields of one object of a paradigm file, read with errors that name the element's path (such as
 * {@code tasks[0].trials[3].phases[1].durationMs}). A {@link org.vagus.paradigm.PhaseType} reads its phase from
 * one; {@link #finish()} then rejects fields nobody read, so a misspelt field is an error rather than silently
 * ignored.
 *
 * @since 0.1.0
 */
public final class JsonFields {
    /** The field of a fixed duration in milliseconds. */
    public static final String DURATION_MS = "durationMs";
    /** The flag of a self-paced screen. */
    public static final String SELF_PACED = "selfPaced";
    /** The time limit of a self-paced screen in milliseconds. */
    public static final String TIMEOUT_MS = "timeoutMs";

    private final JsonObject object;
    private final String path;
    private final Path file;
    private final Set<String> read = new HashSet<>();

    JsonFields(JsonObject object, String path, Path file) {
        this.object = object;
        this.path = path;
        this.file = file;
    }

    /** The path of this object in the file, such as {@code tasks[0].trials[3].phases[1]}. */
    public String path() {
        return path;
    }

    /** True if the field is present (and not null). */
    public boolean has(String key) {
        return object.has(key) && !object.get(key).isJsonNull();
    }

    /** A required text field. */
    public String string(String key) throws ParadigmFormatException {
        String s = optString(key);
        if (s == null) {
            throw error(key, "missing; expected text");
        }
        return s;
    }

    /** An optional text field, null if absent. */
    public String optString(String key) throws ParadigmFormatException {
        JsonElement e = get(key);
        if (e == null) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw error(key, "expected text in quotes, got " + e);
        }
        return e.getAsString();
    }

    /** An optional true/false field. */
    public boolean bool(String key, boolean fallback) throws ParadigmFormatException {
        JsonElement e = get(key);
        if (e == null) {
            return fallback;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw error(key, "expected true or false, got " + e);
        }
        return e.getAsBoolean();
    }

    /** A required whole number (negative allowed: range checks are the validator's). */
    public long whole(String key) throws ParadigmFormatException {
        Long v = optWhole(key);
        if (v == null) {
            throw error(key, "missing; expected a whole number");
        }
        return v;
    }

    /** An optional whole number, null if absent. */
    public Long optWhole(String key) throws ParadigmFormatException {
        JsonElement e = get(key);
        if (e == null) {
            return null;
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            try {
                return e.getAsJsonPrimitive().getAsBigDecimal().longValueExact();
            } catch (ArithmeticException ex) {
                // not whole, or out of range: reported below
            }
        }
        throw error(key, "expected a whole number, got " + e);
    }

    /** An optional list of text values; empty if absent. */
    public List<String> strings(String key) throws ParadigmFormatException {
        JsonElement e = get(key);
        if (e == null) {
            return List.of();
        }
        if (!e.isJsonArray()) {
            throw error(key, "expected a list of texts [\"a\", \"b\"], got " + e);
        }
        List<String> out = new ArrayList<>();
        JsonArray a = e.getAsJsonArray();
        for (int i = 0; i < a.size(); i++) {
            JsonElement x = a.get(i);
            if (!x.isJsonPrimitive() || !x.getAsJsonPrimitive().isString()) {
                throw new ParadigmFormatException(file, child(key) + "[" + i + "]", "expected text, got " + x);
            }
            out.add(x.getAsString());
        }
        return out;
    }

    /** An optional nested object, null if absent. */
    public JsonFields object(String key) throws ParadigmFormatException {
        JsonElement e = get(key);
        if (e == null) {
            return null;
        }
        if (!e.isJsonObject()) {
            throw error(key, "expected an object { ... }, got " + e);
        }
        return new JsonFields(e.getAsJsonObject(), child(key), file);
    }

    /** An optional list of objects; empty if absent. */
    public List<JsonFields> objects(String key) throws ParadigmFormatException {
        JsonElement e = get(key);
        if (e == null) {
            return List.of();
        }
        if (!e.isJsonArray()) {
            throw error(key, "expected a list [ {...}, ... ], got " + e);
        }
        List<JsonFields> out = new ArrayList<>();
        JsonArray a = e.getAsJsonArray();
        for (int i = 0; i < a.size(); i++) {
            JsonElement x = a.get(i);
            String p = child(key) + "[" + i + "]";
            if (!x.isJsonObject()) {
                throw new ParadigmFormatException(file, p, "expected an object { ... }, got " + x);
            }
            out.add(new JsonFields(x.getAsJsonObject(), p, file));
        }
        return out;
    }

    /**
     * The timing of a screen: {@value #DURATION_MS} (fixed), or {@value #SELF_PACED} {@code true} with an optional
     * {@value #TIMEOUT_MS}.
     */
    public Timing timing() throws ParadigmFormatException {
        Long duration = optWhole(DURATION_MS);
        boolean selfPaced = bool(SELF_PACED, false);
        Long timeout = optWhole(TIMEOUT_MS);
        if (selfPaced) {
            if (duration != null) {
                throw error(DURATION_MS, "a self-paced screen has no fixed duration; use " + TIMEOUT_MS
                        + " for a time limit");
            }
            return timeout == null ? Timing.untilResponse() : Timing.untilResponse(Duration.ofMillis(timeout));
        }
        if (timeout != null) {
            throw error(TIMEOUT_MS, "only a self-paced screen (\"" + SELF_PACED + "\": true) has a time limit");
        }
        if (duration == null) {
            List<String> present = new ArrayList<>(object.keySet());
            throw new ParadigmFormatException(file, path, "no timing; expected \"" + DURATION_MS
                    + "\": milliseconds, or \"" + SELF_PACED + "\": true (fields present: " + String.join(", ", present)
                    + ")");
        }
        return Timing.millis(duration);
    }

    /** An optional response window under {@code "responses"}: {@code {"keys": [...], "endsPhase": false}}. */
    public ResponseWindow responses(String key) throws ParadigmFormatException {
        JsonFields r = object(key);
        if (r == null) {
            return null;
        }
        ResponseWindow w = new ResponseWindow(r.strings("keys"), r.bool("endsPhase", false));
        r.finish();
        return w;
    }

    /**
     * Checks that every field was read.
     *
     * @throws ParadigmFormatException naming the first unknown field
     */
    public void finish() throws ParadigmFormatException {
        for (String key : object.keySet()) {
            if (!read.contains(key)) {
                List<String> known = new ArrayList<>(read);
                known.sort(null);
                throw error(key, "unknown field" + (known.isEmpty() ? "" : "; this element has " + String.join(", ",
                        known)));
            }
        }
    }

    /** An error on one field of this object. */
    public ParadigmFormatException error(String key, String problem) {
        return new ParadigmFormatException(file, child(key), problem);
    }

    /** An error on this object as a whole. */
    public ParadigmFormatException error(String problem) {
        return new ParadigmFormatException(file, path, problem);
    }

    private JsonElement get(String key) {
        read.add(key);
        JsonElement e = object.get(key);
        return e == null || e.isJsonNull() ? null : e;
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
