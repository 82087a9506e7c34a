package org.vagus.paradigm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.operations.DefaultOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Phase;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.io.ParadigmJson;
import org.vagus.paradigm.ui.model.ParadigmDocument;
import org.vagus.paradigm.ui.model.ParadigmEditing;
import org.vagus.paradigm.ui.model.ParadigmPaths;
import org.vagus.paradigm.validation.Problem;

/** Edits as undoable operations in an operation history, the dirty state, and saving, without a display. */
class ParadigmEditingTest {
    private final IOperationHistory history = new DefaultOperationHistory();

    private ParadigmEditing editing(Paradigm p, Path file) {
        return new ParadigmEditing(new ParadigmDocument(Stress.types(), p, file, null), history);
    }

    @Test
    void aNegativeDurationIsAProblemOnThePhaseAndUndoRemovesIt() {
        ParadigmEditing e = editing(Stress.paradigm(), null);
        ParadigmDocument doc = e.document();
        List<String> focus = new ArrayList<>();
        doc.addListener((d, path) -> focus.add(path));
        assertFalse(doc.isDirty());
        assertTrue(doc.problemIndex().on(Stress.FIXATION_1).isEmpty());

        assertTrue(e.set(Stress.FIXATION_1, "duration", "-1"));
        assertTrue(doc.isDirty());
        List<Problem> on = doc.problemIndex().on(Stress.FIXATION_1);
        assertEquals(1, on.size(), on.toString());
        assertTrue(on.get(0).isError() && on.get(0).message().contains("negative duration -1000 ms"), on.toString());
        assertEquals(Problem.Severity.ERROR, doc.problemIndex().worstBelow(ParadigmPaths.trial(0, 0)));
        assertEquals(Problem.Severity.ERROR, doc.problemIndex().worstBelow(""));
        assertEquals(List.of(Stress.FIXATION_1), focus);
        assertEquals("Change Duration (s)", history.getUndoOperation(doc.undoContext()).getLabel());

        assertTrue(e.undo());
        assertFalse(doc.isDirty(), "back to the saved version");
        assertTrue(doc.problemIndex().on(Stress.FIXATION_1).isEmpty());
        assertTrue(e.redo());
        assertTrue(doc.isDirty());
        assertEquals(Timing.millis(-1000), ((Phase) ParadigmPaths.get(doc.paradigm(), Stress.FIXATION_1)).timing());
        assertTrue(e.undo());
        assertFalse(e.undo(), "nothing more to undo");
    }

    @Test
    void anEditThatChangesNothingIsNotRecordedAndABadValueChangesNothing() {
        ParadigmEditing e = editing(Stress.paradigm(), null);
        assertFalse(e.set(Stress.FIXATION_1, "duration", "1 s"));
        assertFalse(history.canUndo(e.document().undoContext()));
        assertThrows(IllegalArgumentException.class, () -> e.set(Stress.FIXATION_1, "duration", "x"));
        assertFalse(e.document().isDirty());
    }

    @Test
    void editingBackToTheSavedValueIsClean() {
        ParadigmEditing e = editing(Stress.paradigm(), null);
        e.set(Stress.ITEM_1, "duration", "25");
        e.set(Stress.ITEM_1, "duration", "20");
        assertFalse(e.document().isDirty());
        assertTrue(history.canUndo(e.document().undoContext()), "both edits are in the history");
    }

    @Test
    void anUnmeetableFeedbackRuleIsAProblemOnTheRule() {
        ParadigmEditing e = editing(Stress.paradigm(), null);
        e.set(Stress.FEEDBACK, "correct", "14");
        List<Problem> on = e.document().problemIndex().on(Stress.FEEDBACK);
        assertEquals(1, on.size(), on.toString());
        assertTrue(on.get(0).message().contains("14 'Correct' of 13 trials with feedback cannot be met"), on.toString());
    }

    @Test
    void aMissingImageIsAProblemOnTheStimulus(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("stress.paradigm.json");
        Files.createDirectories(dir.resolve("raven-items"));
        for (String item : List.of("C10", "C12", "D9", "D10", "D11", "D12", "E7", "E8", "E9", "E10", "E11", "E12")) {
            Files.writeString(dir.resolve("raven-items").resolve(item + ".png"), "png");
        }
        ParadigmEditing e = editing(Stress.paradigm(), file);
        List<Problem> on = e.document().problemIndex().on(Stress.ITEM_1);
        assertEquals(1, on.size(), e.document().problems().toString());
        assertTrue(on.get(0).message().startsWith("missing image file") && on.get(0).message().contains("B12.png"),
                on.toString());
        assertTrue(e.document().problemIndex().on(ParadigmPaths.phase(0, 1, 1)).isEmpty(), "C10.png is there");
        e.set(ParadigmPaths.trial(0, 0), "itemCode", "");
        on = e.document().problemIndex().on(Stress.ITEM_1);
        assertTrue(on.get(0).isError(), "without an item code there is no placeholder: " + on);
    }

    @Test
    void saveWritesTheFileAtomicallyAndMakesTheDocumentClean(@TempDir Path dir) throws Exception {
        ParadigmEditing e = editing(Stress.paradigm(), null);
        e.set(Stress.ITEM_1, "duration", "25");
        Path file = dir.resolve("mine.paradigm.json");
        e.document().save(file);
        assertFalse(e.document().isDirty());
        assertEquals(file, e.document().file());
        Paradigm read = new ParadigmJson(Stress.types()).read(file);
        assertEquals(e.document().paradigm(), read);
        assertEquals(Timing.millis(25_000), ((Phase) ParadigmPaths.get(read, Stress.ITEM_1)).timing());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
        assertTrue(e.undo());
        assertTrue(e.document().isDirty(), "undo after save differs from the file");
    }

    @Test
    void disposeForgetsTheDocumentsOperations() {
        ParadigmEditing e = editing(Stress.paradigm(), null);
        e.set(Stress.ITEM_1, "duration", "25");
        e.dispose();
        assertFalse(history.canUndo(e.document().undoContext()));
        assertNull(history.getUndoOperation(e.document().undoContext()));
    }
}
