package org.vagus.signal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.SamplingRate;
import org.vagus.io.Annotation;
import org.vagus.io.AnnotationSet;
import org.vagus.signal.RPeaks;
import org.vagus.signal.validation.BeatMatching;
import org.vagus.signal.validation.MatchCounts;

class BeatMatchingTest {
    private static final SamplingRate KHZ = SamplingRate.ofHertz(1000);

    @Test
    void oneToOneWithinTheWindow() {
        // ref 1000 matched by 1100 (100 ms); 2000 has two candidates: the nearer (2010) matches, 1900 is extra;
        // 3000 has none within 150 ms (3151 is 151 ms away); 5000 matches 5150 exactly at the edge
        MatchCounts m = BeatMatching.match(new long[] {1000, 2000, 3000, 5000},
                new long[] {1100, 1900, 2010, 3151, 5150}, KHZ, 0.150, 0);
        assertEquals(new MatchCounts(3, 2, 1), m);
        assertEquals(75.0, m.sensitivityPercent(), 1e-12);
        assertEquals(60.0, m.positivePredictivityPercent(), 1e-12);
        assertEquals(100.0 * 6 / 9, m.f1Percent(), 1e-12);
    }

    @Test
    void skipLeavesOutTheStart() {
        MatchCounts m = BeatMatching.match(new long[] {100, 900, 2000}, new long[] {500, 2001}, KHZ, 0.150, 1.0);
        assertEquals(new MatchCounts(1, 0, 0), m);
    }

    @Test
    void onlyBeatAnnotationsCountAndClocksAreConverted() {
        // reference at 250 Hz: '+' rhythm at 10, N at 250 (1 s), '~' noise at 400, V at 500 (2 s)
        AnnotationSet ref = new AnnotationSet("ref", SamplingRate.ofHertz(250), List.of(
                new Annotation(10, 28, 0, 0, 0, "(N"), new Annotation(250, 1, 0, 0, 0, ""),
                new Annotation(400, 14, 0, 0, 0, ""), new Annotation(500, 5, 0, 0, 0, "")));
        RPeaks det = new RPeaks(KHZ, new int[] {1010, 1995}, "test", Map.of());
        assertEquals(new MatchCounts(2, 0, 0), BeatMatching.match(ref, det, 0.150, 0));
    }

    @Test
    void pooledCountsAndUndefinedFigures() {
        MatchCounts p = new MatchCounts(10, 1, 2).plus(new MatchCounts(5, 0, 0));
        assertEquals(new MatchCounts(15, 1, 2), p);
        assertTrue(Double.isNaN(MatchCounts.ZERO.f1Percent()));
    }
}
