package org.vagus.paradigm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vagus.paradigm.FeedbackRule;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.phases.FixationPhase;
import org.vagus.paradigm.phases.MessagePhase;
import org.vagus.paradigm.phases.StimulusPhase;
import org.vagus.paradigm.ui.model.ParadigmPaths;

/** Elements by the validator's paths: look-up, replacement in a copy, and containment at path boundaries. */
class ParadigmPathsTest {

    @Test
    void getsEveryKindOfElement() {
        Paradigm p = Stress.paradigm();
        assertSame(p, ParadigmPaths.get(p, ""));
        assertInstanceOf(FlowStep.Consent.class, ParadigmPaths.get(p, "flow[0]"));
        assertInstanceOf(Task.class, ParadigmPaths.get(p, "tasks[0]"));
        assertInstanceOf(FeedbackRule.RandomCount.class, ParadigmPaths.get(p, Stress.FEEDBACK));
        assertInstanceOf(MessagePhase.class, ParadigmPaths.get(p, "tasks[0].intro[0]"));
        assertInstanceOf(MessagePhase.class, ParadigmPaths.get(p, "tasks[0].outro[0]"));
        assertEquals("E12", ((Trial) ParadigmPaths.get(p, "tasks[0].trials[12]")).itemCode());
        assertInstanceOf(FixationPhase.class, ParadigmPaths.get(p, Stress.FIXATION_1));
        assertInstanceOf(StimulusPhase.class, ParadigmPaths.get(p, Stress.ITEM_1));
    }

    @Test
    void rejectsPathsThatNameNothing() {
        Paradigm p = Stress.paradigm();
        for (String bad : new String[] {"flow[9]", "tasks[1]", "tasks[0].trials[13]", "tasks[0].trials[0].phases[3]",
            "tasks[0].nothing", "tasks[0].feedback.x", "tasks[0]..trials", "hello"}) {
            assertThrows(IllegalArgumentException.class, () -> ParadigmPaths.get(p, bad), bad);
        }
    }

    @Test
    void replacesAnElementInACopyAndLeavesTheRestEqual() {
        Paradigm p = Stress.paradigm();
        Paradigm q = ParadigmPaths.replace(p, Stress.FIXATION_1, FixationPhase.of(Timing.millis(-1000)));
        assertEquals(Timing.millis(-1000), ((FixationPhase) ParadigmPaths.get(q, Stress.FIXATION_1)).timing());
        assertEquals(Timing.millis(1000), ((FixationPhase) ParadigmPaths.get(p, Stress.FIXATION_1)).timing(),
                "the original is unchanged");
        assertEquals(p.tasks().get(0).trials().subList(1, 13), q.tasks().get(0).trials().subList(1, 13));
        assertEquals(p.flow(), q.flow());
        assertEquals(p, ParadigmPaths.replace(q, Stress.FIXATION_1, ParadigmPaths.get(p, Stress.FIXATION_1)));

        Paradigm noRule = ParadigmPaths.replace(p, Stress.FEEDBACK, null);
        assertNull(noRule.tasks().get(0).feedback());
        Paradigm step = ParadigmPaths.replace(p, "flow[4]", new FlowStep.Rest("sit", Timing.millis(60_000)));
        assertEquals("sit", ((FlowStep.Rest) step.flow().get(4)).text());
        assertThrows(IllegalArgumentException.class, () -> ParadigmPaths.replace(p, "flow[0]", new Object()));
    }

    @Test
    void containmentRespectsIndexBoundaries() {
        assertTrue(ParadigmPaths.isWithin("tasks[0].trials[1].phases[0]", "tasks[0].trials[1]"));
        assertTrue(ParadigmPaths.isWithin("tasks[0].trials[1]", "tasks[0].trials"));
        assertTrue(ParadigmPaths.isWithin("imageFolder", ""));
        assertFalse(ParadigmPaths.isWithin("tasks[0].trials[10]", "tasks[0].trials[1]"));
        assertFalse(ParadigmPaths.isWithin("tasks[0].feedbackX", "tasks[0].feedback"));
        assertFalse(ParadigmPaths.isWithin("tasks[0]", "tasks[0].trials"));
    }
}
