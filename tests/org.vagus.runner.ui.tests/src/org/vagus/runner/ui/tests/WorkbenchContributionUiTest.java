package org.vagus.runner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Arrays;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.vagus.runner.ui.views.SessionView;

/**
 * In the real workbench (the Tycho UI harness): the Session view is registered, part of the Run perspective through
 * this bundle's perspective extension, injected (its templates come from the extension registry), and shows its
 * Start button. Skipped on a plain classpath, where no workbench runs.
 */
class WorkbenchContributionUiTest {
    static final String RUN_PERSPECTIVE = "org.vagus.app.perspectives.run";

    @Test
    void theSessionViewIsInTheRunPerspective() throws Exception {
        assumeTrue(workbenchRunning(), "needs the workbench (Tycho UI harness)");
        IWorkbench workbench = PlatformUI.getWorkbench();
        assertNotNull(workbench.getViewRegistry().find(SessionView.ID), "view registered");
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = workbench.showPerspective(RUN_PERSPECTIVE, window);
        UiLoop.until(() -> page.findView(SessionView.ID) != null, Duration.ofSeconds(10));
        IViewPart view = page.findView(SessionView.ID);
        assertEquals("Session", view.getTitle());
        assertTrue(Arrays.asList(page.getShowViewShortcuts()).contains(SessionView.ID), "in Window > Show View");
        page.activate(view);
        UiLoop.settle();
        Button start = SessionViewUiTest.find(window.getShell(), "start", Button.class);
        assertEquals("Start", start.getText());
        Combo paradigm = SessionViewUiTest.find(window.getShell(), "paradigm", Combo.class);
        assertTrue(paradigm.getItemCount() >= 1 && paradigm.getItem(0).contains("stress-task"),
                "templates read from the extension registry: " + Arrays.toString(paradigm.getItems()));
    }

    private static boolean workbenchRunning() {
        try {
            return PlatformUI.isWorkbenchRunning();
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }
}
