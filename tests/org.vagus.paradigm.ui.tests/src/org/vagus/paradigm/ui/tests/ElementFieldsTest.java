package org.vagus.paradigm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.paradigm.FeedbackRule;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Phase;
import org.vagus.paradigm.PhaseType;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.io.FieldWriter;
import org.vagus.paradigm.io.JsonFields;
import org.vagus.paradigm.io.ParadigmFormatException;
import org.vagus.paradigm.phases.StimulusPhase;
import org.vagus.paradigm.ui.model.ElementFields;
import org.vagus.paradigm.ui.model.Field;
import org.vagus.paradigm.ui.model.ParadigmPaths;
import org.vagus.paradigm.ui.model.TimingText;

/** The details area's fields and edits, without a display. */
class ElementFieldsTest {
    private final ElementFields fields = new ElementFields(Stress.types());

    @Test
    void phaseFieldsShowTheTimingInSeconds() {
        Paradigm p = Stress.paradigm();
        assertEquals("1", value(p, Stress.FIXATION_1, "duration"));
        assertEquals("", value(p, Stress.FIXATION_1, "timeLimit"));
        assertEquals("20", value(p, Stress.ITEM_1, "duration"));
        assertEquals("B12.png", value(p, Stress.ITEM_1, "image"));
        assertEquals("true", value(p, Stress.ITEM_1, "countdown"));
        assertEquals("1, 2, 3, 4, 5, 6", value(p, Stress.ITEM_1, "responses"));
        assertEquals("B12", value(p, ParadigmPaths.trial(0, 0), "itemCode"));
        assertEquals(List.of(), fields.fields(p, "tasks[0].trials"), "grouping nodes have no fields");
    }

