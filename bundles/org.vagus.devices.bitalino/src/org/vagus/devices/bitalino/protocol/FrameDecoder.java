package org.vagus.devices.bitalino.protocol;

import java.util.Arrays;

/**
 * Turns the byte stream of an acquiring BITalino into trusted frames: CRC4 check, resynchronisation by sliding
 * one byte, and rules that keep a corrupted frame from ever being delivered.
 * <h2>Rules</h2>
 * The CRC4 lets a random byte string pass with probability 1/16, so a frame is trusted only when its neighbours
 * agree with it. Let V(p) be "the {@code size} bytes at p pass the CRC" and S(p) their sequence number; L the
 * position of the last trusted frame and s its sequence number.
 * <ul>
 * <li><b>In sync</b> (the next frame is expected at p = L + size): if not V(p), the frame is rejected and the
 * decoder hunts from p + 1. Otherwise it waits for the next frame: p is trusted if S(p) = s + 1, V(p + size) and
 * S(p + size) = S(p) + 1. A jump in the sequence (frames the firmware dropped) needs one more frame of evidence: a
 * jump after p is trusted if the frame after it follows; a jump at p if the next two follow p. A jump of 15 is
 * refused (it looks like a frame-sized burst of garbage). A refused frame with S(p) = s + 1 is kept for
 * <em>salvage</em>, since the fault may lie in the next frame.</li>
 * <li><b>Hunting</b> slides one byte at a time. A position q locks when V(q), V(q + size), V(q + 2 size) and the
 * three sequence numbers are consecutive (a random position passes with probability 2^-20). On the way, frames at
 * L + j size (j = 1..15) that pass the CRC with S = s + j are kept for salvage.</li>
 * <li><b>Overlap</b>: a lockable q that shares bytes with a kept frame means a byte was lost there, and exactly one
 * of the two is genuine: either the kept frame is good and q is made of its tail and the next frame's remains
 * (q then ends where that frame truly ends, carries its true sequence number and is followed by true frames, so
 * only its CRC stands against it), or the kept frame is the damaged one that passed its CRC and sequence by chance.
 * Nothing tells which, so both are dropped and the hunt goes on. The same holds when q repeats the sequence number
 * of the kept frame (or of L, less than 16 frames before): a frame-sized burst of garbage passed its CRC.</li>
 * <li><b>Salvage</b> at the lock: if q = L + k size (k &lt;= 15) and S(q) = s + k, no byte was lost or added since
 * L, so the kept frames are genuine and delivered before q, and the k - 1 - kept frames in between are the corrupted
 * ones. Otherwise bytes were lost or added somewhere: only the frame right after L may be saved, if q is a later
 * frame by the sequence (k' = S(q) - S(L + size) mod 16 &gt;= 1) and no more than k' + 1 frames' bytes away.</li>
 * </ul>
 * So every delivery waits for the next frame (one sample period of latency; two at a jump); {@link #flush(Sink)}
 * delivers the last frame at the end of a stream on the weaker evidence of its CRC and its sequence. Bit flips cost
 * exactly the frames they hit (even two within three frames). A burst of garbage or a lost byte costs the frames it
 * touches, and in about 1 case in 16 of a lost byte also the good frame before it (the overlap rule). A corrupted
 * frame gets through only if chance defeats the CRC and the sequence tests twice over (about 1 in 20,000 lost or
 * inserted bytes in the tests); a splice of exactly a whole number of frames' bytes looks like frames the firmware
 * dropped and is caught by the CRC alone (15 in 16). The sample index stays exact in every case: frames not
 * delivered are counted from the sequence numbers of the frames that are.
 * <p>
 * Not thread-safe: one reader thread feeds it. Allocation-free after warm-up.
 *
 * @since 0.1.0
 */
