package org.vagus.instruments.intake;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.vagus.instruments.DefinitionException;
import org.vagus.instruments.Numbers;

/**
 * One intake field: a whole number (age), a number (illness duration) or a category (education), with the values
 * it allows. Values arrive as text, as in {@code participants.tsv} and forms.
 *
 * @param id the column name ({@code marital_status}): lower case letters, digits and '_'
 * @param label the display name
 * @param type the kind of value
 * @param unit the unit of a number ({@code years}), or null
 * @param min the lowest allowed number, or null
 * @param max the highest allowed number, or null
 * @param categories the allowed codes of a category, empty for numbers. Copied
 * @param ordered whether the categories are listed from lowest to highest (education), which eligibility rules
 *            such as "at least secondary" need
 * @param required whether intake needs a value
 * @since 0.1.0
 */
public record DemographicField(String id, String label, Type type, String unit, Double min, Double max,
        List<Category> categories, boolean ordered, boolean required) {
    /** What a field id must look like. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    /** The kind of value. */
    public enum Type {
        /** A whole number. */
        INTEGER("integer"),
        /** A decimal number. */
        NUMBER("number"),
        /** One of the listed codes. */
        CATEGORY("category");

        private final String jsonName;

        Type(String jsonName) {
            this.jsonName = jsonName;
        }

        /** @return the name in definition files */
        public String jsonName() {
            return jsonName;
        }

        /** @throws IllegalArgumentException naming the accepted values */
        public static Type fromJson(String name) {
            for (Type t : values()) {
                if (t.jsonName.equals(name)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("'" + name + "' is not a field type; expected integer, number or"
                    + " category");
        }
    }

    /**
     * One allowed value of a category field.
     *
     * @param code the value stored ({@code secondary})
     * @param label the display text
     */
    public record Category(String code, String label) {
    }

    /**
     * @throws DefinitionException naming the offending part
     */
    public DemographicField {
        if (id == null || !ID.matcher(id).matches()) {
            throw new DefinitionException("id", "'" + id + "': expected lower case letters, digits and '_' such as"
                    + " marital_status");
        }
        if (label == null || label.isBlank()) {
            throw new DefinitionException("label", "missing; expected a display name");
        }
        if (type == null) {
            throw new DefinitionException("type", "missing; expected integer, number or category");
        }
        categories = List.copyOf(categories);
        if (type == Type.CATEGORY) {
            if (categories.isEmpty()) {
                throw new DefinitionException("values", "missing; a category field lists its allowed values");
            }
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < categories.size(); i++) {
                if (!codes.add(categories.get(i).code())) {
                    throw new DefinitionException("values[" + i + "].code", "'" + categories.get(i).code()
                            + "' is listed twice");
                }
            }
            if (min != null || max != null) {
                throw new DefinitionException(min != null ? "min" : "max", "a category field has no numeric range");
            }
        } else {
            if (!categories.isEmpty() || ordered) {
                throw new DefinitionException(ordered ? "ordered" : "values", "only category fields have values");
            }
            if (min != null && max != null && max < min) {
                throw new DefinitionException("max", "must not be below min (" + Numbers.format(min) + ")");
            }
        }
    }

    /**
     * Checks a value.
     *
     * @param value the text entered; null or blank for none
     * @return what is wrong, naming the field and what it allows; empty if the value is fine
     */
    public Optional<String> problem(String value) {
        if (value == null || value.isBlank() || value.equals("n/a")) {
            return required ? Optional.of(label + ": missing; " + allowed()) : Optional.empty();
        }
        switch (type) {
            case CATEGORY -> {
                return rank(value) < 0 ? Optional.of(label + ": '" + value + "' is not allowed; " + allowed())
                        : Optional.empty();
            }
            case INTEGER, NUMBER -> {
                double v;
                try {
                    v = type == Type.INTEGER ? Integer.parseInt(value.trim()) : Double.parseDouble(value.trim());
                } catch (NumberFormatException e) {
                    return Optional.of(label + ": '" + value + "' is not " + (type == Type.INTEGER ? "a whole number"
                            : "a number") + "; " + allowed());
                }
                if ((min != null && v < min) || (max != null && v > max) || Double.isNaN(v)) {
                    return Optional.of(label + ": " + value + " is out of range; " + allowed());
                }
                return Optional.empty();
            }
            default -> throw new IllegalStateException(type.toString());
        }
    }

    /**
     * @param code a category code
     * @return its 0-based position in the list (lowest first for ordered fields), or -1
     */
    public int rank(String code) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** @return what the field allows, for messages */
    public String allowed() {
        if (type == Type.CATEGORY) {
            return "allowed " + String.join(", ", categories.stream().map(Category::code).toList());
        }
        String kind = type == Type.INTEGER ? "a whole number" : "a number";
        String u = unit == null ? "" : " " + unit;
        if (min != null && max != null) {
            return "allowed " + kind + " " + Numbers.format(min) + "-" + Numbers.format(max) + u;
        }
        if (min != null) {
            return "allowed " + kind + " from " + Numbers.format(min) + u;
        }
        return max != null ? "allowed " + kind + " up to " + Numbers.format(max) + u : "allowed " + kind + u;
    }
}
