package org.vagus.analysis.results;

import java.util.Objects;

import org.vagus.stats.Summary;
import org.vagus.stats.TTestResult;

/**
 * The two groups compared on one participant variable by an independent-samples t-test with Cohen's d.
 *
 * @param variable the variable id (a feature, a derived variable or a participants.tsv column)
 * @param label the variable's label
 * @param family what kind of test this is: a window fixed in the recipe before the analysis, or a participant
 *            variable such as a questionnaire change
 * @param fromS the window start for a feature, NaN otherwise
 * @param toS the window end for a feature, NaN otherwise
 * @param group1 the first group's values: mean, SD, n
 * @param group2 the second group's values
 * @param test the t-test of group 1 minus group 2 with Cohen's d
 * @since 0.1.0
 */
public record GroupTest(String variable, String label, Family family, double fromS, double toS, Summary group1,
        Summary group2, TTestResult test) {

    /** What kind of test a group test is; {@link #label()} is the text tables show. */
    public enum Family {
        /** A feature window fixed in the recipe, tested once. */
        A_PRIORI_WINDOW("a-priori window: chosen before the analysis, tested once"),
        /** A participant variable (a questionnaire score or change). */
        PARTICIPANT_VARIABLE("participant variable");

        private final String label;

        Family(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public GroupTest {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(group1, "group1");
        Objects.requireNonNull(group2, "group2");
        Objects.requireNonNull(test, "test");
    }

    /** APA-style text such as {@code t(75) = -2.25, p = .027, d = 0.51}. */
    public String apa() {
        return test.apa();
    }
}
