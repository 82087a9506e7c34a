package org.vagus.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vagus.analysis.recipe.Recipe.GroupingSpec;
import org.vagus.analysis.recipe.RecipeException;
import org.vagus.analysis.results.GroupAssignment;
import org.vagus.core.model.Participant;
import org.vagus.stats.MedianSplit;

/**
 * Puts participants into the recipe's two groups: a median split on a numeric participants.tsv column (scores at
 * or above the median are group 1, {@link MedianSplit#RULE}; the median over every participant with a score), or
 * the values of an existing group column. Participants without a usable value stay ungrouped, with the reason.
 */
final class Grouping {
    private Grouping() {
    }

    static GroupAssignment assign(GroupingSpec spec, List<Participant> participants, List<String> columns)
            throws RecipeException {
        if (!columns.contains(spec.column())) {
            throw new RecipeException("recipe", "$.grouping.column", "'" + spec.column() + "' is not a column of"
                    + " participants.tsv (columns: " + String.join(", ", columns) + ")");
        }
        String g1 = spec.groups().get(0);
        String g2 = spec.groups().get(1);
        Map<String, String> groups = new LinkedHashMap<>();
        List<String> ungrouped = new ArrayList<>();
        if (spec.rule().equals(GroupingSpec.COLUMN)) {
            for (Participant p : participants) {
                String v = p.attribute(spec.column()).orElse(null);
                if (g1.equals(v) || g2.equals(v)) {
                    groups.put(p.label(), v);
                } else {
                    ungrouped.add(p.bidsName() + ": " + spec.column() + " is " + (v == null ? "n/a" : "'" + v + "'")
                            + ", neither " + g1 + " nor " + g2);
                }
            }
            return new GroupAssignment(spec.rule(), spec.column(), g1, g2, Double.NaN, groups, ungrouped,
                    "groups from the participants.tsv column " + spec.column() + " (" + g1 + " vs " + g2 + ")");
        }
        List<Participant> scored = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<String> notNumbers = new ArrayList<>();
        for (Participant p : participants) {
            double v = ParticipantAnalysis.number(new StudyInputs.ParticipantInput(p, List.of()), spec.column(),
                    notNumbers);
            if (Double.isFinite(v)) {
                scored.add(p);
                scores.add(v);
            } else {
                ungrouped.add(p.bidsName() + ": " + spec.column() + " is "
                        + p.attribute(spec.column()).map(s -> "'" + s + "', not a number").orElse("n/a"));
            }
        }
        if (scored.size() < 2) {
            throw new RecipeException("recipe", "$.grouping.column", "only " + scored.size() + " participant(s) have"
                    + " a numeric " + spec.column() + "; a median split needs at least 2");
        }
        MedianSplit.Result split;
        try {
            split = MedianSplit.split(scores.stream().mapToDouble(Double::doubleValue).toArray());
        } catch (IllegalArgumentException e) {
            throw new RecipeException("recipe", "$.grouping.column", spec.column() + ": " + e.getMessage(), e);
        }
        boolean[] high = split.isHigh();
        for (int i = 0; i < scored.size(); i++) {
            groups.put(scored.get(i).label(), high[i] ? g1 : g2);
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (Participant p : participants) {
            if (groups.containsKey(p.label())) {
                ordered.put(p.label(), groups.get(p.label()));
            }
        }
        String rule = "median split on " + spec.column() + " (median " + org.vagus.signal.Parameters.format(
                split.median()) + "): scores at or above the median are " + g1 + ", below it " + g2;
        return new GroupAssignment(spec.rule(), spec.column(), g1, g2, split.median(), ordered, ungrouped, rule);
    }
}
