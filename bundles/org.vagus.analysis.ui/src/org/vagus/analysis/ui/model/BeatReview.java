package org.vagus.analysis.ui.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.vagus.signal.beats.ArtefactCorrection;
import org.vagus.signal.beats.ArtefactType;
import org.vagus.signal.beats.BeatAction;
import org.vagus.signal.beats.BeatEditLayer;
import org.vagus.signal.beats.BeatEditsTsv;
import org.vagus.signal.beats.BeatReport;
import org.vagus.signal.beats.EditedBeats;

/**
 * The manual review of one recording's beats: the current {@link BeatEditLayer} over the automatic correction, its
 * undo and redo, whether it differs from the layer saved beside the recording, and saving it
 * ({@link BeatEditsTsv}, atomically). The viewer draws what this says and turns mouse and keys into its calls; the
 * edit logic itself (matching a beat within 10 ms, undo history) is the headless layer's.
 * <p>
 * An edit the layer would not apply (a beat added within the tolerance of another, a delete that finds no beat) is
 * refused here with the layer's reason rather than stored as a skipped edit. Not thread-safe: the UI thread owns it.
 *
 * @since 0.1.0
 */
public final class BeatReview {
    /** How a detected peak is marked: what the automatic correction found at it. */
    public enum PeakMark {
        /** No artefact. */
        NORMAL,
        /** Ectopic: short-long or long-short intervals around it; the corrector re-timed it. */
        ECTOPIC,
        /** Next to an interval that had missed a beat. */
        MISSED,
        /** Extra: no beat; the corrector deleted it. */
        EXTRA,
        /** Beside a long or short interval that is neither a missed nor an extra beat. */
        LONG_SHORT
    }

    /** Where a beat of the edited series comes from. */
    public enum BeatOrigin {
        /** Detected and kept by the corrector. */
        DETECTED,
        /** Moved or inserted by the corrector. */
        CORRECTED,
        /** Added or moved by hand. */
        MANUAL
    }

    private final ReviewedRecording recording;
    private final double[] peakSeconds;
    private final PeakMark[] peakMarks;
    private final double[] correctedSeconds;
    private final BeatAction[] correctedActions;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private BeatEditLayer layer;
    private BeatEditLayer saved;
    private EditedBeats edited;

    /** @param recording the recording, with its saved layer as the starting point */
    public BeatReview(ReviewedRecording recording) {
        this.recording = Objects.requireNonNull(recording, "recording");
        ArtefactCorrection c = recording.correction();
        int n = c.input().count();
        peakSeconds = c.input().secondsArray();
        peakMarks = new PeakMark[n];
        for (int i = 0; i < n; i++) {
            peakMarks[i] = mark(c.reportOfInputBeat(i));
        }
        List<BeatReport> kept = new ArrayList<>();
        for (BeatReport r : c.report()) {
            if (r.action() != BeatAction.DELETED && Double.isFinite(r.correctedSeconds())) {
                kept.add(r);
            }
        }
        kept.sort((a, b) -> Double.compare(a.correctedSeconds(), b.correctedSeconds()));
        correctedSeconds = new double[kept.size()];
        correctedActions = new BeatAction[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            correctedSeconds[i] = kept.get(i).correctedSeconds();
            correctedActions[i] = kept.get(i).action();
        }
        layer = recording.saved();
        saved = recording.saved();
        edited = layer.apply(c.corrected());
    }

    private static PeakMark mark(BeatReport r) {
        if (r.action() == BeatAction.DELETED || r.is(ArtefactType.EXTRA)) {
            return PeakMark.EXTRA;
        }
        if (r.is(ArtefactType.MISSED)) {
            return PeakMark.MISSED;
        }
        if (r.is(ArtefactType.ECTOPIC)) {
            return PeakMark.ECTOPIC;
        }
        if (r.is(ArtefactType.LONG) || r.is(ArtefactType.SHORT)) {
            return PeakMark.LONG_SHORT;
        }
        return PeakMark.NORMAL;
    }

    /** @return the recording */
    public ReviewedRecording recording() {
        return recording;
    }

    /** @return the detector's R peaks in seconds, ascending (a copy) */
    public double[] peakSeconds() {
        return peakSeconds.clone();
    }

    /** @return the number of detected peaks */
    public int peakCount() {
        return peakSeconds.length;
    }

    /** @return the time of detected peak {@code i} */
    public double peakSeconds(int i) {
        return peakSeconds[i];
    }

    /** @return the mark of detected peak {@code i} */
    public PeakMark peakMark(int i) {
        return peakMarks[i];
    }

    /** @return the index of the first detected peak at or after {@code seconds} */
    public int firstPeakAtOrAfter(double seconds) {
        return lowerBound(peakSeconds, peakSeconds.length, seconds);
    }

    /** @return the current edit layer */
    public BeatEditLayer layer() {
        return layer;
    }

    /** @return the beats after correction and the current edits, with the unusable segments */
    public EditedBeats edited() {
        return edited;
    }

