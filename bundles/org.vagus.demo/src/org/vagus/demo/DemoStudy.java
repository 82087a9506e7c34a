package org.vagus.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.demo.internal.AnswerSheets;
import org.vagus.demo.internal.SessionSimulation;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.InstrumentScore;
import org.vagus.instruments.Scoring;
import org.vagus.instruments.phenotype.PhenotypeFiles;
import org.vagus.instruments.phenotype.SessionScore;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.templates.StressTaskTemplate;
import org.vagus.runner.SessionState;
import org.vagus.study.StudyFolder;

/**
 * Generates the demo's study: a Vagus study folder (BIDS layout) with one session per simulated participant, each run
 * headless through the runner, the simulated ECG sensor and the acquisition engine ({@code SessionSimulation}), in
 * parallel across threads. Writes:
 * <ul>
 * <li>participants.tsv ({@link Person#COLUMNS}): demographics and the clinician ratings as drawn; scs_total,
 * stai_s_pre/post and stress_pre/post scored by org.vagus.instruments from the answers the runner recorded;</li>
 * <li>{@code sub-X/ses-01/}: the physio recording, events, timing audit, answers, state and paradigm of the
 * session;</li>
 * <li>{@code phenotype/}: every administration scored per instrument (SCS-26 pre; STAI-Y1 and perceived stress pre
 * and post; HAMA-14 and HAMD-17 as clinician entries at intake, item ratings that score to the drawn totals).</li>
 * </ul>
 * The same people give the same files, whatever the thread count: each session depends only on its person.
 *
 * @since 0.1.0
 */
public final class DemoStudy {
    /** The study's name in dataset_description.json; the demo recognises its own studies by it. */
    public static final String NAME = "Vagus demo: simulated replication of Sun et al. (self-compassion and stress"
            + " in GAD)";
    /** The session label. */
    public static final String SESSION = SessionSimulation.SESSION;

    /**
     * What a generation made.
     *
     * @param directory the study folder
     * @param people the participants, in label order
     * @param sessions per participant label: the session's simulated length, s
     * @param samples per participant label: the recording's samples
     * @param lostFrames frames lost over all recordings (0 unless something went wrong)
     * @param wallSeconds the wall time of the generation
     */
    public record Generated(Path directory, List<Person> people, Map<String, Double> sessions,
            Map<String, Long> samples, long lostFrames, double wallSeconds) {
    }

    private DemoStudy() {
    }

