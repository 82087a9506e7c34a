package org.vagus.instruments;

/**
 * A severity band of an instrument's total: {@code min <= total <= max}, both inclusive, as scales publish them
 * (HAMA "8-14 mild").
 *
 * @param label the band's name ({@code mild})
 * @param min the lowest total in the band
 * @param max the highest total in the band, not below {@code min}
 * @since 0.1.0
 */
public record Band(String label, double min, double max) {

    /**
     * @throws DefinitionException if the label is blank or {@code max < min}
     */
    public Band {
        if (label == null || label.isBlank()) {
            throw new DefinitionException("label", "missing; expected a name such as \"mild\"");
        }
        if (!(max >= min)) {
            throw new DefinitionException("max", "must not be below min (" + Numbers.format(min) + "), got "
                    + Numbers.format(max));
        }
    }

    /** @return whether the total lies in the band */
    public boolean contains(double total) {
        return total >= min && total <= max;
    }

    /** @return {@code mild (8-14)} */
    public String describe() {
        return label + " (" + Numbers.format(min) + "-" + Numbers.format(max) + ")";
    }
}
