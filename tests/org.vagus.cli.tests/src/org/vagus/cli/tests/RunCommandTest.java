package org.vagus.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.internal.RunCommand;
import org.vagus.core.model.Event;
import org.vagus.core.time.SimulatedClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.io.bids.EventsTsv;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.io.ParadigmJson;
import org.vagus.runner.HeadlessPresenter;
import org.vagus.runner.NominalRecording;
import org.vagus.runner.RunListener;
import org.vagus.runner.Screen;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionSetup;
import org.vagus.runner.SessionState;
import org.vagus.runner.io.SessionFiles;
import org.vagus.runner.simulation.SimulatedParticipant;
import org.vagus.runner.simulation.SimulationParameters;
import org.vagus.study.StudyFolder;

class RunCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CommandContext ctx(Path dir) {
        return new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, null, Map.of());
    }

    private static Path study(Path dir) throws Exception {
        try (StudyFolder f = StudyFolder.create(dir.resolve("study"), "Stress")) {
            return f.directory();
        }
    }

    @Test
    void simulatedStressSessionIntoTheStudyFolder(@TempDir Path dir) throws Exception {
        study(dir);
        int status = new RunCommand().run(ctx(dir), List.of("--paradigm", "stress-task", "--participant", "01",
                "--study", "study", "--simulate", "--seed", "42"));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("completed, seed 42"), printed);
        assertTrue(printed.contains("13 trials; feedback shown: 2 Correct, 11 Wrong"), printed);
        assertTrue(printed.contains("timing audit: 49 screens"), printed);

        Path ses = dir.resolve("study/sub-01/ses-01");
        List<Event> events = EventsTsv.read(ses.resolve("sub-01_ses-01_task-stress_events.tsv"));
        List<Event> feedback = events.stream().filter(e -> e.trialType().equals("feedback")).toList();
        assertEquals(13, feedback.size());
        assertEquals(2, feedback.stream().filter(e -> e.column("feedback").orElseThrow().equals("Correct")).count());
        for (String f : List.of("_events.json", "_timing.tsv", "_timing.json", "_questionnaires.tsv", "_runstate.json",
                "_paradigm.json")) {
            assertTrue(Files.isRegularFile(ses.resolve("sub-01_ses-01_task-stress" + f)), f);
        }
        assertTrue(Files.readString(ses.resolve("sub-01_ses-01_task-stress_events.json")).contains("\"VagusSessionSeed\": 42"));
        // 26 + 20 + 1 answers before the task, 20 + 1 after
        assertEquals(1 + 68, Files.readAllLines(ses.resolve("sub-01_ses-01_task-stress_questionnaires.tsv")).size());
        try (StudyFolder f = StudyFolder.openReadOnly(dir.resolve("study"))) {
            assertTrue(f.study().participant("01").orElseThrow().session("01").isPresent());
        }

        // the same session again is refused; the same seed in another session gives the same events
        IllegalStateException again = assertThrows(IllegalStateException.class, () -> new RunCommand().run(ctx(dir),
                List.of("--paradigm", "stress-task", "--participant", "01", "--study", "study", "--simulate")));
        assertTrue(again.getMessage().contains("--resume"), again.getMessage());
        assertEquals(0, new RunCommand().run(ctx(dir), List.of("--paradigm", "stress-task", "--participant", "01",
                "--study", "study", "--simulate", "--seed", "42", "--session", "02")));
        assertEquals(Files.readString(ses.resolve("sub-01_ses-01_task-stress_events.tsv")),
                Files.readString(dir.resolve("study/sub-01/ses-02/sub-01_ses-02_task-stress_events.tsv")));
    }

    @Test
    void resumeAnAbortedSession(@TempDir Path dir) throws Exception {
        Path studyDir = study(dir);
        Paradigm p = TaskRegistry.builtIn().template("stress-task").orElseThrow().create();
        SessionFiles files;
        try (StudyFolder f = StudyFolder.open(studyDir)) {
            f.addParticipant(org.vagus.core.model.Participant.of("02"));
            files = SessionFiles.in(f, "02", "01", p.bidsTask(), Map.of());
        }
        new ParadigmJson(TaskRegistry.builtIn()).write(files.paradigmFile(), p);
        SimulatedClock clock = new SimulatedClock();
        SessionRunner[] runner = new SessionRunner[1];
        SessionSetup setup = SessionSetup.of(clock, new HeadlessPresenter(clock),
                new SimulatedParticipant(clock, SimulationParameters.defaults(), 1),
                new NominalRecording(SamplingRate.ofHertz(1000), 0)).withStore(files).withListener(new RunListener() {
                    @Override
                    public void screenShown(Screen screen, String trialType, long scheduled, long actual) {
                        if (screen.trial() == 7 && trialType.equals("feedback")) {
                            runner[0].abort();
                        }
                    }
                });
        runner[0] = new SessionRunner(p, new SessionState("02", "01", p.id(), 5), setup);
        assertEquals(SessionState.Status.ABORTED, runner[0].run().status());

        assertEquals(0, new RunCommand().run(ctx(dir), List.of("--paradigm", "stress-task", "--participant", "02",
                "--study", "study", "--simulate", "--resume")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("trials done: 6"), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("completed, seed 5"));
        List<Event> run2 = EventsTsv.read(files.eventsFile(2));
        assertEquals(7, run2.stream().filter(e -> e.trialType().equals("fixation")).findFirst().orElseThrow().trial());
        assertEquals(SessionState.Status.COMPLETED, files.loadState().status());
    }

    @Test
    void withoutAPresenterOrSimulationTheUsageSaysWhichToAdd(@TempDir Path dir) throws Exception {
        study(dir);
        UsageException e = assertThrows(UsageException.class, () -> new RunCommand().run(ctx(dir),
                List.of("--paradigm", "stress-task", "--participant", "01", "--study", "study")));
        assertTrue(e.getMessage().contains("--presenter swt") && e.getMessage().contains("--simulate"), e.getMessage());
        assertThrows(UsageException.class, () -> new RunCommand().run(ctx(dir), List.of("--paradigm", "stress-task",
                "--study", "study", "--simulate")));
        UsageException unknown = assertThrows(UsageException.class, () -> new RunCommand().run(ctx(dir),
                List.of("--paradigm", "nback", "--participant", "01", "--study", "study", "--simulate")));
        assertTrue(unknown.getMessage().contains("stress-task"), unknown.getMessage());
    }

    @Test
    void aParadigmWithErrorsDoesNotRun(@TempDir Path dir) throws Exception {
        study(dir);
        String text = new ParadigmJson(TaskRegistry.builtIn()).toJson(TaskRegistry.builtIn().template("stress-task")
                .orElseThrow().create()).replace("\"correct\": 2", "\"correct\": 20");
        Files.writeString(dir.resolve("bad.paradigm.json"), text);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new RunCommand().run(ctx(dir),
                List.of("--paradigm", "bad.paradigm.json", "--participant", "01", "--study", "study", "--simulate")));
        assertTrue(e.getMessage().contains("errors"), e.getMessage());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("tasks[0].feedback: error: 20 'Correct' of 13"),
                err.toString(StandardCharsets.UTF_8));
    }
}
