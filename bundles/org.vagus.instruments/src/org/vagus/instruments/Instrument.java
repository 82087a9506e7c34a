package org.vagus.instruments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A questionnaire or clinician scale as data: items on response scales, reverse keys, subscales, the total rule
 * (and the other totals it offers), severity bands and the licence note. Immutable; built from a definition file
 * by {@link InstrumentFiles}, or in code. Scored by {@link Scoring}.
 * <p>
 * The constructor checks the definition as a whole and names the offending part by its path in the definition
 * format ({@code subscales[2].items[1]: no item 27; the items are 1-26}).
 *
 * @param id the id: lower case letters, digits, '-' and '.' ({@code hamd-17})
 * @param abbreviation the short name used in messages and forms ({@code HAMD-17})
 * @param name the full name
 * @param version the version of the instrument (edition, form) the definition describes
 * @param reference the citation of the instrument, or null
 * @param respondent who fills it in
 * @param licence what the licence allows and what the lab must supply
 * @param scales the response scales by id. Copied, in order
 * @param items the items, numbered 1, 2, 3, ... in order. Copied
 * @param subscales the subscales, possibly none. Copied
 * @param totalRule the rule of the total
 * @param alternativeTotals further totals every score also reports, possibly none. Copied
 * @param totalNote how the total is meant and read (a sentence for forms and reports), or null
 * @param bands severity bands of the total, ascending and not overlapping, possibly none. Copied
 * @param texts the item texts merged in, or null
 * @since 0.1.0
 */