public final class FrameDecoder {
    /** Receives trusted frames, in stream order. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param sequence the frame's 4-bit sequence number
         * @param digital its four digital bits (bit 3 = I1)
         * @param values the acquired channels' raw values; a buffer the decoder reuses, valid during the call
         * @param arrivalNanos the time given to {@link FrameDecoder#feed} with the chunk that completed the frame
         */
        void frame(int sequence, int digital, int[] values, long arrivalNanos);
    }

    private final int n;
    private final int size;
    private final int[] values = new int[6];

    private byte[] buf = new byte[8192];
    private int tail;
    private long base;
    private long pos;
    private boolean locked;
    private boolean hasLast;
    private long lastPos;
    private int lastSeq;

    private long[] chunkEnds = new long[64];
    private long[] chunkNanos = new long[64];
    private int chunkFirst;
    private int chunkCount;

    private final byte[][] salvage;
    private final long[] salvagePos = new long[15];
    private final long[] salvageNanos = new long[15];
    private int salvageCount;

    private long frames;
    private long crcErrors;
    private long bytesSkipped;
    private long resyncs;
    private long salvaged;

    /**
     * @param layout the acquired channels, which fix the frame size
     */
    public FrameDecoder(FrameLayout layout) {
        this.n = layout.channelCount();
        this.size = layout.frameSize();
        this.salvage = new byte[15][size];
    }

    /**
     * Appends bytes read from the device and delivers every frame they make trusted.
     *
     * @param arrivalNanos the host time at which these bytes were read (the same clock for every call)
     */
    public void feed(byte[] data, int offset, int length, long arrivalNanos, Sink sink) {
        if (length <= 0) {
            return;
        }
        append(data, offset, length, arrivalNanos);
        process(sink);
        compact();
    }

    /**
     * Ends a stream: delivers the last frame if it passes its CRC and follows the last trusted frame in sequence
     * (it has no successor to confirm it), drops frames kept for salvage, and forgets every byte, so the next
     * {@link #feed} starts hunting afresh. The counters are kept.
     */
    public void flush(Sink sink) {
        if (locked && available(pos) >= size && valid(pos) && seqAt(pos) == ((lastSeq + 1) & 15)) {
            deliver(pos, sink);
        }
        reset();
    }

    /** Forgets every buffered byte and the sync state (for a restarted acquisition); keeps the counters. */
    public void reset() {
        base += tail;
        tail = 0;
        pos = base;
        locked = false;
        hasLast = false;
        salvageCount = 0;
        chunkCount = 0;
        chunkFirst = 0;
    }

    private void process(Sink sink) {
        while (true) {
            if (locked) {
                if (available(pos) < size) {
                    return;
                }
                if (!valid(pos)) {
                    crcErrors++;
                    locked = false;
                    pos++;
                    continue;
                }
                if (available(pos) < 2 * size) {
                    return;
                }
                int verdict = judge(pos);
                if (verdict == WAIT) {
                    return;
                }
                if (verdict == TRUST) {
                    trust(pos, sink);
                    continue;
                }
                crcErrors++;
                locked = false;
                if (verdict == KEEP) {
                    keep(pos);
                }
                pos++;
            } else {
                if (available(pos) < 3 * size) {
                    return;
                }
                if (lockable(pos) && (overlapsKept(pos) || repeatsSequence(pos))) {
                    // two candidates contradict each other; one is false and nothing tells which
                    salvageCount = Math.max(0, salvageCount - 1);
                    bytesSkipped++;
                    pos++;
                } else if (lockable(pos)) {
                    settleSalvage(sink);
                    resyncs++;
                    trust(pos, sink);
                    locked = true;
                } else {
                    if (hasLast && salvageable(pos)) {
                        keep(pos);
                    } else {
                        bytesSkipped++;
                    }
                    pos++;
                }
            }
        }
    }

    private static final int TRUST = 0;
    private static final int KEEP = 1;
    private static final int REJECT = 2;
    private static final int WAIT = 3;

    /**
     * In sync, the frame at p passed its CRC; does it hold up against the next one or two? A frame that follows the
     * last trusted one (S = s + 1) is trusted if the next frame is valid and follows it; if the next one jumps (frames
     * the firmware dropped), that jump must be confirmed by the frame after. A frame that itself jumps is trusted
     * only if the two after it follow it. A jump of 15 (the same number twice) is refused: it cannot be told from
     * a frame-sized burst of garbage. A refused frame that followed the last trusted one is kept for salvage.
     */
    private int judge(long p) {
        int s0 = seqAt(p);
        boolean follows = s0 == ((lastSeq + 1) & 15);
        boolean nextValid = valid(p + size);
        int s1 = seqAt(p + size);
        if (follows) {
            if (!nextValid || s1 == s0) {
                return KEEP;
            }
            if (s1 == ((s0 + 1) & 15)) {
                return TRUST;
            }
            if (available(p) < 3 * size) {
                return WAIT;
            }
            return valid(p + 2 * size) && seqAt(p + 2 * size) == ((s1 + 1) & 15) ? TRUST : KEEP;
        }
        if (s0 == lastSeq || !nextValid || s1 != ((s0 + 1) & 15)) {
            return REJECT;
        }
        if (available(p) < 3 * size) {
            return WAIT;
        }
        return valid(p + 2 * size) && seqAt(p + 2 * size) == ((s0 + 2) & 15) ? TRUST : REJECT;
    }

    private void trust(long p, Sink sink) {
        deliver(p, sink);
        lastSeq = seqAt(p);
        lastPos = p;
        hasLast = true;
        pos = p + size;
    }

    private boolean lockable(long q) {
        if (!valid(q) || !valid(q + size) || !valid(q + 2 * size)) {
            return false;
        }
        int s0 = seqAt(q);
        int s1 = seqAt(q + size);
        return s1 == ((s0 + 1) & 15) && seqAt(q + 2 * size) == ((s1 + 1) & 15);
    }

    /** True if a frame at {@code q} would share bytes with the last frame kept for salvage. */
    private boolean overlapsKept(long q) {
        return salvageCount > 0 && q < salvagePos[salvageCount - 1] + size;
    }

    /**
     * True if a frame at {@code q} would repeat the sequence number of the last kept frame, or of the last trusted
     * one less than 16 frames' bytes before: the mark of a frame-sized burst of garbage that passed its CRC.
     */
    private boolean repeatsSequence(long q) {
        int sq = seqAt(q);
        if (salvageCount > 0) {
            return sq == FrameCodec.sequence(salvage[salvageCount - 1], size);
        }
        return hasLast && sq == lastSeq && q - lastPos < 16L * size;
    }

    /** A frame where the last trusted one says a frame should be, with the sequence number it says. */
    private boolean salvageable(long q) {
        long d = q - lastPos;
        if (d % size != 0 || d / size > 15 || salvageCount == salvage.length) {
            return false;
        }
        return valid(q) && seqAt(q) == ((lastSeq + (int) (d / size)) & 15)
                && (salvageCount == 0 || salvagePos[salvageCount - 1] < q);
    }

    private void keep(long p) {
        System.arraycopy(buf, (int) (p - base), salvage[salvageCount], 0, size);
        salvagePos[salvageCount] = p;
        salvageNanos[salvageCount] = arrivalOf(p + size);
        salvageCount++;
    }

    /** At a lock at {@link #pos}: delivers the frames kept since the last trusted one if the lock vouches for them. */
    private void settleSalvage(Sink sink) {
        int kept = salvageCount;
        salvageCount = 0;
        if (!hasLast) {
            return;
        }
        long d = pos - lastPos;
        int q = seqAt(pos);
        if (d % size == 0 && d / size <= 15 && q == ((lastSeq + (int) (d / size)) & 15)) {
            for (int i = 0; i < kept; i++) {
                deliverKept(i, sink);
            }
            // the stream kept its alignment: every other frame in between was corrupted (one is counted already)
            crcErrors += Math.max(0, d / size - 1 - kept - 1);
            return;
        }
        if (kept > 0 && salvagePos[0] == lastPos + size) {
            // q does not overlap the kept frame (the overlap rule saw to that); the k - 1 frames the sequence says
            // lie between them may have lost bytes or gained up to a frame of garbage
            int k = (q - FrameCodec.sequence(salvage[0], size)) & 15;
            if (k >= 1 && pos - salvagePos[0] <= (long) (k + 1) * size) {
                deliverKept(0, sink);
            }
        }
    }

    private void deliverKept(int i, Sink sink) {
        byte[] f = salvage[i];
        FrameCodec.decodeValues(f, 0, n, values);
        frames++;
        salvaged++;
        lastSeq = FrameCodec.sequence(f, size);
        sink.frame(lastSeq, FrameCodec.digital(f, size), values, salvageNanos[i]);
    }

    private void deliver(long p, Sink sink) {
        int at = (int) (p - base);
        FrameCodec.decodeValues(buf, at, n, values);
        frames++;
        sink.frame(FrameCodec.sequence(buf, at + size), FrameCodec.digital(buf, at + size), values, arrivalOf(p + size));
    }

    private boolean valid(long p) {
        return Crc4.check(buf, (int) (p - base), size);
    }

    private int seqAt(long p) {
        return FrameCodec.sequence(buf, (int) (p - base) + size);
    }

    private long available(long p) {
        return base + tail - p;
    }

    /** The time of the chunk holding the byte just before absolute offset {@code end}. */
    private long arrivalOf(long end) {
        for (int i = 0; i < chunkCount; i++) {
            int c = (chunkFirst + i) % chunkEnds.length;
            if (chunkEnds[c] >= end) {
                return chunkNanos[c];
            }
        }
        return chunkNanos[(chunkFirst + chunkCount - 1) % chunkEnds.length];
    }

    private void append(byte[] data, int offset, int length, long nanos) {
        if (tail + length > buf.length) {
            compact();
            if (tail + length > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, tail + length));
            }
        }
        System.arraycopy(data, offset, buf, tail, length);
        tail += length;
        if (chunkCount == chunkEnds.length) {
            int len = chunkEnds.length;
            long[] ends = new long[len * 2];
            long[] nanos2 = new long[len * 2];
            for (int i = 0; i < len; i++) {
                ends[i] = chunkEnds[(chunkFirst + i) % len];
                nanos2[i] = chunkNanos[(chunkFirst + i) % len];
            }
            chunkEnds = ends;
            chunkNanos = nanos2;
            chunkFirst = 0;
        }
        int c = (chunkFirst + chunkCount) % chunkEnds.length;
        chunkEnds[c] = base + tail;
        chunkNanos[c] = nanos;
        chunkCount++;
    }

    /** Drops the bytes before {@link #pos} and the chunks that end before it. */
    private void compact() {
        int drop = (int) (pos - base);
        if (drop > 0) {
            System.arraycopy(buf, drop, buf, 0, tail - drop);
            tail -= drop;
            base = pos;
        }
        while (chunkCount > 1 && chunkEnds[chunkFirst] <= pos) {
            chunkFirst = (chunkFirst + 1) % chunkEnds.length;
            chunkCount--;
        }
    }

    /** Frames delivered so far. */
    public long frames() {
        return frames;
    }

    /**
     * Corrupted frames rejected: a CRC mismatch where a frame was expected, or (rarely) a CRC match that its
     * neighbours refuted. Exact when the stream kept its alignment (bit errors); when bytes were lost or added, one
     * per resynchronisation. Bytes skipped while hunting do not count.
     */
    public long crcErrors() {
        return crcErrors;
    }

    /** Bytes slid over while hunting for frame boundaries (after an error and at the start of a stream). */
    public long bytesSkipped() {
        return bytesSkipped;
    }

    /** How many times the decoder locked onto frame boundaries (1 for a clean stream). */
    public long resyncs() {
        return resyncs;
    }

    /** Frames kept during an error burst that the resynchronisation vouched for and delivered. */
    public long framesSalvaged() {
        return salvaged;
    }

    /** True while locked onto frame boundaries. */
    public boolean inSync() {
        return locked;
    }
}
