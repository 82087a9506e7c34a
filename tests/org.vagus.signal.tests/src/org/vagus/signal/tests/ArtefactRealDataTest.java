package org.vagus.signal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vagus.io.Annotation;
import org.vagus.io.AnnotationSet;
import org.vagus.io.wfdb.MitAnnotationReader;
import org.vagus.signal.RPeaks;
import org.vagus.signal.beats.ArtefactCorrection;
import org.vagus.signal.beats.BeatTimes;
import org.vagus.signal.beats.LipponenTarvainen;

/**
 * Artefact detection on real beat series: the reference beat annotations of two PhysioNet records, used as
 * if they were detected R peaks, with the cardiologists' V (premature ventricular) and A (atrial premature)
 * labels as the truth for ectopic beats. A labelled beat counts as found if the correction report flags it
 * with any kind (a premature beat shows as ectopic and short); an N beat counts as a false alarm if it is
 * flagged. Both figures are over all passes, as a reviewer sees them.
 */
class ArtefactRealDataTest {

    /**
     * MIT-BIH Normal Sinus Rhythm record nsr001 (24 h, 106,460 beats at a 128 Hz annotation clock, 68 V, 13 A):
     * isolated ectopic beats in sinus rhythm, the case the method was designed for. Measured: 75 of 81 V/A
     * beats found (92.6 %; V 63/68, A 12/13), 1,648 of 106,379 N beats flagged (specificity 98.45 %).
     * <p>
     * The paper reports 96.96 % / 99.94 %. The specificity is lower here because this 64-year-old's HRV is
     * small against the 7.8 ms annotation clock: Th1 sits at the floor of 3 sample periods (23 ms) much of the
     * night, and a 31 ms alternation of ordinary beats already passes it. Without the floor (pure paper) 3,825
     * N beats are flagged in the first pass. The bounds leave room for platform rounding only.
     */
    @Test
    void nsr001IsolatedEctopics() throws IOException {
        Figures f = run("rr/nsr001", "ecg");
        System.out.println("nsr001 " + f);
        assertEquals(106_460, f.beats);
        assertEquals(81, f.ectopic);
        assertTrue(f.ectopicFound >= 73, f.toString());
        assertTrue(f.specificity() >= 0.98, f.toString());
    }

    /**
     * MIT-BIH Arrhythmia record 106 (30 min, 2,027 beats, 520 V): mostly long runs of ventricular bigeminy and
     * trigeminy. Measured: 161 of 520 V beats found (31.0 %), 158 of 1,507 N beats flagged (specificity 89.5 %),
     * but all 3 isolated V beats (at most 2 V in the 91-beat threshold window) found. This is the method's
     * known limit, not a defect: inside a run the ectopic rhythm is the rhythm, |dRR| is large at every beat,
     * and the quartile deviation over 91 beats (hence Th1) grows with it, so the alternation is no longer
     * "unusual". Records with frequent ectopy need the ectopic beats labelled from the ECG morphology (or by
     * hand, in the edit layer), not from the RR series alone. Bounds: 150 of 520 V, specificity 0.85.
     */
    @Test
    void record106FrequentVentricularEctopy() throws IOException {
        Figures f = run("mitdb/106", "atr");
        System.out.println("106 " + f);
        assertEquals(2027, f.beats);
        assertEquals(520, f.ectopic);
        assertTrue(f.ectopicFound >= 150, f.toString());
        assertEquals(3, f.isolated);
        assertEquals(3, f.isolatedFound, f.toString());
        assertTrue(f.specificity() >= 0.85, f.toString());
    }

    private static Figures run(String record, String annotator) throws IOException {
        AnnotationSet set = new MitAnnotationReader().read(TestData.file(record), annotator);
        List<Annotation> beats = set.beats();
        int[] samples = beats.stream().mapToInt(a -> Math.toIntExact(a.sample())).toArray();
        BeatTimes bt = BeatTimes.of(new RPeaks(set.rate(), samples, "reference annotations (" + annotator + ")",
                Map.of()));
        ArtefactCorrection c = new LipponenTarvainen().correct(bt);
        Figures f = new Figures();
        f.beats = beats.size();
        for (int i = 0; i < beats.size(); i++) {
            String label = beats.get(i).mnemonic();
            boolean flagged = c.reportOfInputBeat(i).flagged();
            if (label.equals("V") || label.equals("A")) {
                f.ectopic++;
                f.ectopicFound += flagged ? 1 : 0;
                int around = 0;
                for (int k = Math.max(0, i - 45); k <= Math.min(beats.size() - 1, i + 45); k++) {
                    String l = beats.get(k).mnemonic();
                    around += l.equals("V") || l.equals("A") ? 1 : 0;
                }
                if (around <= 2) {
                    f.isolated++;
                    f.isolatedFound += flagged ? 1 : 0;
                }
            } else if (label.equals("N")) {
                f.normal++;
                f.normalFlagged += flagged ? 1 : 0;
            }
        }
        f.passes = c.artefactsPerPass().toString();
        return f;
    }

    private static final class Figures {
        int beats;
        int ectopic;
        int ectopicFound;
        int isolated;
        int isolatedFound;
        int normal;
        int normalFlagged;
        String passes;

        double specificity() {
            return 1 - (double) normalFlagged / normal;
        }

        @Override
        public String toString() {
            return String.format("V/A found %d/%d (%.1f %%), isolated %d/%d, N flagged %d/%d (specificity %.2f %%),"
                    + " artefacts per pass %s", ectopicFound, ectopic, 100.0 * ectopicFound / ectopic, isolatedFound,
                    isolated, normalFlagged, normal, 100 * specificity(), passes);
        }
    }
}
