package org.vagus.instruments;

/**
 * How an instrument's total is made from the item scores after reverse keying. An instrument names one rule as
 * its total and may offer others (the SCS-26: the seed's "total mean" of all items, and Neff's mean of the six
 * subscale means); every score names the rule that made it.
 *
 * @since 0.1.0
 */
public enum TotalRule {
    /** The sum of all item scores (STAI-Y1 20-80, HAMA 0-56, HAMD-17 0-52). */
    SUM("sum"),
    /** The mean of all item scores (the SCS-26 "total mean" of Sun et al.). */
    MEAN("mean"),
    /** The mean of the subscale means (Neff's SCS scoring sheet); needs subscales that are means. */
    MEAN_OF_SUBSCALE_MEANS("mean-of-subscale-means");

    private final String jsonName;

    TotalRule(String jsonName) {
        this.jsonName = jsonName;
    }

    /** @return the name in definition files and on the command line */
    public String jsonName() {
        return jsonName;
    }

    /** @return the name as a TSV column suffix ({@code mean_of_subscale_means}) */
    public String columnName() {
        return jsonName.replace('-', '_');
    }

    /**
     * A sentence for reports and the command line.
     *
     * @param items the number of items
     * @param subscales the number of subscales
     * @param reverseKeyed whether some items are reverse-keyed
     */
    public String describe(int items, int subscales, boolean reverseKeyed) {
        String keyed = reverseKeyed ? " after reverse keying" : "";
        String scores = items == 1 ? "the item score" : "the " + items + " item scores";
        return switch (this) {
            case SUM -> (items == 1 ? "the item score" : "sum of " + scores) + keyed;
            case MEAN -> (items == 1 ? "the item score" : "mean of " + scores) + keyed;
            case MEAN_OF_SUBSCALE_MEANS -> "mean of the " + subscales + " subscale means";
        };
    }

    /**
     * @param name a name as in definition files
     * @return the rule
     * @throws IllegalArgumentException naming the accepted values
     */
    public static TotalRule fromJson(String name) {
        for (TotalRule r : values()) {
            if (r.jsonName.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a total rule; expected sum, mean or"
                + " mean-of-subscale-means");
    }
}