    /**
     * Generates the study into {@code dir}, which must not exist or be empty.
     *
     * @param dir the study folder
     * @param people the participants
     * @param design the responses (the one the people were drawn with)
     * @param threads sessions run at once, at least 1
     * @param progress told the number of sessions done after each; may be null
     * @throws IOException if a file cannot be written or a session fails
     * @throws InterruptedException if interrupted
     */
    public static Generated generate(Path dir, List<Person> people, ResponseDesign design, int threads,
            IntConsumer progress) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        TaskRegistry types = TaskRegistry.builtIn();
        Paradigm paradigm = types.template(StressTaskTemplate.ID).orElseThrow().create();
        InstrumentRegistry instruments = InstrumentRegistry.builtIn();
        SessionSimulation simulation = new SessionSimulation(paradigm, types, instruments, design);
        try (StudyFolder study = StudyFolder.create(dir, NAME, Person.COLUMNS)) {
            for (Person p : people) {
                Map<String, String> a = new LinkedHashMap<>(p.attributes());
                for (String scored : List.of("scs_total", "stai_s_pre", "stai_s_post", "stress_pre", "stress_post")) {
                    a.remove(scored);
                }
                study.addParticipant(new Participant(p.label(), a, List.of(Session.of(SESSION))));
            }
            Map<String, SessionSimulation.Outcome> outcomes = runAll(study, people, simulation, threads, progress);
            Map<String, Map<String, String>> scored = new LinkedHashMap<>();
            Map<String, List<SessionScore>> phenotype = new TreeMap<>();
            Map<String, Double> lengths = new LinkedHashMap<>();
            Map<String, Long> samples = new LinkedHashMap<>();
            long lost = 0;
            for (Person p : people) {
                SessionSimulation.Outcome o = outcomes.get(p.label());
                if (!o.completed()) {
                    throw new IOException("the session of sub-" + p.label() + " did not complete");
                }
                scored.put(p.label(), score(p, o.state(), instruments, phenotype));
                clinician(p, instruments, phenotype);
                lengths.put(p.label(), o.sessionSeconds());
                samples.put(p.label(), o.acquisition().sampleCount());
                lost += o.acquisition().framesLost();
            }
            study.updateParticipants(q -> q.withAttributes(merged(q.attributes(), scored.get(q.label()))));
            for (Map.Entry<String, List<SessionScore>> e : phenotype.entrySet()) {
                PhenotypeFiles.write(study.directory(), instruments.get(e.getKey()), e.getValue());
            }
            return new Generated(study.directory(), people, lengths, samples, lost, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static Map<String, SessionSimulation.Outcome> runAll(StudyFolder study, List<Person> people,
            SessionSimulation simulation, int threads, IntConsumer progress)
            throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, people.size())), r -> {
            Thread t = new Thread(r, "vagus demo session");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            Map<String, Future<SessionSimulation.Outcome>> futures = new LinkedHashMap<>();
            for (Person p : people) {
                Path dir = study.sessionDirectory(p.label(), SESSION);
                futures.put(p.label(), pool.submit(() -> {
                    SessionSimulation.Outcome o = simulation.run(p, dir);
                    if (progress != null) {
                        progress.accept(done.incrementAndGet());
                    }
                    return o;
                }));
            }
            Map<String, SessionSimulation.Outcome> out = new LinkedHashMap<>();
            for (Map.Entry<String, Future<SessionSimulation.Outcome>> e : futures.entrySet()) {
                try {
                    out.put(e.getKey(), e.getValue().get());
                } catch (ExecutionException x) {
                    Throwable c = x.getCause();
                    throw new IOException("the session of sub-" + e.getKey() + " failed: " + c, c);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Scores the session's answers into the participants.tsv columns and the phenotype rows, and checks them against
     * the person's totals (the respondent answers to score exactly to them).
     */
    private static Map<String, String> score(Person p, SessionState state, InstrumentRegistry instruments,
            Map<String, List<SessionScore>> phenotype) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (SessionState.QuestionnaireRecord q : state.questionnaires()) {
            Instrument instrument = instruments.get(q.instrument());
            Map<Integer, Integer> answers = new TreeMap<>();
            for (int i = 0; i < q.answers().size(); i++) {
                answers.put(i + 1, q.answers().get(i));
            }
            InstrumentScore s = Scoring.score(instrument, answers);
            String occasion = q.occasion() == null ? "pre" : q.occasion();
            phenotype.computeIfAbsent(q.instrument(), k -> new ArrayList<>())
                    .add(new SessionScore(p.label(), SESSION, occasion, s));
            String column = switch (q.instrument()) {
                case StressTaskTemplate.SCS_26 -> "scs_total";
                case StressTaskTemplate.STAI_Y1 -> "stai_s_" + occasion;
                case StressTaskTemplate.PERCEIVED_STRESS -> "stress_" + occasion;
                default -> null;
            };
            if (column != null) {
                columns.put(column, column.equals("scs_total") ? Person.formatScs(s.total())
                        : Long.toString(Math.round(s.total())));
            }
        }
        Map<String, String> expected = p.attributes();
        for (Map.Entry<String, String> e : columns.entrySet()) {
            if (!e.getValue().equals(expected.get(e.getKey()))) {
                throw new IllegalStateException("sub-" + p.label() + ": " + e.getKey() + " scored " + e.getValue()
                        + " from the session's answers, expected " + expected.get(e.getKey()));
            }
        }
        if (columns.size() != 5) {
            throw new IllegalStateException("sub-" + p.label() + ": the session recorded " + columns.keySet()
                    + ", expected SCS-26, STAI-Y1 and perceived stress before and STAI-Y1 and perceived stress after");
        }
        return columns;
    }

    /** HAMA-14 and HAMD-17 as a clinician enters them at intake: item ratings that score to the person's totals. */
    private static void clinician(Person p, InstrumentRegistry instruments, Map<String, List<SessionScore>> phenotype) {
        SplittableRandom random = new SplittableRandom(p.seed() * 17 + 3);
        for (String id : List.of("hama-14", "hamd-17")) {
            Instrument instrument = instruments.get(id);
            int total = id.startsWith("hama") ? p.hama() : p.hamd();
            InstrumentScore s = Scoring.score(instrument, AnswerSheets.forSum(instrument, total, random));
            phenotype.computeIfAbsent(id, k -> new ArrayList<>()).add(new SessionScore(p.label(), SESSION, "intake",
                    s));
        }
    }

    private static Map<String, String> merged(Map<String, String> a, Map<String, String> b) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String c : Person.COLUMNS) {
            String v = b.containsKey(c) ? b.get(c) : a.get(c);
            if (v != null) {
                m.put(c, v);
            }
        }
        return m;
    }

    /** {@code n participants x mean session min} for messages. */
    static String describe(Generated g) {
        double mean = g.sessions().values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return String.format(Locale.ROOT, "%d participants x %.1f min of 1000 Hz ECG (session mean)",
                g.people().size(), mean / 60);
    }
}
