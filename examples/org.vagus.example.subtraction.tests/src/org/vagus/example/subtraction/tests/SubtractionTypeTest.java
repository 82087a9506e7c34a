package org.vagus.example.subtraction.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.example.subtraction.SerialSubtractionTemplate;
import org.vagus.example.subtraction.SubtractionPhase;
import org.vagus.example.subtraction.SubtractionType;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.io.ParadigmFormatException;
import org.vagus.paradigm.io.ParadigmJson;
import org.vagus.paradigm.validation.ParadigmValidator;
import org.vagus.paradigm.validation.Problem;
import org.vagus.paradigm.validation.ValidationContext;

/** The phase type and the template on a plain registry, as the extension reader would build it. */
class SubtractionTypeTest {
    private static final TaskRegistry TYPES = TaskRegistry.builtIn().plus(new SubtractionType())
            .plus(new SerialSubtractionTemplate());

    @Test
    void theTemplateIsValidAndSurvivesItsFileFormat() throws ParadigmFormatException {
        Paradigm p = TYPES.template(SerialSubtractionTemplate.ID).orElseThrow().create();
        List<Problem> problems = new ParadigmValidator(TYPES).validate(p, ValidationContext.none());
        assertEquals(List.of(), problems, "the template has neither errors nor warnings");
        ParadigmJson json = new ParadigmJson(TYPES);
        String text = json.toJson(p);
        assertTrue(text.contains("\"type\": \"subtraction\""), text);
        assertEquals(p, json.parse(text, null), "read back equal to what was written");
        assertEquals(SerialSubtractionTemplate.ANSWERS, p.tasks().get(0).trials().size());
    }

    @Test
    void wrongValuesAreReportedOnThePhase() throws ParadigmFormatException {
        Paradigm p = TYPES.template(SerialSubtractionTemplate.ID).orElseThrow().create();
        ParadigmJson json = new ParadigmJson(TYPES);
        // the first trial's answer with step 0 and one key for both judgements
        String text = json.toJson(p).replaceFirst("\"step\": 13", "\"step\": 0").replaceFirst("\"wrongKey\": \"w\"",
                "\"wrongKey\": \"c\"");
        List<Problem> problems = new ParadigmValidator(TYPES).validate(json.parse(text, null),
                ValidationContext.none());
        List<String> errors = problems.stream().filter(Problem::isError).map(Problem::toString).toList();
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.stream().allMatch(e -> e.startsWith("tasks[0].trials[0].phases[0]")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("step 0")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("response key 'c' is listed twice")), errors.toString());
    }

    @Test
    void malformedFieldsAreRefusedWithTheirPath() {
        Paradigm p = TYPES.template(SerialSubtractionTemplate.ID).orElseThrow().create();
        ParadigmJson json = new ParadigmJson(TYPES);
        String text = json.toJson(p).replaceFirst("\"start\": 1022", "\"start\": \"1022\"");
        ParadigmFormatException e = assertThrows(ParadigmFormatException.class, () -> json.parse(text, null));
        assertTrue(e.getMessage().contains("start"), e.getMessage());
        assertTrue(e.getMessage().contains("tasks[0].trials[0].phases[0]"), e.getMessage());
    }

    @Test
    void thePhaseCollectsTheTwoJudgementKeys() {
        SubtractionPhase ph = (SubtractionPhase) TYPES.template(SerialSubtractionTemplate.ID).orElseThrow().create()
                .tasks().get(0).trials().get(0).phases().get(0);
        assertEquals(List.of("c", "w"), ph.responseWindow().orElseThrow().keys());
        assertTrue(ph.responseWindow().orElseThrow().endsPhase());
        assertEquals("answer", ph.eventType());
    }
}
