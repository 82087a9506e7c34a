package org.vagus.analysis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.vagus.analysis.ui.model.MinMaxPyramid;

/**
 * The viewer's decimation: every column shows exactly the extremes of its samples (compared with a plain scan of the
 * samples, an independent computation), never more than two points per column, gaps (NaN) break the trace.
 */
class MinMaxPyramidTest {

    private static double[] noise(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextGaussian() + (r.nextInt(500) == 0 ? 20 * r.nextGaussian() : 0); // rare spikes
        }
        return v;
    }

    @Test
    void rangeExtremesEqualAPlainScanForArbitraryRanges() {
        double[] v = noise(100_003, 1);
        v[5000] = Double.NaN;
        MinMaxPyramid p = new MinMaxPyramid(v.clone());
        SplittableRandom r = new SplittableRandom(2);
        double[] out = new double[2];
        for (int k = 0; k < 2000; k++) {
            int a = r.nextInt(v.length);
            int b = a + 1 + r.nextInt(Math.min(v.length - a, k % 2 == 0 ? 50 : 60_000));
            p.minMax(a, b, out);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = a; i < b; i++) {
                if (!Double.isNaN(v[i])) {
                    lo = Math.min(lo, v[i]);
                    hi = Math.max(hi, v[i]);
                }
            }
            assertEquals(lo, out[0], 0, "min of [" + a + ", " + b + ")");
            assertEquals(hi, out[1], 0, "max of [" + a + ", " + b + ")");
        }
    }

    @Test
    void eachColumnShowsItsExtremesAndAtMostTwoPoints() {
        double[] v = noise(720_000, 3);
        MinMaxPyramid p = new MinMaxPyramid(v.clone());
        int columns = 977;
        double[] xs = new double[2 * columns];
        double[] ys = new double[2 * columns];
        // fractional bounds, as a window that does not start on a sample gives
        double from = 12_345.37;
        double to = 650_001.81;
        int n = p.decimate(from, to, columns, xs, ys);
        assertTrue(n <= 2 * columns && n >= columns, n + " points");
        double w = (to - from) / columns;
        // one pass over the samples, each put into the column its index falls in
        double[] los = new double[columns];
        double[] his = new double[columns];
        java.util.Arrays.fill(los, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(his, Double.NEGATIVE_INFINITY);
        for (int i = (int) Math.ceil(from); i < to; i++) {
            int c = (int) Math.floor((i - from) / w);
            los[c] = Math.min(los[c], v[i]);
            his[c] = Math.max(his[c], v[i]);
        }
        int k = 0;
        for (int c = 0; c < columns; c++) {
            double lo = los[c];
            double hi = his[c];
            double x = from + (c + 0.5) * w;
            double a = ys[k];
            assertEquals(x, xs[k++], 1e-6, "column " + c);
            double b = ys[k];
            assertEquals(x, xs[k++], 1e-6, "column " + c);
            assertEquals(lo, Math.min(a, b), 0, "column " + c + " minimum");
            assertEquals(hi, Math.max(a, b), 0, "column " + c + " maximum");
        }
        assertEquals(n, k);
    }

    @Test
    void columnsAtMostTwoSamplesWideAreDrawnSampleBySampleAndStayWithinTwoPerColumn() {
        MinMaxPyramid p = new MinMaxPyramid(noise(10_000, 5));
        int columns = 600;
        double[] xs = new double[2 * columns];
        double[] ys = new double[2 * columns];
        double from = 100.3;
        double to = from + 1.97 * columns;
        int n = p.decimate(from, to, columns, xs, ys);
        int[] perColumn = new int[columns];
        for (int i = 0; i < n; i++) {
            assertEquals(Math.rint(xs[i]), xs[i], 0, "raw samples at their own index");
            perColumn[(int) Math.floor((xs[i] - from) / 1.97)]++;
        }
        assertEquals(java.util.Arrays.stream(perColumn).sum(), n);
        assertTrue(java.util.Arrays.stream(perColumn).max().getAsInt() <= 2);
        assertEquals((int) Math.ceil(to) - (int) Math.ceil(from), n, "every sample in the range");
    }

    @Test
    void shortRangesAreDrawnSampleBySampleAndGapsBreakTheTrace() {
        // 10 samples, the 4th and 5th lost: drawn as they are, with one NaN where the gap starts
        double[] v = {0, 1, 2, Double.NaN, Double.NaN, 5, 6, 7, 8, 9};
        MinMaxPyramid p = new MinMaxPyramid(v);
        double[] xs = new double[20];
        double[] ys = new double[20];
        int n = p.decimate(0, 10, 10, xs, ys);
        assertEquals(9, n);
        assertArrayEquals(new double[] {0, 1, 2, Double.NaN, 5, 6, 7, 8, 9}, java.util.Arrays.copyOf(ys, n));
        assertEquals(5, xs[4], 0);
    }

    @Test
    void aRangeOutsideTheRecordingDrawsNothingAndPartialOverlapOnlyTheInside() {
        MinMaxPyramid p = new MinMaxPyramid(noise(1000, 4));
        double[] xs = new double[20];
        double[] ys = new double[20];
        assertEquals(0, p.decimate(2000, 3000, 10, xs, ys));
        int n = p.decimate(-500, 500, 10, xs, ys);
        assertTrue(n <= 10 && n > 0, n + " points for the 5 columns inside");
        for (int i = 0; i < n; i++) {
            assertTrue(xs[i] >= 0 && xs[i] < 500, "x " + xs[i]);
        }
    }
}
