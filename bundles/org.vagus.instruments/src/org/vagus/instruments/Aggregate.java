package org.vagus.instruments;

/**
 * How a subscale combines its item scores (after reverse keying).
 *
 * @since 0.1.0
 */
public enum Aggregate {
    /** The sum of the item scores. */
    SUM("sum"),
    /** The mean of the item scores (Neff 2003 for the SCS subscales). */
    MEAN("mean");

    private final String jsonName;

    Aggregate(String jsonName) {
        this.jsonName = jsonName;
    }

    /** @return the name in definition files */
    public String jsonName() {
        return jsonName;
    }

    /** @return the aggregate of these scores */
    public double apply(int[] scores) {
        long sum = 0;
        for (int s : scores) {
            sum += s;
        }
        return this == SUM ? sum : (double) sum / scores.length;
    }

    /**
     * @param name a name as in definition files
     * @return the aggregate
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Aggregate fromJson(String name) {
        for (Aggregate a : values()) {
            if (a.jsonName.equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a subscale rule; expected sum or mean");
    }
}
