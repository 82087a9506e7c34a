package org.vagus.signal.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vagus.signal.ArtefactCorrector;
import org.vagus.signal.Parameters;
import org.vagus.signal.beats.ArtefactCorrection;
import org.vagus.signal.beats.ArtefactDetection;
import org.vagus.signal.beats.ArtefactType;
import org.vagus.signal.beats.BeatAction;
import org.vagus.signal.beats.BeatReport;
import org.vagus.signal.beats.BeatTimes;
import org.vagus.signal.beats.InterBeatIntervals;
import org.vagus.signal.beats.LipponenTarvainen;

/**
 * Lipponen &amp; Tarvainen 2019 artefact detection and correction: the thresholds and classes against an
 * independent NumPy computation, the corrections on a hand-made series, and detection sensitivity and
 * specificity on synthetic series with injected artefacts of every kind.
 */
class LipponenTarvainenTest {
    private static final double EPS = 1e-9;

    /**
     * 41 beats (ms): true RR_k = round(800 + 30 sin(0.9 k) + 12 cos(2.3 k)) from 1000 ms; beat 10 moved 250 ms
     * early (ectopic), true beat 20 removed (missed), an extra beat 330 ms after beat 30.
     */
    private static final long[] HAND_MS = {1000, 1812, 2628, 3456, 4279, 5054, 5830, 6611, 7400, 8235, 8811, 9867,
        10665, 11426, 12204, 13014, 13826, 14662, 15476, 16252, 17806, 18603, 19439, 20257, 21071, 21863, 22621,
        23408, 24210, 25026, 25356, 25867, 26671, 27453, 28234, 29001, 29808, 30638, 31455, 32276, 33059};

    private static BeatTimes hand() {
        double[] s = new double[HAND_MS.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = HAND_MS[i] / 1000.0;
        }
        return BeatTimes.ofSeconds(s, Parameters.empty().with("source", "hand-made"));
    }

    /**
     * Reference from /tmp/beats-scratch/py/ref_lt.py (python3, numpy 2.4): the paper's equations written with
     * numpy.percentile (linear) and numpy.median over centred windows cut at the ends, threshold floor 5 ms,
     * one detection pass; printed with repr().
     */
    @Test
    void detectionMatchesNumpyReferenceWithPaperWindows() {
        ArtefactDetection d = new LipponenTarvainen().detect(hand());
        assertEquals(40, d.intervalCount());
        assertEquals(Map.of(9, ArtefactType.SHORT, 10, ArtefactType.ECTOPIC, 19, ArtefactType.MISSED, 29,
                ArtefactType.EXTRA), types(d));
        assertEquals(4, d.artefactCount());
        // interval: th1_ms, th2_ms, med_ms, dn, mn
        check(d, 0, 79.2999999999972, 120.5750000000065, 814.0, 0.0, -0.03317437279701255);
        check(d, 9, 79.2999999999972, 120.5750000000065, 780.9999999999997, -3.2660781841110684, -3.4003732116937697);
        check(d, 10, 79.2999999999972, 120.5750000000065, 789.0000000000006, 6.05296343001283, 2.2143893842005884);
        check(d, 19, 79.2999999999972, 120.5750000000065, 814.0, 9.810844892812504, 6.137258967447332);
        check(d, 29, 79.2999999999972, 120.5750000000065, 782.0, -6.128625472887949, -7.497408252124799);
        check(d, 39, 79.2999999999972, 120.5750000000065, 811.9999999999976, -0.4791929382094863, -0.48102840555673904);
    }

    /** The same reference with short windows (9 and 5 beats), where the rolling windows really slide. */
    @Test
    void detectionMatchesNumpyReferenceWithShortWindows() {
        LipponenTarvainen lt = new LipponenTarvainen().withParameters(Map.of("threshold_window_beats", "9",
                "median_window_beats", "5"));
        ArtefactDetection d = lt.detect(hand());
        // with a 9-beat window the ectopic pair raises its own threshold: one reason the paper uses 91
        assertEquals(Map.of(19, ArtefactType.MISSED, 29, ArtefactType.EXTRA), types(d));
        check(d, 0, 20.79999999999944, 12.999999999996836, 816.0000000000001, 0.0, -0.6153846153847656);
        check(d, 9, 650.0000000000047, 166.3999999999863, 797.9999999999983, -0.39846153846153337, -2.668269230769423);
        check(d, 10, 626.6000000000083, 171.5999999999834, 797.9999999999983, 0.7660389403127896, 1.5034965034966645);
        check(d, 19, 54.60000000000207, 109.20000000000414, 814.0, 14.249084249083783, 6.7765567765565375);
        check(d, 29, 431.600000000001, 150.80000000001803, 801.9999999999995, -1.1260426320667192, -6.259946949601344);
        check(d, 39, 65.00000000001478, 33.8000000000136, 816.9999999999966, -0.5846153846154196, -2.0118343195259643);
    }

