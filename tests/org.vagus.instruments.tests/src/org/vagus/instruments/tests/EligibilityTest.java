package org.vagus.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vagus.instruments.InstrumentFormatException;
import org.vagus.instruments.intake.DemographicField;
import org.vagus.instruments.intake.DemographicsDefinition;
import org.vagus.instruments.intake.EligibilityResult;
import org.vagus.instruments.intake.EligibilityRules;
import org.vagus.instruments.intake.IntakeFiles;

/** Intake demographics and the seed's inclusion criteria: age 18-65, HAMA >= 14, HAMD < 23, secondary education. */
class EligibilityTest {
    private static final DemographicsDefinition DEMOGRAPHICS = IntakeFiles.seedDemographics();
    private static final EligibilityRules SEED = IntakeFiles.seedEligibility();

    private static Map<String, String> candidate(String age, String education) {
        Map<String, String> m = new HashMap<>(Map.of("gender", "female", "marital_status", "married", "employment",
                "employed", "illness_duration", "2.5"));
        if (age != null) {
            m.put("age", age);
        }
        if (education != null) {
            m.put("education", education);
        }
        return m;
    }

    private static EligibilityResult screen(String age, String education, Double hama, Double hamd) {
        Map<String, Double> totals = new HashMap<>();
        if (hama != null) {
            totals.put("hama-14", hama);
        }
        if (hamd != null) {
            totals.put("hamd-17", hamd);
        }
        return SEED.check(DEMOGRAPHICS, candidate(age, education), totals);
    }

    @Test
    void theSeedsTableOneFields() {
        assertEquals(List.of("age", "gender", "marital_status", "education", "employment", "illness_duration"),
                DEMOGRAPHICS.fields().stream().map(DemographicField::id).toList());
        assertTrue(DEMOGRAPHICS.field("education").orElseThrow().ordered());
        assertEquals(List.of(), DEMOGRAPHICS.problems(candidate("34", "secondary")));
    }

    @Test
    void demographicsProblemsNameFieldAndAllowedValues() {
        Map<String, String> bad = candidate("thirty", "college");
        bad.put("marital_status", "n/a");
        bad.put("illness_duration", "-1");
        bad.put("shoe_size", "42");
        assertEquals(List.of("age: 'thirty' is not a whole number; allowed a whole number 0-120 years",
                "marital status: missing; allowed single, married, divorced, widowed",
                "education: 'college' is not allowed; allowed none, primary, secondary, tertiary",
                "illness duration: -1 is out of range; allowed a number 0-100 years",
                "shoe_size: not a field of Intake demographics (Table 1 of Sun et al.); fields are age, gender,"
                        + " marital_status, education, employment, illness_duration"),
                DEMOGRAPHICS.problems(bad));
    }

    @Test
    void aCandidateMeetingEveryCriterionPasses() {
        EligibilityResult r = screen("34", "secondary", 22.0, 15.0);
        assertTrue(r.eligible(), r.summary());
        assertEquals(List.of(), r.reasons());
        assertEquals(List.of("age 34 (criterion: age 18-65)", "HAMA-14 total 22 (criterion: HAMA-14 total >= 14)",
                "HAMD-17 total 15 (criterion: HAMD-17 total < 23)",
                "education 'secondary' (criterion: education at least secondary)"), r.met());
    }

    @Test
    void boundariesOfTheSeedsCriteria() {
        // inclusive: age 18 and 65, HAMA 14, HAMD 22, secondary; exclusive: age 17 and 66, HAMA 13, HAMD 23, primary
        assertTrue(screen("18", "secondary", 14.0, 22.0).eligible());
        assertTrue(screen("65", "tertiary", 14.0, 0.0).eligible());
        assertEquals(List.of("age 17 is below 18 (criterion: age 18-65)"), screen("17", "secondary", 20.0, 10.0)
                .reasons());
        assertEquals(List.of("age 66 is above 65 (criterion: age 18-65)"), screen("66", "secondary", 20.0, 10.0)
                .reasons());
        assertEquals(List.of("HAMA-14 total 13 is below 14 (criterion: HAMA-14 total >= 14)"),
                screen("30", "secondary", 13.0, 10.0).reasons());
        assertEquals(List.of("HAMD-17 total 23 is not below 23 (criterion: HAMD-17 total < 23)"),
                screen("30", "secondary", 20.0, 23.0).reasons());
        assertEquals(List.of("education 'primary' is below 'secondary' (criterion: education at least secondary)"),
                screen("30", "primary", 20.0, 10.0).reasons());
    }

