package org.vagus.stats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.vagus.stats.ClusterPermutationTest;
import org.vagus.stats.ClusterTestResult;
import org.vagus.stats.TTests;

class ClusterPermutationTestTest {
    private static final int POINTS = 30;

    /** Smooth noise (3-point moving average of Gaussian noise) plus {@code effect} on points 10..19. */
    private static double[][] courses(SplittableRandom rnd, int n, double effect) {
        double[][] g = new double[n][POINTS];
        for (int i = 0; i < n; i++) {
            double[] white = new double[POINTS + 2];
            for (int k = 0; k < white.length; k++) {
                white[k] = rnd.nextGaussian();
            }
            for (int k = 0; k < POINTS; k++) {
                g[i][k] = (white[k] + white[k + 1] + white[k + 2]) / 3 + (k >= 10 && k < 20 ? effect : 0);
            }
        }
        return g;
    }

    @Test
    void sameSeedGivesTheIdenticalResult() {
        SplittableRandom rnd = new SplittableRandom(11);
        double[][] a = courses(rnd, 12, 0.6);
        double[][] b = courses(rnd, 12, 0);
        ClusterTestResult r1 = new ClusterPermutationTest(500, 42, 0.05).run(a, b);
        ClusterTestResult r2 = new ClusterPermutationTest(500, 42, 0.05).run(a, b);
        assertEquals(r1.clusters(), r2.clusters());
        assertArrayEquals(r1.t(), r2.t());
        assertTrue(!r1.clusters().isEmpty());
        // the point statistics are Student's t
        double[] a5 = new double[12];
        double[] b5 = new double[12];
        for (int i = 0; i < 12; i++) {
            a5[i] = a[i][15];
            b5[i] = b[i][15];
        }
        assertEquals(TTests.student(a5, b5).t(), r1.t()[15], 1e-9);
        // a true effect on points 10..19 is found, family-wise corrected
        ClusterTestResult.Cluster c = r1.significant(0.05).get(0);
        assertTrue(c.first() >= 8 && c.last() <= 21 && c.mass() > 0, c.toString());
        assertEquals(1.0 / 501, c.p(), 1e-12);
    }

    @Test
    void familyWiseErrorOnNullDataIsNearFivePercent() {
        SplittableRandom rnd = new SplittableRandom(2024);
        int datasets = 200;
        int falsePositives = 0;
        int uncorrectedPositives = 0;
        for (int d = 0; d < datasets; d++) {
            double[][] a = courses(rnd, 12, 0);
            double[][] b = courses(rnd, 12, 0);
            ClusterTestResult r = new ClusterPermutationTest(199, 1000 + d, 0.05).run(a, b);
            if (r.minP() < 0.05) {
                falsePositives++;
            }
            // any point with p < .05 uncorrected forms a cluster
            if (!r.clusters().isEmpty()) {
                uncorrectedPositives++;
            }
        }
        double fwer = (double) falsePositives / datasets;
        assertTrue(fwer >= 0.02 && fwer <= 0.09, "family-wise error " + fwer);
        // without correction, most null datasets show some "significant" point (about 0.7 here)
        assertTrue(uncorrectedPositives > 0.3 * datasets, "uncorrected " + uncorrectedPositives);
    }

    @Test
    void invalidInputIsAClearError() {
        assertThrows(IllegalArgumentException.class, () -> new ClusterPermutationTest(10, 1, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new ClusterPermutationTest(100, 1, 1.5));
        ClusterPermutationTest t = new ClusterPermutationTest(99, 1, 0.05);
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class,
                () -> t.run(new double[][] {{1, 2}}, new double[][] {{1, 2}, {2, 3}}));
        assertEquals("group 1 has n = 1; the cluster permutation test needs at least 2 values per group",
                small.getMessage());
        IllegalArgumentException flat = assertThrows(IllegalArgumentException.class,
                () -> t.run(new double[][] {{1, 2}, {1, 3}}, new double[][] {{1, 2}, {1, 4}}));
        assertEquals("point 1: zero variance in both groups: t is undefined", flat.getMessage());
        assertThrows(IllegalArgumentException.class, () -> t.run(new double[][] {{1, 2}, {1}}, new double[][] {{1, 2}, {1, 4}}));
    }
}
