package org.vagus.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One simulated participant of the demo: the Table 1 characteristics, the clinician ratings, the questionnaire
 * totals the simulated participant will give, and the heart's responses. Pseudonymous: a label only.
 *
 * @param label the participant label without {@code sub-} ({@code 01})
 * @param designGroup the group the population was drawn for, {@code High} or {@code Low}; the analysis finds it
 *            again by the median split of {@code scsTotal}, and it is not written to the study
 * @param age years, 18-65
 * @param gender {@code female}, {@code male} or {@code other}
 * @param maritalStatus {@code single}, {@code married}, {@code divorced} or {@code widowed}
 * @param education {@code none}, {@code primary}, {@code secondary} or {@code tertiary}
 * @param employment {@code employed}, {@code unemployed}, {@code student} or {@code retired}
 * @param illnessDurationYears how long the participant has had GAD, years (one decimal)
 * @param scsTotal the SCS-26 total (mean of the 26 item scores after reverse keying, a multiple of 1/26)
 * @param hama the HAMA-14 total, 14-56
 * @param hamd the HAMD-17 total, 0-22
 * @param staiPre STAI form Y-1 total before the task, 20-80
 * @param staiPost STAI form Y-1 total after the task
 * @param stressPre perceived stress before the task, 1-10
 * @param stressPost perceived stress after the task
 * @param physiology the heart
 * @param seed the seed of this participant's session (feedback plan, responses, answers, ECG)
 * @since 0.1.0
 */
public record Person(String label, String designGroup, int age, String gender, String maritalStatus,
        String education, String employment, double illnessDurationYears, double scsTotal, int hama, int hamd,
        int staiPre, int staiPost, int stressPre, int stressPost, Physiology physiology, long seed) {

    /** The participants.tsv columns the demo writes, in order (the contract with the analysis recipe). */
    public static final List<String> COLUMNS = List.of("age", "gender", "marital_status", "education", "employment",
            "illness_duration", "scs_total", "hama", "hamd", "stai_s_pre", "stai_s_post", "stress_pre",
            "stress_post");

    public Person {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(physiology, "physiology");
    }

    /** The SCS-26 item-score sum (26 to 130) behind {@link #scsTotal()}. */
    public int scsItemSum() {
        return (int) Math.round(scsTotal * 26);
    }

    /** The participants.tsv attributes, in {@link #COLUMNS} order, formatted as the study stores them. */
    public Map<String, String> attributes() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("age", Integer.toString(age));
        a.put("gender", gender);
        a.put("marital_status", maritalStatus);
        a.put("education", education);
        a.put("employment", employment);
        a.put("illness_duration", String.format(Locale.ROOT, "%.1f", illnessDurationYears));
        a.put("scs_total", formatScs(scsTotal));
        a.put("hama", Integer.toString(hama));
        a.put("hamd", Integer.toString(hamd));
        a.put("stai_s_pre", Integer.toString(staiPre));
        a.put("stai_s_post", Integer.toString(staiPost));
        a.put("stress_pre", Integer.toString(stressPre));
        a.put("stress_post", Integer.toString(stressPost));
        return a;
    }

    /** An SCS total as participants.tsv holds it: four decimals (a multiple of 1/26 is told apart from its neighbours). */
    public static String formatScs(double total) {
        return String.format(Locale.ROOT, "%.4f", total);
    }
}
