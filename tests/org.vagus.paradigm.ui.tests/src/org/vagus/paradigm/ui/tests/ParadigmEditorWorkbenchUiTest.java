package org.vagus.paradigm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Phase;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.io.ParadigmJson;
import org.vagus.paradigm.templates.StressTaskTemplate;
import org.vagus.paradigm.ui.editor.ParadigmEditor;
import org.vagus.paradigm.ui.editor.ParadigmForm;
import org.vagus.paradigm.ui.handlers.NewFromTemplateHandler;
import org.vagus.paradigm.ui.model.ParadigmPaths;

/**
 * In the real workbench (the Tycho UI harness): the stress template opened by the command New Paradigm from Template
 * in the Design perspective, a negative fixation shown on its phase with the editor dirty, Edit > Undo's command
 * taking it back, the timeline total following a longer item, Save As and Save through ParadigmJson. Skipped on a
 * plain class path, where no workbench runs.
 */
class ParadigmEditorWorkbenchUiTest {
    static final String DESIGN = "org.vagus.app.perspectives.design";
    static final String WIZARD = "org.vagus.paradigm.ui.wizards.newParadigm";

    @Test
    void theStressTemplateIsEditedUndoneAndSaved(@TempDir Path dir) throws Exception {
        assumeTrue(workbenchRunning(), "needs the workbench (Tycho UI harness)");
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = workbench.showPerspective(DESIGN, window);
        assertTrue(Arrays.asList(page.getNewWizardShortcuts()).contains(WIZARD), "the Design perspective's New shortcut");
        IHandlerService handlers = window.getService(IHandlerService.class);
        ICommandService commands = window.getService(ICommandService.class);

        Command newFromTemplate = commands.getCommand(NewFromTemplateHandler.COMMAND);
        Object opened = handlers.executeCommand(ParameterizedCommand.generateCommand(newFromTemplate,
                Map.of(NewFromTemplateHandler.TEMPLATE, StressTaskTemplate.ID)), null);
        ParadigmEditor editor = assertInstanceOf(ParadigmEditor.class, opened);
        Ui.settle();
        assertSame(editor, page.getActiveEditor());
        assertEquals("New " + StressTaskTemplate.ID, editor.getPartName());
        assertFalse(editor.isDirty());
        ParadigmForm form = editor.form();
        try {
            form.select(Stress.FIXATION_1);
            Ui.settle();
            Ui.enter(form.control(), "duration", "-1");
            assertTrue(editor.isDirty(), "dirty after the edit");
            assertTrue(editor.document().problemIndex().on(Stress.FIXATION_1).stream()
                    .anyMatch(p -> p.isError() && p.message().contains("negative duration")));
            assertSame(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_ERROR), form.outlineItem(Stress.FIXATION_1).getImage());
            assertTrue(form.detailsProblems().contains("negative duration -1000 ms"), form.detailsProblems());

            // Edit > Undo runs this command; the editor's undo handler serves it once the history has told it
            Command undo = commands.getCommand(IWorkbenchCommandConstants.EDIT_UNDO);
            Ui.until(undo::isEnabled, Duration.ofSeconds(10));
            handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
            Ui.until(() -> !editor.isDirty(), Duration.ofSeconds(10));
            assertTrue(editor.document().problemIndex().on(Stress.FIXATION_1).isEmpty());
            assertEquals(null, form.outlineItem(Stress.FIXATION_1).getImage());
            Command redo = commands.getCommand(IWorkbenchCommandConstants.EDIT_REDO);
            Ui.until(redo::isEnabled, Duration.ofSeconds(10));
            handlers.executeCommand(IWorkbenchCommandConstants.EDIT_REDO, null);
            Ui.until(editor::isDirty, Duration.ofSeconds(10));
            Ui.until(undo::isEnabled, Duration.ofSeconds(10));
            handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
            Ui.until(() -> !editor.isDirty(), Duration.ofSeconds(10));
            Ui.settle();

            form.select(Stress.ITEM_1);
            Ui.settle();
            long before = form.timelineLayout().totalMs();
            Ui.enter(form.control(), "duration", "25");
            assertEquals(before + 5000, form.timelineLayout().totalMs(), "the timeline total grows by 5 s");
            assertTrue(editor.isDirty());

            Path file = dir.resolve("stress.paradigm.json");
            editor.saveAs(file);
            assertFalse(editor.isDirty());
            assertEquals("stress", editor.getPartName());
            Paradigm read = new ParadigmJson(Stress.types()).read(file);
            assertEquals(Timing.millis(25_000), ((Phase) ParadigmPaths.get(read, Stress.ITEM_1)).timing());

            Ui.enter(form.control(), "duration", "30");
            assertTrue(editor.isDirty());
            assertTrue(page.saveEditor(editor, false), "File > Save");
            assertFalse(editor.isDirty());
            read = new ParadigmJson(Stress.types()).read(file);
            assertEquals(Timing.millis(30_000), ((Phase) ParadigmPaths.get(read, Stress.ITEM_1)).timing());
        } finally {
            page.closeEditor(editor, false);
        }
    }

    @Test
    void theMenusOfferUndoRedoAndTheParadigmCommandsInTheDesignPerspective() throws Exception {
        assumeTrue(workbenchRunning(), "needs the workbench (Tycho UI harness)");
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        workbench.showPerspective(DESIGN, window);
        Menu bar = window.getShell().getMenuBar();
        assertNotNull(bar);
        Ui.until(() -> topLevel(bar, "Edit") != null && topLevel(bar, "Paradigm") != null, Duration.ofSeconds(10));
        assertNotNull(PlatformUI.getWorkbench().getEditorRegistry().findEditor(ParadigmEditor.ID), "editor registered");
    }

    private static MenuItem topLevel(Menu bar, String text) {
        for (MenuItem i : bar.getItems()) {
            if (i.getText().replace("&", "").equals(text) && i.getMenu() != null) {
                return i;
            }
        }
        return null;
    }

    private static boolean workbenchRunning() {
        try {
            return PlatformUI.isWorkbenchRunning();
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }
}
