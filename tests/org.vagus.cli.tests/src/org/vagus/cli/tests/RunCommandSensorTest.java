package org.vagus.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.internal.RunCommand;
import org.vagus.core.model.Event;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.simulation.SimulatedEcgProvider;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.phenotype.PhenotypeFiles;
import org.vagus.instruments.phenotype.SessionScore;
import org.vagus.io.bids.EventsTsv;
import org.vagus.io.bids.PhysioReader;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Phase;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.io.ParadigmJson;
import org.vagus.paradigm.phases.FixationPhase;
import org.vagus.paradigm.phases.MessagePhase;
import org.vagus.study.StudyFolder;

/**
 * {@code vagus run --sensor}: a session recorded in real time from the simulated ECG sensor (the markers on its
 * sample clock, the physio beside the events), and the questionnaire scores in the study's phenotype tables.
 */
class RunCommandSensorTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CommandContext ctx(Path dir) {
        return new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, null, Map.of());
    }

    private static RunCommand command() {
        return new RunCommand(SensorRegistry.of(new SimulatedEcgProvider()), onInterrupt -> () -> { });
    }

    private static void study(Path dir) throws Exception {
        try (StudyFolder f = StudyFolder.create(dir.resolve("study"), "Stress")) {
            f.directory();
        }
    }

    /** Three trials of a 300 ms fixation and a 300 ms message: 2.1 s with the 0.3 s closing message. */
    private static Path shortParadigm(Path dir) throws Exception {
        Timing t = Timing.fixed(Duration.ofMillis(300));
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<Phase> phases = List.of(FixationPhase.of(t), new MessagePhase("trial " + (i + 1), t));
            trials.add(Trial.of(null, phases));
        }
        Task task = new Task("short", "Short", null, List.of(), trials, List.of(new MessagePhase("done", t)));
        Paradigm p = new Paradigm("short", "Short", "", "short", null, List.of(new FlowStep.RunTask("short")),
                List.of(task));
        Path file = dir.resolve("short.paradigm.json");
        new ParadigmJson(TaskRegistry.builtIn()).write(file, p);
        return file;
    }

    @Test
    void aSessionRecordsTheSensorWithItsMarkersOnTheSampleClock(@TempDir Path dir) throws Exception {
        study(dir);
        shortParadigm(dir);
        int status = command().run(ctx(dir), List.of("--paradigm", "short.paradigm.json", "--participant", "01",
                "--study", "study", "--simulate", "--seed", "3", "--sensor", "simulated"));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        // 3 x (fixation, message), the closing message, the blank end screen: 8 onsets (markers), no responses
        assertTrue(printed.contains("8 markers"), printed);
        Path ses = dir.resolve("study/sub-01/ses-01");
        Path physio = ses.resolve("sub-01_ses-01_task-short_physio.tsv.gz");
        assertTrue(printed.contains("physio: " + physio), printed);
        PhysioReader.Result r = PhysioReader.read(physio);
        assertTrue(r.complete(), r.warnings().toString());
        assertEquals(1000, r.sidecar().samplingFrequency().hertz());
        assertTrue(Files.readString(physio.resolveSibling("sub-01_ses-01_task-short_physio.json"))
                .contains("\"VagusEvents\": \"sub-01_ses-01_task-short_events.tsv\""));

        List<Event> events = EventsTsv.read(ses.resolve("sub-01_ses-01_task-short_events.tsv"));
        // the end screen's marker closes the last row (its duration) without a row of its own
        assertEquals(7, events.size());
        long previous = -1;
        for (Event e : events) {
            // the onset is the marker's sample on the recording's 1000 Hz clock, and lies within the recording
            assertEquals(e.sample() / 1000.0, e.onset(), 1e-9);
            assertTrue(e.sample() > previous && e.sample() < r.sampleCount(), e + " of " + r.sampleCount());
            previous = e.sample();
        }
        // the session starts after 1 s of warm-up and the runner's 0.5 s lead (sleeps never end early; the clock
        // mapping's offset is a fraction of a millisecond for the simulated sensor, 100 samples leave room for more)
        assertTrue(events.get(0).sample() >= 1500 - 100, events.get(0).toString());
        // and the recording goes on for 1 s after the end screen's onset
        Event last = events.get(6);
        long end = last.sample() + Math.round(last.duration() * 1000);
        assertTrue(r.sampleCount() - end >= 1000 - 100, r.sampleCount() + " samples, end at " + end);
        // fixed 300 ms screens: 7 x 300 samples from the first onset to the end on the device clock, to within the
        // scheduling of a loaded host (each onset is its scheduled time plus a wake-up delay; no drift)
        assertEquals(2100, end - events.get(0).sample(), 100);
    }

    @Test
    void questionnaireScoresGoToThePhenotypeTablesOnTheInstrumentsScales(@TempDir Path dir) throws Exception {
        study(dir);
        assertEquals(0, command().run(ctx(dir), List.of("--paradigm", "stress-task", "--participant", "07",
                "--study", "study", "--simulate", "--seed", "11")), err.toString(StandardCharsets.UTF_8));
        InstrumentRegistry instruments = InstrumentRegistry.builtIn();
        Path studyDir = dir.resolve("study");
        // the seed's flow: SCS-26 once before the task, STAI-Y1 and perceived stress before and after
        List<String> raw = Files.readAllLines(
                studyDir.resolve("sub-07/ses-01/sub-07_ses-01_task-stress_questionnaires.tsv"));
        for (String id : List.of("scs-26", "stai-y1", "perceived-stress")) {
            // PhenotypeFiles.read scores every row again and refuses one whose stored scores disagree
            List<SessionScore> rows = PhenotypeFiles.read(studyDir, instruments.get(id));
            assertEquals(id.equals("scs-26") ? 1 : 2, rows.size(), id);
            for (SessionScore row : rows) {
                assertEquals("07", row.participant());
                assertTrue(row.timepoint().equals("pre") || row.timepoint().equals("post"), row.timepoint());
                // each answer is the one in the session's raw answers file, item by item
                for (var item : row.score().items()) {
                    String line = id + "\t" + row.timepoint() + "\t";
                    assertTrue(raw.stream().anyMatch(l -> l.startsWith(line) && l.endsWith("\t" + item.number() + "\t"
                            + item.answer())), id + " " + row.timepoint() + " item " + item.number());
                }
            }
        }
        // perceived stress is answered on its own 1-10 scale (no longer a constant model): the answers lie on it
        assertTrue(raw.stream().filter(l -> l.startsWith("perceived-stress\t")).map(l -> l.split("\t")[6])
                .mapToInt(Integer::parseInt).allMatch(v -> v >= 1 && v <= 10));
    }

    @Test
    void sensorOptionsAreChecked(@TempDir Path dir) throws Exception {
        study(dir);
        shortParadigm(dir);
        List<String> base = List.of("--paradigm", "short.paradigm.json", "--participant", "01", "--study", "study",
                "--simulate");
        UsageException noSensor = assertThrows(UsageException.class, () -> command().run(ctx(dir),
                concat(base, "--port", "/dev/ttyUSB0")));
        assertTrue(noSensor.getMessage().contains("--sensor"), noSensor.getMessage());
        UsageException unknown = assertThrows(UsageException.class, () -> command().run(ctx(dir),
                concat(base, "--sensor", "nosuch")));
        assertTrue(unknown.getMessage().contains("simulated"), unknown.getMessage());
        UsageException outputs = assertThrows(UsageException.class, () -> command().run(ctx(dir),
                concat(base, "--sensor", "simulated", "--pulse-output", "O1")));
        assertTrue(outputs.getMessage().contains("no digital outputs"), outputs.getMessage());
        UsageException channel = assertThrows(UsageException.class, () -> command().run(ctx(dir),
                concat(base, "--sensor", "simulated", "--channels", "EDA")));
        assertTrue(channel.getMessage().contains("no channel 'EDA'"), channel.getMessage());
    }

    private static List<String> concat(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }
}
