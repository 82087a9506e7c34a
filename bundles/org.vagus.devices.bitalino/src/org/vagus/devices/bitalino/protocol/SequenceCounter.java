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
 * <li>Otherwise the gap is ambiguous and the decision waits for the frames that follow. The two causes of a silence
 * look alike at its end: frames the firmware dropped (a stall of the link filled its buffer; frames then come at the
 * normal pace) and frames held back and released in a burst (no loss; they come all at once). The upper bound
 * applied to every frame that follows tells them apart: a burst of J frames at one instant cannot start 16 m frames
 * later, so the freshest frame of the wait caps m (the <em>bound</em>). The count taken is the one that puts the
 * last frame of the wait at the typical recent latency, within the bounds: a running mean of {@code x - o} over the
 * newest frame of each read (older frames of a read carry the time they waited), each read counting at most 16
 * periods over the mean (a late read is the very delay a wait is about). The lower bound assumes no frame is
 * delayed more than {@code maxLatency} beyond the fastest.</li>
 * </ul>
 * <h2>When the wait ends</h2>
 * The bound is only as good as the freshest frame seen: it is exact once one frame of the wait arrived within 16
 * periods of the fastest latency. A host that is late itself (its reader thread, or whatever forwards the bytes,
 * not scheduled for a while on a loaded machine) delivers the frames of the wait late too, so a wait of a fixed
 * host time may end before any fresh frame arrived, and late frames then look like 16 m lost ones. Hence:
 * <ul>
 * <li>Frames that arrived at the same instant (one read) are judged together: the wait never ends between them,
 * since the last frame of a burst is its freshest and the one that settles the bound.</li>
 * <li>When the bound reaches 0 (a frame of the wait arrived so soon that 16 more lost frames would have it arrive
 * before it was sampled), nothing is left to decide: the wait ends at once. This is how a late burst ends: the host
 * reads everything that piled up, and the last frame is fresh.</li>
 * <li>Otherwise the wait ends when the stream has been <em>steady at the bound</em> for {@link #DEFER_MILLIS} ms
 * or 4 periods, whichever is longer: every read since then brought a newest frame within 16 periods of the bound,
 * and no two reads were more than 16 periods apart.
 * Frames the firmware dropped come fresh from the first read after the gap, so this costs them nothing; frames
 * delayed by the host come stale, then fresher as the host catches up (each fresher read lowers the bound and
 * restarts the count), until the bound is 0 or steady.</li>
 * <li>A wait that is never steady (a host whose delays vary by more than 16 periods throughout) ends after
 * {@code maxLatency} (at least the time above; a frame is never later than that, so the host had the time to catch
 * up) at the next read at the bound, with the rule above on what was seen; never at a staler read, such as the
 * first read of a burst after a silence (a burst longer than the tty's buffer comes in several reads, the first the
 * stalest), and in any case after four times that.</li>
 * </ul>
 * <p>
 * A wait may hold more than one gap: a late read starts it (the frame follows its predecessor in sequence), then the
 * firmware drops frames (a jump in the sequence). The 16 m frames go with the first jump of the wait, if the frames
 * before it allow that none were lost before them (that none was delayed more than {@code maxLatency}): a firmware
 * that dropped exactly 16 m frames where the sequence shows nothing, and more a moment later, is the less likely
 * story. Otherwise they go before the first frame of the wait. Steadiness is then judged from that jump on.
 * <p>
 * Frames go in with {@link #add}; their indices come out, in order, once known ({@link #index(int)},
 * {@link #gap(int)}); {@link #flush()} decides at once at the end of a stream. Nothing comes after to show the
 * latency of the frames still waiting; a wait in which the sequence never jumps is then taken for a late read, the
 * least count the bounds allow (the frames of a late read at the end of a stream are not lost ones), and a wait
 * with a jump (frames surely lost) is decided by the rule above.
 * <p>
 * Pure: times are arguments, no clock is read. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class SequenceCounter {
    /** How long the stream must be steady at the bound before an ambiguous gap is decided (see above). */
    public static final long DEFER_MILLIS = 50;
    private static final long NONE = Long.MIN_VALUE;
    private static final long WINDOW_NANOS = 10_000_000_000L;
    private static final long TOLERANCE_NANOS = 2_000_000L;
    private static final double DRIFT = 200e-6;

    private final double periodNanos;
    private final long maxLatencyNanos;
    private final long deferNanos;
    private final long maxWaitNanos;

    private boolean started;
    private long baseIndex;
    private long lastIndex;
    private int lastSeq;

    private double currentMin;
    private long currentStart;
    private double previousMin;
    /** A running mean of the latency of reads beyond the fastest (the excess of each read's newest frame). */
    private double typicalExcess;
    private boolean readSeen;
    private long readArrival;
    private double readX;

    private boolean deferring;
    private long deferFirst;
    private int deferResidue;
    /** The least upper bound on m from the reads of the wait judged so far. */
    private long bound;
    /** Arrival of the first read of the current run of reads at the bound, or {@link #NONE}. */
    private long steadySince;
    /** Arrival of the last read judged, or {@link #NONE}. */
    private long judgedRead;
    /** True once a frame of the wait jumped in sequence (when the first one did not). */
    private boolean jumped;
    /** True if the last read judged brought a frame at the bound. */
    private boolean readAtBound;
    private int pendingCount;
    private long[] pendingOffset = new long[64];
    private long[] pendingArrival = new long[64];
    private int[] pendingResidue = new int[64];
    private long[] suffixBound = new long[64];

    private int resolvedCount;
    private long[] resolvedIndex = new long[64];
    private GapEstimate[] resolvedGap = new GapEstimate[64];

    /**
     * @param rateHertz the sampling rate, > 0
     * @param maxLatencyNanos the longest a frame may be delayed beyond the fastest, for the lower bound; also the
     *            longest an ambiguous gap waits for the stream to be steady (at least {@link #DEFER_MILLIS} ms)
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
        this.maxWaitNanos = Math.max(deferNanos, maxLatencyNanos);
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
            readSeen = false;
            resolve(index, sequence == 0 ? null : GapEstimate.exact(sequence), arrivalNanos);
            lastSeq = sequence;
            return resolvedCount;
        }
        int residue = (sequence - lastSeq - 1) & 15;
        lastSeq = sequence;
        if (deferring && arrivalNanos > pendingArrival[pendingCount - 1]) {
            // a later read: the frames of the previous one are all in, so it can be judged as a whole
            judgeRead();
            if (settled(pendingArrival[pendingCount - 1])) {
                decide(false);
            }
        }
        if (deferring) {
            if (residue != 0 && deferResidue == 0 && !jumped) {
                // the first jump of a wait a late read started: the 16 m frames most likely go here (see decide),
                // so the stream after it is the one to watch for steadiness
                jumped = true;
                bound = Long.MAX_VALUE;
                steadySince = NONE;
                judgedRead = NONE;
            }
            queue(pendingOffset[pendingCount - 1] + 1 + residue, arrivalNanos, residue);
            if (boundOf(pendingCount - 1) <= 0) {
                // 16 more lost frames would put this frame before its sampling: m = 0, whatever follows
                decide(false);
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
        bound = Long.MAX_VALUE;
        steadySince = NONE;
        judgedRead = NONE;
        jumped = false;
        queue(0, arrivalNanos, residue);
        return resolvedCount;
    }

    /**
     * Judges the read that brought the newest waiting frames (its last frame, the freshest of the read): a fresher
     * bound restarts the steady run there, one at the bound extends it, a staler one (the host still catching up)
     * breaks it. A run does not span a silence of more than 16 periods between reads: a host that was not
     * receiving then (a stalled reader, or whatever forwards the bytes) proves nothing about its latency.
     */
    private void judgeRead() {
        int j = pendingCount - 1;
        long read = pendingArrival[j];
        long b = boundOf(j);
        boolean continuous = judgedRead != NONE && read - judgedRead <= 16 * periodNanos;
        if (b < bound) {
            bound = b;
            steadySince = read;
        } else if (b == bound) {
            if (steadySince == NONE || !continuous) {
                steadySince = read;
            }
        } else {
            steadySince = NONE;
        }
        readAtBound = b == bound;
        judgedRead = read;
    }

    /** True if the wait may end after the read just judged, which arrived at {@code lastRead}. */
    private boolean settled(long lastRead) {
        long waited = lastRead - pendingArrival[0];
        return (steadySince != NONE && lastRead - steadySince >= deferNanos)
                || (readAtBound && waited >= maxWaitNanos) || waited >= 4 * maxWaitNanos;
    }

    /** The greatest m that waiting frame {@code j} allows (it cannot have arrived before it was sampled). */
    private long boundOf(int j) {
        return Math.floorDiv(maxIndex(pendingArrival[j]) - deferFirst - pendingOffset[j], 16);
    }

    /** Decides every waiting frame now (end of a stream); returns how many got their index. */
    public int flush() {
        resolvedCount = 0;
        if (deferring) {
            decide(true);
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

    /**
     * Gives the waiting frames their indices.
     *
     * @param atEnd true at the end of the stream: nothing follows to show the latency; if the sequence never
     *            jumped in the wait, take the least count
     */
    private void decide(boolean atEnd) {
        int n = pendingCount;
        int last = n - 1;
        if (suffixBound.length < n) {
            suffixBound = new long[pendingOffset.length];
        }
        // what the frames from j on allow for a multiple of 16 placed before frame j
        long min = Long.MAX_VALUE;
        for (int j = last; j >= 0; j--) {
            min = Math.min(min, boundOf(j));
            suffixBound[j] = min;
        }
        long lastArrival = pendingArrival[last];
        long lowLast = Math.max(0, ceilDiv(minIndex(lastArrival) - deferFirst - pendingOffset[last], 16));
        double typical = (lastArrival - offset() - typicalExcess) / periodNanos;
        long mTypical = Math.round((typical - deferFirst - pendingOffset[last]) / 16);
        // where the 16 m frames were lost: before the first frame of the wait, unless that frame follows its
        // predecessor in sequence (a late read, most likely no loss at all) and a later frame of the wait jumps
        // (frames the firmware surely dropped): one drop is likelier than two, if the frames before the jump
        // allow none lost (none of them later than maxLatency)
        int at = 0;
        if (deferResidue == 0) {
            for (int j = 1; j < n && at == 0; j++) {
                if (pendingResidue[j] != 0) {
                    at = j;
                }
            }
            for (int j = 0; j < at; j++) {
                if (ceilDiv(minIndex(pendingArrival[j]) - deferFirst - pendingOffset[j], 16) > 0) {
                    at = 0;
                }
            }
        }
        long mHigh = Math.max(0, suffixBound[at]);
        long mLow = Math.min(mHigh, lowLast);
        boolean lateRead = deferResidue == 0 && !jumped;
        long m = atEnd && lateRead ? mLow : Math.max(mLow, Math.min(mHigh, mTypical));
        if (m == 0 && at != 0) {
            // nothing lost beyond the residues: the estimate stays with the first frame of the wait
            at = 0;
            mHigh = Math.max(0, suffixBound[0]);
            mLow = Math.min(mHigh, lowLast);
        }
        pendingCount = 0;
        deferring = false;
        for (int j = 0; j < n; j++) {
            long index = deferFirst + pendingOffset[j] + (j >= at ? 16 * m : 0);
            int residue = pendingResidue[j];
            GapEstimate g;
            if (j == at) {
                g = new GapEstimate(residue, residue + 16 * mLow, residue + 16 * mHigh, residue + 16 * m);
                g = g.lost() == 0 ? null : g;
            } else {
                g = residue == 0 ? null : GapEstimate.exact(residue);
            }
            resolve(index, g, pendingArrival[j]);
        }
    }

    /** The least index a frame arriving then may have: none is delayed more than maxLatency beyond the fastest. */
    private long minIndex(long arrival) {
        return (long) Math.ceil((arrival - offset() - maxLatencyNanos - tolerance(arrival)) / periodNanos);
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
        if (readSeen && arrival != readArrival) {
            // the frame before was the newest of its read: its excess is that read's latency. Only those count:
            // the older frames of a late read carry the time they waited, and so does a whole late read, beyond
            // 16 periods over the typical (the delays the waits are about), which would drag the typical latency up
            // and the counts of ambiguous gaps down
            double excess = Math.min(readX - offset(), typicalExcess + 16 * periodNanos);
            typicalExcess += (excess - typicalExcess) / 64;
        }
        readSeen = true;
        readArrival = arrival;
        readX = x;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
