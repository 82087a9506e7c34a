package org.vagus.devices;

import java.util.Objects;

/**
 * Consecutive frames from a sensor: for each acquired channel (in {@link StreamFormat} order) the samples of
 * {@link #frameCount()} frames, either raw {@code int} codes or {@code double} values, plus where they lie on the
 * device's sample clock and when they reached the host.
 * <p>
 * A block takes ownership of the arrays given to its factory methods (no copy, as it is made hundreds of times a
 * second): the producer must not touch them afterwards. Readers get samples through accessors and copies, never
 * the arrays, so a block is immutable once made and can be handed to several threads.
 *
 * @since 0.1.0
 */
public final class SampleBlock {
    private final long firstSampleIndex;
    private final int firstSequence;
    private final long arrivalNanos;
    private final int frameCount;
    private final int[][] ints;
    private final double[][] doubles;

    private SampleBlock(long firstSampleIndex, int firstSequence, long arrivalNanos, int[][] ints, double[][] doubles) {
        if (firstSampleIndex < 0) {
            throw new IllegalArgumentException("first sample index: " + firstSampleIndex + ", expected >= 0");
        }
        // no conditional of int[][] and double[][] here: the Eclipse compiler types it as Serializable and emits an
        // arraylength the verifier rejects
        int channelCount = ints != null ? ints.length : doubles.length;
        if (channelCount == 0) {
            throw new IllegalArgumentException("sample block: expected at least one channel");
        }
        int frames = ints != null ? ints[0].length : doubles[0].length;
        if (frames == 0) {
            throw new IllegalArgumentException("sample block: expected at least one frame");
        }
        for (int c = 0; c < channelCount; c++) {
            int n = ints != null ? ints[c].length : doubles[c].length;
            if (n != frames) {
                throw new IllegalArgumentException("sample block: channel " + c + " has " + n + " samples, channel 0 has "
                        + frames + "; all channels must have one sample per frame");
            }
        }
        this.firstSampleIndex = firstSampleIndex;
        this.firstSequence = firstSequence;
        this.arrivalNanos = arrivalNanos;
        this.frameCount = frames;
        this.ints = ints;
        this.doubles = doubles;
    }

    /**
     * A block of raw integer samples.
     *
     * @param firstSampleIndex the sample index of the first frame (see the package documentation: counts lost
     *            frames too), >= 0
     * @param firstSequence the device's own sequence number of the first frame as it came over the wire (for a
     *            BITalino the 4-bit counter, 0..15), or -1 if the device has none; diagnostic only
     * @param arrivalNanos the host {@link org.vagus.core.time.Clock} time at which the block's <em>last</em> frame
     *            arrived
     * @param samples {@code samples[channel][frame]}, at least one channel and one frame, equal lengths; owned by
     *            the block from now on
     * @throws IllegalArgumentException if the index is negative or the arrays are empty or ragged
     */
    public static SampleBlock ofInts(long firstSampleIndex, int firstSequence, long arrivalNanos, int[][] samples) {
        return new SampleBlock(firstSampleIndex, firstSequence, arrivalNanos, Objects.requireNonNull(samples, "samples"),
                null);
    }

    /**
     * A block of floating-point samples, already in the channels' units; arguments as
     * {@link #ofInts(long, int, long, int[][])}.
     */
    public static SampleBlock ofDoubles(long firstSampleIndex, int firstSequence, long arrivalNanos,
            double[][] samples) {
        return new SampleBlock(firstSampleIndex, firstSequence, arrivalNanos, null,
                Objects.requireNonNull(samples, "samples"));
    }

    /** The sample index of the first frame. */
    public long firstSampleIndex() {
        return firstSampleIndex;
    }

    /** The sample index just after the last frame: {@code firstSampleIndex() + frameCount()}. */
    public long endSampleIndex() {
        return firstSampleIndex + frameCount;
    }

    /** The device's sequence number of the first frame, or -1 if the device has none. */
    public int firstSequence() {
        return firstSequence;
    }

    /** Host clock time, in nanoseconds, at which the last frame of this block arrived. */
    public long arrivalNanos() {
        return arrivalNanos;
    }

    /** The number of frames (samples per channel), >= 1. */
    public int frameCount() {
        return frameCount;
    }

    /** The number of channels, >= 1. */
    public int channelCount() {
        return ints != null ? ints.length : doubles.length;
    }

    /** True for raw {@code int} samples, false for {@code double} samples. */
    public boolean isIntegral() {
        return ints != null;
    }

    /**
     * An integer sample.
     *
     * @throws IllegalStateException if the block holds doubles
     */
    public int intAt(int channel, int frame) {
        if (ints == null) {
            throw new IllegalStateException("this block holds double samples; use valueAt");
        }
        return ints[channel][frame];
    }

    /** A sample as a double, raw for integer blocks (no transfer function applied). */
    public double valueAt(int channel, int frame) {
        return ints != null ? ints[channel][frame] : doubles[channel][frame];
    }

    /**
     * Copies samples of one channel, as doubles (raw for integer blocks), into {@code dst}.
     *
     * @throws IndexOutOfBoundsException if a range is outside its array
     */
    public void copyChannel(int channel, int fromFrame, double[] dst, int dstOffset, int length) {
        Objects.checkFromIndexSize(fromFrame, length, frameCount);
        Objects.checkFromIndexSize(dstOffset, length, dst.length);
        if (doubles != null) {
            System.arraycopy(doubles[channel], fromFrame, dst, dstOffset, length);
        } else {
            int[] src = ints[channel];
            for (int i = 0; i < length; i++) {
                dst[dstOffset + i] = src[fromFrame + i];
            }
        }
    }

    /**
     * Copies integer samples of one channel into {@code dst}.
     *
     * @throws IllegalStateException if the block holds doubles
     * @throws IndexOutOfBoundsException if a range is outside its array
     */
    public void copyChannel(int channel, int fromFrame, int[] dst, int dstOffset, int length) {
        if (ints == null) {
            throw new IllegalStateException("this block holds double samples");
        }
        System.arraycopy(ints[channel], fromFrame, dst, dstOffset, length);
    }

    @Override
    public String toString() {
        return "SampleBlock[samples " + firstSampleIndex + ".." + (endSampleIndex() - 1) + ", " + channelCount()
                + " channels, " + (ints != null ? "int" : "double") + ", arrived " + arrivalNanos + " ns]";
    }
}