public record Instrument(String id, String abbreviation, String name, String version, String reference,
        Respondent respondent, String licence, Map<String, ResponseScale> scales, List<Item> items,
        List<Subscale> subscales, TotalRule totalRule, List<TotalRule> alternativeTotals, String totalNote,
        List<Band> bands, InstrumentTexts texts) {
    /** What an instrument id must look like. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    /** Subscale ids that would clash with the other columns of a phenotype file. */
    private static final Set<String> RESERVED = Set.of("participant_id", "session_id", "timepoint", "total", "band");

    /**
     * @throws DefinitionException naming the path of the first part that breaks a rule
     */
    public Instrument {
        if (id == null || !ID.matcher(id).matches()) {
            throw new DefinitionException("id", "'" + id + "': expected lower case letters, digits, '-' and '.'"
                    + " such as hamd-17");
        }
        require("abbreviation", abbreviation);
        require("name", name);
        require("version", version);
        require("licence", licence);
        if (respondent == null) {
            throw new DefinitionException("respondent", "missing; expected self-report or clinician");
        }
        scales = Collections.unmodifiableMap(new LinkedHashMap<>(scales));
        items = List.copyOf(items);
        subscales = List.copyOf(subscales);
        alternativeTotals = List.copyOf(alternativeTotals);
        bands = List.copyOf(bands);
        checkItems(scales, items);
        checkSubscales(items.size(), subscales);
        checkTotals(totalRule, alternativeTotals, subscales);
        checkBands(bands, totalRule, range(items, subscales, totalRule));
        if (texts != null) {
            checkTexts(id, abbreviation, scales, items.size(), texts);
        }
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new DefinitionException(field, "missing; expected a text");
        }
    }

    private static void checkItems(Map<String, ResponseScale> scales, List<Item> items) {
        if (items.isEmpty()) {
            throw new DefinitionException("items", "is empty; an instrument needs at least one item");
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.number() != i + 1) {
                throw new DefinitionException("items[" + i + "].number", "expected " + (i + 1) + ", got "
                        + item.number() + "; items are numbered 1, 2, 3, ... in order");
            }
            ResponseScale s = scales.get(item.scaleId());
            if (s == null) {
                throw new DefinitionException("items[" + i + "].scale", "unknown scale '" + item.scaleId()
                        + "'; expected one of " + String.join(", ", scales.keySet()));
            }
            if (!s.equals(item.scale())) {
                throw new DefinitionException("items[" + i + "].scale", "differs from the scale '" + item.scaleId()
                        + "' of the definition");
            }
        }
    }

    private static void checkSubscales(int itemCount, List<Subscale> subscales) {
        Set<String> ids = new HashSet<>();
        for (int s = 0; s < subscales.size(); s++) {
            Subscale sub = subscales.get(s);
            if (RESERVED.contains(sub.id()) || sub.id().startsWith("total_") || sub.id().startsWith("item_")) {
                throw new DefinitionException("subscales[" + s + "].id", "'" + sub.id() + "' is reserved for the"
                        + " columns of phenotype files (participant_id, session_id, timepoint, item_N, total,"
                        + " total_RULE, band)");
            }
            if (!ids.add(sub.id())) {
                throw new DefinitionException("subscales[" + s + "].id", "'" + sub.id() + "' is already taken by"
                        + " another subscale");
            }
            for (int k = 0; k < sub.items().size(); k++) {
                int n = sub.items().get(k);
                if (n < 1 || n > itemCount) {
                    throw new DefinitionException("subscales[" + s + "].items[" + k + "]", "no item " + n
                            + "; the items are 1-" + itemCount);
                }
            }
        }
    }

    private static void checkTotals(TotalRule rule, List<TotalRule> alternatives, List<Subscale> subscales) {
        if (rule == null) {
            throw new DefinitionException("total.rule", "missing; expected sum, mean or mean-of-subscale-means");
        }
        List<TotalRule> all = new ArrayList<>();
        all.add(rule);
        for (int i = 0; i < alternatives.size(); i++) {
            if (all.contains(alternatives.get(i))) {
                throw new DefinitionException("total.alternatives[" + i + "]", "'" + alternatives.get(i).jsonName()
                        + "' is already offered");
            }
            all.add(alternatives.get(i));
        }
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == TotalRule.MEAN_OF_SUBSCALE_MEANS
                    && (subscales.isEmpty() || subscales.stream().anyMatch(s -> s.rule() != Aggregate.MEAN))) {
                throw new DefinitionException(i == 0 ? "total.rule" : "total.alternatives[" + (i - 1) + "]",
                        "mean-of-subscale-means needs subscales, each with the rule mean");
            }
        }
    }

    private static double[] range(List<Item> items, List<Subscale> subscales, TotalRule rule) {
        int[] low = new int[items.size()];
        int[] high = new int[items.size()];
        for (int i = 0; i < low.length; i++) {
            low[i] = items.get(i).scale().min();
            high[i] = items.get(i).scale().max();
        }
        return new double[] { Scoring.total(rule, subscales, low), Scoring.total(rule, subscales, high) };
    }

    private static void checkBands(List<Band> bands, TotalRule rule, double[] range) {
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            String at = "bands[" + i + "]";
            if (!labels.add(b.label())) {
                throw new DefinitionException(at + ".label", "'" + b.label() + "' is already taken by another band");
            }
            if (b.min() < range[0] || b.max() > range[1]) {
                throw new DefinitionException(at, b.describe() + " reaches outside the totals "
                        + Numbers.format(range[0]) + "-" + Numbers.format(range[1]));
            }
            if (i > 0 && b.min() <= bands.get(i - 1).max()) {
                throw new DefinitionException(at + ".min", "must be above the max of " + bands.get(i - 1).describe()
                        + "; bands ascend without overlapping");
            }
            if (rule == TotalRule.SUM && i > 0 && b.min() != bands.get(i - 1).max() + 1) {
                throw new DefinitionException(at + ".min", "expected " + Numbers.format(bands.get(i - 1).max() + 1)
                        + " after " + bands.get(i - 1).describe() + "; bands of a sum leave no total out");
            }
        }
        if (rule == TotalRule.SUM && !bands.isEmpty()) {
            if (bands.get(0).min() != range[0]) {
                throw new DefinitionException("bands[0].min", "expected " + Numbers.format(range[0])
                        + ", the lowest total; bands of a sum leave no total out");
            }
            if (bands.get(bands.size() - 1).max() != range[1]) {
                throw new DefinitionException("bands[" + (bands.size() - 1) + "].max", "expected "
                        + Numbers.format(range[1]) + ", the highest total; bands of a sum leave no total out");
            }
        }
    }

    private static void checkTexts(String id, String abbreviation, Map<String, ResponseScale> scales, int itemCount,
            InstrumentTexts texts) {
        if (!texts.instrumentId().equals(id)) {
            throw new DefinitionException(texts.source(), "instrument", "texts for '" + texts.instrumentId()
                    + "' cannot be merged into " + abbreviation + " (" + id + ")");
        }
        for (int n : texts.items().keySet()) {
            if (n > itemCount) {
                throw new DefinitionException(texts.source(), "items['" + n + "']", abbreviation + " has no item " + n
                        + "; its items are 1-" + itemCount);
            }
        }
        for (Map.Entry<String, SortedMap<Integer, String>> e : texts.anchors().entrySet()) {
            ResponseScale s = scales.get(e.getKey());
            if (s == null) {
                throw new DefinitionException(texts.source(), DefinitionException.member("anchors", e.getKey()),
                        abbreviation + " has no scale '" + e.getKey() + "'; its scales are "
                                + String.join(", ", scales.keySet()));
            }
            for (Map.Entry<Integer, String> a : e.getValue().entrySet()) {
                if (!s.contains(a.getKey()) || a.getValue() == null || a.getValue().isBlank()) {
                    throw new DefinitionException(texts.source(),
                            DefinitionException.member("anchors", e.getKey()) + "['" + a.getKey() + "']",
                            "expected a label for an answer " + s.range());
                }
            }
        }
    }

    /**
     * @param number a 1-based item number
     * @return the item
     * @throws IllegalArgumentException naming the instrument and its item range
     */
    public Item item(int number) {
        if (number < 1 || number > items.size()) {
            throw new IllegalArgumentException(abbreviation + " has no item " + number + "; its items are 1-"
                    + items.size());
        }
        return items.get(number - 1);
    }

    /** @return the rule of the total, then the alternatives */
    public List<TotalRule> offeredTotals() {
        List<TotalRule> all = new ArrayList<>();
        all.add(totalRule);
        all.addAll(alternativeTotals);
        return List.copyOf(all);
    }

    /** @return the lowest and highest total a rule can give: {@code [min, max]} */
    public double[] totalRange(TotalRule rule) {
        if (!offeredTotals().contains(rule)) {
            throw new IllegalArgumentException(abbreviation + " does not offer the total " + rule.jsonName()
                    + "; it offers " + offeredTotals().stream().map(TotalRule::jsonName).toList());
        }
        return range(items, subscales, rule);
    }

    /** @return the band the total falls in, if the instrument has bands and one contains it */
    public Optional<Band> band(double total) {
        return bands.stream().filter(b -> b.contains(total)).findFirst();
    }

    /** @return this instrument with these texts merged in (replacing texts merged before) */
    public Instrument withTexts(InstrumentTexts newTexts) {
        Objects.requireNonNull(newTexts, "texts");
        return new Instrument(id, abbreviation, name, version, reference, respondent, licence, scales, items,
                subscales, totalRule, alternativeTotals, totalNote, bands, newTexts);
    }

    /** @return the loaded text of an item, if any */
    public Optional<String> itemText(int number) {
        item(number);
        return texts == null ? Optional.empty() : Optional.ofNullable(texts.items().get(number));
    }

    /** @return what a form shows for an item: its loaded text, else {@code 4. insomnia early} */
    public String prompt(int number) {
        return itemText(number).orElseGet(() -> number + ". " + item(number).domain());
    }

    /** @return the anchor labels of a scale, translated where texts supply them */
    public SortedMap<Integer, String> anchors(String scaleId) {
        ResponseScale s = scales.get(scaleId);
        if (s == null) {
            throw new IllegalArgumentException(abbreviation + " has no scale '" + scaleId + "'");
        }
        SortedMap<Integer, String> translated = texts == null ? null : texts.anchors().get(scaleId);
        if (translated == null) {
            return s.anchors();
        }
        TreeMap<Integer, String> merged = new TreeMap<>(s.anchors());
        merged.putAll(translated);
        return Collections.unmodifiableSortedMap(merged);
    }

    /** @return the 1-based numbers of the reverse-keyed items */
    public List<Integer> reverseKeyed() {
        return items.stream().filter(Item::reverse).map(Item::number).toList();
    }

    /** @return a sentence for a total rule of this instrument */
    public String describe(TotalRule rule) {
        return rule.describe(items.size(), subscales.size(), items.stream().anyMatch(Item::reverse));
    }

    @Override
    public String toString() {
        return abbreviation + " (" + id + ", " + items.size() + " items)";
    }
}
