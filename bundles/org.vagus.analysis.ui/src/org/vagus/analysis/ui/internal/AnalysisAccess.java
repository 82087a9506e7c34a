package org.vagus.analysis.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.vagus.analysis.internal.ParticipantAnalysis;
import org.vagus.analysis.internal.Pipeline;
import org.vagus.analysis.internal.StudyInputs;
import org.vagus.analysis.internal.StudyInputs.ParticipantInput;
import org.vagus.analysis.internal.StudyInputs.RecordingInput;
import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.recipe.Recipes;
import org.vagus.analysis.results.ParticipantResult;
import org.vagus.analysis.ui.model.MinMaxPyramid;
import org.vagus.analysis.ui.model.RecordingRef;
import org.vagus.analysis.ui.model.ReviewedRecording;
import org.vagus.core.model.Participant;
import org.vagus.io.Signal;
import org.vagus.io.bids.PhysioReader;
import org.vagus.signal.Processors;
import org.vagus.signal.RPeaks;
import org.vagus.signal.beats.ArtefactCorrection;
import org.vagus.signal.beats.ArtefactType;
import org.vagus.signal.beats.BeatAction;
import org.vagus.signal.beats.BeatEditLayer;
import org.vagus.signal.beats.BeatEditsTsv;
import org.vagus.signal.beats.BeatReport;
import org.vagus.signal.beats.BeatTimes;
import org.vagus.signal.registry.ProcessorExtensionReader;

/**
 * The one place the Analyze perspective reaches into the analysis engine's internals, so that the viewer shows
 * exactly what {@code vagus analyze} computes: the recordings and the files beside them as
 * {@link StudyInputs} finds them (the edit layer path included, so saved edits are the ones the recipe's
 * {@code manual_edits} applies), the detector and corrector as {@link Pipeline} configures them from the recipe, and
 * a participant's epochs from {@link ParticipantAnalysis}. Needs {@code org.vagus.analysis.internal} to name this
 * bundle as a friend; if the engine grows a public per-participant API, only this class changes.
 */
public final class AnalysisAccess {
    /** Where a study keeps its own recipe; the built-in seed analysis is used when there is none. */
    public static final String STUDY_RECIPE = "code/vagus-recipe.json";

    private AnalysisAccess() {
    }

    /** The study's recipe ({@value #STUDY_RECIPE}) if it has one, else the built-in seed analysis. */
    public static Recipe recipeFor(Path studyDir) throws IOException {
        Path own = studyDir.resolve(STUDY_RECIPE);
        return Files.isRegularFile(own) ? Recipes.read(own) : Recipes.builtIn();
    }

