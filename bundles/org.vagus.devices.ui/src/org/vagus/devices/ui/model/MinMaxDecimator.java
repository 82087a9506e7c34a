package org.vagus.devices.ui.model;

import org.vagus.devices.acquisition.RingBuffer;

/**
 * Min/max decimation of the most recent samples of one channel to a fixed number of columns (the chart's plot width
 * in pixels), kept up to date incrementally, so drawing costs the same after hours of recording as after seconds.
 * <p>
 * The sample clock is cut into buckets of {@link #bucketSamples()} samples, aligned to sample index 0 (bucket
 * {@code b} holds samples {@code b * k .. b * k + k - 1}). Each bucket keeps the smallest and the largest finite
 * sample and where they lie; the window shows the buckets that hold the last {@link #windowSamples()} samples (at
 * most {@link #columns()} of them). Drawing the minimum and the
 * maximum of each bucket, in the order they occurred, puts on screen exactly the vertical extent that drawing every
 * sample would cover at that width, spikes included (the usual "min/max" or "M4 without first/last" reduction).
 * Aligning buckets to the sample clock rather than to the right edge keeps a bucket's content fixed as the window
 * scrolls, so the trace does not shimmer.
 * <p>
 * {@link #update(RingBuffer)} folds in only the samples written since the last call (at most one window's worth if
 * the caller fell behind): O(new samples) per call, never O(recording length). Lost frames (NaN in the ring buffer)
 * are not drawn; a bucket that saw only NaN is a <em>gap</em> ({@link #gaps(long[], int)}).
 * <p>
 * Not thread-safe: one reader (the UI thread) owns an instance; the ring buffer it reads is written concurrently by
 * the acquisition thread without either waiting.
 *
 * @since 0.1.0
 */
public final class MinMaxDecimator {
    private static final int CHUNK = 4096;

    private final int columns;
    private final long windowSamples;
    private final int bucket;
    private final long[] bucketIds;
    private final double[] mins;
    private final double[] maxs;
    private final long[] minAt;
    private final long[] maxAt;
    private final int[] counts;
    private final double[] scratch = new double[CHUNK];
    /** The index after the last sample folded in; samples below it are final in the buckets. */
    private long end = -1;

    /**
     * @param columns the number of columns (pixels) to decimate to, >= 1
     * @param windowSamples the window length in samples, >= 1; the bucket size is {@code ceil(window / columns)}, so
     *            the columns cover at least the window
     */
    public MinMaxDecimator(int columns, long windowSamples) {
        if (columns < 1 || windowSamples < 1) {
            throw new IllegalArgumentException("decimator: " + columns + " columns, window of " + windowSamples
                    + " samples; expected both >= 1");
        }
        long k = (windowSamples + columns - 1) / columns;
        if (k > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("decimator: " + k + " samples per column is too many");
        }
        this.columns = columns;
        this.windowSamples = windowSamples;
        this.bucket = (int) k;
        this.bucketIds = new long[columns];
        this.mins = new double[columns];
        this.maxs = new double[columns];
        this.minAt = new long[columns];
        this.maxAt = new long[columns];
        this.counts = new int[columns];
        java.util.Arrays.fill(bucketIds, Long.MIN_VALUE);
    }

    /** @return the number of columns */
    public int columns() {
        return columns;
    }

    /** @return the window length in samples, as given */
    public long windowSamples() {
        return windowSamples;
    }

    /** @return the samples per column (bucket) */
    public int bucketSamples() {
        return bucket;
    }

    /** @return the index after the last sample folded in (0 before the first update with data) */
    public long end() {
        return Math.max(0, end);
    }

    /**
     * Folds in the samples the ring buffer received since the last call.
     *
     * @param ring the channel's ring buffer
     * @return the number of samples read
     */
    public int update(RingBuffer ring) {
        return update(ring, ring.end());
    }

    /**
     * Folds in the samples up to {@code newEnd} (exclusive). Channels of one stream are updated to a common end
     * so that their windows line up.
     *
     * @param ring the channel's ring buffer
     * @param newEnd the index after the last sample to fold in, at most {@code ring.end()}
     * @return the number of samples read
     */
    public int update(RingBuffer ring, long newEnd) {
        if (newEnd <= end) {
            return 0;
        }
        long lastBucket = (newEnd - 1) / bucket;
        long firstVisible = Math.max(0, (lastBucket - columns + 1) * bucket);
        long from = Math.max(end, firstVisible);
        int read = 0;
        for (long at = from; at < newEnd; at += CHUNK) {
            int n = (int) Math.min(CHUNK, newEnd - at);
            ring.read(at, scratch, 0, n);
            fold(at, scratch, n);
            read += n;
        }
        end = newEnd;
        return read;
    }

    /**
     * Folds in samples given directly (tests, or a source other than a ring buffer); the same rules as
     * {@link #update(RingBuffer, long)}: {@code firstIndex} must be the current {@link #end()} or later (skipped
     * indices count as never received, not as gaps).
     *
     * @param firstIndex the sample index of {@code samples[off]}
     * @param samples the samples
     * @param off the first to take
     * @param len how many
     */
    public void append(long firstIndex, double[] samples, int off, int len) {
        if (firstIndex < end()) {
            throw new IllegalArgumentException("append at " + firstIndex + ": samples up to " + end()
                    + " are folded in already");
        }
        for (int i = 0; i < len; i += CHUNK) {
            int n = Math.min(CHUNK, len - i);
            System.arraycopy(samples, off + i, scratch, 0, n);
            fold(firstIndex + i, scratch, n);
        }
        end = Math.max(end, firstIndex + len);
    }

