package org.vagus.paradigm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.commands.operations.DefaultOperationHistory;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Phase;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.io.ParadigmJson;
import org.vagus.paradigm.ui.editor.ParadigmForm;
import org.vagus.paradigm.ui.model.ParadigmDocument;
import org.vagus.paradigm.ui.model.ParadigmEditing;
import org.vagus.paradigm.ui.model.ParadigmPaths;

/**
 * The editor's form in a shell of its own (the same form the editor part shows), driven through its widgets: the
 * stress template, a negative fixation shown on its phase, undo, the timeline total, a bad value, the Problems
 * section, save. Runs on any display (xvfb-run), with or without the workbench.
 */
class ParadigmFormUiTest {

    @Test
    void editUndoTimelineAndSaveThroughTheWidgets(@TempDir Path dir) throws Exception {
        Shell shell = new Shell(Ui.display());
        shell.setLayout(new FillLayout());
        ParadigmEditing editing = new ParadigmEditing(
                new ParadigmDocument(Stress.types(), Stress.paradigm(), null, null), new DefaultOperationHistory());
        ParadigmDocument doc = editing.document();
        ParadigmForm form = new ParadigmForm(shell, editing);
        shell.setSize(1100, 800);
        shell.open();
        try {
            Ui.settle();
            Label total = Ui.find(shell, "timeline.total", Label.class);
            assertTrue(total.getText().startsWith("Total 656 s (10 min 56 s)"), total.getText());

            form.select(Stress.FIXATION_1);
            Ui.settle();
            assertEquals(Stress.FIXATION_1, form.selectedPath());
            assertEquals("1", Ui.find(shell, "field.duration", Text.class).getText());
            assertNull(form.outlineItem(Stress.FIXATION_1).getImage(), "no problem yet");

            Ui.enter(shell, "duration", "-1");
            assertTrue(doc.isDirty());
            assertSame(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_ERROR), form.outlineItem(Stress.FIXATION_1).getImage(),
                    "the phase at fault is decorated");
            assertTrue(form.outlineItem(ParadigmPaths.trial(0, 0)).getImage() != null, "and its trial, smaller");
            assertTrue(form.detailsProblems().contains("negative duration -1000 ms"), form.detailsProblems());
            Table problems = Ui.find(shell, "problems", Table.class);
            assertTrue(rowFor(problems, Stress.FIXATION_1) != null, "listed in the Problems section");

            form.select("flow[0]");
            Ui.settle();
            TableItem row = rowFor(problems, Stress.FIXATION_1);
            problems.setSelection(row);
            Event e = new Event();
            e.item = row;
            problems.notifyListeners(SWT.Selection, e);
            Ui.settle();
            assertEquals(Stress.FIXATION_1, form.selectedPath(), "a problem selects its element");

            assertTrue(editing.undo());
            Ui.settle();
            assertFalse(doc.isDirty());
            assertNull(form.outlineItem(Stress.FIXATION_1).getImage(), "the problem is gone");
            assertEquals("", form.detailsProblems());
            assertEquals("1", Ui.find(shell, "field.duration", Text.class).getText(), "the field shows the value again");

            form.select(Stress.ITEM_1);
            Ui.settle();
            assertEquals("20", Ui.find(shell, "field.duration", Text.class).getText());
            long before = form.timelineLayout().totalMs();
            Ui.enter(shell, "duration", "25 s");
            assertEquals(before + 5000, form.timelineLayout().totalMs());
            assertTrue(total.getText().startsWith("Total 661 s (11 min 1 s)"), total.getText());

            Ui.enter(shell, "duration", "soon");
            assertTrue(form.detailsStatus().startsWith("Duration (s): 'soon' is not a duration"), form.detailsStatus());
            assertEquals(Timing.millis(25_000), ((Phase) ParadigmPaths.get(doc.paradigm(), Stress.ITEM_1)).timing());

            Path file = dir.resolve("stress.paradigm.json");
            doc.save(file);
            assertFalse(doc.isDirty());
            Paradigm read = new ParadigmJson(Stress.types()).read(file);
            assertEquals(Timing.millis(25_000), ((Phase) ParadigmPaths.get(read, Stress.ITEM_1)).timing());
        } finally {
            shell.dispose();
        }
    }

    @Test
    void choosingAnotherFeedbackRuleRebuildsTheDetails() {
        Shell shell = new Shell(Ui.display());
        shell.setLayout(new FillLayout());
        ParadigmEditing editing = new ParadigmEditing(
                new ParadigmDocument(Stress.types(), Stress.paradigm(), null, null), new DefaultOperationHistory());
        ParadigmForm form = new ParadigmForm(shell, editing);
        shell.setSize(900, 700);
        shell.open();
        try {
            form.select(Stress.FEEDBACK);
            Ui.settle();
            Ui.enter(shell, "correct", "14");
            assertTrue(form.detailsProblems().contains("cannot be met"), form.detailsProblems());
            assertSame(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_ERROR), form.outlineItem(Stress.FEEDBACK).getImage());
            org.eclipse.swt.widgets.Combo rule = Ui.find(shell, "field.rule", org.eclipse.swt.widgets.Combo.class);
            rule.select(rule.indexOf("scripted"));
            rule.notifyListeners(SWT.Selection, new Event());
            Ui.until(() -> !Ui.find(shell, "field.rule", org.eclipse.swt.widgets.Combo.class).equals(rule)
                    || rule.isDisposed(), java.time.Duration.ofSeconds(5));
            Ui.settle();
            assertTrue(Ui.find(shell, "field.values", Text.class).getText().startsWith("Wrong, Wrong"));
            assertEquals("", form.detailsProblems(), "13 scripted values for 13 trials");
        } finally {
            shell.dispose();
        }
    }

    private static TableItem rowFor(Table table, String path) {
        for (TableItem i : table.getItems()) {
            if (path.equals(i.getText(1))) {
                return i;
            }
        }
        return null;
    }
}
