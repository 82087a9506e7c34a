package org.vagus.devices.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.vagus.devices.acquisition.RingBuffer;
import org.vagus.devices.ui.model.MinMaxDecimator;

/**
 * Min/max decimation. The small cases are worked out by hand in the comments; the sine case was computed with
 * python3 and numpy:
 *
 * <pre>
 * i = np.arange(1000); y = np.sin(2 * np.pi * i / 37) * (1 + i / 1000); b = y.reshape(10, 100)
 * b.min(1), b.argmin(1) + 100 * np.arange(10), b.max(1), b.argmax(1) + 100 * np.arange(10)
 * </pre>
 */
class MinMaxDecimatorTest {

    /** x and y of the points, x as sample indices. */
    private static double[][] points(MinMaxDecimator d) {
        double[] x = new double[d.maxPoints()];
        double[] y = new double[d.maxPoints()];
        int n = d.points(x, y, 0, 1);
        return new double[][] { Arrays.copyOf(x, n), Arrays.copyOf(y, n) };
    }

    private static RingBuffer ring(int capacity, double... samples) {
        RingBuffer r = new RingBuffer(capacity);
        r.write(samples, 0, samples.length);
        return r;
    }

    @Test
    void eachColumnGivesItsMinimumAndMaximumInTimeOrder() {
        // 8 samples, 4 columns: buckets of 2: (3,1) (4,1) (5,9) (2,6); each bucket's extremes in the order they came
        RingBuffer r = ring(16, 3, 1, 4, 1, 5, 9, 2, 6);
        MinMaxDecimator d = new MinMaxDecimator(4, 8);
        assertEquals(2, d.bucketSamples());
        assertEquals(8, d.update(r));
        double[][] p = points(d);
        assertArrayEquals(new double[] { 0, 1, 2, 3, 4, 5, 6, 7 }, p[0]);
        assertArrayEquals(new double[] { 3, 1, 4, 1, 5, 9, 2, 6 }, p[1]);
        assertEquals(1, d.min());
        assertEquals(9, d.max());
    }

    @Test
    void scrollingKeepsBucketsAlignedToTheSampleClock() {
        RingBuffer r = ring(16, 3, 1, 4, 1, 5, 9, 2, 6);
        MinMaxDecimator d = new MinMaxDecimator(4, 8);
        d.update(r);
        r.write(new double[] { 5, 3 }, 0, 2);
        // only the 2 new samples are read; the window is now buckets 1..4: (4,1) (5,9) (2,6) and (5,3) at 8, 9
        assertEquals(2, d.update(r));
        double[][] p = points(d);
        assertArrayEquals(new double[] { 2, 3, 4, 5, 6, 7, 8, 9 }, p[0]);
        assertArrayEquals(new double[] { 4, 1, 5, 9, 2, 6, 5, 3 }, p[1]);
        assertEquals(1, d.min());
        assertEquals(9, d.max());
    }

    @Test
    void aBucketFilledOverSeveralUpdatesEndsAsIfReadAtOnce() {
        // window 6 in 2 columns: buckets of 3. First 7, -2: max 7 at 0, min -2 at 1
        RingBuffer r = ring(16, 7, -2);
        MinMaxDecimator d = new MinMaxDecimator(2, 6);
        assertEquals(3, d.bucketSamples());
        d.update(r);
        double[][] p = points(d);
        assertArrayEquals(new double[] { 0, 1 }, p[0]);
        assertArrayEquals(new double[] { 7, -2 }, p[1]);
        // then 10 at 2 completes bucket 0: min -2 at 1, max 10 at 2
        r.write(new double[] { 10 }, 0, 1);
        assertEquals(1, d.update(r));
        p = points(d);
        assertArrayEquals(new double[] { 1, 2 }, p[0]);
        assertArrayEquals(new double[] { -2, 10 }, p[1]);
    }

    @Test
    void aBucketWithOneSampleOrAConstantGivesOnePointPerDistinctSample() {
        // buckets of 2: (4,4) has min at 0 and max at 0 (the first of equal values): one point; then 8 alone
        RingBuffer r = ring(16, 4, 4, 8);
        MinMaxDecimator d = new MinMaxDecimator(4, 8);
        d.update(r);
        double[][] p = points(d);
        assertArrayEquals(new double[] { 0, 2 }, p[0]);
        assertArrayEquals(new double[] { 4, 8 }, p[1]);
    }

    @Test
    void lostFramesAreGapsAndNotPoints() {
        // 1, 2, then 4 lost frames (NaN, indices 2..5), then 3, 4: buckets of 2 -> (1,2) gap gap (3,4)
        RingBuffer r = ring(16, 1, 2);
        r.writeMissing(4);
        r.write(new double[] { 3, 4 }, 0, 2);
        MinMaxDecimator d = new MinMaxDecimator(4, 8);
        d.update(r);
        double[][] p = points(d);
        assertArrayEquals(new double[] { 0, 1, 6, 7 }, p[0]);
        assertArrayEquals(new double[] { 1, 2, 3, 4 }, p[1]);
        long[] spans = new long[8];
        assertEquals(1, d.gaps(spans, 4));
        assertEquals(2, spans[0]);
        assertEquals(6, spans[1]);
    }

    @Test
    void theBucketIsTheWindowOverTheColumnsRoundedUp() {
        // ceil(10 / 4) = 3; ceil(10000 / 1153) = 9
        assertEquals(3, new MinMaxDecimator(4, 10).bucketSamples());
        assertEquals(9, new MinMaxDecimator(1153, 10_000).bucketSamples());
        assertThrows(IllegalArgumentException.class, () -> new MinMaxDecimator(0, 10));
    }

