package org.vagus.instruments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Item texts in one language that a lab is licensed to use, loaded from its own texts file and merged into an
 * instrument with {@link Instrument#withTexts(InstrumentTexts)}. Vagus never ships third-party item texts; without
 * texts, forms show item numbers, domain labels and anchors.
 *
 * @param instrumentId the instrument the texts belong to
 * @param language the language tag ({@code en}, {@code zh-CN})
 * @param items item number to text; may leave items out (their domain label is shown). Copied, sorted
 * @param instructions the instructions shown before the first item, or null
 * @param anchors translated anchor labels by scale id, then answer; may be empty. Copied
 * @param source the file or resource the texts came from, for messages
 * @since 0.1.0
 */
public record InstrumentTexts(String instrumentId, String language, SortedMap<Integer, String> items,
        String instructions, Map<String, SortedMap<Integer, String>> anchors, String source) {
    /** What a language tag must look like (BCP 47 in its common forms). */
    public static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /**
     * @throws DefinitionException if the id or language is malformed, an item number is below 1 or a text blank
     */
    public InstrumentTexts {
        if (instrumentId == null || instrumentId.isBlank()) {
            throw new DefinitionException("instrument", "missing; expected the instrument id such as stai-y1");
        }
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            throw new DefinitionException("language", "'" + language + "': expected a language tag such as en or"
                    + " zh-CN");
        }
        TreeMap<Integer, String> copy = new TreeMap<>();
        for (Map.Entry<Integer, String> e : items.entrySet()) {
            String at = "items['" + e.getKey() + "']";
            if (e.getKey() < 1) {
                throw new DefinitionException(at, "item numbers start at 1");
            }
            if (e.getValue() == null || e.getValue().isBlank()) {
                throw new DefinitionException(at, "is empty; expected the item's text");
            }
            copy.put(e.getKey(), e.getValue());
        }
        items = Collections.unmodifiableSortedMap(copy);
        Map<String, SortedMap<Integer, String>> a = new LinkedHashMap<>();
        anchors.forEach((scale, labels) -> a.put(scale, Collections.unmodifiableSortedMap(new TreeMap<>(labels))));
        anchors = Collections.unmodifiableMap(a);
        source = source == null ? "texts" : source;
    }
}
