package org.vagus.instruments.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vagus.instruments.DefinitionException;

/**
 * The demographics collected at intake, as data: the seed's Table 1 needs age, gender, marital status, education,
 * employment and illness duration ({@link IntakeFiles#seedDemographics()}); a study may define its own. Values
 * are kept as text keyed by field id, ready for {@code participants.tsv} columns.
 *
 * @param id the definition's id
 * @param name its display name
 * @param fields the fields, unique by id. Copied
 * @since 0.1.0
 */
public record DemographicsDefinition(String id, String name, List<DemographicField> fields) {

    /**
     * @throws DefinitionException if a field id repeats or there are no fields
     */
    public DemographicsDefinition {
        if (id == null || id.isBlank()) {
            throw new DefinitionException("id", "missing; expected an id such as seed-demographics");
        }
        if (name == null || name.isBlank()) {
            throw new DefinitionException("name", "missing; expected a display name");
        }
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new DefinitionException("fields", "is empty; expected at least one field");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            if (!ids.add(fields.get(i).id())) {
                throw new DefinitionException("fields[" + i + "].id", "'" + fields.get(i).id() + "' is listed twice");
            }
        }
    }

    /** @return the field with this id, if defined */
    public Optional<DemographicField> field(String fieldId) {
        return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
    }

    /**
     * Checks intake values.
     *
     * @param values text values by field id
     * @return one line per problem (a missing required value, a value out of range or not allowed, a field the
     *         definition does not have); empty if all is fine
     */
    public List<String> problems(Map<String, String> values) {
        List<String> problems = new ArrayList<>();
        for (DemographicField f : fields) {
            f.problem(values.get(f.id())).ifPresent(problems::add);
        }
        for (String key : values.keySet()) {
            if (field(key).isEmpty()) {
                problems.add(key + ": not a field of " + name + "; fields are "
                        + String.join(", ", fields.stream().map(DemographicField::id).toList()));
            }
        }
        return problems;
    }
}
