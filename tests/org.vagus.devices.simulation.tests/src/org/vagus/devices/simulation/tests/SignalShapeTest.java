package org.vagus.devices.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.vagus.devices.simulation.ecg.EcgSimulator;
import org.vagus.devices.simulation.ecg.EcgsynParameters;
import org.vagus.devices.simulation.ecg.WaveMorphology;

/**
 * The waveform: R waves of the requested height in mV on the true beats, the same signal at any output rate, an
 * integration accurate far below the noise, and parameter checks.
 */
class SignalShapeTest {

    @Test
    void rWaveHasTheRequestedHeightAndPeaksOnTheTrueBeat() {
        EcgsynParameters p = EcgsynParameters.builder().noiseSdMv(0).baselineWanderMv(0).rPeakMv(1.2).seed(3).build();
        Sim.Run run = Sim.run(p, 120);
        double[] v = run.ecg().samples();
        double[] heights = new double[run.beatSamples().length - 2];
        int off = 0;
        for (int k = 1; k < run.beatSamples().length - 1; k++) {
            int b = (int) run.beatSamples()[k];
            int top = b;
            for (int i = b - 20; i <= b + 20; i++) {
                if (v[i] > v[top]) {
                    top = i;
                }
            }
            off = Math.max(off, Math.abs(top - b));
            // isoelectric: half-way between the previous R peak and this one (angle pi, between T and P)
            int iso = (int) ((run.beatSamples()[k - 1] + b) / 2);
            heights[k - 1] = v[top] - v[iso];
        }
        Arrays.sort(heights);
        double median = heights[heights.length / 2];
        System.out.printf("R height above the isoelectric line: median %.3f mV (range %.3f-%.3f); largest distance of"
                + " the R maximum from the true beat: %d samples at 1000 Hz%n", median, heights[0],
                heights[heights.length - 1], off);
        assertEquals(1.2, median, 0.06);
        assertTrue(heights[0] > 1.0 && heights[heights.length - 1] < 1.45, "R heights " + heights[0] + " to "
                + heights[heights.length - 1] + " mV");
        assertTrue(off <= 1, "R maximum " + off + " samples from the true beat");
    }

    @Test
    void sameSignalAtAnyOutputRate() {
        EcgsynParameters p = EcgsynParameters.builder().noiseSdMv(0).seed(4).internalRateHz(2000).build();
        double[] fine = new EcgSimulator(p.toBuilder().rateHz(1000).build()).next(60_000).samplesMv();
        EcgSimulator coarse = new EcgSimulator(p.toBuilder().rateHz(250).build());
        double[] c = coarse.next(15_000).samplesMv();
        double max = 0;
        for (int i = 0; i < c.length; i++) {
            max = Math.max(max, Math.abs(c[i] - fine[4 * i]));
        }
        assertTrue(max < 1e-6, "250 Hz output differs from every 4th sample at 1000 Hz by up to " + max + " mV");
    }

    @Test
    void integrationErrorFarBelowNoise() {
        // the default 1 kHz RK4 against a 20 kHz reference: the error is well under a microvolt
        EcgsynParameters p = EcgsynParameters.builder().noiseSdMv(0).seed(5).build();
        double[] a = new EcgSimulator(p).next(60_000).samplesMv();
        double[] b = new EcgSimulator(p.toBuilder().internalRateHz(20_000).build()).next(60_000).samplesMv();
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        System.out.printf("RK4 at 1 kHz vs 20 kHz: largest difference %.2e mV%n", max);
        assertTrue(max < 1e-5, max + " mV");
    }

    @Test
    void morphologyScalingIsTheIdentityAt60Bpm() {
        WaveMorphology m = WaveMorphology.standard();
        assertEquals(m, m.scaledForHeartRate(60));
        WaveMorphology fast = m.scaledForHeartRate(120);
        assertEquals(0.1 * Math.sqrt(2), fast.widthRad(2), 1e-12);
        assertEquals(Math.toRadians(-70) * Math.pow(2, 0.25), fast.angleRad(0), 1e-12);
        assertEquals(0, fast.angleRad(2));
    }

    @Test
    void parametersOutOfRangeAreRefusedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EcgsynParameters.builder().meanHeartRateBpm(400).build());
        assertTrue(e.getMessage().contains("mean heart rate"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EcgsynParameters.builder().meanHeartRateBpm(30)
                .build());
        assertTrue(e.getMessage().contains("HF peak"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EcgSimulator(EcgsynParameters.builder().build()).next(-1));
    }
}
