package org.vagus.signal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.io.AnnotationSet;
import org.vagus.io.Signal;
import org.vagus.io.wfdb.MitAnnotationReader;
import org.vagus.io.wfdb.WfdbReader;
import org.vagus.signal.PanTompkins;
import org.vagus.signal.RPeaks;
import org.vagus.signal.validation.BeatMatching;
import org.vagus.signal.validation.MatchCounts;

/**
 * Accuracy bars of issue 3 on real annotated recordings: pooled F1 of at least 99.5 % on MIT-BIH records 100,
 * 103, 105 and 106 (whole records, first lead, 150 ms EC57 matching), and all 386 peaks of the biosignalsplux
 * recording at 1000 Hz without a false positive.
 */
class PanTompkinsTest {
    private final PanTompkins detector = new PanTompkins();

    @Test
    void mitdbPooledF1AtLeast995() throws IOException {
        MatchCounts pooled = MatchCounts.ZERO;
        for (String r : new String[] {"100", "103", "105", "106"}) {
            Path record = TestData.file("mitdb/" + r);
            Signal ecg = new WfdbReader().read(record, 0).signal(0);
            AnnotationSet ref = new MitAnnotationReader().read(record, "atr");
            RPeaks peaks = detector.detect(ecg);
            assertEquals(ecg.rate(), peaks.rate());
            MatchCounts m = BeatMatching.match(ref, peaks, BeatMatching.DEFAULT_WINDOW_S, 0);
            assertTrue(m.f1Percent() > 98.5, r + ": " + m);
            pooled = pooled.plus(m);
        }
        assertTrue(pooled.f1Percent() >= 99.5, "pooled " + pooled + " F1 " + pooled.f1Percent());
    }

    @Test
    void pluxAllPeaksNoFalsePositive() throws IOException {
        Signal ecg = new Signal("ecg", Unit.DIMENSIONLESS, SamplingRate.ofHertz(1000),
                numbers(TestData.file("plux/ecg_5_min_raw.txt")));
        long[] ref = Arrays.stream(numbers(TestData.file("plux/ecg_5_min_RR_peaks1.txt"))).mapToLong(v -> (long) v)
                .toArray();
        assertEquals(386, ref.length);
        RPeaks peaks = detector.detect(ecg);
        MatchCounts m = BeatMatching.match(ref, toLong(peaks), ecg.rate(), 0.150, 0);
        assertEquals(new MatchCounts(386, 0, 0), m);
        // the plugin's peaks sit ~15 ms before the raw maximum, where the detector puts the R peak
        double offset = 0;
        for (int i = 0; i < ref.length; i++) {
            offset += peaks.sample(i) - ref[i];
        }
        assertEquals(15, offset / ref.length, 3);

        // an inverted lead gives the same beats
        double[] inverted = ecg.samples();
        for (int i = 0; i < inverted.length; i++) {
            inverted[i] = -inverted[i];
        }
        RPeaks flipped = detector.detect(new Signal("inverted", Unit.DIMENSIONLESS, ecg.rate(), inverted));
        assertEquals(new MatchCounts(386, 0, 0), BeatMatching.match(ref, toLong(flipped), ecg.rate(), 0.150, 0));
    }

    @Test
    void amplitudeScaleDoesNotMatter() throws IOException {
        Signal ecg = new WfdbReader().read(TestData.file("mitdb/100"), 0).signal(0);
        double[] scaled = ecg.samples();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = 1000 * scaled[i] + 5;
        }
        RPeaks a = detector.detect(ecg);
        RPeaks b = detector.detect(new Signal("uV", Unit.MICROVOLT, ecg.rate(), scaled));
        assertEquals(new MatchCounts(a.count(), 0, 0), BeatMatching.match(toLong(a), toLong(b), ecg.rate(), 0.01, 0));
    }

    @Test
    void shortSignalsAndLowRates() {
        assertEquals(0, detector.detect(new Signal("s", Unit.MILLIVOLT, SamplingRate.ofHertz(360), new double[10]))
                .count());
        assertThrows(IllegalArgumentException.class,
                () -> detector.detect(new Signal("s", Unit.MILLIVOLT, SamplingRate.ofHertz(25), new double[1000])));
        RPeaks r = detector.detect(new Signal("s", Unit.MILLIVOLT, SamplingRate.ofHertz(360), new double[5000]));
        assertEquals(0, r.count(), "a flat line has no beats");
        assertEquals("pan-tompkins", r.method());
        assertTrue(r.parameters().containsKey("integration_window"));
    }

    private static long[] toLong(RPeaks p) {
        return Arrays.stream(p.samples()).asLongStream().toArray();
    }

    private static double[] numbers(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .mapToDouble(Double::parseDouble).toArray();
    }
}
