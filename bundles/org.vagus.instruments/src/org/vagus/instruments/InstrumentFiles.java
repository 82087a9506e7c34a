package org.vagus.instruments;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.vagus.instruments.internal.JsonObj;

/**
 * Reads instrument definition files and texts files (JSON, UTF-8, {@code "format": 1}). Every error is an
 * {@link InstrumentFormatException} naming the file, the JSON path and what was expected.
 * <p>
 * A definition:
 *
 * <pre>
 * { "format": 1, "id": "hama-14", "abbreviation": "HAMA-14", "name": "...", "version": "1959",
 *   "reference": "...", "respondent": "clinician", "licence": "...",
 *   "scales": { "severity": { "min": 0, "max": 4, "anchors": { "0": "not present", "4": "very severe" } } },
 *   "items": [ { "number": 1, "domain": "anxious mood", "scale": "severity" },
 *              { "number": 2, "domain": "...", "reverse": true, "reverseRule": "4 - x" }, ... ],
 *   "subscales": [ { "id": "psychic", "name": "Psychic anxiety", "items": [1, 2, 3], "rule": "sum" } ],
 *   "total": { "rule": "sum", "alternatives": [] },
 *   "bands": [ { "label": "none", "min": 0, "max": 7 }, ... ] }
 * </pre>
 *
 * An item may leave out {@code scale} when the definition has one scale. A reverse-keyed item is scored as
 * {@code (min + max) - x}; its optional {@code reverseRule} must say so ({@code "6 - x"} on 1-5), which catches a
 * key copied from another scale. A texts file:
 *
 * <pre>
 * { "format": 1, "instrument": "stai-y1", "language": "en", "instructions": "...",
 *   "items": { "1": "text of item 1", "2": "..." }, "anchors": { "intensity": { "1": "..." } } }
 * </pre>
 *
 * @since 0.1.0
 */
public final class InstrumentFiles {
    /** The format version of definition and texts files this Vagus reads and writes. */
    public static final int FORMAT = 1;

    private InstrumentFiles() {
    }

