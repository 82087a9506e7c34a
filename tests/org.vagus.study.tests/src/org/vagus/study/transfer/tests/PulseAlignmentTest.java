package org.vagus.study.transfer.tests;

import org.vagus.study.transfer.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PulseAlignmentTest {

    /** A digital step between samples k-1 and k is placed midway: (k - 0.5) / rate. */
    @Test
    void risingEdgesOfADigitalChannelAreInterpolatedBetweenSamples() {
        double[] x = new double[1000];
        for (int start : new int[] {100, 400, 750}) {
            Arrays.fill(x, start, start + 10, 1.0);
        }
        assertArrayEquals(new double[] {0.0995, 0.3995, 0.7495}, PulseAlignment.risingEdges(x, 1000), 1e-12);
    }

    /**
     * An analog channel (low 20, high 1000 in ADC units) with +-30 noise: the threshold 510 is crossed once per
     * pulse (the hysteresis at 265 ignores noise near the top), and a channel that starts high gives no edge at 0.
     */
    @Test
    void risingEdgesOfANoisyAnalogChannel() {
        Random random = new Random(7);
        double[] x = new double[5000];
        for (int i = 0; i < x.length; i++) {
            boolean high = i < 50 || (i >= 1000 && i < 1020) || (i >= 3000 && i < 3020);
            x[i] = (high ? 1000 : 20) + (random.nextDouble() - 0.5) * 60;
        }
        double[] edges = PulseAlignment.risingEdges(x, 1000);
        assertEquals(2, edges.length, Arrays.toString(edges));
        assertEquals(0.9995, edges[0], 0.001);
        assertEquals(2.9995, edges[1], 0.001);
        assertEquals(0, PulseAlignment.risingEdges(new double[100], 1000).length, "flat channel");
    }

    /**
     * 100 onsets about 3 s apart (300 s); pulses at 12.345 s + (1 + 50e-6) * onset with uniform jitter of +-1 ms
     * (sd 1/sqrt(3) = 0.577 ms); pulse 30 lost and an extra pulse at 100.0 s. Least squares over 99 matches with an
     * onset sd of about 87 s gives a slope standard error of 0.577e-3 / (sqrt(99) * 87) = 6.7e-8 (0.07 ppm) and an
     * intercept standard error of about 0.12 ms, so the bounds 2 ppm and 1 ms are over 15 standard errors wide; the
     * residual RMS is the jitter's sd, 0.577 ms (bounds 0.45 to 0.7), its max at most the 1 ms jitter plus the fit
     * error at the ends (intercept and slope errors together, up to about 0.4 ms at three standard errors): 1.5 ms.
     */
    @Test
    void recoversOffsetAndDriftDespiteAMissingAndAnExtraPulse() {
        Random random = new Random(42);
        double offset = 12.345;
        double rate = 1 + 50e-6;
        double[] onsets = new double[100];
        double t = 5;
        for (int i = 0; i < onsets.length; i++) {
            onsets[i] = t;
            t += 2.5 + random.nextDouble();
        }
        double[] pulses = new double[onsets.length];
        int n = 0;
        for (int i = 0; i < onsets.length; i++) {
            if (i != 30) {
                pulses[n++] = offset + rate * onsets[i] + (random.nextDouble() - 0.5) * 0.002;
            }
        }
        pulses[n++] = 100.0;
        pulses = Arrays.copyOf(pulses, n);
        Arrays.sort(pulses);

        Alignment a = PulseAlignment.align(onsets, pulses, PulseAlignment.DEFAULT_TOLERANCE_S);

        assertEquals(Alignment.TRIGGER, a.method());
        assertEquals(99, a.matched());
        assertEquals(100, a.onsets());
        assertEquals(offset, a.offsetSeconds(), 0.001);
        assertEquals(rate, a.rateRatio(), 2e-6);
        assertTrue(a.residualRmsMs() > 0.45 && a.residualRmsMs() < 0.7, "rms " + a.residualRmsMs());
        assertTrue(a.residualMaxMs() <= 1.5, "max " + a.residualMaxMs());
        assertEquals(99, ((Number) a.toSidecar().get("matched")).intValue());
    }

    /** Without drift and jitter the fit is exact: offset -3.5 s, rate 1, residuals 0. */
    @Test
    void exactPulsesGiveAnExactFit() {
        double[] onsets = {10, 14, 19, 25, 32};
        double[] pulses = {6.5, 10.5, 15.5, 21.5, 28.5};
        Alignment a = PulseAlignment.align(onsets, pulses, 0.05);
        assertEquals(-3.5, a.offsetSeconds(), 1e-9);
        assertEquals(1, a.rateRatio(), 1e-12);
        assertEquals(0, a.residualMaxMs(), 1e-6);
        assertEquals(5, a.matched());
    }

    @Test
    void noMatchIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> PulseAlignment.align(new double[] {1, 2}, new double[0], 0.05));
        assertThrows(IllegalArgumentException.class,
                () -> PulseAlignment.align(new double[] {2, 1}, new double[] {1, 2}, 0.05));
    }

    /** The clock method maps runner time t to t - start: a recording that began 2.5 s late sees onset 10 at 7.5. */
    /**
     * A channel that is not the trigger: two noise edges always "match" two onsets (a pulse matches its own onset),
     * which must not pass as an alignment of 20 onsets; and pulses that run 1 % fast are no pair of real clocks.
     */
    @Test
    void tooFewMatchesOrAnImpossibleClockRateAreErrors() {
        double[] onsets = new double[20];
        for (int i = 0; i < onsets.length; i++) {
            onsets[i] = 5 + 27 * i;
        }
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
                () -> PulseAlignment.align(onsets, new double[] {12.3, 500.1}, 0.05));
        assertTrue(few.getMessage().contains("of 20 onsets"), few.getMessage());
        double[] fast = new double[onsets.length];
        for (int i = 0; i < onsets.length; i++) {
            fast[i] = 2 + 1.01 * onsets[i]; // 10,000 ppm: every pulse is within the tolerance of the fit
        }
        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
                () -> PulseAlignment.align(onsets, fast, 5.0));
        assertTrue(rate.getMessage().contains("ppm"), rate.getMessage());
    }

    @Test
    void clockAlignmentSubtractsTheStatedStart() {
        Alignment a = Alignment.clock(2.5, 3);
        assertEquals(7.5, a.toRecording(10), 1e-12);
        assertEquals(-2.5, ((Number) a.toSidecar().get("offset_s")).doubleValue());
    }
}
