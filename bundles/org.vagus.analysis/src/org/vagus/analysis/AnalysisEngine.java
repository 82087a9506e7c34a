package org.vagus.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.vagus.analysis.internal.Checksums;
import org.vagus.analysis.internal.GroupAnalysis;
import org.vagus.analysis.internal.ParticipantAnalysis;
import org.vagus.analysis.internal.Pipeline;
import org.vagus.analysis.internal.StudyInputs;
import org.vagus.analysis.internal.StudyInputs.ParticipantInput;
import org.vagus.analysis.internal.StudyInputs.RecordingInput;
import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.recipe.Recipes;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.GroupResult;
import org.vagus.analysis.results.InputFile;
import org.vagus.analysis.results.ParticipantResult;
import org.vagus.core.model.Participant;
import org.vagus.io.bids.PhysioSidecar;
import org.vagus.signal.Processors;
import org.vagus.study.StudyFolder;

/**
 * Runs an analysis recipe over a study folder: every participant from raw ECG to its features, in parallel over a
 * fixed number of threads, then the group statistics. The result does not depend on the number of threads or on
 * the order participants finish in: participants are independent, their results are put back in participants.tsv
 * order, and the group level runs on one thread with seeded permutations.
 * <p>
 * The engine only reads the study (opened read-only, without its lock); writing the result is
 * {@link org.vagus.analysis.results.ResultFiles}'s job. The processing steps it may use are handed in (the
 * built-in ones, or those read from the extension registry at the edge), so it runs on a plain classpath.
 *
 * @since 0.1.0
 */
public final class AnalysisEngine {
    private final Processors processors;

    /**
     * @param processors the R-peak detectors and artefact correctors the recipe may name
     */
    public AnalysisEngine(Processors processors) {
        this.processors = Objects.requireNonNull(processors, "processors");
    }

    /** An engine with the built-in processing steps. */
    public static AnalysisEngine builtIn() {
        return new AnalysisEngine(Processors.builtIn());
    }

    /** The number of threads used when none is asked for: one per available core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Checks a recipe against this engine's processing steps without running it: its values
     * ({@link Recipes#validate}), the detector and corrector ids and their settings.
     *
     * @throws org.vagus.analysis.recipe.RecipeException naming the JSON path of the first problem
     */
    public void check(Recipe recipe) throws org.vagus.analysis.recipe.RecipeException {
        Recipes.validate(recipe);
        Pipeline.of(recipe, processors);
    }

    /** What a worker hands back: the participant's result and the checksums of the files it read. */
    private record Done(ParticipantResult result, List<InputFile> files) {
    }

    /**
     * Runs a recipe.
     *
     * @param studyDir the study folder (a Vagus study or a plain BIDS dataset)
     * @param recipe the analysis
     * @param threads the number of participants analysed at once, at least 1
     * @param progress told once per participant done
     * @return the result, in memory
     * @throws org.vagus.analysis.recipe.RecipeException if the recipe is invalid or does not fit the study or the
     *             installed steps (an unknown detector id, a missing grouping column), naming the JSON path
     * @throws IOException if the study cannot be read (a participant's unreadable recording fails that participant
     *             only)
     * @throws CancellationException if the listener asked to stop
     * @throws InterruptedException if the calling thread was interrupted
     */
    public AnalysisResult run(Path studyDir, Recipe recipe, int threads, ProgressListener progress)
            throws IOException, InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: " + threads + ", expected at least 1");
        }
        Objects.requireNonNull(progress, "progress");
        Instant started = Instant.now();
        Recipes.validate(recipe);
        Pipeline pipeline = Pipeline.of(recipe, processors);
        Path dir = studyDir.toAbsolutePath().normalize();
        StudyFolder folder = StudyFolder.openReadOnly(dir);
        List<Participant> participants = folder.study().participants();
        List<String> columns = folder.participantColumns();
        String name = folder.study().name();
        folder.close();
        if (participants.isEmpty()) {
            throw new IOException("study " + dir + " has no participants (participants.tsv and sub-* folders)");
        }
        List<ParticipantInput> inputs = StudyInputs.scan(dir, participants, recipe.recordings().task());
        List<Done> done = analyse(dir, pipeline, inputs, Math.min(threads, inputs.size()), progress);
        List<ParticipantResult> results = new ArrayList<>();
        List<InputFile> files = new ArrayList<>();
        for (String top : List.of("dataset_description.json", "participants.tsv")) {
            if (Files.isRegularFile(dir.resolve(top))) {
                files.add(Checksums.of(dir.resolve(top), top));
            }
        }
        for (Done d : done) {
            results.add(d.result());
            files.addAll(d.files());
        }
        files.sort(Comparator.comparing(InputFile::path));
        List<String> warnings = new ArrayList<>();
        GroupResult group = GroupAnalysis.run(recipe, participants, columns, results, warnings);
        return new AnalysisResult(recipe, dir, name, started, results, group, files, warnings,
                participantValues(participants, recipe));
    }

    /** The participants.tsv values of the columns the recipe names, and of no other column. */
    private static Map<String, Map<String, String>> participantValues(
            List<Participant> participants, Recipe recipe) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Participant p : participants) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String column : recipe.participantColumns()) {
                p.attribute(column).ifPresent(v -> values.put(column, v));
            }
            out.put(p.label(), values);
        }
        return out;
    }

    private static List<Done> analyse(Path dir, Pipeline pipeline, List<ParticipantInput> inputs, int threads,
            ProgressListener progress) throws IOException, InterruptedException {
        ParticipantAnalysis analysis = new ParticipantAnalysis(pipeline, dir);
        int total = inputs.size();
        AtomicInteger count = new AtomicInteger();
        Object reporting = new Object();
        ExecutorService pool = Executors.newFixedThreadPool(threads, threadFactory());
        try {
            List<Future<Done>> futures = new ArrayList<>();
            for (ParticipantInput in : inputs) {
                futures.add(pool.submit(() -> {
                    if (progress.isCancelled()) {
                        throw new CancellationException("analysis cancelled");
                    }
                    ParticipantResult r = analysis.analyse(in);
                    List<InputFile> files = checksums(dir, in, pipeline.recipe().beats().manualEdits());
                    synchronized (reporting) {
                        progress.participantDone(count.incrementAndGet(), total, r);
                    }
                    return new Done(r, files);
                }));
            }
            List<Done> out = new ArrayList<>();
            for (Future<Done> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof CancellationException c) {
                        throw c;
                    }
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The checksums of every file of a participant the analysis read. */
    private static List<InputFile> checksums(Path dir, ParticipantInput in, boolean edits) throws IOException {
        List<InputFile> out = new ArrayList<>();
        for (RecordingInput r : in.recordings()) {
            Path[] files = {r.physio(), PhysioSidecar.sidecarOf(r.physio()), r.events(), edits ? r.beatEdits() : null};
            for (Path f : files) {
                if (f != null && Files.isRegularFile(f)) {
                    out.add(Checksums.of(f, StudyInputs.relative(dir, f)));
                }
            }
        }
        return out;
    }

    private static ThreadFactory threadFactory() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "vagus-analysis-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
