package org.vagus.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.app.OpenStudy;
import org.vagus.app.explorer.StudyExplorer;
import org.vagus.app.internal.StudyOpener;
import org.vagus.app.perspectives.AnalyzePerspective;
import org.vagus.app.perspectives.DesignPerspective;
import org.vagus.app.perspectives.RunPerspective;

/**
 * Runs inside the real workbench (Tycho UI harness, the org.vagus.app.workbench application) on the display
 * that xvfb-run provides, and checks what a user sees by walking the SWT widget tree.
 */
class WorkbenchUiTest {
    private final IWorkbench workbench = PlatformUI.getWorkbench();

    @AfterEach
    void closeStudy() {
        workbench.getService(IEclipseContext.class).remove(OpenStudy.class);
    }

    @Test
    void threePerspectivesEachShowTheStudyExplorer() throws Exception {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        assertNotNull(window, "workbench window");
        for (String id : List.of(DesignPerspective.ID, RunPerspective.ID, AnalyzePerspective.ID)) {
            IPerspectiveDescriptor d = workbench.getPerspectiveRegistry().findPerspectiveWithId(id);
            assertNotNull(d, "perspective " + id + " registered");
            IWorkbenchPage page = workbench.showPerspective(id, window);
            settle();
            assertEquals(id, page.getPerspective().getId());
            assertNotNull(page.findView(StudyExplorer.ID), "study explorer in " + d.getLabel());
            assertNotNull(page.findView("org.eclipse.ui.views.ProgressView"), "progress view in " + d.getLabel());
        }
        List<String> labels = List.of(DesignPerspective.ID, RunPerspective.ID, AnalyzePerspective.ID).stream()
                .map(id -> workbench.getPerspectiveRegistry().findPerspectiveWithId(id).getLabel()).toList();
        assertEquals(List.of("Design", "Run", "Analyze"), labels);
    }

    @Test
    void studyExplorerListsParticipantsAndSessionsOfAStudyFolder(@TempDir Path dir) throws Exception {
        Path study = SmallStudy.create(dir.resolve("gad-study"));
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        workbench.showPerspective(AnalyzePerspective.ID, window);
        Job job = StudyOpener.open(workbench.getService(IEclipseContext.class), study);
        while (job.getResult() == null) {
            settle();
        }
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        settle();

        Tree tree = findExplorerTree(window);
        List<String> participants = new ArrayList<>();
        List<String> sessionsOfFirst = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            participants.add(item.getText());
        }
        TreeItem first = tree.getItem(0);
        first.setExpanded(true);
        settle();
        for (TreeItem s : first.getItems()) {
            sessionsOfFirst.add(s.getText());
        }
        assertEquals(3, participants.size(), participants.toString());
        assertTrue(participants.get(0).startsWith("sub-01"), participants.toString());
        assertTrue(participants.get(0).contains("group High"), participants.toString());
        assertTrue(participants.get(2).startsWith("sub-03"), participants.toString());
        assertEquals(List.of("ses-01", "ses-02"), sessionsOfFirst);
    }

    @Test
    void preferencePageIsRegistered() {
        List<String> ids = new ArrayList<>();
        for (IPreferenceNode n : workbench.getPreferenceManager().getRootSubNodes()) {
            ids.add(n.getId());
        }
        assertTrue(ids.contains("org.vagus.app.preferences.general"), ids.toString());
    }

    private static Tree findExplorerTree(IWorkbenchWindow window) throws Exception {
        Control explorer = ((org.eclipse.ui.part.ViewPart) window.getActivePage().showView(StudyExplorer.ID))
                .getSite().getShell();
        List<Tree> trees = new ArrayList<>();
        collect(explorer, trees);
        Tree found = null;
        for (Tree t : trees) {
            if (t.getItemCount() > 0 && t.getItem(0).getText().startsWith("sub-")) {
                found = t;
            }
        }
        assertNotNull(found, "a tree listing participants; trees seen: " + trees.size());
        return found;
    }

    private static void collect(Control c, List<Tree> out) {
        if (c instanceof Tree t) {
            out.add(t);
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, out);
            }
        }
    }

    /** Runs the event loop until it is idle. */
    private static void settle() {
        Display d = Display.getCurrent();
        for (int i = 0; i < 50; i++) {
            while (d.readAndDispatch()) {
                // dispatch everything queued
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
