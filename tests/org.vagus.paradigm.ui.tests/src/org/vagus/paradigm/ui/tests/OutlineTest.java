package org.vagus.paradigm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.paradigm.ui.model.OutlineBuilder;
import org.vagus.paradigm.ui.model.OutlineNode;
import org.vagus.paradigm.ui.model.ProblemIndex;
import org.vagus.paradigm.validation.Problem;

/** The outline of a paradigm and the problems placed on its nodes. */
class OutlineTest {

    @Test
    void theOutlineHasFlowTasksTrialsAndPhases() {
        OutlineNode root = OutlineBuilder.build(Stress.paradigm());
        assertEquals(OutlineNode.Kind.PARADIGM, root.kind());
        assertEquals(9, root.find("flow").orElseThrow().children().size());
        OutlineNode task = root.find("tasks[0]").orElseThrow();
        assertEquals(List.of("tasks[0].feedback", "tasks[0].intro", "tasks[0].trials", "tasks[0].outro"),
                task.children().stream().map(OutlineNode::path).toList());
        assertEquals("Feedback: 2 'Correct' at random", task.children().get(0).label());
        OutlineNode trial = root.find("tasks[0].trials[0]").orElseThrow();
        assertEquals("Trial 1: B12", trial.label());
        assertEquals(List.of("fixation '+', 1 s", "item 'B12.png', 20 s", "feedback, 6 s"),
                trial.children().stream().map(OutlineNode::label).toList());
        assertEquals("6. task stress", root.find("flow[5]").orElseThrow().label());
        assertEquals(List.of("", "tasks", "tasks[0]", "tasks[0].trials", "tasks[0].trials[0]", Stress.FIXATION_1),
                root.pathTo(Stress.FIXATION_1));
    }

    @Test
    void problemsGoToTheDeepestNodeTheirPathFallsIn() {
        OutlineNode root = OutlineBuilder.build(Stress.paradigm());
        Problem phase = new Problem(Stress.FIXATION_1, Problem.Severity.ERROR, "negative");
        Problem keys = new Problem(Stress.ITEM_1 + ".responses", Problem.Severity.WARNING, "keys");
        Problem value = new Problem(Stress.FEEDBACK + ".values[2]", Problem.Severity.ERROR, "value");
        Problem folder = new Problem("imageFolder", Problem.Severity.WARNING, "folder");
        Problem id = new Problem("tasks[0].id", Problem.Severity.ERROR, "id");
        ProblemIndex index = new ProblemIndex(root, List.of(phase, keys, value, folder, id));
        assertEquals(List.of(phase), index.on(Stress.FIXATION_1));
        assertEquals(List.of(keys), index.on(Stress.ITEM_1));
        assertEquals(List.of(value), index.on(Stress.FEEDBACK));
        assertEquals(List.of(folder), index.on(""));
        assertEquals(List.of(id), index.on("tasks[0]"));
        assertEquals(Problem.Severity.ERROR, index.worstBelow("tasks[0].trials[0]"));
        assertEquals(Problem.Severity.WARNING, index.worstOn(""));
        assertNull(index.worstBelow("tasks[0].trials[1]"));
        assertTrue(index.on("tasks[0].trials[1]").isEmpty());
        assertEquals(Problem.Severity.ERROR, index.worstBelow(""));
    }
}
