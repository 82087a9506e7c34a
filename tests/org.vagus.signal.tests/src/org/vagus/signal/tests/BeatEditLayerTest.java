package org.vagus.signal.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.units.SamplingRate;
import org.vagus.io.FormatException;
import org.vagus.signal.Parameters;
import org.vagus.signal.beats.ArtefactCorrection;
import org.vagus.signal.beats.BeatEdit;
import org.vagus.signal.beats.BeatEditLayer;
import org.vagus.signal.beats.BeatEditsTsv;
import org.vagus.signal.beats.BeatTimes;
import org.vagus.signal.beats.EditedBeats;
import org.vagus.signal.beats.InterBeatIntervals;
import org.vagus.signal.beats.LipponenTarvainen;
import org.vagus.signal.beats.TimeSegment;

/** Manual edits as an undoable layer over the automatic result, and its TSV file. */
class BeatEditLayerTest {
    private static final BeatTimes AUTO = new BeatTimes(new double[] {1.0, 2.0, 3.0, 4.0, 5.0},
            SamplingRate.ofHertz(1000), Parameters.empty().with("artefacts.method", "test"));

    private static BeatEditLayer fourEdits() {
        return BeatEditLayer.empty().add(2.5).delete(4.0).move(3.0, 3.1).markUnusable(4.2, 4.8);
    }

    @Test
    void applyingTheLayerGivesTheEditedBeats() {
        EditedBeats e = fourEdits().apply(AUTO);
        assertArrayEquals(new double[] {1.0, 2.0, 2.5, 3.1, 5.0}, e.beats().secondsArray());
        assertEquals(List.of(new TimeSegment(4.2, 4.8)), e.unusable());
        assertTrue(e.skipped().isEmpty());
        assertTrue(e.isUnusable(4.5));
        assertFalse(e.isUnusable(4.9));
        assertEquals(AUTO.sourceRate(), e.beats().sourceRate());
        Parameters p = e.beats().parameters();
        assertEquals("test", p.get("artefacts.method").orElseThrow());
        assertEquals("4", p.get("edits.count").orElseThrow());
        assertEquals("1", p.get("edits.added").orElseThrow());
        assertEquals("1", p.get("edits.deleted").orElseThrow());
        assertEquals("1", p.get("edits.moved").orElseThrow());
        assertEquals("0", p.get("edits.skipped").orElseThrow());
        // the automatic result is never changed
        assertArrayEquals(new double[] {1.0, 2.0, 3.0, 4.0, 5.0}, AUTO.secondsArray());

        InterBeatIntervals ibi = InterBeatIntervals.of(e);
        assertEquals(4, ibi.count());
        assertEquals(1900, ibi.millis(3), 1e-9);
        assertTrue(ibi.usable(2));
        assertFalse(ibi.usable(3), "3.1 .. 5.0 s overlaps the unusable 4.2 .. 4.8 s");
    }

    @Test
    void undoAndRedo() {
        BeatEditLayer l = fourEdits();
        assertTrue(l.canUndo());
        assertFalse(l.canRedo());
        BeatEditLayer u1 = l.undo();
        assertTrue(u1.apply(AUTO).unusable().isEmpty());
        BeatEditLayer u2 = u1.undo();
        assertArrayEquals(new double[] {1.0, 2.0, 2.5, 3.0, 5.0}, u2.apply(AUTO).beats().secondsArray());
        assertEquals(List.of(new BeatEdit.MarkUnusable(new TimeSegment(4.2, 4.8)), new BeatEdit.Move(3.0, 3.1)),
                u2.undone());
        BeatEditLayer r1 = u2.redo();
        assertArrayEquals(new double[] {1.0, 2.0, 2.5, 3.1, 5.0}, r1.apply(AUTO).beats().secondsArray());
        assertEquals(l, r1.redo(), "redo all gives the layer back");
        // a new edit after an undo drops what could have been redone
        BeatEditLayer branch = u2.add(4.5);
        assertFalse(branch.canRedo());
        assertEquals(3, branch.edits().size());
        // older layers are unchanged values
        assertEquals(4, l.edits().size());
        BeatEditLayer none = BeatEditLayer.empty();
        assertThrows(IllegalStateException.class, none::undo);
        assertThrows(IllegalStateException.class, none::redo);
        assertArrayEquals(AUTO.secondsArray(), none.apply(AUTO).beats().secondsArray());
    }

