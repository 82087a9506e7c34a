package org.vagus.runner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.app.OpenStudy;
import org.vagus.core.model.Participant;
import org.vagus.paradigm.templates.StressTaskTemplate;
import org.vagus.runner.SessionState;
import org.vagus.runner.io.SessionFiles;
import org.vagus.runner.ui.SessionLauncher;
import org.vagus.runner.ui.views.SessionView;
import org.vagus.study.StudyFolder;

/**
 * The Session view in a shell of its own (the same part the Run perspective shows): its choices, a short session
 * started with its Start button, the timing audit summary at the end, the files in the study.
 */
class SessionViewUiTest {
    /** A new study in {@code dir/study} with one participant, opened as the workbench holds it. */
    static OpenStudy studyWith(Path dir, String participant) throws java.io.IOException {
        Path folder = dir.resolve("study");
        try (StudyFolder f = StudyFolder.create(folder, "UI test study")) {
            f.addParticipant(Participant.of(participant));
        }
        try (StudyFolder f = StudyFolder.openReadOnly(folder)) {
            return new OpenStudy(folder, f.study(), false);
        }
    }


    @Test
    void startRunsASessionIntoTheStudyAndShowsTheTimingAudit(@TempDir Path dir) throws Exception {
        Display display = UiLoop.display();
        OpenStudy open = studyWith(dir, "01");
        Path folder = open.folder();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        SessionView view = new SessionView();
        view.setStudy(open);
        view.createControls(new Composite(shell, SWT.NONE));
        shell.setSize(700, 500);
        shell.open();
        try {
            Combo paradigm = find(shell, "paradigm", Combo.class);
            assertTrue(paradigm.getItem(0).startsWith("template " + StressTaskTemplate.ID), paradigm.getItem(0));
            Combo participant = find(shell, "participant", Combo.class);
            assertEquals(List.of("01"), List.of(participant.getItems()));
            assertTrue(find(shell, "monitor", Combo.class).getItemCount() >= 1, "monitors listed");
            assertEquals(4, find(shell, "corner", Combo.class).getItemCount());

            view.selectParadigm(TestParadigms.probe(3, 150), null);
            participant.setText("02");
            find(shell, "photodiode", Button.class).setSelection(true);
            Button start = find(shell, "start", Button.class);
            assertTrue(start.isEnabled());
            start.notifyListeners(SWT.Selection, new Event());
            assertTrue(view.isRunning());
            assertFalse(start.isEnabled(), "Start disabled while running");
            UiLoop.until(() -> !view.isRunning(), Duration.ofSeconds(30));

            assertTrue(view.statusText().startsWith("Completed."), view.statusText());
            assertTrue(view.auditText().startsWith("Timing audit: 4 screens: onset error median"), view.auditText());
            assertTrue(view.auditText().contains("p99") && view.auditText().contains("max"), view.auditText());
            SessionFiles files = new SessionFiles(folder.resolve("sub-02/ses-01"), "02", "01", "probe", java.util.Map.of());
            assertTrue(Files.isRegularFile(files.eventsFile(1)), "events in the study");
            assertTrue(Files.readString(files.eventsSidecar(1)).contains("photodiode patch bottom-left"),
                    "the presentation recorded in the sidecar");
            assertEquals(SessionState.Status.COMPLETED, files.loadState().status());
            try (StudyFolder f = StudyFolder.openReadOnly(folder)) {
                assertTrue(f.study().participant("02").isPresent(), "participant added to the study");
            }
            assertEquals(List.of("probe"), SessionLauncher.savedTasks(files.directory(), "02", "01"));

            // the same session again is refused, with the way out
            start.notifyListeners(SWT.Selection, new Event());
            UiLoop.until(() -> !view.isRunning(), Duration.ofSeconds(10));
            assertTrue(view.statusText().contains("already has a session of task probe"), view.statusText());
        } finally {
            view.dispose();
            shell.dispose();
            UiLoop.settle();
        }
    }

    @Test
    void abortThenResumeFromTheViewsButtons(@TempDir Path dir) throws Exception {
        Display display = UiLoop.display();
        OpenStudy open = studyWith(dir, "05");
        Path folder = open.folder();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        SessionView view = new SessionView();
        view.setStudy(open);
        view.createControls(new Composite(shell, SWT.NONE));
        shell.setSize(700, 500);
        shell.open();
        try {
            view.selectParadigm(TestParadigms.trials(4, 150, 400), null);
            find(shell, "participant", Combo.class).setText("05");
            find(shell, "start", Button.class).notifyListeners(SWT.Selection, new Event());
            UiLoop.until(() -> view.statusText().contains("trial 1 of 4 done"), Duration.ofSeconds(20));
            Button abort = find(shell, "abort", Button.class);
            assertTrue(abort.isEnabled());
            abort.notifyListeners(SWT.Selection, new Event());
            UiLoop.until(() -> !view.isRunning(), Duration.ofSeconds(10));
            assertTrue(view.statusText().startsWith("Aborted"), view.statusText());

            find(shell, "resume", Button.class).notifyListeners(SWT.Selection, new Event());
            UiLoop.until(() -> !view.isRunning(), Duration.ofSeconds(20));
            assertTrue(view.statusText().startsWith("Completed."), view.statusText());
            SessionFiles files = new SessionFiles(folder.resolve("sub-05/ses-01"), "05", "01", "trials",
                    java.util.Map.of());
            SessionState state = files.loadState();
            assertEquals(SessionState.Status.COMPLETED, state.status());
            assertEquals(2, state.runs().size(), "the resumed run is the second");
            assertTrue(Files.isRegularFile(files.eventsFile(2)));
        } finally {
            view.dispose();
            shell.dispose();
            UiLoop.settle();
        }
    }

    @Test
    void withoutAStudyNothingStarts() {
        Display display = UiLoop.display();
        Shell shell = new Shell(display);
        SessionView view = new SessionView();
        view.createControls(new Composite(shell, SWT.NONE));
        try {
            assertFalse(find(shell, "start", Button.class).isEnabled());
            assertTrue(find(shell, "study", org.eclipse.swt.widgets.Label.class).getText().startsWith("No study open"));
        } finally {
            shell.dispose();
        }
    }

    static <T extends Control> T find(Control root, String key, Class<T> type) {
        List<Control> all = new ArrayList<>();
        collect(root, all);
        for (Control c : all) {
            if (key.equals(c.getData(SessionView.KEY)) && type.isInstance(c)) {
                return type.cast(c);
            }
        }
        assertNotNull(null, "no " + type.getSimpleName() + " '" + key + "' in the view");
        return null;
    }

    private static void collect(Control c, List<Control> out) {
        out.add(c);
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, out);
            }
        }
    }
}
