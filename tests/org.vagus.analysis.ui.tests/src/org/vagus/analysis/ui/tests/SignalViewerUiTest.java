package org.vagus.analysis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.analysis.AnalysisEngine;
import org.vagus.analysis.ProgressListener;
import org.vagus.analysis.recipe.Recipes;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.RecordingSummary;
import org.vagus.analysis.ui.model.BeatReview;
import org.vagus.analysis.ui.model.TimeWindow;
import org.vagus.analysis.ui.views.EpochCharts;
import org.vagus.analysis.ui.views.SignalCanvas;
import org.vagus.analysis.ui.views.SignalViewerView;
import org.vagus.app.OpenStudy;
import org.vagus.io.bids.PhysioReader;
import org.vagus.signal.PanTompkins;
import org.vagus.signal.RPeaks;
import org.vagus.signal.beats.BeatEdit;
import org.vagus.signal.beats.BeatEditsTsv;
import org.vagus.study.StudyFolder;

/**
 * The signal viewer in a plain SWT shell on the display xvfb-run provides: it opens a generated study's
 * participant, shows the ECG with the peaks the recipe's detector finds, zooms and pans with the wheel and the keys
 * while drawing at most two points per pixel column, and makes, undoes, redoes and saves beat edits as the edit
 * layer the analysis engine then applies. Screenshots go to target/screenshots (and /tmp/screenshots).
 */
class SignalViewerUiTest {
    @TempDir
    static Path dir;
    private static Path study;

    private Display display;
    private Shell shell;
    private SignalViewerView view;

    @BeforeAll
    static void createStudy() throws Exception {
        study = TestStudy.create(dir.resolve("study"), 2, 160, 11);
    }

    @BeforeEach
    void open() throws Exception {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("Signal viewer");
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 720);
        Composite parent = new Composite(shell, SWT.NONE);
        view = new SignalViewerView();
        try (StudyFolder f = StudyFolder.openReadOnly(study)) {
            view.setStudy(new OpenStudy(study, f.study(), false));
        }
        view.createControls(parent);
        shell.open();
        Waiting.pump(display);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private BeatReview load(String participant) {
        Job job = view.show(participant, 0);
        assertNotNull(job, view.statusText());
        Waiting.forJob(120, job, "reading sub-" + participant);
        Waiting.until(30, () -> view.review() != null, () -> "the review shown; " + view.statusText());
        return view.review();
    }

    private void paint() {
        SignalCanvas c = view.canvas();
        c.control().redraw();
        c.control().update();
        Waiting.pump(display);
    }

    @Test
    void withoutAStudyThePartSaysSo() {
        view.setStudy(null);
        assertTrue(view.statusText().contains("No study open"), view.statusText());
        assertNull(view.show("01", 0));
    }