    @Test
    void correctionOfHandMadeSeries() {
        BeatTimes raw = hand();
        ArtefactCorrection c = new LipponenTarvainen().correct(raw);
        assertEquals(List.of(4, 0), c.artefactsPerPass());
        assertEquals(1, c.passesApplied());
        BeatTimes out = c.corrected();
        assertEquals(41, out.count());
        // ectopic beat 10 re-timed to the middle of its neighbours: (8235 + 9867) / 2 ms
        assertEquals(9.051, out.seconds(10), EPS);
        // missed beat inserted at the middle of 16252..17806 ms
        assertEquals(17.029, out.seconds(20), EPS);
        // the extra detection at 25356 ms is gone; every other beat is where it was
        for (int i = 0; i < HAND_MS.length; i++) {
            if (i != 10 && i != 30) {
                assertTrue(out.nearest(HAND_MS[i] / 1000.0, 0) >= 0, "beat " + i + " kept");
            }
        }
        assertEquals(-1, out.nearest(25.356, 0.001));

        BeatReport ectopic = c.reportOfInputBeat(10);
        assertEquals(EnumSet.of(ArtefactType.ECTOPIC, ArtefactType.SHORT), ectopic.found());
        assertEquals(BeatAction.MOVED, ectopic.action());
        assertEquals(8.811, ectopic.rawSeconds(), EPS);
        assertEquals(9.051, ectopic.correctedSeconds(), EPS);
        assertEquals(1, ectopic.pass());
        BeatReport extra = c.reportOfInputBeat(30);
        assertEquals(Set.of(ArtefactType.EXTRA), extra.found());
        assertEquals(BeatAction.DELETED, extra.action());
        assertTrue(Double.isNaN(extra.correctedSeconds()));
        List<BeatReport> inserted = c.inserted();
        assertEquals(1, inserted.size());
        assertEquals(Set.of(ArtefactType.MISSED), inserted.get(0).found());
        assertEquals(-1, inserted.get(0).rawIndex());
        assertEquals(17.029, inserted.get(0).correctedSeconds(), EPS);
        assertEquals(BeatAction.KEPT, c.reportOfInputBeat(5).action());
        assertFalse(c.reportOfInputBeat(5).flagged());
        assertEquals(42, c.report().size(), "41 input beats and one inserted");
        assertEquals(2, c.flaggedInputBeats(), "beats 10 and 30; the missed beat is reported on the inserted one");

        // the input is never changed
        assertEquals(hand(), c.input());
        // provenance: the input's parameters first, then the method's
        Parameters p = c.parameters();
        assertEquals("hand-made", p.get("source").orElseThrow());
        assertEquals(LipponenTarvainen.ID, p.get("artefacts.method").orElseThrow());
        assertEquals("5.2", p.get("artefacts.alpha").orElseThrow());
        assertEquals("91", p.get("artefacts.threshold_window_beats").orElseThrow());
        assertEquals("4,0", p.get("artefacts.found_per_pass").orElseThrow());
    }

    private static final ArtefactType[] ALL_KINDS = {ArtefactType.MISSED, ArtefactType.EXTRA, ArtefactType.ECTOPIC,
        ArtefactType.LONG, ArtefactType.SHORT};