    @Test
    void matchesNumpyOnAGrowingSine() {
        double[] y = new double[1000];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.sin(2 * Math.PI * i / 37) * (1 + i / 1000.0);
        }
        MinMaxDecimator d = new MinMaxDecimator(10, 1000);
        d.update(ring(1024, y));
        double[] minimum = { -1.064040399008, -1.174940384257, -1.285840369505, -1.396740354754, -1.470673678253,
                -1.581573663502, -1.692473648751, -1.76640697225, -1.877306957499, -1.988206942747 };
        long[] argmin = { 65, 176, 287, 398, 472, 583, 694, 768, 879, 990 };
        double[] maximum = { 1.0820241804, 1.192924165648, 1.266857489148, 1.377757474396, 1.488657459645,
                1.562590783144, 1.673490768393, 1.784390753642, 1.89529073889, 1.969224062389 };
        long[] argmax = { 83, 194, 268, 379, 490, 564, 675, 786, 897, 971 };
        double[][] p = points(d);
        assertEquals(20, p[0].length);
        for (int c = 0; c < 10; c++) {
            // the two points of column c, in time order
            int first = argmin[c] < argmax[c] ? 0 : 1;
            double[] at = { first == 0 ? argmin[c] : argmax[c], first == 0 ? argmax[c] : argmin[c] };
            double[] v = { first == 0 ? minimum[c] : maximum[c], first == 0 ? maximum[c] : minimum[c] };
            assertEquals(at[0], p[0][2 * c], "column " + c);
            assertEquals(at[1], p[0][2 * c + 1], "column " + c);
            assertEquals(v[0], p[1][2 * c], 1e-11, "column " + c);
            assertEquals(v[1], p[1][2 * c + 1], 1e-11, "column " + c);
        }
        assertEquals(-1.988206942747, d.min(), 1e-11);
        assertEquals(1.969224062389, d.max(), 1e-11);
    }

    @Test
    void anHourOfSignalCostsOneWindowToCatchUpAndThenOnlyTheNewSamples() {
        // 1 h at 1000 Hz of y = i mod 1000 into a 16384-sample ring; a 10 s window on 1000 columns (buckets of 10)
        RingBuffer r = new RingBuffer(16384);
        double[] block = new double[1000];
        for (int b = 0; b < 3600; b++) {
            for (int i = 0; i < block.length; i++) {
                block[i] = i; // (b * 1000 + i) mod 1000
            }
            r.write(block, 0, block.length);
        }
        MinMaxDecimator d = new MinMaxDecimator(1000, 10_000);
        // the window is buckets 359000 .. 359999: samples 3590000 .. 3599999, 10000 of them
        assertEquals(10_000, d.update(r));
        double[][] p = points(d);
        assertEquals(2000, p[0].length);
        // bucket 359000 holds samples 3590000 .. 3590009 with values 0 .. 9
        assertEquals(3_590_000, p[0][0]);
        assertEquals(0, p[1][0]);
        assertEquals(3_590_009, p[0][1]);
        assertEquals(9, p[1][1]);
        assertEquals(3_599_999, p[0][1999]);
        assertEquals(999, p[1][1999]);
        assertEquals(0, d.min());
        assertEquals(999, d.max());
        // one frame later (40 ms at 1000 Hz): 40 samples read
        r.write(block, 0, 40);
        assertEquals(40, d.update(r));
    }

    @Test
    void everyColumnSpansWhatDrawingEverySampleWould() {
        // random data with NaN holes against a direct computation per column
        Random random = new Random(7);
        int n = 25_000;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextDouble() < 0.01 ? Double.NaN : random.nextGaussian();
        }
        RingBuffer r = new RingBuffer(32768);
        MinMaxDecimator d = new MinMaxDecimator(333, 10_000);
        for (int at = 0; at < n; at += 37) { // fed in uneven frames
            int len = Math.min(37, n - at);
            r.write(y, at, len);
            d.update(r);
        }
        int k = d.bucketSamples();
        long lastBucket = (n - 1) / k;
        // buckets of ceil(10000 / 333) = 31 samples, so 333 columns would cover 10323 > 10000 samples: the window
        // starts at the bucket of sample 25000 - 10000 = 15000, floor(15000 / 31) = 483; the last is 24999 / 31 = 806
        assertEquals(31, k);
        assertEquals(806, lastBucket);
        long firstBucket = 483;
        double[][] p = points(d);
        int j = 0;
        for (long b = firstBucket; b <= lastBucket; b++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (long i = b * k; i < Math.min(n, (b + 1) * k); i++) {
                if (!Double.isNaN(y[(int) i])) {
                    lo = Math.min(lo, y[(int) i]);
                    hi = Math.max(hi, y[(int) i]);
                }
            }
            double seenLo = Double.POSITIVE_INFINITY;
            double seenHi = Double.NEGATIVE_INFINITY;
            while (j < p[0].length && p[0][j] < (b + 1) * k) {
                assertTrue(p[0][j] >= b * k, "point " + j + " at " + p[0][j] + " belongs to an earlier column");
                seenLo = Math.min(seenLo, p[1][j]);
                seenHi = Math.max(seenHi, p[1][j]);
                j++;
            }
            assertEquals(lo, seenLo, "column of bucket " + b);
            assertEquals(hi, seenHi, "column of bucket " + b);
        }
        assertEquals(p[0].length, j);
    }
}
