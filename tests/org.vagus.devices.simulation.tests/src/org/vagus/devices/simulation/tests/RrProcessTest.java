package org.vagus.devices.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vagus.devices.simulation.ecg.RrProcess;

/** The RR process on its own: scaling, seamless segments, random access. */
class RrProcessTest {
    private static final double MEAN = 0.8;
    private static final double SD = 0.05;

    private final RrProcess process = new RrProcess(MEAN, SD, 0.1, 0.01, 0.25, 0.01, 1.0, 77);

    @Test
    void meanAndComponentVariancesOverOneSegment() {
        // the first segment alone (before the first cross-fade at 960 s) holds unit-variance components
        int n = 7680;
        double sum = 0;
        double lf2 = 0;
        double hf2 = 0;
        double[] c = new double[2];
        for (int i = 0; i < n; i++) {
            double t = i / RrProcess.RATE_HZ;
            process.components(t, c);
            lf2 += c[0] * c[0];
            hf2 += c[1] * c[1];
            sum += process.rrS(t);
        }
        assertEquals(MEAN, sum / n, 0.005);
        assertEquals(1, lf2 / n, 0.1);
        assertEquals(1, hf2 / n, 0.1);
        assertEquals(SD / Math.sqrt(2), process.lfSdS(), 1e-15);
        assertEquals(SD / Math.sqrt(2), process.hfSdS(), 1e-15);
    }

    @Test
    void noJumpAcrossSegmentJoints() {
        // largest step between grid points anywhere over three joints, against the largest in the first segment
        double inside = maxStep(0, 900);
        double across = maxStep(900, 3000);
        assertTrue(across < 1.5 * inside, "largest step across joints " + across + " s, inside " + inside + " s");
    }

    private double maxStep(double from, double to) {
        double max = 0;
        double previous = process.rrS(from);
        for (double t = from + 0.125; t < to; t += 0.125) {
            double v = process.rrS(t);
            max = Math.max(max, Math.abs(v - previous));
            previous = v;
        }
        return max;
    }

    @Test
    void anyOrderOfQueriesGivesTheSameValues() {
        RrProcess other = new RrProcess(MEAN, SD, 0.1, 0.01, 0.25, 0.01, 1.0, 77);
        double late = other.rrS(5000.3);
        double early = other.rrS(12.7);
        double middle = other.rrS(970.1);
        assertEquals(process.rrS(12.7), early);
        assertEquals(process.rrS(970.1), middle);
        assertEquals(process.rrS(5000.3), late);
        assertTrue(new RrProcess(MEAN, SD, 0.1, 0.01, 0.25, 0.01, 1.0, 78).rrS(12.7) != early);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> process.rrS(-1));
        assertThrows(IllegalArgumentException.class, () -> new RrProcess(0, SD, 0.1, 0.01, 0.25, 0.01, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new RrProcess(MEAN, SD, 0.1, 0.01, 5, 0.01, 1, 1));
    }
}
