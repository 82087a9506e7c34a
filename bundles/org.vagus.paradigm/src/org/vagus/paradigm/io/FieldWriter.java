package org.vagus.paradigm.io;

import java.util.List;

import org.vagus.paradigm.ResponseWindow;
import org.vagus.paradigm.Timing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Writes the fields of one object of a paradigm file in the order they are put, so that a file written twice is
 * identical and a change shows as a small diff. Null values are left out.
 *
 * @since 0.1.0
 */
public final class FieldWriter {
    private final JsonObject object;

    FieldWriter(JsonObject object) {
        this.object = object;
    }

    /** Puts a text field; nothing if {@code value} is null. */
    public FieldWriter put(String key, String value) {
        if (value != null) {
            object.addProperty(key, value);
        }
        return this;
    }

    /** Puts a whole number; nothing if {@code value} is null. */
    public FieldWriter put(String key, Long value) {
        if (value != null) {
            object.addProperty(key, value);
        }
        return this;
    }

    /** Puts a true/false field. */
    public FieldWriter put(String key, boolean value) {
        object.addProperty(key, value);
        return this;
    }

    /** Puts a true field, or nothing if {@code value} is false (the default of optional flags). */
    public FieldWriter putIfTrue(String key, boolean value) {
        if (value) {
            object.addProperty(key, true);
        }
        return this;
    }

    /** Puts a list of texts; nothing if the list is null or empty. */
    public FieldWriter put(String key, List<String> values) {
        if (values != null && !values.isEmpty()) {
            JsonArray a = new JsonArray();
            values.forEach(a::add);
            object.add(key, a);
        }
        return this;
    }

    /** Puts a nested object and returns its writer. */
    public FieldWriter object(String key) {
        JsonObject child = new JsonObject();
        object.add(key, child);
        return new FieldWriter(child);
    }

    /** Puts a timing as {@code durationMs}, or {@code selfPaced} with an optional {@code timeoutMs}. */
    public FieldWriter timing(Timing timing) {
        if (timing.selfPaced()) {
            put(JsonFields.SELF_PACED, true);
            if (timing.timeout() != null) {
                put(JsonFields.TIMEOUT_MS, timing.timeout().toMillis());
            }
        } else {
            put(JsonFields.DURATION_MS, timing.duration().toMillis());
        }
        return this;
    }

    /** Puts a response window under {@code key}; nothing if it is null. */
    public FieldWriter responses(String key, ResponseWindow window) {
        if (window != null) {
            FieldWriter r = object(key);
            r.put("keys", window.keys());
            r.putIfTrue("endsPhase", window.endsPhase());
        }
        return this;
    }

    JsonObject json() {
        return object;
    }
}
