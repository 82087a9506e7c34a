package org.vagus.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.demo.Demo;
import org.vagus.demo.DemoStudy;
import org.vagus.demo.Person;
import org.vagus.demo.Population;
import org.vagus.demo.ResponseDesign;
import org.vagus.demo.internal.SessionSimulation;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.templates.StressTaskTemplate;

/**
 * The demo end to end on a few participants: sessions through the runner, the simulated ECG sensor and the acquisition
 * engine, the analysis, the side-by-side; the seed's stress task in every events file (issue 7's bar: 13 trials, 2
 * Correct and 11 Wrong feedbacks, markers on the recording's sample clock); the same seed giving the same files
 * whatever the thread count.
 */
class DemoEndToEndTest {

    @Test
    void aSmallDemoRunsEndToEndAndIsReproducible(@TempDir Path tmp) throws Exception {
        Path study = tmp.resolve("demo");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        Demo.Outcome o = Demo.run(new Demo.Options(6, 99, study, 2), new PrintStream(text, true, "UTF-8"),
                new PrintStream(new ByteArrayOutputStream(), true, "UTF-8"));
        String printed = text.toString(StandardCharsets.UTF_8);
        assertEquals(0, o.generated().lostFrames());
        assertEquals(6, o.comparison().high() + o.comparison().low());
        assertEquals(3, o.comparison().high(), "round(6 * 39 / 77) = 3 High");
        assertTrue(Files.isRegularFile(o.results().resolve("features.tsv")), "the analysis wrote its results");
        assertTrue(printed.contains("HR change AUC 0-0.85 s") && printed.contains("nHF change mean 0.7-3.4 s")
                && printed.contains("Marital status") && printed.contains("vs HAMA"), printed);

        List<String> header = Files.readAllLines(study.resolve("participants.tsv")).subList(0, 1);
        assertEquals("participant_id\t" + String.join("\t", Person.COLUMNS), header.get(0));

        for (Person p : Population.draw(6, 99)) {
            Path ses = study.resolve("sub-" + p.label()).resolve("ses-01");
            String stem = "sub-" + p.label() + "_ses-01_task-stress";
            List<String[]> events = tsv(ses.resolve(stem + "_events.tsv"));
            String[] h = events.get(0);
            int onset = col(h, "onset");
            int sample = col(h, "sample");
            int type = col(h, "trial_type");
            int trial = col(h, "trial");
            int feedback = col(h, "feedback");
            long trials = events.stream().skip(1).filter(r -> !r[trial].equals("n/a")).map(r -> r[trial]).distinct()
                    .count();
            assertEquals(13, trials);
            List<String[]> fb = events.stream().skip(1).filter(r -> r[type].equals("feedback")).toList();
            assertEquals(2, fb.stream().filter(r -> r[feedback].equals("Correct")).count());
            assertEquals(11, fb.stream().filter(r -> r[feedback].equals("Wrong")).count());
            long rows = physioRows(ses.resolve(stem + "_physio.tsv.gz"));
            for (String[] r : events.subList(1, events.size())) {
                long s = Long.parseLong(r[sample]);
                // onset is the marker's sample on the recording's 1000 Hz clock, within the recording
                assertEquals(s / 1000.0, Double.parseDouble(r[onset]), 5e-4);
                assertTrue(s >= 0 && s < rows, "sample " + s + " of " + rows);
            }
        }

        // the same seed with another thread count: the same participants.tsv, events and signal
        Path again = tmp.resolve("again");
        DemoStudy.generate(again, Population.draw(6, 99), ResponseDesign.DEFAULT, 1, null);
        assertEquals(Files.readString(study.resolve("participants.tsv")), Files.readString(again.resolve(
                "participants.tsv")));
        for (String label : List.of("01", "04")) {
            String stem = "sub-" + label + "/ses-01/sub-" + label + "_ses-01_task-stress";
            assertEquals(Files.readString(study.resolve(stem + "_events.tsv")),
                    Files.readString(again.resolve(stem + "_events.tsv")));
            assertEquals(physio(study.resolve(stem + "_physio.tsv.gz")), physio(again.resolve(stem
                    + "_physio.tsv.gz")));
        }

        // an earlier demo study is replaced, but not one the user added files to: those are never deleted
        Path notes = study.resolve("my-notes.txt");
        Files.writeString(notes, "observations");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, "UTF-8");
        java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> Demo.run(new Demo.Options(2, 5, study, 1), quiet, quiet));
        assertTrue(refused.getMessage().contains("my-notes.txt"), refused.getMessage());
        assertEquals("observations", Files.readString(notes));
        assertTrue(Files.isRegularFile(study.resolve("participants.tsv")), "the refused study is left as it was");
        Files.delete(notes);
        Demo.run(new Demo.Options(2, 5, study, 1), quiet, quiet);
        assertEquals(3, Files.readAllLines(study.resolve("participants.tsv")).size(), "replaced: 2 participants");
    }

    @Test
    void responsesAreAnchoredAtTheWrongFeedbacksMarkers(@TempDir Path tmp) throws Exception {
        TaskRegistry types = TaskRegistry.builtIn();
        Paradigm paradigm = types.template(StressTaskTemplate.ID).orElseThrow().create();
        SessionSimulation sim = new SessionSimulation(paradigm, types, InstrumentRegistry.builtIn(),
                ResponseDesign.DEFAULT);
        Person p = Population.draw(2, 5).get(0);
        Path ses = tmp.resolve("ses");
        Files.createDirectories(ses);
        SessionSimulation.Outcome o = sim.run(p, ses);
        assertTrue(o.completed());
        List<Long> wrong = new ArrayList<>();
        o.state().currentRun().events().stream()
                .filter(e -> e.trialType().equals("feedback") && "Wrong".equals(e.column("feedback").orElse("")))
                .forEach(e -> wrong.add(e.sample()));
        assertEquals(11, wrong.size());
        assertEquals(wrong, o.responseSamples(), "each response at its feedback's marker sample");
        assertEquals(0, o.acquisition().framesLost());
        assertTrue(o.acquisition().gaps().isEmpty());
        Map<String, String> a = p.attributes();
        assertEquals(5, o.state().questionnaires().size(), "SCS, STAI and stress before; STAI and stress after: "
                + a);
    }

    private static List<String[]> tsv(Path f) throws Exception {
        return Files.readAllLines(f).stream().map(l -> l.split("\t", -1)).toList();
    }

    private static int col(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static long physioRows(Path gz) throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
            return r.lines().count();
        }
    }

    private static String physio(Path gz) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
