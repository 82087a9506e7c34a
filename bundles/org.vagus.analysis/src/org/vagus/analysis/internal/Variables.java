package org.vagus.analysis.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.results.ParticipantResult;
import org.vagus.core.model.Participant;

/**
 * The participant variables the group statistics use, by id: the recipe's features and derived variables (from
 * the participants' results), then any participants.tsv column read as a number. A missing or non-numeric value
 * is NaN, and every test uses the participants that have the values it needs.
 */
final class Variables {
    private final Recipe recipe;
    private final List<Participant> participants;
    private final Map<String, ParticipantResult> results = new LinkedHashMap<>();
    private final Set<String> columns;

    Variables(Recipe recipe, List<Participant> participants, List<String> columns, List<ParticipantResult> results) {
        this.recipe = recipe;
        this.participants = List.copyOf(participants);
        this.columns = new HashSet<>(columns);
        results.forEach(r -> this.results.put(r.label(), r));
    }

    List<Participant> participants() {
        return participants;
    }

    /** True if the id is a feature, a derived variable or a participants.tsv column. */
    boolean exists(String id) {
        return recipe.variableIds().contains(id) || columns.contains(id);
    }

    boolean isColumn(String id) {
        return columns.contains(id);
    }

    /** The feature with this id, or null. */
    Recipe.FeatureSpec feature(String id) {
        return recipe.features().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    /** The label of a variable: the recipe's, Table 1's for a column it lists, else the id. */
    String label(String id) {
        for (Recipe.FeatureSpec f : recipe.features()) {
            if (f.id().equals(id)) {
                return f.label();
            }
        }
        for (Recipe.DerivedSpec d : recipe.derived()) {
            if (d.id().equals(id)) {
                return d.label();
            }
        }
        for (Recipe.Table1Variable v : recipe.statistics().table1().variables()) {
            if (v.column().equals(id)) {
                return v.label();
            }
        }
        return id;
    }

    /** The value of a variable for one participant, NaN if missing. */
    double value(Participant p, String id) {
        if (recipe.variableIds().contains(id)) {
            ParticipantResult r = results.get(p.label());
            return r == null ? Double.NaN : r.variable(id);
        }
        return ParticipantAnalysis.number(new StudyInputs.ParticipantInput(p, List.of()), id, null);
    }

    /** The finite values of a variable over the given participants, in their order. */
    double[] values(List<Participant> who, String id) {
        List<Double> out = new ArrayList<>();
        for (Participant p : who) {
            double v = value(p, id);
            if (Double.isFinite(v)) {
                out.add(v);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    ParticipantResult result(Participant p) {
        return results.get(p.label());
    }
}
