package org.vagus.devices.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.vagus.devices.simulation.ecg.EcgBlock;
import org.vagus.devices.simulation.ecg.EcgSimulator;
import org.vagus.devices.simulation.ecg.EcgsynParameters;
import org.vagus.devices.simulation.ecg.EcgsynParameters.Integrator;
import org.vagus.devices.simulation.ecg.HeartRateResponse;

/**
 * The output is a function of the parameters (seed included) and the scheduled events alone: not of block sizes,
 * not of the integrator implementation beyond rounding.
 */
class DeterminismTest {

    private static double[] inBlocks(EcgSimulator s, int total, int... sizes) {
        double[] out = new double[total];
        int done = 0;
        for (int i = 0; done < total; i++) {
            int n = Math.min(sizes[i % sizes.length], total - done);
            s.next(out, done, n);
            done += n;
        }
        return out;
    }

    @Test
    void sameSeedSameSamplesWhateverTheBlockSizes() {
        EcgsynParameters p = EcgsynParameters.builder().seed(42).noiseSdMv(0.05).build();
        EcgSimulator a = new EcgSimulator(p);
        EcgSimulator b = new EcgSimulator(p);
        EcgSimulator c = new EcgSimulator(p);
        double[] x = inBlocks(a, 65_000, 65_000);
        double[] y = inBlocks(b, 65_000, 1, 7, 333, 20);
        double[] z = inBlocks(c, 65_000, 1000);
        assertArrayEquals(x, y);
        assertArrayEquals(x, z);
        assertArrayEquals(a.beatSamples(), b.beatSamples());
        assertArrayEquals(a.beatTimesS(), c.beatTimesS());
        assertEquals(65_000, b.position());
    }

    @Test
    void blocksReportEachTrueBeatOnceInTheBlockThatHoldsIt() {
        EcgsynParameters p = EcgsynParameters.builder().seed(43).build();
        EcgSimulator s = new EcgSimulator(p);
        long[] all = new long[0];
        for (int i = 0; i < 3000; i++) {
            EcgBlock b = s.next(1 + i % 37);
            for (long beat : b.beatSamples()) {
                assertTrue(beat >= b.firstSample() && beat < b.firstSample() + b.length(),
                        "beat " + beat + " outside block " + b.firstSample() + "+" + b.length());
            }
            assertEquals(b.beatSamples().length, b.beatTimesS().length);
            long[] grown = Arrays.copyOf(all, all.length + b.beatSamples().length);
            System.arraycopy(b.beatSamples(), 0, grown, all.length, b.beatSamples().length);
            all = grown;
        }
        assertArrayEquals(s.beatSamples(), all);
        EcgSimulator whole = new EcgSimulator(p);
        whole.next((int) s.position());
        assertArrayEquals(whole.beatSamples(), all);
    }

    @Test
    void differentSeedsDiffer() {
        EcgsynParameters p = EcgsynParameters.builder().seed(1).build();
        double[] a = new EcgSimulator(p).next(20_000).samplesMv();
        double[] b = new EcgSimulator(p.toBuilder().seed(2).build()).next(20_000).samplesMv();
        assertFalse(Arrays.equals(a, b));
    }

    @Test
    void commonsMathIntegratorGivesTheSameSignalToRounding() {
        EcgsynParameters p = EcgsynParameters.builder().seed(44).rateHz(360).build();
        EcgSimulator own = new EcgSimulator(p);
        EcgSimulator cm = new EcgSimulator(p.toBuilder().integrator(Integrator.COMMONS_MATH_RUNGE_KUTTA_4).build());
        for (EcgSimulator s : new EcgSimulator[] {own, cm}) {
            s.schedule(3600, new HeartRateResponse(5, 0, 1, 2));
        }
        double[] a = own.next(36_000).samplesMv();
        double[] b = cm.next(36_000).samplesMv();
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        assertTrue(max < 1e-9, "largest difference " + max + " mV");
        assertArrayEquals(own.beatTimesS(), cm.beatTimesS());
    }
}
