package org.vagus.devices.bitalino.protocol;

import java.util.Arrays;

/**
 * Gives every trusted frame its sample index (0 for the first frame after start, counting lost frames too) from
 * the 4-bit sequence number and the host arrival time.
 * <h2>Counting lost frames</h2>
 * Between consecutive trusted frames with sequence numbers a and b, the firmware ticked {@code k = d + 1 + 16 m}
 * times, where {@code d = (b - a - 1) mod 16} is known exactly and {@code m >= 0} is not: 16 lost frames look like
 * none. Host time bounds m. Write each frame's arrival as {@code x = arrival - index * period}, the device's start
 * time plus that frame's latency; {@code o}, the least x over the last 10 to 20 s, is the start time plus the
 * smallest latency seen.
 * <ul>
 * <li>Upper bound: a frame cannot arrive before it is sampled, nor faster than the fastest recent frame (less a
 * tolerance of 2 ms plus 200 ppm of the window for clock drift): {@code index <= (arrival - o + tol) / period}.
 * When this leaves no room for 16 more frames, the count is exact, which is the normal case: a steady link whose
 * latency varies by less than 16 periods minus d (16 ms at 1000 Hz).</li>
 * <li>Otherwise the gap is ambiguous and the decision waits for the frames that follow, for
 * {@link #DEFER_MILLIS} ms or 4 periods, whichever is longer. The two causes of a silence look alike at its end:
 * frames the firmware dropped (a stall of the link filled its buffer; frames then come at the normal pace) and
 * frames held back and released in a burst (no loss; they come all at once). The upper bound applied to every
 * frame of the burst tells them apart: a burst of J frames at one instant cannot start 16 m frames later. The count
 * taken is the one that puts the last frame of the wait at the typical recent latency (a running mean of
 * {@code x - o}), within the bounds; the lower bound assumes no frame is delayed more than {@code maxLatency}
 * beyond the fastest.</li>
 * </ul>
 * Frames go in with {@link #add}; their indices come out, in order, once known ({@link #index(int)},
 * {@link #gap(int)}); {@link #flush()} decides at once at the end of a stream.
 * <p>
 * Pure: times are arguments, no clock is read. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class SequenceCounter {
    /** The least time an ambiguous gap waits for the frames that follow it. */
    public static final long DEFER_MILLIS = 50;
    private static final long WINDOW_NANOS = 10_000_000_000L;
    private static final long TOLERANCE_NANOS = 2_000_000L;
    private static final double DRIFT = 200e-6;

    private final double periodNanos;
    private final long maxLatencyNanos;
    private final long deferNanos;

    private boolean started;
    private long baseIndex;
    private long lastIndex;
    private int lastSeq;

    private double currentMin;
    private long currentStart;
    private double previousMin;
    private double typicalExcess;

    private boolean deferring;
    private long deferFirst;
    private int deferResidue;
    private int pendingCount;
    private long[] pendingOffset = new long[64];
    private long[] pendingArrival = new long[64];
    private int[] pendingResidue = new int[64];

    private int resolvedCount;
    private long[] resolvedIndex = new long[64];
    private GapEstimate[] resolvedGap = new GapEstimate[64];

    /**
     * @param rateHertz the sampling rate, > 0
     * @param maxLatencyNanos the longest a frame may be delayed beyond the fastest, for the lower bound
     */
    public SequenceCounter(double rateHertz, long maxLatencyNanos) {
        if (!(rateHertz > 0) || Double.isInfinite(rateHertz)) {
            throw new IllegalArgumentException("sampling rate: " + rateHertz + " Hz, expected > 0");
        }
        if (maxLatencyNanos < 0) {
            throw new IllegalArgumentException("max latency: " + maxLatencyNanos + " ns, expected >= 0");
        }
        this.periodNanos = 1e9 / rateHertz;
        this.maxLatencyNanos = maxLatencyNanos;
        this.deferNanos = Math.max(DEFER_MILLIS * 1_000_000, (long) (4 * periodNanos));
    }

    /** A counter for a rate with the default latency ceiling of 1 s. */
    public SequenceCounter(double rateHertz) {
        this(rateHertz, 1_000_000_000L);
    }

    /**
     * Starts a new stream whose first frame (sequence 0 on the device) has index {@code baseIndex}: 0 after a
     * start, the estimated index after a reconnection. Frames still waiting are dropped: {@link #flush()} first.
     */
    public void restart(long baseIndex) {
        this.baseIndex = baseIndex;
        this.started = false;
        this.deferring = false;
        this.pendingCount = 0;
        this.resolvedCount = 0;
    }

    /**
     * Adds the next trusted frame.
     *
     * @param sequence its sequence number, 0..15
     * @param arrivalNanos when it arrived on the host
     * @return how many frames now have their index, the oldest waiting first (this one included if it did not
     *         wait); read them with {@link #index(int)} and {@link #gap(int)}
     */
    public int add(int sequence, long arrivalNanos) {
        resolvedCount = 0;
        if (!started) {
            // the firmware counts from 0 at start: frames before the first trusted one were lost
            started = true;
            long index = baseIndex + sequence;
            currentMin = arrivalNanos - index * periodNanos;
            previousMin = currentMin;
            currentStart = arrivalNanos;
            typicalExcess = 0;
            resolve(index, sequence == 0 ? null : GapEstimate.exact(sequence), arrivalNanos);
            lastSeq = sequence;
            return resolvedCount;
        }
        int residue = (sequence - lastSeq - 1) & 15;
        lastSeq = sequence;
        if (deferring) {
            queue(pendingOffset[pendingCount - 1] + 1 + residue, arrivalNanos, residue);
            if (arrivalNanos - pendingArrival[0] >= deferNanos) {
                decide();
            }
            return resolvedCount;
        }
        long first = lastIndex + 1 + residue;
        if (maxIndex(arrivalNanos) < first + 16) {
            resolve(first, residue == 0 ? null : GapEstimate.exact(residue), arrivalNanos);
            return resolvedCount;
        }
        deferring = true;
        deferFirst = first;
        deferResidue = residue;
        queue(0, arrivalNanos, residue);
        return resolvedCount;
    }

    /** Decides every waiting frame now (end of a stream); returns how many got their index. */
    public int flush() {
        resolvedCount = 0;
        if (deferring) {
            decide();
        }
        return resolvedCount;
    }

    /** The index of the {@code i}-th frame resolved by the last {@link #add} or {@link #flush()}. */
    public long index(int i) {
        return resolvedIndex[i];
    }

    /** The gap before the {@code i}-th resolved frame, or null if it followed the previous one without loss. */
    public GapEstimate gap(int i) {
        return resolvedGap[i];
    }

    /** Frames waiting for an ambiguous gap to be decided. */
    public int waiting() {
        return pendingCount;
    }

    /** The index of the last resolved frame, or {@code baseIndex - 1} before any. */
    public long lastIndex() {
        return started ? lastIndex : baseIndex - 1;
    }

    private void decide() {
        long last = pendingCount - 1;
        long mHigh = Long.MAX_VALUE;
        for (int j = 0; j < pendingCount; j++) {
            mHigh = Math.min(mHigh, Math.floorDiv(maxIndex(pendingArrival[j]) - deferFirst - pendingOffset[j], 16));
        }
        mHigh = Math.max(0, mHigh);
        long lastArrival = pendingArrival[(int) last];
        double tol = tolerance(lastArrival);
        long minIndex = (long) Math.ceil((lastArrival - offset() - maxLatencyNanos - tol) / periodNanos);
        long mLow = Math.min(mHigh, Math.max(0, ceilDiv(minIndex - deferFirst - pendingOffset[(int) last], 16)));
        double typical = (lastArrival - offset() - typicalExcess) / periodNanos;
        long m = Math.round((typical - deferFirst - pendingOffset[(int) last]) / 16);
        m = Math.max(mLow, Math.min(mHigh, m));
        int n = pendingCount;
        pendingCount = 0;
        deferring = false;
        for (int j = 0; j < n; j++) {
            long index = deferFirst + 16 * m + pendingOffset[j];
            GapEstimate g;
            if (j == 0) {
                g = new GapEstimate(deferResidue, deferResidue + 16 * mLow, deferResidue + 16 * mHigh,
                        deferResidue + 16 * m);
                g = g.lost() == 0 ? null : g;
            } else {
                g = pendingResidue[j] == 0 ? null : GapEstimate.exact(pendingResidue[j]);
            }
            resolve(index, g, pendingArrival[j]);
        }
    }

    private void queue(long offset, long arrival, int residue) {
        if (pendingCount == pendingOffset.length) {
            int len = pendingCount * 2;
            pendingOffset = Arrays.copyOf(pendingOffset, len);
            pendingArrival = Arrays.copyOf(pendingArrival, len);
            pendingResidue = Arrays.copyOf(pendingResidue, len);
        }
        pendingOffset[pendingCount] = offset;
        pendingArrival[pendingCount] = arrival;
        pendingResidue[pendingCount] = residue;
        pendingCount++;
    }

    private void resolve(long index, GapEstimate gap, long arrival) {
        if (resolvedCount == resolvedIndex.length) {
            resolvedIndex = Arrays.copyOf(resolvedIndex, resolvedCount * 2);
            resolvedGap = Arrays.copyOf(resolvedGap, resolvedCount * 2);
        }
        resolvedIndex[resolvedCount] = index;
        resolvedGap[resolvedCount] = gap;
        resolvedCount++;
        observe(index, arrival);
        lastIndex = index;
    }

    private long maxIndex(long arrival) {
        return (long) Math.floor((arrival - offset() + tolerance(arrival)) / periodNanos);
    }

    private double offset() {
        return Math.min(currentMin, previousMin);
    }

    private double tolerance(long arrival) {
        return TOLERANCE_NANOS + DRIFT * Math.max(0, arrival - currentStart + WINDOW_NANOS);
    }

    private void observe(long index, long arrival) {
        double x = arrival - index * periodNanos;
        if (arrival - currentStart > WINDOW_NANOS) {
            previousMin = currentMin;
            currentMin = x;
            currentStart = arrival;
        } else if (x < currentMin) {
            currentMin = x;
        }
        typicalExcess += (x - offset() - typicalExcess) / 64;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
