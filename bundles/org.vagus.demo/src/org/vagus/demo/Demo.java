package org.vagus.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.vagus.analysis.AnalysisEngine;
import org.vagus.analysis.ProgressListener;
import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.report.StudyReport;
import org.vagus.analysis.recipe.Recipes;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.ResultFiles;
import org.vagus.core.model.Participant;
import org.vagus.demo.internal.Staging;
import org.vagus.study.StudyFolder;
import org.vagus.study.StudyLock;

/**
 * {@code vagus demo}: the seed study end to end on simulated participants. Draws the population from the seed's
 * Table 1 ({@link Population}), runs every participant's session headless through the runner, the simulated ECG
 * sensor and the acquisition engine ({@link DemoStudy}), analyses the study with the built-in recipe, writes the
 * results and the report into {@code STUDY/derivatives/vagus/}, and prints the seed's results beside the demo's
 * ({@link Comparison}). Reproducible: the same seed and participant count give the same study, whatever the threads.
 *
 * @since 0.1.0
 */
public final class Demo {
    /** The default output folder, relative to the working directory. */
    public static final String DEFAULT_OUT = "vagus-demo";
    /** The default seed. */
    public static final long DEFAULT_SEED = 20250101L;
    /** Memory the staging folder needs per participant, bytes (a 16-minute 1000 Hz recording is about 2 MB). */
    static final long BYTES_PER_PARTICIPANT = 4L << 20;

    /**
     * What the demo does.
     *
     * @param participants how many, at least 2 (77 as in the seed)
     * @param seed the seed
     * @param study the study folder to create (replaced if it holds an earlier demo study)
     * @param threads sessions generated and participants analysed at once
     */
    public record Options(int participants, long seed, Path study, int threads) {
        public Options {
            Objects.requireNonNull(study, "study");
            if (participants < 2 || threads < 1) {
                throw new IllegalArgumentException("participants " + participants + ", threads " + threads
                        + "; expected at least 2 participants and 1 thread");
            }
        }
    }

    /**
     * What the demo made.
     *
     * @param study the study folder
     * @param results the results folder
     * @param report report.html
     * @param comparison the seed's results beside the demo's
     * @param generated the generation's figures
     * @param generateSeconds wall time of the generation (sessions, recordings, files)
     * @param analyseSeconds wall time of the analysis and its result files
     * @param reportSeconds wall time of the report
     * @param totalSeconds wall time of the whole demo
     */
    public record Outcome(Path study, Path results, Path report, Comparison comparison, DemoStudy.Generated generated,
            double generateSeconds, double analyseSeconds, double reportSeconds, double totalSeconds) {
    }

    private Demo() {
    }

