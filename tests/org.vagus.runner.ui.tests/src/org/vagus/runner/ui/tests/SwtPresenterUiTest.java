package org.vagus.runner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
import org.vagus.runner.TimingAudit;
import org.vagus.runner.io.SessionFiles;
import org.vagus.runner.ui.OnsetTrace;
import org.vagus.runner.ui.PresenterOptions;
import org.vagus.runner.ui.SwtPresenter;
import org.vagus.runner.ui.photodiode.PhotodiodePatch;

/**
 * A short session on the real display (xvfb-run in CI): a fixation and five 200 ms screens through the runner and
 * the full-screen presenter, with key presses (and one click of the left button) posted as real SWT events 50 ms after each stimulus's
 * onset.
 */
class SwtPresenterUiTest {

    @Test
    void fiveScreensWithPostedKeysGetOnsetsReactionTimesAuditAndEvents(@TempDir Path dir) throws Exception {
        Display display = UiLoop.display();
        MonotonicClock clock = MonotonicClock.INSTANCE;
        Paradigm paradigm = TestParadigms.probe(5, 200);
        SwtPresenter presenter = new SwtPresenter(display, clock,
                PresenterOptions.defaults().withPhotodiode(PhotodiodePatch.at(PhotodiodePatch.Corner.BOTTOM_LEFT)),
                null);
        try {
            SessionFiles files = new SessionFiles(dir.resolve("sub-01/ses-01"), "01", "01", paradigm.bidsTask(),
                    Map.of("VagusPresenter", "swt"));
            NominalRecording recording = new NominalRecording(SamplingRate.ofHertz(1000), clock.nanoTime());
            RunListener script = new RunListener() {
                @Override
                public void screenShown(Screen screen, String trialType, long scheduledNanos, long actualNanos) {
                    if (Screen.STIMULUS.equals(screen.kind()) && screen.text().equals("E")) {
                        display.asyncExec(() -> display.timerExec(50, () -> UiLoop.postClick(400, 300, 1)));
                    } else if (Screen.STIMULUS.equals(screen.kind())) {
                        char key = screen.text().charAt(0) % 2 == 0 ? '2' : '1';
                        display.asyncExec(() -> display.timerExec(50, () -> UiLoop.postKey(key)));
                    }
                }
            };
            SessionSetup setup = SessionSetup.of(clock, presenter, presenter.responses(), recording).withStore(files)
                    .withListener(script);
            SessionRunner runner = new SessionRunner(paradigm, new SessionState("01", "01", paradigm.id(), 7), setup);
            presenter.onAbort(runner::abort);
            SessionResult r = UiLoop.await(UiLoop.onWorker("session", runner::run), Duration.ofSeconds(30));

            assertTrue(r.completed(), r.status().toString());
            List<TimingAudit.Row> audit = r.state().allAudit();
            assertEquals(6, audit.size(), "a fixation and five stimuli in the audit");
            for (TimingAudit.Row row : audit) {
                assertTrue(row.errorNanos() >= 0, "actual onset not before the scheduled one: " + row);
                assertTrue(row.actualSeconds() >= row.scheduledSeconds() - 0.001, row.toString());
            }
            List<OnsetTrace> traces = presenter.traces();
            assertEquals(7, traces.size(), "six screens and the closing blank were painted");
            for (OnsetTrace t : traces) {
                assertTrue(t.painted(), "painted: " + t);
                assertTrue(t.scheduled() <= t.uiStart() && t.uiStart() <= t.paintStart()
                        && t.paintStart() <= t.paintEnd() && t.paintEnd() <= t.onset(), "stages in order: " + t);
            }
            TimingAudit.Summary s = r.audit();
            assertEquals(6, s.screens());
            assertTrue(s.max() >= s.p99() && s.p99() >= s.median() && s.median() >= 0, s.describe());
            System.out.println("[runner.ui] 6 screens of 200 ms under SWT: " + s.describe());

            List<Event> events = r.state().allEvents();
            List<Event> responses = events.stream().filter(e -> e.trialType().equals("response")).toList();
            assertEquals(5, responses.size(), "one posted key per stimulus: " + events);
            for (Event e : responses) {
                double rt = Double.parseDouble(e.column(Event.Columns.RESPONSE_TIME).orElseThrow());
                assertTrue(rt > 0 && rt < 0.2, "reaction time within the screen: " + rt);
                assertTrue(List.of("1", "2", "mouse1").contains(e.column(Event.Columns.RESPONSE).orElseThrow()));
            }
            List<Event> items = events.stream().filter(e -> e.trialType().equals("item")).toList();
            assertEquals(5, items.size());
            assertEquals("1", items.get(0).column(Event.Columns.RESPONSE).orElseThrow(), "A answered 1");
            assertEquals("2", items.get(1).column(Event.Columns.RESPONSE).orElseThrow(), "B answered 2");
            assertEquals("mouse1", items.get(4).column(Event.Columns.RESPONSE).orElseThrow(), "E answered by a click");

            Path tsv = files.eventsFile(1);
            assertTrue(Files.isRegularFile(tsv), "events written: " + tsv);
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            assertTrue(lines.get(0).startsWith("onset\tduration"), lines.get(0));
            assertEquals(1 + 6 + 5, lines.size(), "header, six screens, five responses");
            assertFalse(Files.readString(files.timingFile()).isBlank(), "timing audit written");
        } finally {
            presenter.close();
            UiLoop.settle();
        }
    }
}
