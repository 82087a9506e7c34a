package org.vagus.instruments.internal;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vagus.instruments.InstrumentFormatException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * A JSON object read from a named file, that knows its JSON path, so that every error names the file, the path
 * and what was expected. Values are typed strictly: a number given as a string, a fraction where a whole number
 * is expected, a missing required key or an unknown key (usually a typo) are errors.
 */
public final class JsonObj {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern POSITION = Pattern.compile("at line (\\d+) column (\\d+) path (\\S+)");

    private final String source;
    private final String path;
    private final JsonObject object;

    private JsonObj(String source, String path, JsonObject object) {
        this.source = source;
        this.path = path;
        this.object = object;
    }

    /**
     * Parses a document whose root must be an object.
     *
     * @param source the file or resource name used in messages
     * @param reader the text
     */
    public static JsonObj parse(String source, Reader reader) throws IOException {
        JsonElement root;
        try {
            // strict JSON (RFC 8259): no comments, single quotes or unquoted words, so every JSON tool reads the file
            JsonReader json = new JsonReader(reader);
            json.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(json);
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new InstrumentFormatException(source, "$", "not valid JSON: more text after the document's"
                        + " closing }");
            }
        } catch (MalformedJsonException e) {
            throw syntax(source, e);
        } catch (JsonIOException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(source + ": " + e.getMessage(), e);
        } catch (JsonParseException e) {
            throw syntax(source, e);
        }
        if (root == null || root.isJsonNull()) {
            throw new InstrumentFormatException(source, "$", "is empty; expected a JSON object { ... }");
        }
        if (!root.isJsonObject()) {
            throw new InstrumentFormatException(source, "$", "expected a JSON object { ... }, got " + describe(root));
        }
        return new JsonObj(source, "$", root.getAsJsonObject());
    }

    /**
     * Checks the document's {@code "format"} field.
     *
     * @param supported the format version this Vagus reads
     * @param what what the document is, for messages ("instrument definition")
     * @throws InstrumentFormatException if it is missing, not a whole number, or newer than {@code supported}
     */
    public void requireFormat(int supported, String what) throws InstrumentFormatException {
        if (!has("format")) {
            throw error("format", "missing; expected \"format\": " + supported + " (the " + what
                    + " format version)");
        }
        int format = integer("format");
        if (format > supported) {
            throw error("format", "this " + what + " is in format " + format + ", written for a newer Vagus; this"
                    + " version reads format " + supported + ": update Vagus");
        }
        if (format < 1) {
            throw error("format", "expected " + supported + ", got " + format);
        }
    }

    /**
     * A syntax error as "not valid JSON at line L column C (near $.path): reason", without Gson's hints about its
     * own settings.
     */
    private static InstrumentFormatException syntax(String source, Exception e) {
        String message = String.valueOf(e.getMessage());
        int see = message.indexOf("\nSee ");
        if (see >= 0) {
            message = message.substring(0, see);
        }
        message = message.replace(MalformedJsonException.class.getName() + ": ", "");
        Matcher m = POSITION.matcher(message);
        String where = "";
        if (m.find()) {
            where = " at line " + m.group(1) + " column " + m.group(2) + " (near " + m.group(3) + ")";
            message = message.substring(0, m.start()).trim();
        }
        if (message.startsWith("Use JsonReader.setStrictness") || message.isEmpty()) {
            message = "malformed; comments, single quotes, unquoted words and trailing commas are not allowed";
        }
        return new InstrumentFormatException(source, "$", "not valid JSON" + where + ": " + message, e);
    }

    /** @return the file or resource name */
    public String source() {
        return source;
    }

    /** @return this object's JSON path, {@code $} for the root */
    public String path() {
        return path;
    }

    /** @return the path of a key of this object */
    public String pathOf(String key) {
        return path + (IDENTIFIER.matcher(key).matches() ? "." + key : "['" + key + "']");
    }

    /** An error at this object. */
    public InstrumentFormatException error(String detail) {
        return new InstrumentFormatException(source, path, detail);
    }

    /** An error at a key of this object. */
    public InstrumentFormatException error(String key, String detail) {
        return new InstrumentFormatException(source, pathOf(key), detail);
    }

    /** An error at a relative path below this object ({@code items[3].scale}). */
    public InstrumentFormatException errorAt(String relative, String detail) {
        String p = relative.isEmpty() ? path : relative.startsWith("[") ? path + relative : path + "." + relative;
        return new InstrumentFormatException(source, p, detail);
    }

    /** @return whether the key is present and not null */
    public boolean has(String key) {
        return object.has(key) && !object.get(key).isJsonNull();
    }

    /** @return the keys in document order */
    public Set<String> keys() {
        return new LinkedHashSet<>(object.keySet());
    }

    /** Refuses keys other than these (usually typos), naming the allowed ones. */
    public void only(String... allowed) throws InstrumentFormatException {
        Set<String> ok = Set.of(allowed);
        for (String key : object.keySet()) {
            if (!ok.contains(key)) {
                throw error(key, "unknown key; expected one of " + String.join(", ", new TreeSet<>(ok)));
            }
        }
    }

    /** A required, non-blank string. */
    public String string(String key) throws InstrumentFormatException {
        String s = optString(key);
        if (s == null) {
            throw error(key, "missing; expected a text");
        }
        return s;
    }

    /** An optional string: null if absent; an error if present but not a non-blank string. */
    public String optString(String key) throws InstrumentFormatException {
        if (!has(key)) {
            return null;
        }
        return text(object.get(key), pathOf(key));
    }

    /** A required whole number. */
    public int integer(String key) throws InstrumentFormatException {
        if (!has(key)) {
            throw error(key, "missing; expected a whole number");
        }
        return integer(object.get(key), pathOf(key));
    }

    /** An optional whole number, or null. */
    public Integer optInteger(String key) throws InstrumentFormatException {
        return has(key) ? integer(object.get(key), pathOf(key)) : null;
    }

    /** An optional number, or null. */
    public Double optNumber(String key) throws InstrumentFormatException {
        if (!has(key)) {
            return null;
        }
        JsonElement e = object.get(key);
        if (!(e instanceof JsonPrimitive p) || !p.isNumber()) {
            throw error(key, "expected a number, got " + describe(e));
        }
        return p.getAsDouble();
    }

    /** An optional boolean with a default. */
    public boolean bool(String key, boolean fallback) throws InstrumentFormatException {
        if (!has(key)) {
            return fallback;
        }
        JsonElement e = object.get(key);
        if (!(e instanceof JsonPrimitive p) || !p.isBoolean()) {
            throw error(key, "expected true or false, got " + describe(e));
        }
        return p.getAsBoolean();
    }

    /** A required nested object. */
    public JsonObj object(String key) throws InstrumentFormatException {
        JsonObj o = optObject(key);
        if (o == null) {
            throw error(key, "missing; expected an object { ... }");
        }
        return o;
    }

    /** An optional nested object, or null. */
    public JsonObj optObject(String key) throws InstrumentFormatException {
        if (!has(key)) {
            return null;
        }
        JsonElement e = object.get(key);
        if (!e.isJsonObject()) {
            throw error(key, "expected an object { ... }, got " + describe(e));
        }
        return new JsonObj(source, pathOf(key), e.getAsJsonObject());
    }

    /** An array of objects; absent is an error when required, an empty list otherwise. */
    public List<JsonObj> objects(String key, boolean required) throws InstrumentFormatException {
        JsonArray array = array(key, required);
        List<JsonObj> list = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonElement e = array.get(i);
            String p = pathOf(key) + "[" + i + "]";
            if (!e.isJsonObject()) {
                throw new InstrumentFormatException(source, p, "expected an object { ... }, got " + describe(e));
            }
            list.add(new JsonObj(source, p, e.getAsJsonObject()));
        }
        return list;
    }

    /** A required array of whole numbers. */
    public List<Integer> integers(String key) throws InstrumentFormatException {
        JsonArray array = array(key, true);
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            list.add(integer(array.get(i), pathOf(key) + "[" + i + "]"));
        }
        return list;
    }

    /** An array of non-blank strings; absent is an error when required, an empty list otherwise. */
    public List<String> strings(String key, boolean required) throws InstrumentFormatException {
        JsonArray array = array(key, required);
        List<String> list = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            list.add(text(array.get(i), pathOf(key) + "[" + i + "]"));
        }
        return list;
    }

    /** The members of this object whose values must be non-blank strings, in document order. */
    public Map<String, String> stringMembers() throws InstrumentFormatException {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : object.entrySet()) {
            map.put(e.getKey(), text(e.getValue(), pathOf(e.getKey())));
        }
        return map;
    }

    /** A key of this object that must be a whole number (as the item numbers in a texts file). */
    public int keyAsInteger(String key) throws InstrumentFormatException {
        try {
            return Integer.parseInt(key.trim());
        } catch (NumberFormatException e) {
            throw error(key, "'" + key + "' is not a whole number; expected keys such as \"1\", \"2\"");
        }
    }

    private JsonArray array(String key, boolean required) throws InstrumentFormatException {
        if (!has(key)) {
            if (required) {
                throw error(key, "missing; expected an array [ ... ]");
            }
            return new JsonArray();
        }
        JsonElement e = object.get(key);
        if (!e.isJsonArray()) {
            throw error(key, "expected an array [ ... ], got " + describe(e));
        }
        return e.getAsJsonArray();
    }

    private String text(JsonElement e, String at) throws InstrumentFormatException {
        if (!(e instanceof JsonPrimitive p) || !p.isString()) {
            throw new InstrumentFormatException(source, at, "expected a text in quotes, got " + describe(e));
        }
        String s = p.getAsString();
        if (s.isBlank()) {
            throw new InstrumentFormatException(source, at, "is empty; expected a text");
        }
        return s;
    }

    private int integer(JsonElement e, String at) throws InstrumentFormatException {
        if (!(e instanceof JsonPrimitive p) || !p.isNumber()) {
            throw new InstrumentFormatException(source, at, "expected a whole number, got " + describe(e));
        }
        BigDecimal d = p.getAsBigDecimal();
        try {
            return d.intValueExact();
        } catch (ArithmeticException ex) {
            throw new InstrumentFormatException(source, at, "expected a whole number, got " + d.toPlainString());
        }
    }

    /** A short rendering of a JSON value for messages. */
    public static String describe(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "null";
        }
        if (e.isJsonObject()) {
            return "an object";
        }
        if (e.isJsonArray()) {
            return "an array";
        }
        String s = e.toString();
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    @Override
    public String toString() {
        return source + " " + path + " " + Arrays.asList(object.keySet().toArray());
    }
}
