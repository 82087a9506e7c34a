package org.vagus.analysis.recipe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Typed, path-aware reading of one JSON object of a recipe: every accessor names the JSON path of the value it
 * refuses, and {@link #done()} refuses the fields nobody asked for (a misspelt field is an error, not a silently
 * ignored setting).
 */
final class JsonFields {
    private final String source;
    private final String path;
    private final JsonObject object;
    private final Set<String> known = new LinkedHashSet<>();

    private JsonFields(String source, String path, JsonObject object) {
        this.source = source;
        this.path = path;
        this.object = object;
    }

    /** The document's top-level object. */
    static JsonFields root(String source, JsonElement document) throws RecipeException {
        if (document == null || !document.isJsonObject()) {
            throw new RecipeException(source, "$", "expected a JSON object { ... } holding the recipe");
        }
        return new JsonFields(source, "$", document.getAsJsonObject());
    }

    String path(String key) {
        return path + "." + key;
    }

    RecipeException error(String key, String detail) {
        return new RecipeException(source, key == null ? path : path(key), detail);
    }

    boolean has(String key) {
        known.add(key);
        return object.has(key) && !object.get(key).isJsonNull();
    }

    private JsonElement required(String key, String expected) throws RecipeException {
        known.add(key);
        JsonElement e = object.get(key);
        if (e == null || e.isJsonNull()) {
            throw error(key, "missing, expected " + expected);
        }
        return e;
    }

    JsonFields object(String key) throws RecipeException {
        JsonElement e = required(key, "an object { ... }");
        if (!e.isJsonObject()) {
            throw error(key, shown(e) + ", expected an object { ... }");
        }
        return new JsonFields(source, path(key), e.getAsJsonObject());
    }

    String string(String key) throws RecipeException {
        JsonElement e = required(key, "text");
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw error(key, shown(e) + ", expected text in quotes");
        }
        return e.getAsString();
    }

    /** The text, or {@code fallback} when the field is absent or null. */
    String optionalString(String key, String fallback) throws RecipeException {
        return has(key) ? string(key) : fallback;
    }

    double number(String key) throws RecipeException {
        JsonElement e = required(key, "a number");
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw error(key, shown(e) + ", expected a number");
        }
        double d = e.getAsDouble();
        if (!Double.isFinite(d)) {
            throw error(key, shown(e) + ", expected a finite number");
        }
        return d;
    }

    long whole(String key) throws RecipeException {
        double d = number(key);
        if (d != Math.rint(d) || Math.abs(d) > 0x1p53) {
            throw error(key, shown(object.get(key)) + ", expected a whole number");
        }
        return (long) d;
    }

    int integer(String key) throws RecipeException {
        long v = whole(key);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw error(key, v + ", expected a whole number in the range of an int");
        }
        return (int) v;
    }

    boolean bool(String key) throws RecipeException {
        JsonElement e = required(key, "true or false");
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw error(key, shown(e) + ", expected true or false");
        }
        return e.getAsBoolean();
    }

    /** An object of settings: each value text, a number or a boolean, kept as text. */
    Map<String, String> settings(String key) throws RecipeException {
        JsonElement e = required(key, "an object of name: value settings");
        if (!e.isJsonObject()) {
            throw error(key, shown(e) + ", expected an object of name: value settings");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> s : e.getAsJsonObject().entrySet()) {
            JsonElement v = s.getValue();
            if (!v.isJsonPrimitive()) {
                throw new RecipeException(source, path(key) + "." + s.getKey(), shown(v)
                        + ", expected text, a number or true/false");
            }
            JsonPrimitive p = v.getAsJsonPrimitive();
            out.put(s.getKey(), p.isNumber() ? RecipeWriter.numberText(p.getAsDouble()) : p.getAsString());
        }
        return out;
    }

    /** An array of objects, each with its indexed path ({@code features[2]}). */
    List<JsonFields> objects(String key) throws RecipeException {
        JsonArray array = array(key);
        List<JsonFields> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonElement e = array.get(i);
            String p = path(key) + "[" + i + "]";
            if (!e.isJsonObject()) {
                throw new RecipeException(source, p, shown(e) + ", expected an object { ... }");
            }
            out.add(new JsonFields(source, p, e.getAsJsonObject()));
        }
        return out;
    }

    /** An array of texts. */
    List<String> strings(String key) throws RecipeException {
        JsonArray array = array(key);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonElement e = array.get(i);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw new RecipeException(source, path(key) + "[" + i + "]", shown(e) + ", expected text in quotes");
            }
            out.add(e.getAsString());
        }
        return out;
    }

    /** An array of finite numbers. */
    List<Double> numbers(String key) throws RecipeException {
        JsonArray array = array(key);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonElement e = array.get(i);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber() || !Double.isFinite(e.getAsDouble())) {
                throw new RecipeException(source, path(key) + "[" + i + "]", shown(e) + ", expected a finite number");
            }
            out.add(e.getAsDouble());
        }
        return out;
    }

    private JsonArray array(String key) throws RecipeException {
        JsonElement e = required(key, "an array [ ... ]");
        if (!e.isJsonArray()) {
            throw error(key, shown(e) + ", expected an array [ ... ]");
        }
        return e.getAsJsonArray();
    }

    /**
     * Refuses fields that were never asked for.
     *
     * @throws RecipeException naming the first unknown field and the known ones
     */
    void done() throws RecipeException {
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                throw error(key, "unknown field; expected " + (known.isEmpty() ? "no fields" : "one of "
                        + String.join(", ", known)));
            }
        }
    }

    private static String shown(JsonElement e) {
        String s = String.valueOf(e);
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
