package org.vagus.io.opensignals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vagus.core.units.SamplingRate;
import org.vagus.io.FormatException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The JSON header line of an OpenSignals text file (parsed with Gson), turned into the devices and their column
 * layout. Required per device: {@code device}, {@code sampling rate}, {@code column}, {@code channels},
 * {@code label}, {@code sensor}, {@code resolution}; {@code position} orders the devices' columns when present.
 * <p>
 * {@code resolution} holds either one value per analog channel (biosignalsplux: {@code [16]}) or one per column
 * (BITalino: {@code [4, 1, 1, 1, 1, 10]} for {@code nSeq I1 I2 O1 O2 A2}); in both cases the analog channels'
 * resolutions are the last ones.
 */
final class OpenSignalsTextHeader {

    /**
     * One device and its block of columns in a data row.
     *
     * @param columns the column labels, {@code nSeq} first, then {@code digital} digital columns, then the
     *        analog channels
     */
    record Layout(OpenSignalsDevice device, List<String> columns, int digital) {
    }

    private final Path file;
    private final String where;

    private OpenSignalsTextHeader(Path file, int line) {
        this.file = file;
        this.where = "line " + line;
    }

    /**
     * Parses the JSON of header line {@code line} (without its leading {@code "# "}).
     *
     * @return the devices in the order of their columns
     */
    static List<Layout> parse(Path file, int line, String json) throws FormatException {
        return new OpenSignalsTextHeader(file, line).parse(json);
    }

