package org.vagus.runner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.model.Event;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.paradigm.Paradigm;
import org.vagus.runner.NominalRecording;
import org.vagus.runner.RunListener;
import org.vagus.runner.Screen;
import org.vagus.runner.SessionResult;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionSetup;
import org.vagus.runner.SessionState;
import org.vagus.runner.io.SessionFiles;
import org.vagus.runner.ui.PresenterOptions;
import org.vagus.runner.ui.SwtPresenter;

/**
 * Escape on the presentation asks for confirmation; Enter keeps the session going, A aborts it; the saved state then
 * resumes at the interrupted trial in a second run on the same presentation.
 */
class AbortResumeUiTest {

    @Test
    void escapeConfirmedAbortsAndTheSessionResumes(@TempDir Path dir) throws Exception {
        Display display = UiLoop.display();
        MonotonicClock clock = MonotonicClock.INSTANCE;
        Paradigm paradigm = TestParadigms.trials(4, 150, 600);
        SessionFiles files = new SessionFiles(dir.resolve("sub-07/ses-01"), "07", "01", paradigm.bidsTask(), Map.of());
        SwtPresenter presenter = new SwtPresenter(display, clock, PresenterOptions.defaults(), null);
        try {
            RunListener escapeInTrial2 = new RunListener() {
                @Override
                public void screenShown(Screen screen, String trialType, long scheduledNanos, long actualNanos) {
                    if (Screen.STIMULUS.equals(screen.kind()) && screen.trial() == 2) {
                        display.asyncExec(() -> UiLoop.postKey(SWT.ESC, SWT.ESC));
                    }
                }
            };
            SessionRunner first = runner(paradigm, new SessionState("07", "01", paradigm.id(), 11), presenter, clock,
                    files, escapeInTrial2);
            CompletableFuture<SessionResult> run = UiLoop.onWorker("session", first::run);
            UiLoop.until(() -> presenter.confirmingAbort() || run.isDone(), Duration.ofSeconds(20));
            assertTrue(presenter.confirmingAbort(), "Escape opened the confirmation");
            UiLoop.postKey('a');
            SessionResult aborted = UiLoop.await(run, Duration.ofSeconds(20));
            assertEquals(SessionState.Status.ABORTED, aborted.status());
            assertEquals(1, aborted.state().trialsDone(), "trial 1 done, trial 2 interrupted");
            List<Event> run1 = aborted.state().currentRun().events();
            assertEquals("abort", run1.get(run1.size() - 1).trialType());

            SessionState saved = files.loadState();
            assertEquals(SessionState.Status.ABORTED, saved.status());
            SessionRunner second = runner(paradigm, saved, presenter, clock, files, null);
            SessionResult resumed = UiLoop.await(UiLoop.onWorker("resume", second::run), Duration.ofSeconds(20));
            assertTrue(resumed.completed(), resumed.status().toString());
            assertEquals(2, resumed.state().runs().size());
            List<String> items = resumed.state().currentRun().events().stream()
                    .filter(e -> e.trialType().equals("item")).map(e -> e.column(Event.Columns.ITEM_CODE).orElse("?"))
                    .toList();
            assertEquals(List.of("T2", "T3", "T4"), items, "resumed at the interrupted trial");
            assertTrue(Files.isRegularFile(files.eventsFile(2)), "second run's events written");
        } finally {
            presenter.close();
            UiLoop.settle();
        }
    }

    @Test
    void escapeThenContinueKeepsTheSessionGoing() throws Exception {
        Display display = UiLoop.display();
        MonotonicClock clock = MonotonicClock.INSTANCE;
        Paradigm paradigm = TestParadigms.trials(2, 150, 600);
        SwtPresenter presenter = new SwtPresenter(display, clock, PresenterOptions.defaults(), null);
        try {
            RunListener escape = new RunListener() {
                @Override
                public void screenShown(Screen screen, String trialType, long scheduledNanos, long actualNanos) {
                    if (Screen.STIMULUS.equals(screen.kind()) && screen.trial() == 1) {
                        display.asyncExec(() -> UiLoop.postKey(SWT.ESC, SWT.ESC));
                    }
                }
            };
            SessionRunner runner = runner(paradigm, new SessionState("08", "01", paradigm.id(), 5), presenter, clock,
                    null, escape);
            CompletableFuture<SessionResult> run = UiLoop.onWorker("session", runner::run);
            UiLoop.until(() -> presenter.confirmingAbort() || run.isDone(), Duration.ofSeconds(20));
            assertTrue(presenter.confirmingAbort(), "Escape opened the confirmation");
            UiLoop.postKey('\r', SWT.CR);
            UiLoop.until(() -> !presenter.confirmingAbort(), Duration.ofSeconds(5));
            SessionResult r = UiLoop.await(run, Duration.ofSeconds(20));
            assertTrue(r.completed(), "Enter chose Continue: " + r.status());
            assertEquals(2, r.state().allEvents().stream().filter(e -> e.trialType().equals("item")).count(),
                    "both trials shown");
            assertEquals(1, r.state().runs().size());
        } finally {
            presenter.close();
            UiLoop.settle();
        }
    }

    private static SessionRunner runner(Paradigm paradigm, SessionState state, SwtPresenter presenter,
            MonotonicClock clock, SessionFiles files, RunListener listener) {
        NominalRecording recording = new NominalRecording(SamplingRate.ofHertz(1000), clock.nanoTime());
        SessionSetup setup = SessionSetup.of(clock, presenter, presenter.responses(), recording).withStore(files)
                .withListener(listener);
        SessionRunner runner = new SessionRunner(paradigm, state, setup);
        presenter.onAbort(runner::abort);
        return runner;
    }
}
