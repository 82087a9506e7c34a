package org.vagus.instruments;

/**
 * Who fills an instrument in: the participant (on screen, administered by the runner) or a clinician (in a rating
 * form).
 *
 * @since 0.1.0
 */
public enum Respondent {
    /** The participant answers (questionnaires such as SCS-26 or STAI-Y1). */
    SELF_REPORT("self-report"),
    /** A trained rater scores an interview (HAMA, HAMD). */
    CLINICIAN("clinician");

    private final String jsonName;

    Respondent(String jsonName) {
        this.jsonName = jsonName;
    }

    /** @return the name in definition files */
    public String jsonName() {
        return jsonName;
    }

    /**
     * @param name a name as in definition files
     * @return the respondent
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Respondent fromJson(String name) {
        for (Respondent r : values()) {
            if (r.jsonName.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a respondent; expected self-report or clinician");
    }
}