    /**
     * Sensitivity per kind and specificity on 20,000 synthetic beats with about 80 artefacts of each kind
     * (SyntheticBeats). A missed beat counts as found if a beat was inserted for it within 200 ms of its true
     * time; the other kinds if the injected beat carries that kind. Specificity: clean beats that carry no
     * flag, neighbours of artefacts included. Measured (seed 20190173): missed 90/90, extra 90/90, ectopic
     * 90/90, long 85/89 (95.5 %), short 87/89 (97.8 %); pooled sensitivity 442/448 (98.7 %); 78 of 19,642 clean
     * beats flagged (specificity 99.60 %), mostly the neighbours of uncompensated long and short intervals,
     * whose excess the correction spreads over the next intervals pass by pass. Bounds: every missed, extra and
     * ectopic beat; 85 % of long and short; specificity 99 %.
     */
    @Test
    void syntheticSensitivityAndSpecificity() {
        SyntheticBeats s = SyntheticBeats.generate(20190173L, 20_000, ALL_KINDS);
        ArtefactCorrection c = new LipponenTarvainen().correct(s.observed);
        int[] found = new int[ArtefactType.values().length];
        int clean = 0;
        int falseFlags = 0;
        for (int i = 0; i < s.observed.count(); i++) {
            BeatReport r = c.reportOfInputBeat(i);
            ArtefactType kind = s.label[i];
            if (kind == null) {
                clean++;
                falseFlags += r.flagged() ? 1 : 0;
            } else if (r.is(kind)) {
                found[kind.ordinal()]++;
            }
        }
        for (double t : s.missedTimes) {
            for (BeatReport r : c.inserted()) {
                if (Math.abs(r.correctedSeconds() - t) < 0.2 && r.is(ArtefactType.MISSED)) {
                    found[ArtefactType.MISSED.ordinal()]++;
                    break;
                }
            }
        }
        StringBuilder fig = new StringBuilder("synthetic Lipponen-Tarvainen:");
        for (ArtefactType k : ALL_KINDS) {
            fig.append(String.format(" %s %d/%d", k.label(), found[k.ordinal()], s.injected[k.ordinal()]));
        }
        double sp = 1 - (double) falseFlags / clean;
        int all = 0;
        int hit = 0;
        for (ArtefactType k : ALL_KINDS) {
            all += s.injected[k.ordinal()];
            hit += found[k.ordinal()];
        }
        fig.append(String.format("; pooled sensitivity %d/%d (%.1f %%); specificity %.2f %% (%d of %d clean beats"
                + " flagged); artefacts per pass %s", hit, all, 100.0 * hit / all, 100 * sp, falseFlags, clean,
                c.artefactsPerPass()));
        System.out.println(fig);
        for (ArtefactType k : ALL_KINDS) {
            assertTrue(s.injected[k.ordinal()] >= 60, "enough " + k);
        }
        for (ArtefactType k : List.of(ArtefactType.MISSED, ArtefactType.EXTRA, ArtefactType.ECTOPIC)) {
            assertEquals(s.injected[k.ordinal()], found[k.ordinal()], fig.toString());
        }
        for (ArtefactType k : List.of(ArtefactType.LONG, ArtefactType.SHORT)) {
            assertTrue(found[k.ordinal()] >= 0.85 * s.injected[k.ordinal()], fig.toString());
        }
        assertTrue(sp >= 0.99, fig.toString());
    }

    /**
     * With missed, extra and ectopic beats only (about 145 of each in 20,000 beats), the corrected series has the
     * true beat count, every beat within 60 ms of its true time and RMSSD within 2 % of the truth, as the
     * paper's "HRV error under 2 %". Measured (seed 7): worst beat 43.0 ms off (an inserted or re-timed beat
     * lies midway between its neighbours, the true one is off by half the local RR change); RMSSD true 37.23
     * ms, uncorrected 129.10 ms, corrected 37.18 ms (0.12 %).
     */
    @Test
    void correctionRecoversTrueBeats() {
        SyntheticBeats s = SyntheticBeats.generate(7L, 20_000, ArtefactType.MISSED, ArtefactType.EXTRA,
                ArtefactType.ECTOPIC);
        ArtefactCorrection c = new LipponenTarvainen().correct(s.observed);
        BeatTimes truth = s.truth();
        BeatTimes out = c.corrected();
        assertEquals(truth.count(), out.count());
        double worst = 0;
        for (int i = 0; i < truth.count(); i++) {
            worst = Math.max(worst, Math.abs(out.seconds(i) - truth.seconds(i)));
        }
        double rmssdTrue = rmssd(truth);
        double rmssdRaw = rmssd(s.observed);
        double rmssdCorrected = rmssd(out);
        double err = Math.abs(rmssdCorrected - rmssdTrue) / rmssdTrue;
        System.out.printf("synthetic correction (%d missed, %d extra, %d ectopic): worst beat error %.1f ms; RMSSD"
                + " true %.2f ms, raw %.2f ms, corrected %.2f ms (error %.2f %%)%n",
                s.injected[ArtefactType.MISSED.ordinal()], s.injected[ArtefactType.EXTRA.ordinal()],
                s.injected[ArtefactType.ECTOPIC.ordinal()], worst * 1000, rmssdTrue, rmssdRaw, rmssdCorrected,
                100 * err);
        assertTrue(worst < 0.060, "worst " + worst);
        assertTrue(err < 0.02, "RMSSD error " + err);
        assertTrue(Math.abs(rmssdRaw - rmssdTrue) / rmssdTrue > 1.0);
    }

