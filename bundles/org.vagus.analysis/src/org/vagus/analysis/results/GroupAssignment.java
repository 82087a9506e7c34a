package org.vagus.analysis.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How participants were put into the two groups.
 *
 * @param rule {@code median_split} or {@code column}
 * @param column the participants.tsv column
 * @param group1 the first group's name (High for a median split: at or above the median)
 * @param group2 the second group's name
 * @param median the median of a median split, NaN for a group column
 * @param groups participant label to group name, in participants.tsv order; participants without a group are
 *            absent. Copied, unmodifiable
 * @param ungrouped participants without a usable value in the column, each with the reason
 * @param ruleText the rule in words, for methods sections
 * @since 0.1.0
 */
public record GroupAssignment(String rule, String column, String group1, String group2, double median,
        Map<String, String> groups, List<String> ungrouped, String ruleText) {
    public GroupAssignment {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(group1, "group1");
        Objects.requireNonNull(group2, "group2");
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        ungrouped = List.copyOf(ungrouped);
        Objects.requireNonNull(ruleText, "ruleText");
    }

    /** The group of a participant, or null if it has none. */
    public String groupOf(String label) {
        return groups.get(label);
    }

    /** The number of participants in a group. */
    public int size(String group) {
        int n = 0;
        for (String g : groups.values()) {
            if (g.equals(group)) {
                n++;
            }
        }
        return n;
    }
}
