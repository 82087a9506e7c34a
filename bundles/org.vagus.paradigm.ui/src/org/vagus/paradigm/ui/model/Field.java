package org.vagus.paradigm.ui.model;

import java.util.List;
import java.util.Objects;

/**
 * One editable property of a paradigm element, as the details area shows it: its value as text, and for
 * {@link Kind#CHOICE} the values offered. Edits go back through {@link ElementFields#apply} with the same key.
 *
 * @param key the property's key, such as {@code duration}
 * @param label what the details area calls it
 * @param kind how it is edited
 * @param value the current value as text ({@code true}/{@code false} for {@link Kind#BOOLEAN})
 * @param choices the values offered for {@link Kind#CHOICE}; empty otherwise. Copied
 * @param hint a short explanation of the syntax, or empty
 * @since 0.1.0
 */
public record Field(String key, String label, Kind kind, String value, List<String> choices, String hint) {

    /** How a field is edited. */
    public enum Kind {
        /** One line of text. */
        TEXT,
        /** Several lines of text. */
        MULTILINE,
        /** A duration in seconds ({@link TimingText}); empty where that means self-paced or none. */
        SECONDS,
        /** A whole number. */
        INTEGER,
        /** Yes or no. */
        BOOLEAN,
        /** One of {@link Field#choices()}. */
        CHOICE
    }

    public Field {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        value = value == null ? "" : value;
        choices = List.copyOf(choices);
        hint = hint == null ? "" : hint;
    }

    static Field text(String key, String label, String value) {
        return new Field(key, label, Kind.TEXT, value, List.of(), "");
    }

    static Field text(String key, String label, String value, String hint) {
        return new Field(key, label, Kind.TEXT, value, List.of(), hint);
    }

    static Field multiline(String key, String label, String value) {
        return new Field(key, label, Kind.MULTILINE, value, List.of(), "");
    }

    static Field bool(String key, String label, boolean value) {
        return new Field(key, label, Kind.BOOLEAN, Boolean.toString(value), List.of(), "");
    }
}
