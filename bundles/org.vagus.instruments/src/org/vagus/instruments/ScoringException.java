package org.vagus.instruments;

import java.util.List;

/**
 * Answers that cannot be scored: missing, out of range, not whole numbers, or for items the instrument does not
 * have. Each problem names the instrument, the item and the allowed range, such as
 * {@code HAMD-17 item 4 (insomnia early): answer 3 is out of range; allowed 0-2}. Nothing is scored until all
 * problems are fixed.
 *
 * @since 0.1.0
 */
public class ScoringException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /** @param problems one line per problem, at least one */
    public ScoringException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return one line per problem, in item order */
    public List<String> problems() {
        return problems;
    }
}