    @Test
    void durationEditsAcceptSecondsAndMilliseconds() {
        Paradigm p = Stress.paradigm();
        assertEquals(Timing.millis(-1000), timing(fields.apply(p, Stress.FIXATION_1, "duration", "-1"), Stress.FIXATION_1));
        assertEquals(Timing.millis(25_000), timing(fields.apply(p, Stress.ITEM_1, "duration", "25 s"), Stress.ITEM_1));
        assertEquals(Timing.millis(500), timing(fields.apply(p, Stress.ITEM_1, "duration", "500 ms"), Stress.ITEM_1));
        Paradigm selfPaced = fields.apply(p, Stress.ITEM_1, "duration", "");
        assertEquals(Timing.untilResponse(), timing(selfPaced, Stress.ITEM_1));
        assertEquals(Timing.untilResponse(Duration.ofSeconds(30)),
                timing(fields.apply(selfPaced, Stress.ITEM_1, "timeLimit", "30"), Stress.ITEM_1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fields.apply(p, Stress.ITEM_1, "timeLimit", "30"));
        assertTrue(e.getMessage().contains("self-paced"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> fields.apply(p, Stress.ITEM_1, "duration", "soon"));
        assertThrows(IllegalArgumentException.class, () -> fields.apply(p, Stress.ITEM_1, "duration", "0.0001"));
    }

    @Test
    void timingTextRoundTrips() {
        for (long ms : new long[] {0, 1, 250, 1000, 1500, 20_000, -1000, 300_000}) {
            assertEquals(Duration.ofMillis(ms), TimingText.parse(TimingText.format(Duration.ofMillis(ms))));
        }
        assertEquals("1.5", TimingText.format(Duration.ofMillis(1500)));
        assertEquals(Duration.ofMillis(1500), TimingText.parse("1,5 s"));
    }

    @Test
    void stimulusTextsImagesAndResponses() {
        Paradigm p = Stress.paradigm();
        StimulusPhase s = (StimulusPhase) ParadigmPaths.get(fields.apply(p, Stress.ITEM_1, "image", "X1.png"), Stress.ITEM_1);
        assertEquals("X1.png", s.image());
        s = (StimulusPhase) ParadigmPaths.get(fields.apply(p, Stress.ITEM_1, "responses", "a b,c"), Stress.ITEM_1);
        assertEquals(List.of("a", "b", "c"), s.responses().keys());
        s = (StimulusPhase) ParadigmPaths.get(fields.apply(p, Stress.ITEM_1, "responses", "any"), Stress.ITEM_1);
        assertTrue(s.responses().keys().isEmpty());
        s = (StimulusPhase) ParadigmPaths.get(fields.apply(p, Stress.ITEM_1, "responses", " "), Stress.ITEM_1);
        assertNull(s.responses());
        s = (StimulusPhase) ParadigmPaths.get(fields.apply(p, Stress.ITEM_1, "countdown", "false"), Stress.ITEM_1);
        assertEquals(false, s.countdown());
    }

    @Test
    void itemCodesAndTaskRenamesFollowTheFlow() {
        Paradigm p = Stress.paradigm();
        Paradigm q = fields.apply(p, ParadigmPaths.trial(0, 2), "itemCode", "C11");
        assertEquals("C11", ((Trial) ParadigmPaths.get(q, ParadigmPaths.trial(0, 2))).itemCode());
        Paradigm renamed = fields.apply(p, "tasks[0]", "id", "raven");
        assertEquals("raven", renamed.tasks().get(0).id());
        assertEquals(new FlowStep.RunTask("raven"), renamed.flow().get(5), "the flow runs the renamed task");
    }

    @Test
    void feedbackRuleEdits() {
        Paradigm p = Stress.paradigm();
        assertEquals("random-count", value(p, Stress.FEEDBACK, "rule"));
        assertEquals("2", value(p, Stress.FEEDBACK, "correct"));
        Paradigm q = fields.apply(p, Stress.FEEDBACK, "correct", "20");
        assertEquals(20, ((FeedbackRule.RandomCount) q.tasks().get(0).feedback()).correct());
        assertThrows(IllegalArgumentException.class, () -> fields.apply(p, Stress.FEEDBACK, "correct", "two"));
        Paradigm scripted = fields.apply(p, Stress.FEEDBACK, "rule", "scripted");
        FeedbackRule.Scripted s = (FeedbackRule.Scripted) scripted.tasks().get(0).feedback();
        assertEquals(13, s.values().size(), "one value per trial with feedback");
        scripted = fields.apply(scripted, Stress.FEEDBACK, "wrongText", "Falsch");
        assertEquals("Falsch", scripted.tasks().get(0).feedback().wrongText());
        assertNull(fields.apply(p, Stress.FEEDBACK, "rule", "none").tasks().get(0).feedback());
        assertEquals(List.of("rule"), fields.fields(fields.apply(p, Stress.FEEDBACK, "rule", "none"), Stress.FEEDBACK)
                .stream().map(Field::key).toList());
    }

    @Test
    void flowStepsAndTheParadigm() {
        Paradigm p = Stress.paradigm();
        Paradigm q = fields.apply(p, "flow[4]", "duration", "120");
        assertEquals(Timing.millis(120_000), ((FlowStep.Rest) q.flow().get(4)).timing());
        q = fields.apply(p, "flow[1]", "occasion", "");
        assertNull(((FlowStep.Questionnaire) q.flow().get(1)).occasion());
        q = fields.apply(p, "", "imageFolder", "");
        assertNull(q.imageFolder());
        assertEquals("Other", fields.apply(p, "", "name", "Other").name());
        assertThrows(IllegalArgumentException.class, () -> fields.apply(p, "", "colour", "red"));
    }

    @Test
    void aContributedPhaseTypesTimingIsEditedThroughTheFileFormat() {
        TaskRegistry types = Stress.types().plus(Beep.TYPE);
        Paradigm p = ParadigmPaths.replace(Stress.paradigm(), Stress.FIXATION_1, new Beep(Timing.millis(300)));
        ElementFields f = new ElementFields(types);
        assertEquals(List.of("duration", "timeLimit"), f.fields(p, Stress.FIXATION_1).stream().map(Field::key).toList());
        Paradigm q = f.apply(p, Stress.FIXATION_1, "duration", "0.75");
        assertEquals(new Beep(Timing.millis(750)), ParadigmPaths.get(q, Stress.FIXATION_1));
    }

    private String value(Paradigm p, String path, String key) {
        return fields.field(p, path, key).orElseThrow().value();
    }

    private static Timing timing(Paradigm p, String path) {
        return ((Phase) ParadigmPaths.get(p, path)).timing();
    }

    /** A contributed phase type the editor knows nothing about. */
    record Beep(Timing timing) implements Phase {
        static final PhaseType<Beep> TYPE = new PhaseType<>() {
            @Override
            public String id() {
                return "beep";
            }

            @Override
            public String name() {
                return "Beep";
            }

            @Override
            public Class<Beep> phaseClass() {
                return Beep.class;
            }

            @Override
            public Beep read(JsonFields f) throws ParadigmFormatException {
                return new Beep(f.timing());
            }

            @Override
            public void write(Beep phase, FieldWriter out) {
                out.timing(phase.timing());
            }
        };

        @Override
        public String type() {
            return "beep";
        }

        @Override
        public String eventType() {
            return "beep";
        }
    }
}
