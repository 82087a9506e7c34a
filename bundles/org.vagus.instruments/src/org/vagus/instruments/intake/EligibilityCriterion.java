package org.vagus.instruments.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.vagus.instruments.DefinitionException;
import org.vagus.instruments.Numbers;

/**
 * One eligibility criterion on an intake field or an instrument's total: a numeric range (inclusive
 * {@code min}/{@code max}, exclusive {@code below}/{@code above}), a lowest category of an ordered field
 * ({@code atLeast}), or allowed categories ({@code oneOf}).
 *
 * @param subject whether {@code name} is an intake field or an instrument id
 * @param name the field id ({@code age}) or instrument id ({@code hama-14})
 * @param label how messages name the subject ({@code HAMA-14 total}); the field's label or the instrument id when
 *            null
 * @param min the lowest allowed value (inclusive), or null
 * @param max the highest allowed value (inclusive), or null
 * @param below the value must be below this (exclusive), or null
 * @param above the value must be above this (exclusive), or null
 * @param atLeast the lowest allowed category of an ordered field, or null
 * @param oneOf the allowed categories, or empty. Copied
 * @since 0.1.0
 */
public record EligibilityCriterion(Subject subject, String name, String label, Double min, Double max, Double below,
        Double above, String atLeast, List<String> oneOf) {

    /** What a criterion is about. */
    public enum Subject {
        /** An intake field ({@link DemographicField}). */
        FIELD,
        /** An instrument's total, by instrument id. */
        INSTRUMENT
    }

    /**
     * @throws DefinitionException if the criterion has no condition, or mixes numeric and category conditions
     */
    public EligibilityCriterion {
        Objects.requireNonNull(subject, "subject");
        if (name == null || name.isBlank()) {
            throw new DefinitionException(subject == Subject.FIELD ? "field" : "instrument", "missing");
        }
        oneOf = List.copyOf(oneOf);
        boolean numeric = min != null || max != null || below != null || above != null;
        boolean category = atLeast != null || !oneOf.isEmpty();
        if (!numeric && !category) {
            throw new DefinitionException("", "no condition; expected min, max, below, above, atLeast or oneOf");
        }
        if (numeric && category) {
            throw new DefinitionException(atLeast != null ? "atLeast" : "oneOf", "cannot be combined with a numeric"
                    + " range");
        }
        if (category && subject == Subject.INSTRUMENT) {
            throw new DefinitionException(atLeast != null ? "atLeast" : "oneOf", "an instrument's total is a number;"
                    + " use min, max, below or above");
        }
    }

    /** @return whether this is a numeric range */
    public boolean numeric() {
        return min != null || max != null || below != null || above != null;
    }

    /** @return the condition for messages: {@code age 18-65}, {@code HAMD-17 total < 23} */
    public String describe(String subjectLabel) {
        if (atLeast != null) {
            return subjectLabel + " at least " + atLeast;
        }
        if (!oneOf.isEmpty()) {
            return subjectLabel + " one of " + String.join(", ", oneOf);
        }
        if (min != null && max != null && below == null && above == null) {
            return subjectLabel + " " + Numbers.format(min) + "-" + Numbers.format(max);
        }
        List<String> parts = new ArrayList<>();
        if (min != null) {
            parts.add(">= " + Numbers.format(min));
        }
        if (above != null) {
            parts.add("> " + Numbers.format(above));
        }
        if (max != null) {
            parts.add("<= " + Numbers.format(max));
        }
        if (below != null) {
            parts.add("< " + Numbers.format(below));
        }
        return subjectLabel + " " + String.join(" and ", parts);
    }

    /**
     * Checks a number.
     *
     * @return why it fails (without the criterion), or null if it passes
     */
    String failure(String subjectLabel, double value) {
        String v = subjectLabel + " " + Numbers.format(value);
        if (min != null && value < min) {
            return v + " is below " + Numbers.format(min);
        }
        if (max != null && value > max) {
            return v + " is above " + Numbers.format(max);
        }
        if (below != null && !(value < below)) {
            return v + " is not below " + Numbers.format(below);
        }
        if (above != null && !(value > above)) {
            return v + " is not above " + Numbers.format(above);
        }
        return null;
    }

    /**
     * Checks a category of a field.
     *
     * @return why it fails (without the criterion), or null if it passes
     */
    String failure(String subjectLabel, DemographicField field, String code) {
        if (atLeast != null && field.rank(code) < field.rank(atLeast)) {
            return subjectLabel + " '" + code + "' is below '" + atLeast + "'";
        }
        if (!oneOf.isEmpty() && !oneOf.contains(code)) {
            return subjectLabel + " '" + code + "' is not one of " + String.join(", ", oneOf);
        }
        return null;
    }
}
