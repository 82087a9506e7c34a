package org.vagus.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.internal.RunCommand;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.simulation.SimulatedEcgProvider;
import org.vagus.io.bids.EventsTsv;
import org.vagus.io.bids.PhysioReader;
import org.vagus.paradigm.phases.FixationPhase;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.ResponseWindow;
import org.vagus.paradigm.phases.StimulusPhase;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.io.ParadigmJson;
import org.vagus.study.StudyFolder;

/**
 * {@code vagus run --presenter swt}: the choice between on screen and headless, the clear error without a display,
 * and (with a display, such as under xvfb-run) a session on screen answered by a posted key while the simulated
 * sensor records.
 */
class RunCommandPresenterTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CommandContext ctx(Path dir) {
        return new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, null, Map.of());
    }

    private static RunCommand command() {
        return new RunCommand(SensorRegistry.of(new SimulatedEcgProvider()), onInterrupt -> () -> { });
    }

    /** A fixation of 300 ms, then a stimulus shown until the key 1 (at most 20 s). */
    private static void setUp(Path dir) throws Exception {
        try (StudyFolder f = StudyFolder.create(dir.resolve("study"), "Stress")) {
            f.directory();
        }
        Trial trial = Trial.of("K1", List.of(FixationPhase.of(Timing.millis(300)), new StimulusPhase("press 1", null,
                Timing.untilResponse(Duration.ofSeconds(20)), false, ResponseWindow.of(List.of("1")))));
        Task task = new Task("key", "Key", null, List.of(), List.of(trial), List.of());
        Paradigm p = new Paradigm("key", "Key", "", "key", null, List.of(new FlowStep.RunTask("key")),
                List.of(task));
        new ParadigmJson(TaskRegistry.builtIn()).write(dir.resolve("key.paradigm.json"), p);
    }

    private static List<String> args(String... more) {
        List<String> a = new java.util.ArrayList<>(List.of("--paradigm", "key.paradigm.json", "--participant", "01",
                "--study", "study"));
        a.addAll(List.of(more));
        return a;
    }

    @Test
    void withoutAPresenterOrSimulateItSaysWhatToAdd(@TempDir Path dir) throws Exception {
        setUp(dir);
        UsageException e = assertThrows(UsageException.class, () -> command().run(ctx(dir), args()));
        assertTrue(e.getMessage().contains("--presenter swt") && e.getMessage().contains("--simulate"),
                e.getMessage());
        e = assertThrows(UsageException.class, () -> command().run(ctx(dir), args("--presenter", "swt",
                "--simulate")));
        assertTrue(e.getMessage().contains("exclude each other"), e.getMessage());
        e = assertThrows(UsageException.class, () -> command().run(ctx(dir), args("--presenter", "tk")));
        assertTrue(e.getMessage().contains("--presenter expects swt"), e.getMessage());
        e = assertThrows(UsageException.class, () -> command().run(ctx(dir), args("--simulate", "--monitor", "1")));
        assertTrue(e.getMessage().contains("add --presenter swt"), e.getMessage());
    }

    @Test
    void withoutADisplayTheErrorSaysSo(@TempDir Path dir) throws Exception {
        assumeTrue(System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null,
                "a display is there: the on-screen test runs instead");
        setUp(dir);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> command().run(ctx(dir), args("--presenter", "swt")));
        assertTrue(e.getMessage().contains("no display"), e.getMessage());
    }

    @Test
    void onScreenAKeyAnswersTheStimulusWhileTheSensorRecords(@TempDir Path dir) throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "needs a display (run under xvfb-run)");
        setUp(dir);
        Thread[] worker = new Thread[1];
        CompletableFuture<Integer> run = new CompletableFuture<>();
        worker[0] = new Thread(() -> {
            try {
                run.complete(command().run(ctx(dir), args("--presenter", "swt", "--seed", "5", "--sensor",
                        "simulated")));
            } catch (Throwable t) {
                run.completeExceptionally(t);
            }
        }, "vagus-run");
        worker[0].setDaemon(true);
        worker[0].start();
        // press 1 every 300 ms until the session ends: presses before the stimulus are not in its window, the
        // first one in it ends it (the sensor's warm-up and the runner's lead come first)
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!run.isDone() && System.nanoTime() < end) {
            Display d = Display.findDisplay(worker[0]);
            if (d != null && !d.isDisposed()) {
                try {
                    d.asyncExec(() -> post(d, '1'));
                } catch (RuntimeException e) {
                    // disposed meanwhile
                }
            }
            Thread.sleep(300);
        }
        assertEquals(0, run.get(), err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("completed") && printed.contains("(on screen)"), printed);
        Path ses = dir.resolve("study/sub-01/ses-01");
        PhysioReader.Result r = PhysioReader.read(ses.resolve("sub-01_ses-01_task-key_physio.tsv.gz"));
        assertTrue(r.complete(), r.warnings().toString());
        List<org.vagus.core.model.Event> events = EventsTsv.read(ses.resolve("sub-01_ses-01_task-key_events.tsv"));
        org.vagus.core.model.Event stimulus = events.stream().filter(e -> e.trialType().equals("item")).findFirst()
                .orElseThrow(() -> new AssertionError("no stimulus row in " + events));
        assertEquals("1", stimulus.column(org.vagus.core.model.Event.Columns.RESPONSE).orElse(""), events.toString());
        for (org.vagus.core.model.Event e : events) {
            // onset = sample / 1000 Hz: the markers on the simulated sensor's sample clock, inside the recording
            assertEquals(e.sample() / 1000.0, e.onset(), 1e-9);
            assertTrue(e.sample() > 0 && e.sample() < r.sampleCount(), e + " of " + r.sampleCount());
        }
    }

    private static void post(Display d, char c) {
        if (d.isDisposed()) {
            return;
        }
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.character = c;
        down.keyCode = c;
        d.post(down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.character = c;
        up.keyCode = c;
        d.post(up);
    }
}