    @Test
    void cleanSeriesIsLeftAlone() {
        SyntheticBeats s = SyntheticBeats.generate(11L, 3000);
        ArtefactCorrection c = new LipponenTarvainen().correct(s.observed);
        assertEquals(s.observed.count(), c.corrected().count());
        int moved = 0;
        for (BeatReport r : c.report()) {
            moved += r.action() == BeatAction.KEPT ? 0 : 1;
        }
        assertTrue(moved <= 3, "moved " + moved + " of " + s.observed.count() + " clean beats: " + c);
    }

    @Test
    void tinySeriesPassThrough() {
        for (int n = 0; n <= 3; n++) {
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = 1 + 0.8 * i;
            }
            ArtefactCorrection c = new LipponenTarvainen().correct(BeatTimes.ofSeconds(t, Parameters.empty()));
            assertArrayEquals(t, c.corrected().secondsArray());
            assertEquals(n, c.report().size());
        }
    }

    @Test
    void parametersAndSwapping() {
        ArtefactCorrector corrector = new LipponenTarvainen();
        assertEquals(LipponenTarvainen.ID, corrector.id());
        assertEquals("5.2", corrector.parameters().get("alpha").orElseThrow());
        ArtefactCorrector stricter = corrector.withParameters(Map.of("alpha", "4", "max_passes", "1"));
        assertEquals("4", stricter.parameters().get("alpha").orElseThrow());
        assertEquals("91", stricter.parameters().get("threshold_window_beats").orElseThrow());
        assertEquals("5.2", corrector.parameters().get("alpha").orElseThrow(), "the original is unchanged");
        // rebuilding from the saved parameters gives the same processor
        assertEquals(stricter.parameters(), corrector.withParameters(stricter.parameters().values()).parameters());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> corrector.withParameters(Map.of("alfa", "5")));
        assertTrue(e.getMessage().contains("alfa") && e.getMessage().contains("alpha"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> corrector.withParameters(Map.of("threshold_window_beats", "90")));
        assertTrue(e.getMessage().contains("odd"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> corrector.withParameters(Map.of("c1", "x")));
        assertTrue(e.getMessage().contains("expected numbers"), e.getMessage());

        ArtefactCorrection one = stricter.correct(hand());
        assertEquals(1, one.artefactsPerPass().size(), "max_passes 1 stops after one pass");
    }

    @Test
    void intervalsOfCorrectedBeats() {
        ArtefactCorrection c = new LipponenTarvainen().correct(hand());
        InterBeatIntervals ibi = InterBeatIntervals.of(c.corrected());
        assertEquals(40, ibi.count());
        assertEquals((9.051 - 8.235) * 1000, ibi.millis(9), 1e-9);
        assertEquals("ms", ibi.unit().symbol());
        assertEquals(LipponenTarvainen.ID, ibi.parameters().get("artefacts.method").orElseThrow());
    }

    private static Map<Integer, ArtefactType> types(ArtefactDetection d) {
        java.util.Map<Integer, ArtefactType> m = new java.util.TreeMap<>();
        for (int j = 0; j < d.intervalCount(); j++) {
            int jj = j;
            d.type(j).ifPresent(t -> m.put(jj, t));
        }
        return m;
    }

    private static void check(ArtefactDetection d, int j, double th1, double th2, double med, double dn, double mn) {
        assertEquals(th1, d.threshold1Millis(j), 1e-7, "th1 " + j);
        assertEquals(th2, d.threshold2Millis(j), 1e-7, "th2 " + j);
        assertEquals(med, d.medianMillis(j), 1e-7, "median " + j);
        assertEquals(dn, d.dRRNormalised(j), 1e-9, "dRR/Th1 " + j);
        assertEquals(mn, d.mRRNormalised(j), 1e-9, "mRR/Th2 " + j);
    }

    /** Root mean square of successive interval differences, in ms. */
    static double rmssd(BeatTimes b) {
        double s = 0;
        int n = 0;
        for (int i = 2; i < b.count(); i++) {
            double d = (b.seconds(i) - 2 * b.seconds(i - 1) + b.seconds(i - 2)) * 1000;
            s += d * d;
            n++;
        }
        return Math.sqrt(s / n);
    }
}