    /**
     * Runs the demo, printing progress to {@code err} and the results to {@code out}.
     *
     * @throws IOException if the study folder holds something other than an earlier demo study, or a file fails
     */
    public static Outcome run(Options o, PrintStream out, PrintStream err) throws Exception {
        long t0 = System.nanoTime();
        Path study = o.study().toAbsolutePath().normalize();
        prepare(study);
        List<Person> people = Population.draw(o.participants(), o.seed());
        out.printf(Locale.ROOT, "vagus demo: %d simulated participants (seed %d) -> %s%n", people.size(), o.seed(),
                study);
        DemoStudy.Generated g = generate(study, people, o.threads(), err);
        double generateS = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "generated %s in %.1f s: each session through the runner (stress-task), the simulated"
                + " ECG sensor and the acquisition engine%n", DemoStudy.describe(g), generateS);
        long t1 = System.nanoTime();
        Recipe recipe = Recipes.builtIn();
        AnalysisResult result = analyse(study, recipe, o.threads(), progress(err));
        Path results = study.resolve(ResultFiles.DEFAULT_FOLDER);
        try (StudyLock lock = StudyLock.acquire(study)) {
            ResultFiles.write(result, results);
        }
        double analyseS = (System.nanoTime() - t1) / 1e9;
        out.printf(Locale.ROOT, "analysed %d of %d participants with the built-in recipe in %.1f s -> %s%n",
                result.analysed().size(), result.participants().size(), analyseS, results);
        long t2 = System.nanoTime();
        Path report;
        try (StudyLock lock = StudyLock.acquire(study)) {
            report = StudyReport.write(result, recipe, results);
        }
        double reportS = (System.nanoTime() - t2) / 1e9;
        Comparison comparison = Comparison.of(result, attributes(study));
        out.println();
        comparison.print(out);
        out.println();
        double total = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "report: %s (written in %.1f s)%n", report, reportS);
        out.printf(Locale.ROOT, "demo done in %.1f s (generation %.1f s, analysis %.1f s, report %.1f s) on %d"
                + " thread%s%n", total, generateS, analyseS, reportS, o.threads(), o.threads() == 1 ? "" : "s");
        out.flush();
        return new Outcome(study, results, report, comparison, g, generateS, analyseS, reportS, total);
    }

    /**
     * Generates the study of these people into {@code study} (new or empty), through a memory folder when there is
     * one ({@link Staging}). Progress goes to {@code err} (may be null).
     */
    public static DemoStudy.Generated generate(Path study, List<Person> people, int threads, PrintStream err)
            throws IOException, InterruptedException {
        Path staging = Staging.memoryFolder("vagus-demo-", BYTES_PER_PARTICIPANT * people.size());
        Path target = staging == null ? study : staging.resolve("study");
        // memory is not freed by a reboot-less exit: an interrupted demo (Ctrl-C) removes its staging folder too
        Thread cleanup = new Thread(() -> {
            try {
                Staging.delete(staging);
            } catch (IOException e) {
                // best effort while the process ends
            }
        }, "vagus demo: staging cleanup");
        if (staging != null) {
            Runtime.getRuntime().addShutdownHook(cleanup);
        }
        try {
            DemoStudy.Generated g = DemoStudy.generate(target, people, ResponseDesign.DEFAULT, threads,
                    err == null ? null : done -> {
                        synchronized (err) {
                            err.printf(Locale.ROOT, "\rsimulating sessions: %d/%d   ", done, people.size());
                            if (done == people.size()) {
                                err.println();
                            }
                            err.flush();
                        }
                    });
            if (staging != null) {
                Staging.move(target, study);
                return new DemoStudy.Generated(study, g.people(), g.sessions(), g.samples(), g.lostFrames(),
                        g.wallSeconds());
            }
            return g;
        } finally {
            Staging.delete(staging);
            if (staging != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IllegalStateException e) {
                    // already shutting down: the hook runs
                }
            }
        }
    }

    /** The built-in analysis of a study. */
    public static AnalysisResult analyse(Path study, Recipe recipe, int threads, ProgressListener progress)
            throws IOException {
        try {
            return AnalysisEngine.builtIn().run(study, recipe, threads, progress);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("the analysis of " + study + " failed: " + e.getMessage(), e);
        }
    }

    /** participants.tsv: label to attributes. */
    static Map<String, Map<String, String>> attributes(Path study) throws IOException {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        try (StudyFolder f = StudyFolder.openReadOnly(study)) {
            for (Participant p : f.study().participants()) {
                m.put(p.label(), p.attributes());
            }
        }
        return m;
    }

    /**
     * Makes room for the study: nothing if the folder is missing or empty; an earlier demo study there (recognised
     * by its name, {@link DemoStudy#NAME}) is deleted; anything else is refused.
     */
    static void prepare(Path study) throws IOException {
        if (!Files.exists(study)) {
            return;
        }
        if (!Files.isDirectory(study)) {
            throw new IOException(study + " is a file; the demo needs a folder for its study");
        }
        try (Stream<Path> s = Files.list(study)) {
            if (s.findAny().isEmpty()) {
                return;
            }
        }
        String name = null;
        try (StudyFolder f = StudyFolder.openReadOnly(study)) {
            name = f.study().name();
        } catch (IOException | RuntimeException e) {
            // not a study
        }
        if (!DemoStudy.NAME.equals(name)) {
            throw new IOException(study + " is not empty and holds no earlier demo study; choose another folder"
                    + " with --out DIR");
        }
        // only what a demo writes may be replaced: a file the user added (notes, another analysis) stops it
        try (Stream<Path> s = Files.list(study)) {
            List<String> foreign = s.map(p -> p.getFileName().toString()).filter(n -> !DEMO_ENTRIES.contains(n)
                    && !n.startsWith("sub-")).sorted().toList();
            if (!foreign.isEmpty()) {
                throw new IOException(study + " holds an earlier demo study with other files added " + foreign
                        + "; move them away or choose another folder with --out DIR");
            }
        }
        Path derivatives = study.resolve("derivatives");
        if (Files.isDirectory(derivatives)) {
            try (Stream<Path> s = Files.list(derivatives)) {
                List<String> foreign = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("vagus"))
                        .sorted().toList();
                if (!foreign.isEmpty()) {
                    throw new IOException(study + " holds an earlier demo study with other results added "
                            + "(derivatives/" + foreign + "); move them away or choose another folder with --out DIR");
                }
            }
        }
        // deleted under the lock, so the workbench cannot open the study meanwhile; the lock file goes last
        try (StudyLock lock = StudyLock.acquire(study)) {
            try (Stream<Path> s = Files.list(study)) {
                for (Path p : s.filter(p -> !p.getFileName().toString().equals(".vagus")).toList()) {
                    Staging.delete(p);
                }
            }
        }
        Staging.delete(study);
    }

    /** What the demo writes at the top of its study folder (besides the sub-* folders). */
    private static final java.util.Set<String> DEMO_ENTRIES = java.util.Set.of("dataset_description.json",
            "participants.tsv", "participants.json", "README", "README.md", "CHANGES", "phenotype", "derivatives",
            "sourcedata",
            ".vagus", "code");

    private static ProgressListener progress(PrintStream err) {
        return (done, total, r) -> {
            synchronized (err) {
                err.printf(Locale.ROOT, "\ranalysing participants: %d/%d   ", done, total);
                if (done == total) {
                    err.println();
                }
                err.flush();
            }
        };
    }
}
