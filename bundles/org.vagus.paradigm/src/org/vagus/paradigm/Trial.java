package org.vagus.paradigm;

import java.util.List;

/**
 * One trial of a task: its phases in order, shown back to back.
 *
 * @param itemCode the item shown (such as {@code B12}), written to the {@code item_code} column; null if none
 * @param correctResponse the correct response for {@link FeedbackRule.Accuracy}; null if none
 * @param phases the screens of the trial, in order. Copied
 * @since 0.1.0
 */
public record Trial(String itemCode, String correctResponse, List<Phase> phases) {

    public Trial {
        phases = List.copyOf(phases);
    }

    /** A trial with an item code and no correct response. */
    public static Trial of(String itemCode, List<Phase> phases) {
        return new Trial(itemCode, null, phases);
    }

    /** True if one of the phases shows feedback. */
    public boolean hasFeedback() {
        return phases.stream().anyMatch(p -> p instanceof org.vagus.paradigm.phases.FeedbackPhase);
    }
}