    /** @return where beat {@code i} of {@link #edited()} comes from */
    public BeatOrigin origin(int i) {
        double t = edited.beats().seconds(i);
        int at = Arrays.binarySearch(correctedSeconds, t);
        if (at < 0) {
            return BeatOrigin.MANUAL;
        }
        return correctedActions[at] == BeatAction.KEPT ? BeatOrigin.DETECTED : BeatOrigin.CORRECTED;
    }

    /** @return true if the current layer's edits differ from the saved file's */
    public boolean isDirty() {
        return !layer.edits().equals(saved.edits());
    }

    /** @return true if there is an edit to undo */
    public boolean canUndo() {
        return layer.canUndo();
    }

    /** @return true if there is an undone edit to redo */
    public boolean canRedo() {
        return layer.canRedo();
    }

    /**
     * The edited beat nearest to a time.
     *
     * @return its index in {@link #edited()}, or -1 if none lies within {@code toleranceS}
     */
    public int beatNear(double seconds, double toleranceS) {
        return edited.beats().nearest(seconds, toleranceS);
    }

    /**
     * Adds a beat.
     *
     * @return null if done, otherwise why not (a beat already lies within 10 ms)
     */
    public String add(double seconds) {
        return apply(layer.add(seconds));
    }

    /**
     * Deletes the edited beat nearest to {@code seconds} within {@code toleranceS}.
     *
     * @return null if done, otherwise why not
     */
    public String delete(double seconds, double toleranceS) {
        int i = beatNear(seconds, toleranceS);
        if (i < 0) {
            return "no beat within " + Math.round(toleranceS * 1000) + " ms of " + seconds + " s";
        }
        return apply(layer.delete(edited.beats().seconds(i)));
    }

    /**
     * Moves the edited beat nearest to {@code fromSeconds} (within {@code toleranceS}) to {@code toSeconds}.
     *
     * @return null if done, otherwise why not
     */
    public String move(double fromSeconds, double toSeconds, double toleranceS) {
        int i = beatNear(fromSeconds, toleranceS);
        if (i < 0) {
            return "no beat within " + Math.round(toleranceS * 1000) + " ms of " + fromSeconds + " s";
        }
        return apply(layer.move(edited.beats().seconds(i), toSeconds));
    }

    /**
     * Marks {@code [from, to]} unusable (either order).
     *
     * @return null if done, otherwise why not
     */
    public String markUnusable(double from, double to) {
        double a = Math.max(0, Math.min(from, to));
        double b = Math.min(recording.durationSeconds(), Math.max(from, to));
        if (!(b > a)) {
            return "an unusable stretch needs a length";
        }
        return apply(layer.markUnusable(a, b));
    }

    private String apply(BeatEditLayer next) {
        EditedBeats result = next.apply(recording.correction().corrected());
        int last = next.edits().size() - 1;
        for (EditedBeats.SkippedEdit s : result.skipped()) {
            if (s.index() == last) {
                return s.reason();
            }
        }
        set(next, result);
        return null;
    }

    /** Undoes the last edit, if any. */
    public void undo() {
        if (layer.canUndo()) {
            BeatEditLayer next = layer.undo();
            set(next, next.apply(recording.correction().corrected()));
        }
    }

    /** Redoes the last undone edit, if any. */
    public void redo() {
        if (layer.canRedo()) {
            BeatEditLayer next = layer.redo();
            set(next, next.apply(recording.correction().corrected()));
        }
    }

    private void set(BeatEditLayer next, EditedBeats result) {
        layer = next;
        edited = result;
        changed();
    }

    /**
     * Saves the current layer's edits to {@link ReviewedRecording#beatEdits()} atomically; the undo history stays.
     *
     * @throws IOException if the file cannot be written (the layer stays dirty)
     */
    public void save() throws IOException {
        BeatEditsTsv.write(layer, recording.beatEdits());
        saved = layer;
        changed();
    }

    /** @param listener told after every change of the layer or of the saved state (on the calling thread) */
    public Runnable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    /**
     * The time of the largest deflection of the ECG from its local mean within {@code radiusS} of a time: where a
     * click meant to put an R peak (a click is rarely on the exact sample).
     */
    public double snapToPeak(double seconds, double radiusS) {
        MinMaxPyramid ecg = recording.ecg();
        double rate = recording.rate().hertz();
        int a = (int) Math.max(0, Math.floor((seconds - radiusS) * rate));
        int b = (int) Math.min(ecg.length() - 1L, Math.ceil((seconds + radiusS) * rate));
        if (b <= a) {
            return seconds;
        }
        double mean = 0;
        int n = 0;
        for (int i = a; i <= b; i++) {
            double v = ecg.sample(i);
            if (v == v) {
                mean += v;
                n++;
            }
        }
        if (n == 0) {
            return seconds;
        }
        mean /= n;
        int best = -1;
        double bestD = -1;
        for (int i = a; i <= b; i++) {
            double d = Math.abs(ecg.sample(i) - mean);
            if (d > bestD) {
                bestD = d;
                best = i;
            }
        }
        return best / rate;
    }

    static int lowerBound(double[] sorted, int n, double v) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
