package org.vagus.runner.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.model.Event;
import org.vagus.core.model.Event.Columns;
import org.vagus.io.bids.EventsTsv;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.paradigm.FeedbackRule;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.phases.FeedbackPhase;
import org.vagus.paradigm.phases.FixationPhase;
import org.vagus.runner.HeadlessPresenter;
import org.vagus.runner.NominalRecording;
import org.vagus.runner.SessionSetup;
import org.vagus.runner.simulation.SimulatedParticipant;
import org.vagus.runner.simulation.SimulationParameters;
import org.vagus.runner.RunListener;
import org.vagus.runner.Screen;
import org.vagus.runner.SessionResult;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionState;
import org.vagus.runner.io.SessionFiles;

class AbortResumeTest {

    private static SessionFiles files(Path dir) {
        return new SessionFiles(dir.resolve("sub-01/ses-01"), "01", "01", "stress", Map.of("VagusTest", true));
    }

    @Test
    void abortKeepsEverythingAndResumeFinishesTheSession(@TempDir Path dir) throws Exception {
        Paradigm p = Headless.stress();
        SessionFiles files = files(dir);
        // first run: aborted while trial 5's item is up
        Headless first = new Headless(21);
        SessionRunner[] runner = new SessionRunner[1];
        RunListener abortAtTrial5 = new RunListener() {
            @Override
            public void screenShown(Screen screen, String trialType, long scheduled, long actual) {
                if (screen.trial() == 5 && trialType.equals("item")) {
                    runner[0].abort();
                }
            }
        };
        runner[0] = new SessionRunner(p, new SessionState("01", "01", p.id(), 42),
                first.setup.withStore(files).withListener(abortAtTrial5));
        SessionResult aborted = runner[0].run();
        assertEquals(SessionState.Status.ABORTED, aborted.status());
        assertFalse(Thread.currentThread().isInterrupted(), "the abort does not leak the interrupt");

        // what is on disk: 4 trials done, the partial trial 5 and the abort in run 1's events, 3 questionnaires
        SessionState saved = files.loadState();
        assertEquals(SessionState.Status.ABORTED, saved.status());
        assertEquals(5, saved.step(), "the task step");
        assertEquals(4, saved.trialsDone());
        assertEquals(3, saved.questionnaires().size());
        List<Event> run1 = EventsTsv.read(files.eventsFile(1));
        assertEquals("abort", run1.get(run1.size() - 1).trialType());
        Event partialItem = run1.get(run1.size() - 2);
        assertEquals("item", partialItem.trialType());
        assertEquals(5, partialItem.trial());
        assertTrue(partialItem.hasDuration(), "closed at the abort");
        List<Integer> plan = saved.plans().get("stress").correctTrials();

        // second run, a new process and a new recording: resumes at trial 5
        Headless second = new Headless(22);
        SessionResult done = new SessionRunner(p, saved, second.setup.withStore(files)).run();
        assertTrue(done.completed());
        SessionState end = files.loadState();
        assertEquals(SessionState.Status.COMPLETED, end.status());
        assertEquals(2, end.runs().size());
        assertEquals(plan, end.plans().get("stress").correctTrials(), "the same planned feedback");
        assertEquals(5, end.questionnaires().size());
        List<Event> run2 = EventsTsv.read(files.eventsFile(2));
        assertTrue(Files.exists(dir.resolve("sub-01/ses-01/sub-01_ses-01_task-stress_run-2_events.tsv")));
        assertEquals(5, run2.stream().filter(e -> e.trialType().equals("fixation")).findFirst().orElseThrow().trial(),
                "no introduction again; trial 5 from its start");

        // completed trials across the runs: 13, the items in order, 2 Correct and 11 Wrong
        List<Event> feedback = new ArrayList<>();
        Stream.concat(run1.stream(), run2.stream()).filter(e -> e.trialType().equals("feedback")).forEach(feedback::add);
        assertEquals(13, feedback.size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13), feedback.stream().map(Event::trial).toList());
        assertEquals(List.of("B12", "C10", "C12", "D9", "D10", "D11", "D12", "E7", "E8", "E9", "E10", "E11", "E12"),
                feedback.stream().map(e -> e.column(Columns.ITEM_CODE).orElseThrow()).toList());
        assertEquals(plan, feedback.stream().filter(e -> e.column(Columns.FEEDBACK).orElseThrow().equals("Correct"))
                .map(Event::trial).toList());
        // the timing audit covers both runs
        assertEquals(end.allAudit().size(), Files.readAllLines(files.timingFile()).size() - 1);
        // no temporary files left behind
        try (Stream<Path> s = Files.list(files.directory())) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
        }
        // a completed session is not run again
        assertThrows(IllegalArgumentException.class, () -> new SessionRunner(p, end, second.setup));
    }

    @Test
    void stateIsOnDiskAfterEveryTrial(@TempDir Path dir) throws Exception {
        Paradigm p = Headless.stress();
        SessionFiles files = files(dir);
        List<String> seen = new ArrayList<>();
        Headless h = new Headless(3);
        RunListener check = new RunListener() {
            @Override
            public void screenShown(Screen screen, String trialType, long scheduled, long actual) {
                // the checkpoint of trial t-1 is written right after trial t's fixation appears (never delaying a
                // screen), so it is on disk by the time trial t's item is up
                if (trialType.equals("item")) {
                    try {
                        SessionState s = files.loadState();
                        seen.add(screen.trial() + ":" + s.trialsDone());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }
            }
        };
        new SessionRunner(p, new SessionState("01", "01", p.id(), 5), h.setup.withStore(files).withListener(check))
                .run();
        List<String> expected = new ArrayList<>();
        for (int t = 1; t <= 13; t++) {
            expected.add(t + ":" + (t - 1));
        }
        assertEquals(expected, seen, "when trial t is up, trials 1..t-1 are on disk");
    }

    @Test
    void crashedSessionResumesFromTheLastCheckpoint(@TempDir Path dir) throws Exception {
        Paradigm p = Headless.stress();
        SessionFiles files = files(dir);
        Headless h = new Headless(8);
        RunListener crash = new RunListener() {
            @Override
            public void screenShown(Screen screen, String trialType, long scheduled, long actual) {
                if (screen.trial() == 9 && trialType.equals("feedback")) {
                    throw new IllegalStateException("power cut");
                }
            }
        };
        assertThrows(IllegalStateException.class, () -> new SessionRunner(p, new SessionState("01", "01", p.id(), 5),
                h.setup.withStore(files).withListener(crash)).run());
        SessionState s = files.loadState();
        assertEquals(SessionState.Status.RUNNING, s.status(), "a crash leaves the state as it was");
        assertEquals(8, s.trialsDone());
        SessionResult r = new SessionRunner(p, s, new Headless(9).setup.withStore(files)).run();
        assertTrue(r.completed());
        assertEquals(9, EventsTsv.read(files.eventsFile(2)).stream().filter(e -> e.trialType().equals("fixation"))
                .findFirst().orElseThrow().trial());
    }

    @Test
    void abortFromAnotherThreadInRealTime(@TempDir Path dir) throws Exception {
        // short fixed phases on the monotonic clock, saved after every trial; the abort arrives from another thread
        // at various moments, during a wait or during a write, and always ends in a readable aborted state
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            trials.add(Trial.of("T" + i, List.of(FixationPhase.of(Timing.millis(5)),
                    new FeedbackPhase(Timing.millis(5)))));
        }
        Task task = new Task("quick", "Quick", new FeedbackRule.RandomCount(10, null, "C", "W"), List.of(), trials,
                List.of());
        Paradigm p = new Paradigm("quick", "Quick", "", "quick", null,
                List.of(new FlowStep.RunTask("quick"), new FlowStep.End("bye", Timing.millis(5))), List.of(task));
        MonotonicClock clock = MonotonicClock.INSTANCE;
        for (int k = 0; k < 6; k++) {
            SessionFiles f = new SessionFiles(dir.resolve("k" + k), "01", "01", "quick", Map.of());
            SessionSetup setup = SessionSetup.of(clock, new HeadlessPresenter(clock), new SimulatedParticipant(clock,
                    SimulationParameters.defaults(), k), new NominalRecording(SamplingRate.ofHertz(1000),
                            clock.nanoTime())).withStore(f);
            SessionRunner runner = new SessionRunner(p, new SessionState("01", "01", p.id(), k), setup);
            long delay = 40 + 37L * k;
            Thread aborter = new Thread(() -> {
                try {
                    Thread.sleep(600 + delay);
                } catch (InterruptedException e) {
                    return;
                }
                runner.abort();
            });
            aborter.start();
            SessionResult r = runner.run();
            aborter.join();
            assertEquals(SessionState.Status.ABORTED, r.status(), "abort after " + (600 + delay) + " ms");
            assertFalse(Thread.currentThread().isInterrupted());
            SessionState saved = f.loadState();
            assertEquals(SessionState.Status.ABORTED, saved.status());
            List<Event> events = EventsTsv.read(f.eventsFile(1));
            assertEquals("abort", events.get(events.size() - 1).trialType());
            assertTrue(saved.trialsDone() < 40, "trials done " + saved.trialsDone());
        }
    }
}
