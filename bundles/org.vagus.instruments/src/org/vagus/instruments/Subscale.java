package org.vagus.instruments;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A subscale: the aggregate of some items' scores after reverse keying.
 *
 * @param id the column name in results and phenotype files: lower case letters, digits and '_'
 *            ({@code self_kindness})
 * @param name the display name ({@code Self-Kindness})
 * @param items the item numbers, each once. Copied
 * @param rule how the item scores are combined
 * @since 0.1.0
 */
public record Subscale(String id, String name, List<Integer> items, Aggregate rule) {
    /** What a subscale id must look like. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    /**
     * @throws DefinitionException if the id is malformed, the name blank, the item list empty or repeats an item
     */
    public Subscale {
        if (id == null || !ID.matcher(id).matches()) {
            throw new DefinitionException("id", "'" + id + "': expected lower case letters, digits and '_' such as"
                    + " self_kindness");
        }
        if (name == null || name.isBlank()) {
            throw new DefinitionException("name", "missing; expected a display name");
        }
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new DefinitionException("items", "is empty; a subscale needs at least one item");
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i))) {
                throw new DefinitionException("items[" + i + "]", "item " + items.get(i) + " is listed twice");
            }
        }
        if (rule == null) {
            throw new DefinitionException("rule", "missing; expected sum or mean");
        }
    }
}