    private List<Layout> parse(String json) throws FormatException {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw fail("the header is not valid JSON (" + e.getMessage() + "); expected an object keyed by device"
                    + " MAC address");
        }
        if (!root.isJsonObject() || root.getAsJsonObject().isEmpty()) {
            throw fail("expected a JSON object keyed by device MAC address, found " + brief(root));
        }
        List<Layout> layouts = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject().entrySet()) {
            if (!e.getValue().isJsonObject()) {
                throw fail("device " + e.getKey() + ": expected a JSON object of header fields, found "
                        + brief(e.getValue()));
            }
            JsonObject o = e.getValue().getAsJsonObject();
            layouts.add(device(e.getKey(), o));
            positions.add(o.has("position") ? integer(e.getKey(), o, "position") : null);
        }
        if (!positions.contains(null)) {
            if (new HashSet<>(positions).size() != positions.size()) {
                throw fail("two devices have the same \"position\" " + positions + "; expected distinct positions"
                        + " that order the devices' columns");
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < layouts.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing(positions::get));
            List<Layout> sorted = new ArrayList<>();
            for (int i : order) {
                sorted.add(layouts.get(i));
            }
            return sorted;
        }
        return layouts;
    }

    private Layout device(String mac, JsonObject o) throws FormatException {
        String device = string(mac, o, "device");
        DeviceFamily family = DeviceFamily.of(device).orElseThrow(() -> fail("device " + mac + ": unknown device '"
                + device + "' in field \"device\"; expected " + DeviceFamily.known()));
        double hertz = number(mac, o, "sampling rate");
        if (!(hertz > 0) || Double.isInfinite(hertz)) {
            throw fail("device " + mac + ": field \"sampling rate\" is " + hertz + "; expected a rate > 0 Hz");
        }
        if (o.has("convertedValues") && number(mac, o, "convertedValues") != 0) {
            throw fail("device " + mac + ": \"convertedValues\" is set: the file holds values OpenSignals already"
                    + " converted, not ADC codes; expected a raw export (convertedValues 0)");
        }
        List<String> columns = strings(mac, o, "column");
        int[] numbers = integers(mac, o, "channels");
        List<String> labels = strings(mac, o, "label");
        List<String> sensors = strings(mac, o, "sensor");
        int[] resolution = integers(mac, o, "resolution");
        int n = numbers.length;
        if (n == 0) {
            throw fail("device " + mac + ": field \"channels\" is empty; expected at least one analog channel");
        }
        if (columns.isEmpty() || !columns.get(0).equals("nSeq")) {
            throw fail("device " + mac + ": field \"column\" is " + columns + "; expected \"nSeq\" first");
        }
        int digital = columns.size() - 1 - n;
        if (digital < 0) {
            throw fail("device " + mac + ": field \"column\" has " + columns.size() + " labels " + columns
                    + "; expected nSeq, the digital columns and the " + n + " analog channel(s) of \"channels\"");
        }
        checkSize(mac, "label", labels.size(), n);
        checkSize(mac, "sensor", sensors.size(), n);
        if (resolution.length != n && resolution.length != columns.size()) {
            throw fail("device " + mac + ": field \"resolution\" has " + resolution.length + " value(s); expected "
                    + n + " (one per analog channel) or " + columns.size() + " (one per column)");
        }
        Set<Integer> seen = new HashSet<>();
        List<OpenSignalsChannel> channels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int bits = resolution[resolution.length - n + i];
            if (bits < 1 || bits > 31) {
                throw fail("device " + mac + ": field \"resolution\" gives channel " + labels.get(i) + " " + bits
                        + " bits; expected 1 to 31");
            }
            if (!seen.add(numbers[i])) {
                throw fail("device " + mac + ": channel " + numbers[i] + " appears twice in field \"channels\"");
            }
            channels.add(new OpenSignalsChannel(numbers[i], labels.get(i), sensors.get(i), bits));
        }
        OpenSignalsDevice d = new OpenSignalsDevice(mac, device, family, SamplingRate.ofHertz(hertz), channels);
        return new Layout(d, List.copyOf(columns), digital);
    }

    private void checkSize(String mac, String field, int size, int channels) throws FormatException {
        if (size != channels) {
            throw fail("device " + mac + ": field \"" + field + "\" has " + size + " value(s); expected one per"
                    + " analog channel, " + channels + " as in \"channels\"");
        }
    }

    private JsonElement field(String mac, JsonObject o, String name, String expected) throws FormatException {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            throw fail("device " + mac + ": field \"" + name + "\" is missing; expected " + expected);
        }
        return e;
    }

    private String string(String mac, JsonObject o, String name) throws FormatException {
        JsonElement e = field(mac, o, name, "a string");
        if (!(e instanceof JsonPrimitive p) || !p.isString()) {
            throw fail("device " + mac + ": field \"" + name + "\" is " + brief(e) + "; expected a string");
        }
        return p.getAsString();
    }

    private double number(String mac, JsonObject o, String name) throws FormatException {
        JsonElement e = field(mac, o, name, "a number");
        if (!(e instanceof JsonPrimitive p) || !p.isNumber()) {
            throw fail("device " + mac + ": field \"" + name + "\" is " + brief(e) + "; expected a number");
        }
        return p.getAsDouble();
    }

    private int integer(String mac, JsonObject o, String name) throws FormatException {
        double v = number(mac, o, name);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw fail("device " + mac + ": field \"" + name + "\" is " + v + "; expected an integer");
        }
        return (int) v;
    }

    private JsonArray array(String mac, JsonObject o, String name, String of) throws FormatException {
        JsonElement e = field(mac, o, name, "an array of " + of);
        if (!e.isJsonArray()) {
            throw fail("device " + mac + ": field \"" + name + "\" is " + brief(e) + "; expected an array of " + of);
        }
        return e.getAsJsonArray();
    }

    private List<String> strings(String mac, JsonObject o, String name) throws FormatException {
        List<String> out = new ArrayList<>();
        for (JsonElement e : array(mac, o, name, "strings")) {
            if (!(e instanceof JsonPrimitive p) || !p.isString()) {
                throw fail("device " + mac + ": field \"" + name + "\" holds " + brief(e) + "; expected strings");
            }
            out.add(p.getAsString());
        }
        return out;
    }

    private int[] integers(String mac, JsonObject o, String name) throws FormatException {
        JsonArray a = array(mac, o, name, "integers");
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            JsonElement e = a.get(i);
            double v = e instanceof JsonPrimitive p && p.isNumber() ? p.getAsDouble() : Double.NaN;
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                throw fail("device " + mac + ": field \"" + name + "\" holds " + brief(e) + "; expected integers");
            }
            out[i] = (int) v;
        }
        return out;
    }

    private static String brief(JsonElement e) {
        String s = e.toString();
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    private FormatException fail(String problem) {
        return new FormatException(file, where, problem);
    }
}
