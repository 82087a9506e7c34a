package org.vagus.study;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.vagus.core.model.Participant;

/**
 * Rules for the columns of {@code participants.tsv}. The file holds participant codes and study variables
 * (age, sex, group, scores), never identities: a study folder holds health data (ECG, anxiety and depression
 * scales) and is copied, shared and published, so names, contact details and birth dates must stay in a
 * separate key file outside it. Column names that look identifying are refused.
 *
 * @since 0.1.0
 */
public final class ParticipantColumns {
    /** Age in years. */
    public static final String AGE = "age";
    /** Sex: M, F or O. */
    public static final String SEX = "sex";
    /** Experimental group, such as High and Low self-compassion after a median split. */
    public static final String GROUP = "group";

    /** Columns a new study starts with after {@value Participant#ID_COLUMN}. */
    public static final List<String> DEFAULTS = List.of(AGE, SEX, GROUP);

    private static final Set<String> IDENTIFYING = Set.of("name", "names", "first_name", "firstname", "given_name",
            "last_name", "lastname", "surname", "family_name", "full_name", "fullname", "middle_name", "maiden_name",
            "email", "e_mail", "email_address", "mail", "phone", "phone_number", "telephone", "tel", "mobile",
            "cell_phone", "address", "street", "street_address", "postal_address", "home_address", "zip", "zip_code",
            "postcode", "postal_code", "birth_date", "birthdate", "date_of_birth", "dateofbirth", "dob", "birthday",
            "ssn", "social_security_number", "insurance_number", "patient_number", "mrn", "medical_record_number",
            "passport", "id_card");

    private ParticipantColumns() {
    }

    /** True if a column name looks identifying (case-insensitive; spaces and hyphens count as underscores). */
    public static boolean isIdentifying(String column) {
        String normalized = column.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return IDENTIFYING.contains(normalized);
    }

    /**
     * Checks a column name for participants.tsv.
     *
     * @throws IllegalArgumentException if the name is blank, holds tabs or line breaks, is
     *             {@value Participant#ID_COLUMN} (which is the label), or looks identifying; the message explains why
     */
    public static void check(String column) {
        if (column == null || column.isBlank()) {
            throw new IllegalArgumentException("participants.tsv column: a column needs a name");
        }
        if (column.indexOf('\t') >= 0 || column.indexOf('\n') >= 0 || column.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("participants.tsv column '" + column + "': tabs and line breaks are not allowed");
        }
        if (column.equals(Participant.ID_COLUMN)) {
            throw new IllegalArgumentException("participants.tsv column '" + column + "' is the participant label, not an attribute");
        }
        if (isIdentifying(column)) {
            throw new IllegalArgumentException("participants.tsv column '" + column + "' is refused: it would identify"
                    + " people. A study folder holds health data and is shared and archived, so participants.tsv"
                    + " holds codes (sub-01, ...) and study variables only; keep names, contact details and birth"
                    + " dates in a separate key file outside the study folder");
        }
    }

    /**
     * Checks column names with {@link #check(String)} and that none repeats.
     *
     * @return an unmodifiable copy
     * @throws IllegalArgumentException for the first refused or repeated column
     */
    public static List<String> checkAll(List<String> columns) {
        Set<String> unique = new LinkedHashSet<>();
        for (String column : columns) {
            check(column);
            if (!unique.add(column)) {
                throw new IllegalArgumentException("participants.tsv column '" + column + "' appears twice");
            }
        }
        return List.copyOf(unique);
    }

    /**
     * The participants.json description of a known column (BIDS 1.10, "Participants file"): keys
     * {@code Description}, and {@code Units} or {@code Levels} where they apply; a generic description for others.
     */
    public static Map<String, Object> describe(String column) {
        Map<String, Object> d = new LinkedHashMap<>();
        switch (column) {
            case Participant.ID_COLUMN -> d.put("Description", "Unique participant code (sub-<label>); never a name");
            case AGE -> {
                d.put("Description", "Age of the participant");
                d.put("Units", "year");
            }
            case SEX -> {
                d.put("Description", "Sex of the participant");
                Map<String, String> levels = new LinkedHashMap<>();
                levels.put("M", "male");
                levels.put("F", "female");
                levels.put("O", "other");
                d.put("Levels", levels);
            }
            case GROUP -> d.put("Description", "Experimental group of the participant");
            default -> d.put("Description", column);
        }
        return d;
    }
}
