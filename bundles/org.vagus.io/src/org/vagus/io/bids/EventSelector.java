package org.vagus.io.bids;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.vagus.core.model.Event;
import org.vagus.core.model.Event.Columns;

/**
 * Selects events by column values, all of which must match: for example {@code trial_type=feedback} and
 * {@code feedback=Wrong} for the seed study's epochs. Values compare as text, exactly (case matters:
 * {@code Wrong} is not {@code wrong}); {@code n/a} matches an unused cell. The fixed columns compare as the
 * events file writes them: {@code trial} as a whole number (n/a for 0), {@code sample} as a whole number,
 * {@code onset} and {@code duration} as numbers.
 *
 * @param criteria column name to required value, in the order given; copied, unmodifiable
 * @since 0.1.0
 */
public record EventSelector(Map<String, String> criteria) {
    private static final String NA = "n/a";

    public EventSelector {
        Objects.requireNonNull(criteria, "criteria");
        Map<String, String> copy = new LinkedHashMap<>();
        criteria.forEach((k, v) -> {
            if (k == null || k.isBlank() || v == null || v.isEmpty()) {
                throw new IllegalArgumentException("event selection '" + k + "=" + v
                        + "': expected a column name and a value (n/a for an unused cell)");
            }
            copy.put(k, v);
        });
        criteria = Collections.unmodifiableMap(copy);
    }

    /** Selects every event. */
    public static EventSelector all() {
        return new EventSelector(Map.of());
    }

    /** Selects the events whose {@code column} holds {@code value}. */
    public static EventSelector where(String column, String value) {
        return all().and(column, value);
    }

    /** This selection narrowed to events whose {@code column} also holds {@code value}. */
    public EventSelector and(String column, String value) {
        Map<String, String> m = new LinkedHashMap<>(criteria);
        m.put(column, value);
        return new EventSelector(m);
    }

    /**
     * Reads a selection written as {@code column=value} pairs separated by commas, for example
     * {@code trial_type=feedback,feedback=Wrong} (the form {@link #toString()} writes).
     *
     * @throws IllegalArgumentException naming the pair that has no '='
     */
    public static EventSelector parse(String text) {
        EventSelector s = all();
        if (text.isBlank()) {
            return s;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("event selection '" + pair.trim()
                        + "': expected column=value, e.g. trial_type=feedback,feedback=Wrong");
            }
            s = s.and(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return s;
    }

    /** True if every criterion matches the event. */
    public boolean matches(Event e) {
        for (Map.Entry<String, String> c : criteria.entrySet()) {
            if (!matches(e, c.getKey(), c.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The matching events, in their order. */
    public List<Event> select(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (matches(e)) {
                out.add(e);
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static boolean matches(Event e, String column, String wanted) {
        boolean na = wanted.equals(NA);
        switch (column) {
            case Columns.TRIAL_TYPE:
                return e.trialType().equals(wanted);
            case Columns.TRIAL:
                return na ? e.trial() == 0 : wanted.equals(Integer.toString(e.trial())) && e.trial() > 0;
            case Columns.SAMPLE:
                return wanted.equals(Long.toString(e.sample()));
            case Columns.ONSET:
                return sameNumber(e.onset(), wanted);
            case Columns.DURATION:
                return na ? !e.hasDuration() : sameNumber(e.duration(), wanted);
            default:
                String v = e.columns().get(column);
                return na ? v == null : wanted.equals(v);
        }
    }

    private static boolean sameNumber(double value, String wanted) {
        try {
            return Double.parseDouble(wanted) == value;
        } catch (NumberFormatException ex) {
            return false;
        }
    }

    /** The criteria as {@code column=value} pairs separated by commas; empty for {@link #all()}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        criteria.forEach((k, v) -> b.append(b.isEmpty() ? "" : ",").append(k).append('=').append(v));
        return b.toString();
    }
}