    private void fold(long first, double[] values, int n) {
        int i = 0;
        while (i < n) {
            long index = first + i;
            long b = index / bucket;
            int slot = (int) (b % columns);
            if (bucketIds[slot] != b) {
                bucketIds[slot] = b;
                counts[slot] = 0;
                mins[slot] = Double.POSITIVE_INFINITY;
                maxs[slot] = Double.NEGATIVE_INFINITY;
            }
            // the run of samples that falls into this bucket
            int run = (int) Math.min(n - i, (b + 1) * bucket - index);
            double lo = mins[slot];
            double hi = maxs[slot];
            long loAt = minAt[slot];
            long hiAt = maxAt[slot];
            int count = counts[slot];
            for (int j = i; j < i + run; j++) {
                double v = values[j];
                if (v == v) { // not NaN
                    if (v < lo) {
                        lo = v;
                        loAt = first + j;
                    }
                    if (v > hi) {
                        hi = v;
                        hiAt = first + j;
                    }
                    count++;
                }
            }
            mins[slot] = lo;
            maxs[slot] = hi;
            minAt[slot] = loAt;
            maxAt[slot] = hiAt;
            counts[slot] = count;
            i += run;
        }
    }

    /**
     * @return the first bucket of the window: the oldest of the last {@code columns} buckets that still holds a sample
     *         of the last {@code windowSamples} (the columns cover up to {@code columns - 1} samples more than the
     *         window, as the bucket size is rounded up)
     */
    private long firstBucket() {
        if (end <= 0) {
            return 0;
        }
        return Math.max((end - 1) / bucket - columns + 1, Math.floorDiv(end - windowSamples, bucket));
    }

    /**
     * @return the most points {@link #points} writes: two per column
     */
    public int maxPoints() {
        return 2 * columns;
    }

    /**
     * Writes the decimated trace of the window: for each column with data its minimum and maximum in the order they
     * occurred (one point if they are the same sample), as {@code (x0 + index * dx, value)}.
     *
     * @param x receives the abscissae, at least {@link #maxPoints()} long
     * @param y receives the values, at least {@link #maxPoints()} long
     * @param x0 the abscissa of sample 0
     * @param dx the abscissa step per sample (the sampling period in seconds for a time axis)
     * @return the number of points written
     */
    public int points(double[] x, double[] y, double x0, double dx) {
        int n = 0;
        if (end <= 0) {
            return 0;
        }
        for (long b = firstBucket(); b <= (end - 1) / bucket; b++) {
            if (b < 0) {
                continue;
            }
            int slot = (int) (b % columns);
            if (bucketIds[slot] != b || counts[slot] == 0) {
                continue;
            }
            long a = minAt[slot];
            long c = maxAt[slot];
            double va = mins[slot];
            double vc = maxs[slot];
            if (c < a) {
                long t = a;
                a = c;
                c = t;
                double tv = va;
                va = vc;
                vc = tv;
            }
            x[n] = x0 + a * dx;
            y[n++] = va;
            if (c != a) {
                x[n] = x0 + c * dx;
                y[n++] = vc;
            }
        }
        return n;
    }

    /**
     * The gaps in the window: runs of consecutive buckets, from sample 0 on, whose samples were all lost (NaN).
     *
     * @param spans receives {@code [first, end)} sample index pairs: {@code spans[2i]}, {@code spans[2i + 1]}; at
     *            least {@code 2 * maxSpans} long
     * @param maxSpans the most spans to report
     * @return the number of spans written
     */
    public int gaps(long[] spans, int maxSpans) {
        int n = 0;
        long runStart = -1;
        long last = end <= 0 ? -1 : (end - 1) / bucket;
        for (long b = Math.max(0, firstBucket()); b <= last; b++) {
            int slot = (int) (b % columns);
            boolean gap = bucketIds[slot] == b && counts[slot] == 0;
            if (gap && runStart < 0) {
                runStart = b * bucket;
            } else if (!gap && runStart >= 0) {
                if (n == maxSpans) {
                    return n;
                }
                spans[2 * n] = runStart;
                spans[2 * n + 1] = b * bucket;
                n++;
                runStart = -1;
            }
        }
        if (runStart >= 0 && n < maxSpans) {
            spans[2 * n] = runStart;
            spans[2 * n + 1] = Math.min(end, (last + 1) * bucket);
            n++;
        }
        return n;
    }

    /**
     * @return the smallest finite sample in the window's buckets, or NaN if there is none
     */
    public double min() {
        double m = Double.POSITIVE_INFINITY;
        for (long b = Math.max(0, firstBucket()); end > 0 && b <= (end - 1) / bucket; b++) {
            int slot = (int) (b % columns);
            if (bucketIds[slot] == b && counts[slot] > 0 && mins[slot] < m) {
                m = mins[slot];
            }
        }
        return m == Double.POSITIVE_INFINITY ? Double.NaN : m;
    }

    /**
     * @return the largest finite sample in the window's buckets, or NaN if there is none
     */
    public double max() {
        double m = Double.NEGATIVE_INFINITY;
        for (long b = Math.max(0, firstBucket()); end > 0 && b <= (end - 1) / bucket; b++) {
            int slot = (int) (b % columns);
            if (bucketIds[slot] == b && counts[slot] > 0 && maxs[slot] > m) {
                m = maxs[slot];
            }
        }
        return m == Double.NEGATIVE_INFINITY ? Double.NaN : m;
    }
}
