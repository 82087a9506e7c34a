package org.vagus.instruments.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vagus.instruments.DefinitionException;
import org.vagus.instruments.Numbers;
import org.vagus.instruments.intake.DemographicField.Type;
import org.vagus.instruments.intake.EligibilityCriterion.Subject;

/**
 * A study's eligibility screening: a list of criteria on intake fields and instrument totals, every one of which
 * must be met. The seed's inclusion criteria (age 18-65, HAMA {@code >= 14}, HAMD {@code < 23}, at least secondary
 * education) are {@link IntakeFiles#seedEligibility()}; a study configures its own in a small JSON file.
 *
 * @param id the rules' id
 * @param name the display name
 * @param criteria the criteria, checked in order. Copied
 * @since 0.1.0
 */
public record EligibilityRules(String id, String name, List<EligibilityCriterion> criteria) {

    public EligibilityRules {
        if (id == null || id.isBlank()) {
            throw new DefinitionException("id", "missing; expected an id such as seed-inclusion");
        }
        if (name == null || name.isBlank()) {
            throw new DefinitionException("name", "missing; expected a display name");
        }
        criteria = List.copyOf(criteria);
    }

    /**
     * Checks that every field criterion names a field of the definition, with a condition that fits its type (a
     * range on a number, {@code atLeast} on an ordered category with a listed code, {@code oneOf} listed codes).
     *
     * @throws DefinitionException naming the criterion ({@code criteria[3].atLeast}) and what was expected
     */
    public void validateAgainst(DemographicsDefinition definition) {
        for (int i = 0; i < criteria.size(); i++) {
            EligibilityCriterion c = criteria.get(i);
            String at = "criteria[" + i + "]";
            if (c.subject() != Subject.FIELD) {
                continue;
            }
            DemographicField f = definition.field(c.name()).orElseThrow(() -> new DefinitionException(at + ".field",
                    "'" + c.name() + "' is not a field of " + definition.name() + "; fields are " + String.join(", ",
                            definition.fields().stream().map(DemographicField::id).toList())));
            if (c.numeric() && f.type() == Type.CATEGORY) {
                throw new DefinitionException(at, f.id() + " is a category; use atLeast or oneOf");
            }
            if (!c.numeric() && f.type() != Type.CATEGORY) {
                throw new DefinitionException(at, f.id() + " is a number; use min, max, below or above");
            }
            if (c.atLeast() != null) {
                if (!f.ordered()) {
                    throw new DefinitionException(at + ".atLeast", f.id() + " is not an ordered category");
                }
                if (f.rank(c.atLeast()) < 0) {
                    throw new DefinitionException(at + ".atLeast", "'" + c.atLeast() + "' is not a value of " + f.id()
                            + "; " + f.allowed());
                }
            }
            for (int k = 0; k < c.oneOf().size(); k++) {
                if (f.rank(c.oneOf().get(k)) < 0) {
                    throw new DefinitionException(at + ".oneOf[" + k + "]", "'" + c.oneOf().get(k)
                            + "' is not a value of " + f.id() + "; " + f.allowed());
                }
            }
        }
    }

    /**
     * Screens one candidate.
     *
     * @param definition the intake fields (for types, labels and category order)
     * @param demographics intake values by field id
     * @param totals instrument totals by instrument id (such as {@code hama-14 -> 22})
     * @return a pass, or every failing criterion with the value that failed it; a value that is missing or
     *         malformed fails its criterion with that reason
     * @throws DefinitionException if the rules do not fit the definition ({@link #validateAgainst})
     */
    public EligibilityResult check(DemographicsDefinition definition, Map<String, String> demographics,
            Map<String, Double> totals) {
        validateAgainst(definition);
        List<String> reasons = new ArrayList<>();
        List<String> met = new ArrayList<>();
        for (EligibilityCriterion c : criteria) {
            String label;
            String failure;
            String shown;
            if (c.subject() == Subject.INSTRUMENT) {
                label = c.label() != null ? c.label() : c.name() + " total";
                Double total = totals.get(c.name());
                failure = total == null ? label + ": not available" : c.failure(label, total);
                shown = total == null ? "" : label + " " + Numbers.format(total);
            } else {
                DemographicField f = definition.field(c.name()).orElseThrow();
                label = c.label() != null ? c.label() : f.label();
                String raw = demographics.get(f.id());
                if (raw == null || raw.isBlank() || raw.equals("n/a")) {
                    failure = label + ": not entered";
                } else if (f.problem(raw).isPresent()) {
                    failure = f.problem(raw).get();
                } else if (c.numeric()) {
                    failure = c.failure(label, Double.parseDouble(raw.trim()));
                } else {
                    failure = c.failure(label, f, raw);
                }
                shown = label + " " + (c.numeric() ? raw : "'" + raw + "'");
            }
            String criterion = " (criterion: " + c.describe(label) + ")";
            if (failure == null) {
                met.add(shown + criterion);
            } else {
                reasons.add(failure + criterion);
            }
        }
        return new EligibilityResult(reasons.isEmpty(), reasons, met);
    }
}