    /** Reads a definition file. */
    public static Instrument readDefinition(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readDefinition(file.getFileName().toString(), r);
        }
    }

    /**
     * Reads a definition resource through a class loader (the built-ins, a bundle's own files).
     *
     * @throws FileNotFoundException if the resource does not exist
     */
    public static Instrument readResource(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FileNotFoundException(resource + ": no such resource");
            }
            return readDefinition(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /**
     * Reads a definition.
     *
     * @param source the file or resource name used in messages
     * @param reader the JSON text
     */
    public static Instrument readDefinition(String source, Reader reader) throws IOException {
        JsonObj root = JsonObj.parse(source, reader);
        root.requireFormat(FORMAT, "instrument definition");
        root.only("format", "id", "abbreviation", "name", "version", "reference", "respondent", "licence", "scales",
                "items", "subscales", "total", "bands");
        Respondent respondent;
        try {
            respondent = Respondent.fromJson(root.string("respondent"));
        } catch (IllegalArgumentException e) {
            throw root.error("respondent", e.getMessage());
        }
        Map<String, ResponseScale> scales = scales(root.object("scales"));
        List<Item> items = new ArrayList<>();
        for (JsonObj o : root.objects("items", true)) {
            items.add(item(o, scales));
        }
        List<Subscale> subscales = new ArrayList<>();
        for (JsonObj o : root.objects("subscales", false)) {
            subscales.add(subscale(o));
        }
        JsonObj total = root.object("total");
        total.only("rule", "alternatives", "note");
        TotalRule rule = totalRule(total, "rule", total.string("rule"));
        List<TotalRule> alternatives = new ArrayList<>();
        List<String> names = total.strings("alternatives", false);
        for (int i = 0; i < names.size(); i++) {
            alternatives.add(totalRule(total, "alternatives[" + i + "]", names.get(i)));
        }
        List<Band> bands = new ArrayList<>();
        for (JsonObj o : root.objects("bands", false)) {
            o.only("label", "min", "max");
            Double min = o.optNumber("min");
            Double max = o.optNumber("max");
            if (min == null || max == null) {
                throw o.error(min == null ? "min" : "max", "missing; expected a number (bands are inclusive)");
            }
            bands.add(build(o, () -> new Band(o.string("label"), min, max)));
        }
        return build(root, () -> new Instrument(root.string("id"), root.string("abbreviation"), root.string("name"),
                root.string("version"), root.optString("reference"), respondent, root.string("licence"), scales,
                items, subscales, rule, alternatives, total.optString("note"), bands, null));
    }

    /** Reads a texts file. */
    public static InstrumentTexts readTexts(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readTexts(file.getFileName().toString(), r);
        }
    }

    /**
     * Reads a texts file.
     *
     * @param source the file or resource name used in messages
     * @param reader the JSON text
     */
    public static InstrumentTexts readTexts(String source, Reader reader) throws IOException {
        JsonObj root = JsonObj.parse(source, reader);
        root.requireFormat(FORMAT, "texts file");
        root.only("format", "instrument", "language", "instructions", "items", "anchors");
        JsonObj itemsObj = root.object("items");
        SortedMap<Integer, String> items = new TreeMap<>();
        for (Map.Entry<String, String> e : itemsObj.stringMembers().entrySet()) {
            items.put(itemsObj.keyAsInteger(e.getKey()), e.getValue());
        }
        Map<String, SortedMap<Integer, String>> anchors = new LinkedHashMap<>();
        JsonObj anchorsObj = root.optObject("anchors");
        if (anchorsObj != null) {
            for (String scale : anchorsObj.keys()) {
                anchors.put(scale, integerKeyed(anchorsObj.object(scale)));
            }
        }
        return build(root, () -> new InstrumentTexts(root.string("instrument"), root.string("language"), items,
                root.optString("instructions"), anchors, source));
    }

    /**
     * Merges texts into an instrument, reporting a mismatch (another instrument, an item or scale it does not have)
     * as a format error of the texts file.
     */
    public static Instrument merge(Instrument instrument, InstrumentTexts texts) throws InstrumentFormatException {
        try {
            return instrument.withTexts(texts);
        } catch (DefinitionException e) {
            throw new InstrumentFormatException(texts.source(), "$." + e.path(), e.detail());
        }
    }

    private static Map<String, ResponseScale> scales(JsonObj scalesObj) throws InstrumentFormatException {
        Map<String, ResponseScale> scales = new LinkedHashMap<>();
        for (String id : scalesObj.keys()) {
            JsonObj s = scalesObj.object(id);
            s.only("min", "max", "anchors");
            JsonObj a = s.optObject("anchors");
            SortedMap<Integer, String> anchors = a == null ? new TreeMap<>() : integerKeyed(a);
            scales.put(id, build(s, () -> new ResponseScale(s.integer("min"), s.integer("max"), anchors)));
        }
        if (scales.isEmpty()) {
            throw scalesObj.error("is empty; expected at least one scale such as"
                    + " { \"frequency\": { \"min\": 1, \"max\": 5 } }");
        }
        return scales;
    }

    private static Item item(JsonObj o, Map<String, ResponseScale> scales) throws InstrumentFormatException {
        o.only("number", "domain", "scale", "reverse", "reverseRule");
        String scaleId = o.optString("scale");
        if (scaleId == null) {
            if (scales.size() != 1) {
                throw o.error("scale", "missing; the definition has several scales (" + String.join(", ",
                        scales.keySet()) + "), so each item names one");
            }
            scaleId = scales.keySet().iterator().next();
        }
        ResponseScale scale = scales.get(scaleId);
        if (scale == null) {
            throw o.error("scale", "unknown scale '" + scaleId + "'; expected one of "
                    + String.join(", ", scales.keySet()));
        }
        boolean reverse = o.bool("reverse", false);
        String rule = o.optString("reverseRule");
        if (rule != null) {
            if (!reverse) {
                throw o.error("reverseRule", "given for an item that is not reverse-keyed; add \"reverse\": true"
                        + " or remove it");
            }
            if (!rule.replaceAll("\\s+", "").equals(scale.reverseRule().replaceAll("\\s+", ""))) {
                throw o.error("reverseRule", "'" + rule + "' does not map the scale " + scale.range()
                        + " onto itself; expected '" + scale.reverseRule() + "'");
            }
        }
        String id = scaleId;
        return build(o, () -> new Item(o.integer("number"), o.string("domain"), id, scale, reverse));
    }

    private static Subscale subscale(JsonObj o) throws InstrumentFormatException {
        o.only("id", "name", "items", "rule");
        Aggregate rule;
        try {
            rule = Aggregate.fromJson(o.string("rule"));
        } catch (IllegalArgumentException e) {
            throw o.error("rule", e.getMessage());
        }
        return build(o, () -> new Subscale(o.string("id"), o.string("name"), o.integers("items"), rule));
    }

    private static TotalRule totalRule(JsonObj total, String key, String name) throws InstrumentFormatException {
        try {
            return TotalRule.fromJson(name);
        } catch (IllegalArgumentException e) {
            throw total.errorAt(key, e.getMessage());
        }
    }

    private static SortedMap<Integer, String> integerKeyed(JsonObj o) throws InstrumentFormatException {
        SortedMap<Integer, String> map = new TreeMap<>();
        for (Map.Entry<String, String> e : o.stringMembers().entrySet()) {
            map.put(o.keyAsInteger(e.getKey()), e.getValue());
        }
        return map;
    }

    /** Something that builds a model value and may throw a format error while reading its fields. */
    @FunctionalInterface
    interface Builder<T> {
        T build() throws InstrumentFormatException;
    }

    /** Builds a model value, reporting its {@link DefinitionException} at the path of {@code at}. */
    static <T> T build(JsonObj at, Builder<T> builder) throws InstrumentFormatException {
        try {
            return builder.build();
        } catch (DefinitionException e) {
            throw at.errorAt(e.path(), e.detail());
        }
    }
}
