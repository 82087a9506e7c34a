package org.vagus.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentScore;
import org.vagus.instruments.Scoring;

/**
 * Severity bands at their boundaries (INSTRUMENTS.md): HAMA <= 7 none, 8-14 mild, 15-23 moderate, >= 24 severe;
 * HAMD-17 0-7 none, 8-16 mild, 17-23 moderate, >= 24 severe (Zimmerman 2013). Each total is reached by answers
 * filled from item 1 at the item's maximum (see {@link Answers#summingTo}), so the expected sum is the total itself.
 */
class BandsTest {

    private static void expect(String id, Object... totalsAndBands) {
        Instrument instrument = Answers.BUILT_IN.get(id);
        for (int k = 0; k < totalsAndBands.length; k += 2) {
            int total = (Integer) totalsAndBands[k];
            InstrumentScore s = Scoring.score(instrument, Answers.summingTo(instrument, total));
            assertEquals(total, s.total(), 0.0);
            assertEquals(totalsAndBands[k + 1], s.band().label(), id + " total " + total);
        }
    }

    @Test
    void hamaBoundaries() {
        expect("hama-14", 0, "none", 7, "none", 8, "mild", 14, "mild", 15, "moderate", 23, "moderate", 24, "severe",
                56, "severe");
    }

    @Test
    void hamdBoundaries() {
        expect("hamd-17", 0, "none", 7, "none", 8, "mild", 16, "mild", 17, "moderate", 23, "moderate", 24, "severe",
                52, "severe");
    }

    @Test
    void bandsCoverEveryTotalOfASum() {
        for (String id : new String[] { "hama-14", "hamd-17" }) {
            Instrument i = Answers.BUILT_IN.get(id);
            double[] range = i.totalRange(i.totalRule());
            for (int t = (int) range[0]; t <= range[1]; t++) {
                int total = t;
                assertTrue(i.band(total).isPresent(), () -> id + " total " + total + " has no band");
            }
        }
    }
}
