package org.vagus.instruments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores of one administration of an instrument: every item's answer and score (after reverse keying), the
 * subscales, every total the instrument offers, which rule is "the" total, and the severity band.
 *
 * @param instrumentId the instrument's id
 * @param instrumentVersion the version of the definition that scored it
 * @param items one entry per item, in item order. Copied
 * @param subscales one entry per subscale, in definition order. Copied
 * @param rule the rule of {@link #total()}
 * @param totals every offered total by rule, the instrument's own rule first. Copied
 * @param band the band of the instrument's own total, or null when it has no bands
 * @since 0.1.0
 */
public record InstrumentScore(String instrumentId, String instrumentVersion, List<ItemScore> items,
        List<SubscaleScore> subscales, TotalRule rule, Map<TotalRule, Double> totals, Band band) {

    /**
     * One item.
     *
     * @param number the 1-based item number
     * @param answer the answer given, on the item's scale
     * @param score the score: the answer, or its reverse for a reverse-keyed item
     * @param reversed whether the item is reverse-keyed
     */
    public record ItemScore(int number, int answer, int score, boolean reversed) {
    }

    /**
     * One subscale.
     *
     * @param id the subscale id (column name)
     * @param name the display name
     * @param rule how the items were combined
     * @param value the subscale score
     */
    public record SubscaleScore(String id, String name, Aggregate rule, double value) {
    }

    public InstrumentScore {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(rule, "rule");
        items = List.copyOf(items);
        subscales = List.copyOf(subscales);
        totals = Collections.unmodifiableMap(new LinkedHashMap<>(totals));
        if (!totals.containsKey(rule)) {
            throw new IllegalArgumentException("totals " + totals.keySet() + " lack the rule " + rule);
        }
    }

    /** @return the total by {@link #rule()} */
    public double total() {
        return totals.get(rule);
    }

    /** @return the total by another offered rule */
    public double total(TotalRule other) {
        Double t = totals.get(other);
        if (t == null) {
            throw new IllegalArgumentException(instrumentId + " does not offer the total " + other.jsonName());
        }
        return t;
    }

    /** @return the band, if the instrument has bands */
    public Optional<Band> bandIfAny() {
        return Optional.ofNullable(band);
    }

    /** @return the score of a subscale */
    public double subscale(String id) {
        return subscales.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(instrumentId + " has no subscale '" + id + "'"))
                .value();
    }

    /** @return the answers by item number, as {@link Scoring#score(Instrument, Map)} takes them */
    public Map<Integer, Integer> answers() {
        Map<Integer, Integer> m = new LinkedHashMap<>();
        items.forEach(i -> m.put(i.number(), i.answer()));
        return Collections.unmodifiableMap(m);
    }
}