    @Test
    void showsTheEcgWithTheDetectorsPeaksAndZoomsAndPansWithBoundedPoints() throws Exception {
        BeatReview review = load("01");
        // the detector of the built-in recipe, with the settings written in it (recipes/seed.json), run here on the
        // same file: the viewer must show exactly its peaks
        PanTompkins detector = new PanTompkins(new PanTompkins.Parameters(5, 15, 0.15, 0.2, 0.36, 0.5, 1.66, 2, 0.05,
                true));
        RPeaks expected = detector.detect(PhysioReader.read(TestStudy.physio(study, "01")).record().signal(0));
        assertEquals(expected.count(), review.peakCount());
        for (int i = 0; i < expected.count(); i++) {
            assertEquals(expected.seconds(i), review.peakSeconds(i), 1e-12, "peak " + i);
        }
        assertTrue(expected.count() > 150, expected.count() + " peaks in 160 s");

        SignalCanvas c = view.canvas();
        paint();
        assertEquals(160, c.window().span(), 1e-9, "the whole recording at first");
        int columns = c.lastColumns();
        assertTrue(columns > 500, columns + " columns");
        assertTrue(c.lastMaxPointsPerColumn() <= 2, c.lastFrame());
        assertTrue(c.lastPoints() <= 2 * columns, c.lastFrame());
        Screenshots.save(shell, "analyze-signal-viewer-whole");

        // the mouse wheel zooms around the cursor: the time under it stays under it
        int x = c.plot().x + c.plot().width / 3;
        double under = c.secondsAt(x);
        for (int i = 0; i < 10; i++) {
            Event e = new Event();
            e.x = x;
            e.y = c.plot().y + 50;
            e.count = 3;
            c.control().notifyListeners(SWT.MouseVerticalWheel, e);
        }
        assertEquals(160 * Math.pow(0.8, 10), c.window().span(), 1e-9);
        assertEquals(under, c.secondsAt(x), 160.0 / columns, "the time under the cursor");
        paint();
        assertTrue(c.lastMaxPointsPerColumn() <= 2, c.lastFrame());
        // every detected peak in the window is marked on the trace
        TimeWindow w = c.window();
        long inWindow = java.util.Arrays.stream(review.peakSeconds()).filter(t -> t >= w.start() && t < w.end())
                .count();
        assertEquals(inWindow, c.lastPeaks(), c.lastFrame());

        // the right arrow pans by a tenth of the window, the left arrow back, Shift+right by a whole window
        double start = c.window().start();
        key(c, SWT.ARROW_RIGHT, 0);
        assertEquals(start + 0.1 * w.span(), c.window().start(), 1e-9);
        key(c, SWT.ARROW_LEFT, 0);
        assertEquals(start, c.window().start(), 1e-9);
        key(c, SWT.ARROW_RIGHT, SWT.SHIFT);
        assertEquals(start + w.span(), c.window().start(), 1e-9);
        // dragging the trace pans with it: 100 px to the left shows later times
        double before = c.window().start();
        drag(c, c.plot().x + 400, c.plot().x + 300, 0);
        assertEquals(before + 100 * w.span() / c.plot().width, c.window().start(), 1e-9);
        paint();
        assertTrue(c.lastMaxPointsPerColumn() <= 2, c.lastFrame());
        assertTrue(c.lastPoints() <= 2 * c.lastColumns(), c.lastFrame());

        // the epochs tab shows the participant's courses as the engine computes them
        AnalysisResult engine = AnalysisEngine.builtIn().run(study, Recipes.builtIn(), 1, ProgressListener.NONE);
        double[] hr = engine.participant("01").orElseThrow().hr().mean().values();
        Waiting.until(120, () -> series(view.epochs()).length > 0, () -> "the epochs shown");
        double[] shown = series(view.epochs());
        double[] finite = java.util.Arrays.stream(hr).filter(v -> !Double.isNaN(v)).toArray();
        assertEquals(finite.length, shown.length);
        for (int i = 0; i < shown.length; i++) {
            assertEquals(finite[i], shown[i], 1e-12, "HR change at point " + i);
        }
        view.tabs().setSelection(1);
        Screenshots.save(shell, "analyze-epochs");
    }

    private static double[] series(EpochCharts e) {
        double[] y = e.heartRate().getSeriesSet().getSeries(EpochCharts.SERIES).getYSeries();
        return y == null ? new double[0] : y;
    }

