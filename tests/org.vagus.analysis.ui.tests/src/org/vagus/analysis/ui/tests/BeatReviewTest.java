package org.vagus.analysis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.analysis.recipe.Recipes;
import org.vagus.analysis.ui.internal.AnalysisAccess;
import org.vagus.analysis.ui.model.BeatReview;
import org.vagus.analysis.ui.model.BeatReview.BeatOrigin;
import org.vagus.analysis.ui.model.BeatReview.PeakMark;
import org.vagus.analysis.ui.model.MinMaxPyramid;
import org.vagus.analysis.ui.model.ReviewedRecording;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.Processors;
import org.vagus.signal.RPeaks;
import org.vagus.signal.beats.ArtefactCorrection;
import org.vagus.signal.beats.BeatEditLayer;
import org.vagus.signal.beats.BeatEditsTsv;
import org.vagus.signal.beats.BeatTimes;

/**
 * The review model over the recipe's real corrector: a beat series of 0.8 s intervals (+-20 ms) with one extra
 * detection half-way between two beats and one missed beat; the extra one is marked EXTRA, the beat the corrector
 * inserts for the missed one is CORRECTED, clean beats are NORMAL and DETECTED; an add within the layer's 10 ms of a
 * beat is refused with the layer's reason; saving clears the dirty state and writes what the layer formats.
 */
class BeatReviewTest {

    private static ReviewedRecording recording(Path dir) throws Exception {
        int rate = 1000;
        SplittableRandom r = new SplittableRandom(9);
        List<Integer> samples = new ArrayList<>();
        double t = 1;
        for (int i = 0; i < 300; i++) {
            if (i != 150) { // beat 150 is missed
                samples.add((int) Math.round(t * rate));
            }
            if (i == 100) { // an extra detection 0.4 s after beat 100
                samples.add((int) Math.round((t + 0.4) * rate));
            }
            t += 0.8 + 0.02 * (2 * r.nextDouble() - 1);
        }
        int[] s = samples.stream().mapToInt(Integer::intValue).toArray();
        double[] ecg = new double[(int) Math.ceil(t * rate) + rate];
        for (int k : s) {
            ecg[k] = 1; // a spike at each detection, so snapping finds it
        }
        RPeaks peaks = new RPeaks(SamplingRate.ofHertz(rate), s, "test", Map.of());
        ArtefactCorrection c = AnalysisAccess.pipeline(Recipes.builtIn(), Processors.builtIn()).corrector()
                .correct(BeatTimes.of(peaks));
        return new ReviewedRecording("test", dir.resolve("x_physio.tsv.gz"), dir.resolve("x_beatedits.tsv"), "ECG",
                Unit.MILLIVOLT, SamplingRate.ofHertz(rate), new MinMaxPyramid(ecg), peaks, c, BeatEditLayer.empty(),
                List.of());
    }

    @Test
    void marksTheCorrectorsFindingsAndEditsThroughTheLayer(@TempDir Path dir) throws Exception {
        ReviewedRecording rec = recording(dir);
        BeatReview review = new BeatReview(rec);
        assertEquals(300, review.peakCount(), "299 beats and the extra detection");
        assertEquals(PeakMark.EXTRA, review.peakMark(101), "the extra detection");
        assertEquals(PeakMark.NORMAL, review.peakMark(50));
        // the corrected series has the missed beat back and the extra one gone: 299 + 1 - 1 + ... beats
        int inserted = 0;
        for (int i = 0; i < review.edited().beats().count(); i++) {
            if (review.origin(i) == BeatOrigin.CORRECTED) {
                inserted++;
            }
        }
        assertTrue(inserted >= 1, "the inserted beat is marked as the corrector's");
        assertEquals(BeatOrigin.DETECTED, review.origin(10));
        assertEquals(rec.correction().corrected().count(), review.edited().beats().count());

        double beat = review.edited().beats().seconds(20);
        String refused = review.add(beat + 0.005);
        assertNotNull(refused, "an add 5 ms from a beat");
        assertTrue(refused.contains("already lies"), refused);
        assertFalse(review.isDirty());
        assertNull(review.delete(beat + 0.004, 0.01));
        assertTrue(review.isDirty());
        review.save();
        assertFalse(review.isDirty());
        assertEquals(BeatEditsTsv.format(review.layer()), Files.readString(rec.beatEdits()));
        review.undo();
        assertTrue(review.isDirty(), "undone after saving: differs from the file");
        assertEquals(beat, review.snapToPeak(beat + 0.03, 0.05), 1e-12, "snaps to the spike");
    }
}
