package org.vagus.paradigm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.paradigm.FeedbackRule;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.ResponseWindow;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.io.ParadigmFormatException;
import org.vagus.paradigm.io.ParadigmJson;
import org.vagus.paradigm.phases.CountdownPhase;
import org.vagus.paradigm.phases.FeedbackPhase;
import org.vagus.paradigm.phases.FixationPhase;
import org.vagus.paradigm.phases.MessagePhase;
import org.vagus.paradigm.phases.ResponsePhase;
import org.vagus.paradigm.phases.StimulusPhase;

class ParadigmJsonTest {
    private final ParadigmJson json = new ParadigmJson(TaskRegistry.builtIn());

    /** A paradigm that uses every step, phase and rule kind. */
    static Paradigm everything() {
        Trial t1 = new Trial("A1", "2", List.of(new FixationPhase(Timing.millis(500), "*"),
                new StimulusPhase("Which one?", "a1.png", Timing.untilResponse(Duration.ofSeconds(8)), true,
                        new ResponseWindow(List.of("1", "2"), true)),
                new ResponsePhase("Sure?", ResponseWindow.of(List.of("y", "n")), Timing.untilResponse()),
                new FeedbackPhase(Timing.millis(1500))));
        Trial t2 = Trial.of("A2", List.of(new CountdownPhase("Get ready", Timing.millis(3000)),
                new StimulusPhase("2 + 2", null, Timing.millis(2000), false, null), new FeedbackPhase(Timing.millis(1000))));
        Task a = new Task("a", "Task A", new FeedbackRule.Scripted(List.of("Correct", "Wrong"), "Richtig", "Falsch"),
                List.of(new MessagePhase("Hello\n\"quoted\" <b>", Timing.untilResponse())), List.of(t1, t2),
                List.of(new MessagePhase("Bye", Timing.millis(2000))));
        Task b = new Task("b", "Task B", new FeedbackRule.RandomCount(1, 99L, "Yes", "No"), List.of(),
                List.of(Trial.of(null, List.of(new FeedbackPhase(Timing.millis(100))))), List.of());
        Task c = new Task("c", "Task C", new FeedbackRule.Accuracy("Correct", "Wrong"), List.of(),
                List.of(new Trial(null, "1", List.of(new StimulusPhase("x", null, Timing.millis(10), false,
                        ResponseWindow.of(List.of("1"))), new FeedbackPhase(Timing.millis(10))))), List.of());
        return new Paradigm("everything", "Every element", "for the tests", "all", "img", List.of(
                new FlowStep.Consent("I agree"), new FlowStep.Questionnaire("stai-y1", null),
                new FlowStep.Rest("Rest", Timing.millis(60000)), new FlowStep.RunTask("a"),
                new FlowStep.Message("Pause", Timing.untilResponse(Duration.ofSeconds(30))), new FlowStep.RunTask("b"),
                new FlowStep.RunTask("c"), new FlowStep.End("Thanks", Timing.millis(3000))), List.of(a, b, c));
    }

    @Test
    void roundTripOfEveryElement(@TempDir Path dir) throws Exception {
        Paradigm p = everything();
        Path file = dir.resolve("everything.paradigm.json");
        json.write(file, p);
        Paradigm back = json.read(file);
        assertEquals(p, back);
        assertEquals(json.toJson(p), Files.readString(file, StandardCharsets.UTF_8), "written text is stable");
        assertEquals(json.toJson(back), json.toJson(p), "a second write is identical");
    }

    @Test
    void templateRoundTrip() throws Exception {
        Paradigm p = TaskRegistry.builtIn().template("stress-task").orElseThrow().create();
        String text = json.toJson(p);
        assertEquals(p, json.parse(text, null));
        assertEquals(text, json.toJson(json.parse(text, null)));
    }

    @Test
    void readableInADiff() {
        String text = json.toJson(everything());
        String[] lines = text.split("\n");
        assertEquals("{", lines[0]);
        assertEquals("  \"format\": 1,", lines[1], "the format version comes first");
        assertEquals("  \"id\": \"everything\",", lines[2]);
        assertTrue(text.endsWith("}\n"));
        // keys in a fixed order: a phase's type first, then its fields
        int type = text.indexOf("\"type\": \"fixation\"");
        assertTrue(type > 0 && text.indexOf("\"durationMs\": 500", type) > type);
        assertTrue(text.contains("\"text\": \"Hello\\n\\\"quoted\\\" <b>\""), "no HTML escaping");
    }

    @Test
    void newerFormatIsRefused() {
        String text = json.toJson(everything()).replace("\"format\": 1", "\"format\": 2");
        ParadigmFormatException e = assertThrows(ParadigmFormatException.class, () -> json.parse(text, Path.of("p.json")));
        assertEquals("format", e.element());
        assertTrue(e.getMessage().contains("newer Vagus") && e.getMessage().startsWith("p.json"), e.getMessage());
        String none = json.toJson(everything()).replace("\"format\": 1,", "");
        assertTrue(assertThrows(ParadigmFormatException.class, () -> json.parse(none, null)).getMessage()
                .contains("format"));
    }

    @Test
    void errorsNameTheElement() {
        String base = json.toJson(everything());
        String misspelt = base.replaceFirst("\"countdown\": true", "\"countdwn\": true");
        ParadigmFormatException e = assertThrows(ParadigmFormatException.class, () -> json.parse(misspelt, null));
        assertEquals("tasks[0].trials[0].phases[1].countdwn", e.element());
        assertTrue(e.getMessage().contains("unknown field; this element has"), e.getMessage());

        String noDuration = base.replaceFirst("\"durationMs\": 1500", "\"durationMS\": 1500");
        e = assertThrows(ParadigmFormatException.class, () -> json.parse(noDuration, null));
        assertEquals("tasks[0].trials[0].phases[3]", e.element());
        assertTrue(e.getMessage().contains("no timing") && e.getMessage().contains("durationMS"), e.getMessage());

        String unknownType = base.replaceFirst("\"type\": \"countdown\"", "\"type\": \"arithmetic\"");
        e = assertThrows(ParadigmFormatException.class, () -> json.parse(unknownType, null));
        assertEquals("tasks[0].trials[1].phases[0].type", e.element());
        assertTrue(e.getMessage().contains("unknown phase type 'arithmetic'"), e.getMessage());

        String wrongKind = base.replaceFirst("\"durationMs\": 60000", "\"durationMs\": \"a minute\"");
        e = assertThrows(ParadigmFormatException.class, () -> json.parse(wrongKind, null));
        assertEquals("flow[2].durationMs", e.element());

        String noTiming = base.replaceFirst(",\n\\s*\"durationMs\": 60000", "");
        e = assertThrows(ParadigmFormatException.class, () -> json.parse(noTiming, null));
        assertEquals("flow[2]", e.element());

        e = assertThrows(ParadigmFormatException.class, () -> json.parse("{\"format\": 1,", null));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void wrongButWellFormedValuesAreReadForTheValidator() throws Exception {
        String text = json.toJson(everything()).replaceFirst("\"durationMs\": 500", "\"durationMs\": -500");
        Paradigm p = json.parse(text, null);
        assertEquals(Duration.ofMillis(-500), p.tasks().get(0).trials().get(0).phases().get(0).timing().duration());
    }
}