    @Test
    void everyFailingReasonIsListedAndMissingDataFails() {
        EligibilityResult r = screen(null, "none", null, 30.0);
        assertFalse(r.eligible());
        assertEquals(List.of("age: not entered (criterion: age 18-65)",
                "HAMA-14 total: not available (criterion: HAMA-14 total >= 14)",
                "HAMD-17 total 30 is not below 23 (criterion: HAMD-17 total < 23)",
                "education 'none' is below 'secondary' (criterion: education at least secondary)"), r.reasons());
        assertTrue(r.summary().startsWith("not eligible: age: not entered"), r.summary());
        assertEquals(List.of("age: 'old' is not a whole number; allowed a whole number 0-120 years (criterion: age"
                + " 18-65)"), screen("old", "secondary", 20.0, 10.0).reasons());
    }

    private static EligibilityRules rules(String criteria) throws Exception {
        return IntakeFiles.readEligibility("study-rules.json", new StringReader("""
                {"format": 1, "id": "study", "name": "A study's own rules", "criteria": [%s]}
                """.formatted(criteria)), DEMOGRAPHICS, Answers.BUILT_IN);
    }

    @Test
    void aStudyConfiguresItsOwnRules() throws Exception {
        EligibilityRules own = rules("""
                {"field": "age", "min": 21}, {"field": "gender", "oneOf": ["female"]},
                {"instrument": "stai-y1", "above": 40}""");
        EligibilityResult r = own.check(DEMOGRAPHICS, candidate("20", "secondary"), Map.of("stai-y1", 40.0));
        assertEquals(List.of("age 20 is below 21 (criterion: age >= 21)",
                "stai-y1 total 40 is not above 40 (criterion: stai-y1 total > 40)"), r.reasons());
        Map<String, String> male = candidate("30", "secondary");
        male.put("gender", "male");
        assertEquals(List.of("gender 'male' is not one of female (criterion: gender one of female)"),
                own.check(DEMOGRAPHICS, male, Map.of("stai-y1", 41.0)).reasons());
    }

    @Test
    void rulesThatDoNotFitTheDefinitionAreRefusedWithTheirPath() {
        assertEquals("study-rules.json: $.criteria[0].field: 'weight' is not a field of Intake demographics (Table 1"
                + " of Sun et al.); fields are age, gender, marital_status, education, employment, illness_duration",
                assertThrows(InstrumentFormatException.class, () -> rules("{\"field\": \"weight\", \"min\": 40}"))
                        .getMessage());
        assertEquals("study-rules.json: $.criteria[0].atLeast: gender is not an ordered category",
                assertThrows(InstrumentFormatException.class, () -> rules("{\"field\": \"gender\", \"atLeast\":"
                        + " \"male\"}")).getMessage());
        assertEquals("study-rules.json: $.criteria[0].atLeast: 'college' is not a value of education; allowed none,"
                + " primary, secondary, tertiary", assertThrows(InstrumentFormatException.class,
                        () -> rules("{\"field\": \"education\", \"atLeast\": \"college\"}")).getMessage());
        assertEquals("study-rules.json: $.criteria[0]: age is a number; use min, max, below or above",
                assertThrows(InstrumentFormatException.class, () -> rules("{\"field\": \"age\", \"oneOf\":"
                        + " [\"18\"]}")).getMessage());
        assertEquals("study-rules.json: $.criteria[0].instrument: no instrument 'bdi-2'; known: scs-26, stai-y1,"
                + " perceived-stress, hama-14, hamd-17", assertThrows(InstrumentFormatException.class,
                        () -> rules("{\"instrument\": \"bdi-2\", \"min\": 10}")).getMessage());
        assertEquals("study-rules.json: $.criteria[0]: expected exactly one of \"field\" (an intake field) and"
                + " \"instrument\" (an instrument's total)", assertThrows(InstrumentFormatException.class,
                        () -> rules("{\"min\": 10}")).getMessage());
        assertEquals("study-rules.json: $.criteria[0]: no condition; expected min, max, below, above, atLeast or"
                + " oneOf", assertThrows(InstrumentFormatException.class, () -> rules("{\"field\": \"age\"}"))
                        .getMessage());
    }
}
