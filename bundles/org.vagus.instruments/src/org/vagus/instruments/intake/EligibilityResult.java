package org.vagus.instruments.intake;

import java.util.List;

/**
 * The outcome of eligibility screening: a pass, or the reasons it failed.
 *
 * @param eligible whether every criterion is met
 * @param reasons one line per criterion not met (or not checkable for lack of data), in rule order. Copied
 * @param met one line per criterion met, in rule order. Copied
 * @since 0.1.0
 */
public record EligibilityResult(boolean eligible, List<String> reasons, List<String> met) {

    public EligibilityResult {
        reasons = List.copyOf(reasons);
        met = List.copyOf(met);
        if (eligible != reasons.isEmpty()) {
            throw new IllegalArgumentException("eligible exactly when there are no failing reasons");
        }
    }

    /** @return {@code eligible} or {@code not eligible: reason; reason} */
    public String summary() {
        return eligible ? "eligible (" + String.join("; ", met) + ")"
                : "not eligible: " + String.join("; ", reasons);
    }
}
