package org.vagus.instruments;

import java.util.Objects;

/**
 * One item of an instrument as Vagus ships it: its number, a short domain label (such as "insomnia early") and
 * its response scale; never the item's text, which a lab loads from a texts file ({@link InstrumentTexts}).
 *
 * @param number the 1-based item number
 * @param domain a short label of what the item covers, shown when no text is loaded
 * @param scaleId the id of the response scale in the definition
 * @param scale the response scale
 * @param reverse whether the item is reverse-keyed: its score is {@link ResponseScale#reverse(int)} of the answer
 * @since 0.1.0
 */
public record Item(int number, String domain, String scaleId, ResponseScale scale, boolean reverse) {

    /**
     * @throws DefinitionException if the number is below 1 or the domain is blank
     */
    public Item {
        if (number < 1) {
            throw new DefinitionException("number", "must be 1 or more, got " + number);
        }
        if (domain == null || domain.isBlank()) {
            throw new DefinitionException("domain", "missing; expected a short label such as \"anxious mood\"");
        }
        Objects.requireNonNull(scaleId, "scaleId");
        Objects.requireNonNull(scale, "scale");
    }

    /** The item's score for an answer on its scale: reversed when the item is reverse-keyed. */
    public int score(int answer) {
        return reverse ? scale.reverse(answer) : answer;
    }

    /** @return {@code 4 (insomnia early)} */
    public String label() {
        return number + " (" + domain + ")";
    }
}
