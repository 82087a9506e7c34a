package org.vagus.demo;

import java.util.List;

/**
 * What the seed study reports, as the demo reproduces and compares it: Sun et al., "Self-compassion modulates
 * autonomic and psychological responses to stress among adults with generalized anxiety disorders" (77 adults with
 * GAD, median split on the Self-Compassion Scale), Table 1 and the Results (sections on state anxiety, heart rate
 * and nHF). Every number below is copied from the paper; {@code NaN} where it reports none.
 * <p>
 * Counts of categorical rows are of the level the paper's Table 1 counts; the paper names the row only (Gender,
 * Marital Status, Education, Employment, duration of illness), so the level is this class's reading of it:
 * female, married, tertiary education, employed, ill for 5 years or more.
 *
 * @since 0.1.0
 */
public final class SeedStudy {
    /** Participants, and per group (Table 1 header; Results: "High SC (n = 39) and Low SC (n = 38)"). */
    public static final int N = 77;
    public static final int N_HIGH = 39;
    public static final int N_LOW = 38;
    /** The median of the SCS total that split the groups (Results, Figure 2A). */
    public static final double SCS_MEDIAN = 2.85;
    /** The SCS total's range and whole-sample mean (SD) (Measures, Self-compassion scale). */
    public static final double SCS_MIN = 1.33;
    public static final double SCS_MAX = 4.45;
    public static final double SCS_MEAN = 2.83;
    public static final double SCS_SD = 0.62;
    /** Eligibility (Participants): age 18-65, HAMA >= 14, HAMD < 23, at least secondary education. */
    public static final int AGE_MIN = 18;
    public static final int AGE_MAX = 65;
    public static final int HAMA_MIN = 14;
    public static final int HAMD_MAX = 22;

    /**
     * One row of Table 1: per group either mean and SD (continuous) or a count (categorical), with the reported p.
     *
     * @param label the row as the demo prints it
     * @param column the participants.tsv column it is made from
     * @param level for a categorical row, the level counted; null for a continuous row
     * @param high High SC: mean or count
     * @param highSd High SC: SD, NaN for a count
     * @param low Low SC: mean or count
     * @param lowSd Low SC: SD, NaN for a count
     * @param p the p value printed in Table 1
     */
    public record Row(String label, String column, String level, double high, double highSd, double low, double lowSd,
            double p) {
        /** True for a row of counts. */
        public boolean categorical() {
            return level != null;
        }
    }

    /** Table 1 of the seed, in its order. */
    public static final List<Row> TABLE_1 = List.of(
            new Row("Age, years: M (SD)", "age", null, 41.03, 12.51, 33.66, 12.17, 0.01),
            new Row("Gender: female, n", "gender", "female", 25, Double.NaN, 28, Double.NaN, 0.36),
            new Row("Marital status: married, n", "marital_status", "married", 31, Double.NaN, 18, Double.NaN, 0.003),
            new Row("Education: tertiary, n", "education", "tertiary", 9, Double.NaN, 9, Double.NaN, 0.10),
            new Row("Employment: employed, n", "employment", "employed", 12, Double.NaN, 6, Double.NaN, 0.12),
            new Row("Ill >= 5 years, n", "illness_duration", ">=5", 12, Double.NaN, 13, Double.NaN, 0.40),
            new Row("SCS total: M (SD)", "scs_total", null, 3.29, 0.37, 2.36, 0.44, 0.0005),
            new Row("HAMA: M (SD)", "hama", null, 20.79, 5.85, 24.68, 5.49, 0.004),
            new Row("HAMD: M (SD)", "hamd", null, 13.97, 5.27, 16.29, 3.98, 0.03));

    /**
     * The Table 1 row made from a participants.tsv column.
     *
     * @throws IllegalArgumentException if Table 1 has no such row
     */
    public static Row row(String column) {
        return TABLE_1.stream().filter(r -> r.column().equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the seed's Table 1 has no row for " + column));
    }

    /**
     * A group comparison of the Results: t(df) with p and Cohen's d (NaN where not reported), High minus Low.
     *
     * @param label what was compared
     * @param variable the analysis variable id (recipe feature or derived variable)
     * @param t the t statistic, High minus Low
     * @param p the p value
     * @param d Cohen's d as reported (unsigned in the paper)
     */
    public record Test(String label, String variable, double t, double p, double d) {
    }

    /** State anxiety change, High vs Low: t(75) = -2.07, p = 0.041, d = 0.47 (Results, Figure 2B). */
    public static final Test STAI_CHANGE = new Test("STAI-S change (after - before)", "stai_s_change", -2.07, 0.041,
            0.47);
    /** Perceived stress change: no group difference, p = 0.55 (Results); t not reported. */
    public static final Test STRESS_CHANGE = new Test("Perceived stress change", "stress_change", Double.NaN, 0.55,
            Double.NaN);
    /** Heart-rate change, AUC 0-0.85 s after 'Wrong' feedback: t(75) = -2.25, p = 0.03, d = 0.52 (Figure 3). */
    public static final Test HR_AUC = new Test("HR change AUC 0-0.85 s", "hr_auc_0_0.85", -2.25, 0.03, 0.52);
    /** nHF change, mean 0.7-3.4 s after 'Wrong' feedback: t(75) = 2.64, p = 0.01, d = 0.60 (Figure 4). */
    public static final Test NHF_MEAN = new Test("nHF change mean 0.7-3.4 s", "nhf_mean_0.7_3.4", 2.64, 0.01, 0.60);
    /** nHF change against HAMA over all participants: r = -0.32, df = 75, p = 0.005 (Figure 4C). */
    public static final double NHF_HAMA_R = -0.32;
    public static final double NHF_HAMA_P = 0.005;

    private SeedStudy() {
    }
}
