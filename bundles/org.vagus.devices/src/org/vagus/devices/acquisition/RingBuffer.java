package org.vagus.devices.acquisition;

import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most recent samples of one channel for live display: one writer (the acquisition thread) and any number of
 * readers (the monitor's drawing thread), and a reader never blocks the writer nor makes it wait.
 * <p>
 * Samples are addressed by their sample index: the writer appends at {@link #end()}, the buffer keeps the last
 * {@link #capacity()} of them. A reader copies a range with {@link #read(long, double[], int, int)}; samples of
 * the range that were never written, or that the writer overwrote before or during the copy, come out as NaN, so
 * a reader always gets correct samples or NaN, never a torn mix. This is a sequence lock without a lock: the
 * writer announces the end it is about to reach ({@code claimed}) before it stores samples and publishes the new
 * end ({@code end}) after; a reader copies, then reads {@code claimed} again and blanks every index the writer may
 * have reached meanwhile. Lost frames are appended as NaN ({@link #writeMissing(long)}).
 *
 * @since 0.1.0
 */
public final class RingBuffer {
    private final double[] data;
    private final int mask;
    /** Index after the last sample whose store may have started. */
    private final AtomicLong claimed = new AtomicLong();
    /** Index after the last sample stored; readers see samples below it. */
    private final AtomicLong end = new AtomicLong();

    /**
     * @param minCapacity the least number of samples to keep, 1 .. 2^30; rounded up to a power of two
     */
    public RingBuffer(int minCapacity) {
        if (minCapacity < 1 || minCapacity > 1 << 30) {
            throw new IllegalArgumentException("ring buffer capacity: " + minCapacity + ", expected 1 .. 2^30");
        }
        int cap = Integer.highestOneBit(minCapacity);
        if (cap < minCapacity) {
            cap <<= 1;
        }
        this.data = new double[cap];
        this.mask = cap - 1;
    }

    /** @return how many samples the buffer keeps (a power of two) */
    public int capacity() {
        return data.length;
    }

    /** @return the index after the last sample written: the number of samples written so far, lost ones included */
    public long end() {
        return end.getAcquire();
    }

    /** @return the oldest index still held: {@code max(0, end - capacity)} */
    public long start() {
        return Math.max(0, end() - data.length);
    }

    /**
     * Appends samples. Only the writer thread calls this.
     *
     * @param src the samples
     * @param off the first to take
     * @param len how many
     */
    public void write(double[] src, int off, int len) {
        if (len <= 0) {
            return;
        }
        long e = end.get();
        claimed.set(e + len);
        VarHandle.storeStoreFence(); // the claim is visible before any sample store
        int skip = Math.max(0, len - data.length); // only the last capacity samples can be kept
        for (int i = skip; i < len; i++) {
            data[(int) ((e + i) & mask)] = src[off + i];
        }
        end.setRelease(e + len);
    }

    /**
     * Appends {@code count} NaN samples for lost frames (at most a capacity's worth is stored; the index advances
     * by {@code count}). Only the writer thread calls this.
     *
     * @param count the number of lost frames, >= 0
     */
    public void writeMissing(long count) {
        if (count <= 0) {
            return;
        }
        long e = end.get();
        claimed.set(e + count);
        VarHandle.storeStoreFence();
        long from = Math.max(e, e + count - data.length);
        for (long i = from; i < e + count; i++) {
            data[(int) (i & mask)] = Double.NaN;
        }
        end.setRelease(e + count);
    }

    /**
     * Copies samples {@code from .. from + len - 1} into {@code dst[off ..]}. Indices not yet written, no longer
     * held, or overwritten during the copy are NaN in {@code dst}. Any thread may call this at any time.
     *
     * @param from the first sample index wanted (may be negative or beyond the end: those places get NaN)
     * @param dst where to copy
     * @param off the first place in {@code dst}
     * @param len the number of samples wanted
     * @return the number of places filled with samples that were available (the others are NaN)
     */
    public int read(long from, double[] dst, int off, int len) {
        long e = end.getAcquire();
        long lo = Math.max(from, Math.max(0, e - data.length));
        long hi = Math.min(from + len, e);
        for (long i = lo; i < hi; i++) {
            dst[off + (int) (i - from)] = data[(int) (i & mask)];
        }
        VarHandle.loadLoadFence(); // the copies happen before the claim is read again
        // below c - capacity the writer may have stored new samples while we copied
        long valid = Math.max(lo, claimed.get() - data.length);
        long validLo = Math.min(valid, from + len);
        long validHi = Math.max(hi, validLo);
        Arrays.fill(dst, off, off + (int) (validLo - from), Double.NaN);
        Arrays.fill(dst, off + (int) (validHi - from), off + len, Double.NaN);
        return (int) (validHi - validLo);
    }

    /**
     * Copies the most recent {@code dst.length} samples; {@code dst[dst.length - 1]} is sample {@code end - 1}.
     *
     * @param dst where to copy
     * @return the sample index of {@code dst[0]} (negative while fewer samples than {@code dst.length} exist; those
     *         places are NaN)
     */
    public long readLatest(double[] dst) {
        long from = end() - dst.length;
        read(from, dst, 0, dst.length);
        return from;
    }
}