    @Test
    void deletesAndAddsBeatsUndoesRedoesAndSavesTheEditLayerTheEngineApplies() throws Exception {
        BeatReview review = load("02");
        SignalCanvas c = view.canvas();
        Path edits = review.recording().beatEdits();
        assertEquals(TestStudy.physio(study, "02").resolveSibling("sub-02_ses-01_task-stress_beatedits.tsv"), edits);
        Files.deleteIfExists(edits);
        int beats = review.edited().beats().count();
        double beat = review.edited().beats().seconds(40);
        double next = review.edited().beats().seconds(41);
        c.setWindow(c.window().showing(beat - 3, 8));
        paint();

        // a click on the trace between beats selects nothing; a click on the beat's tick on the rail selects it
        click(c, c.pixelOf((beat + next) / 2), c.plot().y + c.plot().height - 5, 0);
        assertTrue(Double.isNaN(c.selected()));
        click(c, c.pixelOf(beat), c.railY(), 0);
        assertEquals(beat, c.selected(), 0);
        // Delete removes it
        assertEquals(beat, c.selected(), 0);
        key(c, SWT.DEL, 0);
        assertEquals(List.of(new BeatEdit.Delete(beat)), review.layer().edits());
        assertEquals(beats - 1, review.edited().beats().count());
        assertTrue(review.isDirty());

        // Shift+click on the deleted beat's place adds one back at the R peak (snapped within 50 ms)
        click(c, c.pixelOf(beat + 0.02), c.plot().y + c.plot().height / 2, SWT.SHIFT);
        assertEquals(2, review.layer().edits().size());
        BeatEdit.Add add = (BeatEdit.Add) review.layer().edits().get(1);
        assertEquals(beat, add.seconds(), 0.002, "snapped to the R peak the detector found");
        assertEquals(beats, review.edited().beats().count());
        // Shift+drag marks a stretch unusable
        drag(c, c.pixelOf(next + 0.3), c.pixelOf(next + 1.3), SWT.SHIFT);
        assertEquals(3, review.layer().edits().size());
        assertEquals(1, review.edited().unusable().size());
        paint();
        Screenshots.save(shell, "analyze-signal-viewer-edits");

        // Ctrl+Z twice: back to the delete alone; Ctrl+Y redoes the add
        key(c, 'z', SWT.MOD1);
        key(c, 'z', SWT.MOD1);
        assertEquals(List.of(new BeatEdit.Delete(beat)), review.layer().edits());
        assertEquals(beats - 1, review.edited().beats().count());
        key(c, 'y', SWT.MOD1);
        assertEquals(2, review.layer().edits().size());
        key(c, 'z', SWT.MOD1);

        // Ctrl+S saves the layer in force (the delete) atomically beside the recording
        key(c, 's', SWT.MOD1);
        assertFalse(review.isDirty());
        assertEquals("edit\ttime_s\tto_s\ndelete\t" + beat + "\tn/a\n", Files.readString(edits));
        assertEquals(List.of(new BeatEdit.Delete(beat)), BeatEditsTsv.read(edits).edits());
        assertTrue(view.statusText().contains("1 edits"), view.statusText());

        // the engine, with the built-in recipe (manual_edits on), finds and applies the saved layer
        AnalysisResult r = AnalysisEngine.builtIn().run(study, Recipes.builtIn(), 1, ProgressListener.NONE);
        RecordingSummary s = r.participant("02").orElseThrow().recordings().get(0);
        assertEquals("sub-02/ses-01/sub-02_ses-01_task-stress_beatedits.tsv", s.beatEdits());
        assertEquals(1, s.editsApplied());
        assertEquals(beats - 1, s.beats());
        Files.delete(edits);
    }

    private static void key(SignalCanvas c, int code, int state) {
        Event e = new Event();
        e.keyCode = code;
        e.character = code < 0x10000 ? (char) code : 0;
        e.stateMask = state;
        c.control().notifyListeners(SWT.KeyDown, e);
    }

    private static void click(SignalCanvas c, int x, int y, int state) {
        mouse(c, SWT.MouseDown, x, y, state);
        mouse(c, SWT.MouseUp, x, y, state);
    }

    private static void drag(SignalCanvas c, int from, int to, int state) {
        int y = c.plot().y + c.plot().height - 5; // low on the trace, away from the R peaks
        mouse(c, SWT.MouseDown, from, y, state);
        int steps = 5;
        for (int i = 1; i <= steps; i++) {
            mouse(c, SWT.MouseMove, from + (to - from) * i / steps, y, state);
        }
        mouse(c, SWT.MouseUp, to, y, state);
    }

    private static void mouse(SignalCanvas c, int type, int x, int y, int state) {
        Event e = new Event();
        e.button = type == SWT.MouseMove ? 0 : 1;
        e.x = x;
        e.y = y;
        e.stateMask = state;
        c.control().notifyListeners(type, e);
    }
}
