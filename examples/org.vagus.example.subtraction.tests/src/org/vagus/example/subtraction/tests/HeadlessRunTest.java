package org.vagus.example.subtraction.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.time.SimulatedClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.example.subtraction.SerialSubtraction;
import org.vagus.example.subtraction.SerialSubtractionTemplate;
import org.vagus.example.subtraction.SubtractionType;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.runner.HeadlessPresenter;
import org.vagus.runner.NominalRecording;
import org.vagus.runner.SessionResult;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionSetup;
import org.vagus.runner.SessionState;
import org.vagus.runner.io.SessionFiles;
import org.vagus.runner.simulation.SimulatedParticipant;
import org.vagus.runner.simulation.SimulationParameters;

/** The template run headless by Vagus's runner with its simulated participant, as {@code vagus run --simulate}. */
class HeadlessRunTest {

    @Test
    void eachAnswerGetsTheFeedbackItsJudgementCalls(@TempDir Path dir) throws IOException {
        TaskRegistry types = TaskRegistry.builtIn().plus(new SubtractionType()).plus(new SerialSubtractionTemplate());
        Paradigm p = types.template(SerialSubtractionTemplate.ID).orElseThrow().create();
        SimulatedClock clock = new SimulatedClock(1_000_000_000L);
        SessionFiles files = new SessionFiles(dir.resolve("sub-01/ses-01"), "01", "01", p.bidsTask(), Map.of());
        SessionSetup setup = SessionSetup.of(clock, new HeadlessPresenter(clock),
                new SimulatedParticipant(clock, SimulationParameters.defaults(), 7),
                new NominalRecording(SamplingRate.ofHertz(1000), clock.nanoTime())).withStore(files).withTypes(types);
        SessionResult r = new SessionRunner(p, new SessionState("01", "01", p.id(), 7), setup).run();
        assertEquals(SessionState.Status.COMPLETED, r.status());

        List<String> lines = Files.readAllLines(files.eventsFile(1));
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int type = header.indexOf("trial_type");
        int trial = header.indexOf("trial");
        int response = header.indexOf("response");
        int feedback = header.indexOf("feedback");
        // the judgement each answer row carries (the experimenter's key; none is a missing answer) ...
        List<Boolean> fromKeys = new ArrayList<>();
        // ... and the feedback each trial showed, in trial order
        List<String> shown = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            if (c[type].equals("answer")) {
                assertEquals(Integer.toString(fromKeys.size() + 1), c[trial]);
                fromKeys.add(c[response].equals(SerialSubtractionTemplate.CORRECT_KEY));
            } else if (c[type].equals("feedback")) {
                shown.add(c[feedback]);
            }
        }
        assertEquals(SerialSubtractionTemplate.ANSWERS, fromKeys.size());
        assertEquals(fromKeys.stream().map(b -> b ? "Correct" : "Wrong").toList(), shown,
                "Correct exactly after the key c, Wrong after w or no answer");
        List<Boolean> judged = SerialSubtraction.judgements(files.eventsFile(1));
        assertEquals(fromKeys, judged);
        SerialSubtraction score = SerialSubtraction.replay(1022, 13, judged);
        assertEquals(SerialSubtractionTemplate.ANSWERS, score.correct() + score.mistakes());
        // the simulated participant presses c or w at random, so both occur in 50 answers (seeded: reproducible)
        assertTrue(score.correct() > 0 && score.mistakes() > 0, score.toString());
    }
}