    @Test
    void editsFindTheirBeatWithinTheToleranceOrAreReported() {
        BeatEditLayer l = BeatEditLayer.empty().delete(3.004) // 4 ms off: found with the default 10 ms
                .delete(7.0) // no beat there
                .add(2.005) // too close to the beat at 2.0 s
                .move(4.0, 5.003) // onto the beat at 5.0 s
                .move(4.0, 4.4);
        EditedBeats e = l.apply(AUTO);
        assertArrayEquals(new double[] {1.0, 2.0, 4.4, 5.0}, e.beats().secondsArray());
        assertEquals(3, e.skipped().size());
        assertEquals(1, e.skipped().get(0).index());
        assertTrue(e.skipped().get(0).reason().contains("no beat within"), e.skipped().get(0).reason());
        assertTrue(e.skipped().get(1).reason().contains("already lies at 2.0 s"), e.skipped().get(1).reason());
        assertTrue(e.skipped().get(2).reason().contains("already lies at 5.0 s"), e.skipped().get(2).reason());
        // with a zero tolerance the first delete misses, the add and the first move now fit, and the second
        // move finds no beat at 4.0 s any more
        EditedBeats exact = l.apply(AUTO, 0);
        assertEquals(List.of(0, 1, 4), exact.skipped().stream().map(EditedBeats.SkippedEdit::index).toList());
        assertArrayEquals(new double[] {1.0, 2.0, 2.005, 3.0, 5.0, 5.003}, exact.beats().secondsArray());
        assertThrows(IllegalArgumentException.class, () -> BeatEditLayer.empty().add(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> BeatEditLayer.empty().markUnusable(5, 4));
    }

    @Test
    void layerOverTheAutomaticCorrection() {
        // the layer is applied over the corrected beats; the raw detection and the correction stay as they were
        double[] raw = new double[40];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = 1 + 0.8 * i + (i == 20 ? 0.35 : 0);
        }
        BeatTimes detected = BeatTimes.ofSeconds(raw, Parameters.empty());
        ArtefactCorrection auto = new LipponenTarvainen().correct(detected);
        assertEquals(17.0, auto.corrected().seconds(20), 1e-9, "the late beat is re-timed");
        EditedBeats edited = BeatEditLayer.empty().move(17.0, 17.2).apply(auto.corrected());
        assertEquals(17.2, edited.beats().seconds(20), 1e-12);
        assertEquals(17.0, auto.corrected().seconds(20), 1e-9);
        assertEquals(17.35, auto.input().seconds(20), 1e-12);
        assertArrayEquals(raw, detected.secondsArray());
    }

    @Test
    void tsvRoundTrip(@TempDir Path dir) throws IOException {
        BeatEditLayer l = fourEdits().add(0.1 + 0.2); // 0.30000000000000004 must read back exactly
        String text = BeatEditsTsv.format(l);
        assertEquals("edit\ttime_s\tto_s\n" + "add\t2.5\tn/a\n" + "delete\t4.0\tn/a\n" + "move\t3.0\t3.1\n"
                + "unusable\t4.2\t4.8\n" + "add\t0.30000000000000004\tn/a\n", text);
        Path file = dir.resolve("sub-01_ses-01_task-stress_beatedits.tsv");
        BeatEditsTsv.write(l, file);
        BeatEditsTsv.write(l, file); // replaces atomically
        assertEquals(text, Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        BeatEditLayer back = BeatEditsTsv.read(file);
        assertEquals(l.edits(), back.edits());
        assertArrayEquals(l.apply(AUTO).beats().secondsArray(), back.apply(AUTO).beats().secondsArray());
        // Windows line ends and a BOM are accepted
        assertEquals(l.edits(), BeatEditsTsv.parse("\uFEFF" + text.replace("\n", "\r\n"), file).edits());
    }

    @Test
    void badFilesNameLineAndColumn() {
        Path f = Path.of("edits.tsv");
        bad("edit\ttime\tto_s\n", "edits.tsv: line 1: header");
        bad("edit\ttime_s\tto_s\nmove\t1.0\tn/a\n", "edits.tsv: line 2, column 3 (to_s): 'n/a', expected a time");
        bad("edit\ttime_s\tto_s\nadd\t1.0\tn/a\njump\t1\tn/a\n", "line 3, column 1 (edit): edit 'jump'");
        bad("edit\ttime_s\tto_s\nadd\t1,5\tn/a\n", "line 2, column 2 (time_s): '1,5'");
        bad("edit\ttime_s\tto_s\nadd\t1.5\n", "line 2: 2 cell(s), expected 3");
        bad("edit\ttime_s\tto_s\nadd\t1.5\t2\n", "line 2, column 3 (to_s): '2', expected n/a");
        bad("edit\ttime_s\tto_s\nunusable\t5\t4\n", "line 2, column 3 (to_s): segment end 4.0 s before its start");
        bad("edit\ttime_s\tto_s\nadd\tNaN\tn/a\n", "line 2, column 2 (time_s): 'NaN'");
        bad("edit\ttime_s\tto_s\n\nadd\t1\tn/a\n", "line 2: 1 cell(s)");
        assertThrows(FormatException.class, () -> BeatEditsTsv.parse("", f));
    }

    private static void bad(String text, String message) {
        FormatException e = assertThrows(FormatException.class, () -> BeatEditsTsv.parse(text, Path.of("edits.tsv")));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