    /** The steps a recipe may name: the built-in ones plus those contributed (when an extension registry runs). */
    public static Processors processors() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        return registry == null ? Processors.builtIn() : new ProcessorExtensionReader(registry).read();
    }

    /** The steps of a recipe; a recipe that does not fit the installed steps is reported with its JSON path. */
    public static Pipeline pipeline(Recipe recipe, Processors processors) throws IOException {
        Recipes.validate(recipe);
        return Pipeline.of(recipe, processors);
    }

    /** A participant's recordings that the recipe analyses, in path order. */
    public static List<RecordingRef> recordings(Path studyDir, Participant p, Recipe recipe) throws IOException {
        Path dir = studyDir.resolve(p.bidsName());
        List<RecordingRef> out = new ArrayList<>();
        for (RecordingInput in : StudyInputs.recordings(dir, recipe.recordings().task())) {
            String rel = dir.relativize(in.physio()).toString().replace(java.io.File.separatorChar, '/');
            String title = rel.substring(0, rel.length() - StudyInputs.PHYSIO_SUFFIX.length());
            out.add(new RecordingRef(p.label(), title, in.physio(), in.events(), editsPath(in.physio())));
        }
        return out;
    }

    /** {@code X_beatedits.tsv} beside {@code X_physio.tsv.gz}: the name {@link StudyInputs} looks for. */
    static Path editsPath(Path physio) {
        String name = physio.getFileName().toString();
        String stem = name.substring(0, name.length() - StudyInputs.PHYSIO_SUFFIX.length());
        return physio.resolveSibling(stem + StudyInputs.BEAT_EDITS_SUFFIX);
    }

    /**
     * Reads a recording and runs the recipe's detector and corrector over its ECG column (the recipe's
     * {@code ecg_column}, or the first column as the engine does), and reads the saved edit layer.
     */
    public static ReviewedRecording load(RecordingRef ref, Pipeline pipeline) throws IOException {
        PhysioReader.Result read = PhysioReader.read(ref.physio());
        if (read.sampleCount() == 0) {
            throw new IOException(ref.physio() + ": no sample could be read");
        }
        List<String> warnings = new ArrayList<>(read.warnings());
        List<String> columns = read.sidecar().columns();
        int column = columns.indexOf(pipeline.recipe().recordings().ecgColumn());
        if (column < 0) {
            warnings.add("no column '" + pipeline.recipe().recordings().ecgColumn() + "'; showing the first, '"
                    + columns.get(0) + "'");
            column = 0;
        }
        Signal ecg = read.record().signal(column);
        RPeaks peaks = pipeline.detector().detect(ecg);
        BeatTimes detected = BeatTimes.of(peaks);
        ArtefactCorrection correction = detected.count() < 3 ? unchanged(detected) : pipeline.corrector()
                .correct(detected);
        BeatEditLayer saved = Files.isRegularFile(ref.beatEdits()) ? BeatEditsTsv.read(ref.beatEdits())
                : BeatEditLayer.empty();
        return new ReviewedRecording("sub-" + ref.participant() + " / " + ref.title(), ref.physio(), ref.beatEdits(),
                columns.get(column), ecg.unit(), ecg.rate(), new MinMaxPyramid(ecg.samples()), peaks, correction,
                saved, warnings);
    }

    /** Too few beats to correct: every beat kept as detected. */
    private static ArtefactCorrection unchanged(BeatTimes beats) {
        List<BeatReport> report = new ArrayList<>();
        for (int i = 0; i < beats.count(); i++) {
            report.add(new BeatReport(i, beats.seconds(i), beats.seconds(i), EnumSet.noneOf(ArtefactType.class),
                    BeatAction.KEPT, 0));
        }
        return new ArtefactCorrection(beats, beats, report, List.of(0), 0);
    }

    /**
     * A participant's averaged event-locked heart-rate and nHF courses, computed by the engine's own
     * per-participant analysis. Edit layers not yet saved are passed in and applied instead of the files (written
     * to a temporary folder that is deleted afterwards), so the epochs follow the review as it stands.
     *
     * @param unsaved recording data file to the layer to use for it
     */
    public static ParticipantResult epochs(Path studyDir, Participant p, Pipeline pipeline,
            Map<Path, BeatEditLayer> unsaved) throws IOException {
        Path dir = studyDir.resolve(p.bidsName());
        List<RecordingInput> inputs = new ArrayList<>();
        Path tmp = unsaved.isEmpty() ? null : Files.createTempDirectory("vagus-edits");
        try {
            int k = 0;
            for (RecordingInput in : StudyInputs.recordings(dir, pipeline.recipe().recordings().task())) {
                BeatEditLayer layer = unsaved.get(in.physio());
                if (layer != null) {
                    Path f = tmp.resolve((k++) + StudyInputs.BEAT_EDITS_SUFFIX);
                    BeatEditsTsv.write(layer, f);
                    inputs.add(new RecordingInput(in.physio(), in.events(), f));
                } else {
                    inputs.add(in);
                }
            }
            return new ParticipantAnalysis(pipeline, studyDir).analyse(new ParticipantInput(p, inputs));
        } finally {
            if (tmp != null) {
                try (var files = Files.list(tmp)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(tmp);
            }
        }
    }
}
