package org.vagus.signal.tests.hrv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.hrv.Detrending;
import org.vagus.signal.hrv.SmoothnessPriors;
import org.vagus.signal.hrv.UniformSeries;
import org.vagus.signal.hrv.ZeroPhaseHighPass;

/**
 * References from python3, numpy 2.4, scipy 1.17, for
 * {@code x = 800 + 30 sin(0.05 i) + 0.02 i + 10 cos(0.9 i) + 5 sin(0.011 i^2 / 2000)}, i = 0..1999.
 */
class DetrendingTest {

    static double[] x(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 800 + 30 * Math.sin(0.05 * i) + 0.02 * i + 10 * Math.cos(0.9 * i) + 5 * Math.sin(0.011 * i * i / 2000.0);
        }
        return x;
    }

    @Test
    void highPassEqualsFiltfilt() {
        // b, a = butter(2, 0.02, 'high', fs=4); filtfilt(b, a, x, padtype='odd', padlen=600)
        double[] y = new ZeroPhaseHighPass(0.02).detrend(x(2000), 4);
        assertEquals(-6.144793593065856e-06, y[0], 1e-9);
        assertEquals(-2.265487660880593, y[1], 1e-9);
        assertEquals(-10.736049959570499, y[500], 1e-9);
        assertEquals(-6.227281738653591, y[1000], 1e-9);
        assertEquals(1.7361639029989107e-05, y[1999], 1e-9);
    }

    @Test
    void smoothnessPriorsEqualsDenseSolve() {
        // z = x[:300]; D = np.diff(np.eye(300), 2, axis=0); z - np.linalg.solve(I + 500**2 D'D, z)
        double[] y = new SmoothnessPriors(500).detrend(java.util.Arrays.copyOf(x(2000), 300), 4);
        assertEquals(-12.718809963513422, y[0], 1e-7);
        assertEquals(-14.870182017064394, y[1], 1e-7);
        assertEquals(7.098428063854158, y[150], 1e-7);
        assertEquals(-8.677567288551131, y[299], 1e-7);
    }

    @Test
    void smoothnessPriorsCutOff() {
        assertEquals(0.035, new SmoothnessPriors(500).cutoffHz(4), 0.0005, "Tarvainen 2002: lambda 500 at 4 Hz");
        assertEquals(0.02, SmoothnessPriors.forCutoff(0.02, 4).cutoffHz(4), 1e-12);
        // a 24 h series at 4 Hz is solved in linear time by the banded sparse Cholesky
        double[] big = new double[345600];
        for (int i = 0; i < big.length; i++) {
            big[i] = Math.sin(i * 1e-4) * 100 + Math.sin(i * 0.4);
        }
        long t0 = System.nanoTime();
        double[] y = new SmoothnessPriors(500).detrend(big, 4);
        double s = (System.nanoTime() - t0) / 1e9;
        assertTrue(s < 5, "24 h in " + s + " s");
        assertEquals(Math.sin(100000 * 0.4), y[100000], 0.02, "0.25 Hz passes, the slow trend is gone");
    }

    @Test
    void highPassKeepsHfRemovesTrend() {
        int n = 2400;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = 900 + 0.5 * i + 20 * Math.sin(2 * Math.PI * 0.25 * i / 4);
        }
        UniformSeries s = Detrending.defaults().apply(new UniformSeries(0, SamplingRate.ofHertz(4), Unit.MILLISECOND, z));
        for (int i = 400; i < 2000; i += 37) {
            assertEquals(20 * Math.sin(2 * Math.PI * 0.25 * i / 4), s.value(i), 0.2, "sample " + i);
        }
    }

    @Test
    void detrendsEachStretchAndZeroesGaps() {
        double[] z = x(1200);
        boolean[] valid = new boolean[1200];
        java.util.Arrays.fill(valid, true);
        for (int i = 500; i < 530; i++) {
            valid[i] = false;
        }
        UniformSeries s = new ZeroPhaseHighPass(0.02).apply(new UniformSeries(0, SamplingRate.ofHertz(4),
                Unit.MILLISECOND, z, valid));
        assertEquals(0, s.value(510));
        double[] first = new ZeroPhaseHighPass(0.02).detrend(java.util.Arrays.copyOf(z, 500), 4);
        assertEquals(first[250], s.value(250), 1e-12);
        assertEquals(2, s.validRuns().size());
    }
}
