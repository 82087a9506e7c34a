package org.vagus.devices.bitalino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.vagus.devices.bitalino.protocol.GapEstimate;
import org.vagus.devices.bitalino.protocol.SequenceCounter;

/** Sample indices from 4-bit sequence numbers, and the bound host time puts on gaps of 16 frames or more. */
class SequenceCounterTest {
    private static final long MS = 1_000_000;

    /** Arrival of frame {@code index} at 1000 Hz: sampled at (index + 1) ms, plus a latency. */
    private static long at(long index, long latencyNanos) {
        return (index + 1) * MS + latencyNanos;
    }

    /** Adds a frame that must get its index at once. */
    private static long next(SequenceCounter c, long sequence, long arrival) {
        assertEquals(1, c.add((int) (sequence & 15), arrival), "the frame waited");
        return c.index(0);
    }

    /** Indices and gaps that come out while adding frames. */
    private static final class Out {
        final List<Long> indices = new ArrayList<>();
        final List<GapEstimate> gaps = new ArrayList<>();

        void take(SequenceCounter c, int n) {
            for (int i = 0; i < n; i++) {
                indices.add(c.index(i));
                if (c.gap(i) != null) {
                    gaps.add(c.gap(i));
                }
            }
        }
    }

    @Test
    void consecutiveFramesHaveConsecutiveIndices() {
        SequenceCounter c = new SequenceCounter(1000);
        for (long i = 0; i < 5000; i++) {
            assertEquals(i, next(c, i, at(i, 3 * MS)));
            assertNull(c.gap(0));
        }
    }

    @Test
    void everyJumpBelow16IsCountedExactlyAndAtOnce() {
        Random r = new Random(1);
        SequenceCounter c = new SequenceCounter(1000);
        long index = 0;
        long lost = 0;
        next(c, 0, at(0, 2 * MS));
        for (int step = 0; step < 2000; step++) {
            int gap = r.nextInt(4) == 0 ? 1 + r.nextInt(15) : 0;
            index += 1 + gap;
            lost += gap;
            long latency = 2 * MS + r.nextInt(4) * MS; // 2..5 ms, chunked reads
            assertEquals(index, next(c, index, at(index, latency)), "step " + step);
            GapEstimate g = c.gap(0);
            if (gap == 0) {
                assertNull(g);
            } else {
                assertTrue(g.isExact(), "gap " + gap + ": " + g);
                assertEquals(gap, g.lost());
            }
        }
        assertTrue(lost > 1000);
    }

    @Test
    void framesBeforeTheFirstTrustedOneAreLost() {
        SequenceCounter c = new SequenceCounter(100);
        assertEquals(3, next(c, 3, 40 * MS));
        assertEquals(3, c.gap(0).lost());
        assertEquals(4, next(c, 4, 50 * MS));
    }

    @Test
    void sixteenLostFramesAreNotMistakenForNone() {
        SequenceCounter c = new SequenceCounter(1000);
        Out out = new Out();
        for (long i = 0; i < 100; i++) {
            out.take(c, c.add((int) (i & 15), at(i, MS)));
        }
        // frames 100..115 lost: 116 has the sequence number of 100 and arrives 16 ms later, the rest on time
        for (long i = 116; i < 200; i++) {
            out.take(c, c.add((int) (i & 15), at(i, MS)));
        }
        out.take(c, c.flush());
        assertEquals(184, out.indices.size());
        assertEquals(116, out.indices.get(100));
        assertEquals(199, out.indices.get(183));
        assertEquals(1, out.gaps.size());
        GapEstimate g = out.gaps.get(0);
        assertEquals(16, g.lost());
        assertEquals(0, g.residue());
        assertTrue(g.low() <= 16 && g.high() >= 16, g.toString());
    }

    @Test
    void framesTheFirmwareDroppedInAStallAreCounted() {
        SequenceCounter c = new SequenceCounter(1000, 200 * MS);
        Out out = new Out();
        for (long i = 0; i < 3000; i++) {
            out.take(c, c.add((int) (i & 15), at(i, 2 * MS)));
        }
        // a 600 ms stall whose frames the firmware dropped; then frames come on time again
        int waited = 0;
        for (long i = 3600; i < 3700; i++) {
            int n = c.add((int) (i & 15), at(i, 2 * MS));
            waited += n == 0 ? 1 : 0;
            out.take(c, n);
        }
        assertTrue(waited >= 40, "an ambiguous gap waits for the frames after it: " + waited);
        assertEquals(3699, out.indices.get(out.indices.size() - 1));
        GapEstimate g = out.gaps.get(0);
        assertEquals(600, g.lost());
        assertEquals(600 % 16, g.residue());
        assertFalse(g.isExact());
        // the upper bound: no frame sampled after it arrived (2 ms tolerance + drift)
        assertTrue(g.high() >= 600 && g.high() <= 616, g.toString());
        // the lower bound: no frame more than 200 ms later than the fastest
        assertTrue(g.low() >= 600 - 200 - 16 && g.low() <= 600, g.toString());
    }

    @Test
    void framesHeldBackAndReleasedInABurstAreNotLost() {
        SequenceCounter c = new SequenceCounter(1000);
        Out out = new Out();
        for (long i = 0; i < 1000; i++) {
            out.take(c, c.add((int) (i & 15), at(i, 2 * MS)));
        }
        // 400 ms without data, then frames 1000..1400 all at once, then on time again
        long burst = at(1400, 2 * MS);
        for (long i = 1000; i <= 1400; i++) {
            out.take(c, c.add((int) (i & 15), burst));
        }
        for (long i = 1401; i < 1500; i++) {
            out.take(c, c.add((int) (i & 15), at(i, 2 * MS)));
        }
        out.take(c, c.flush());
        assertEquals(1500, out.indices.size());
        for (int i = 0; i < 1500; i++) {
            assertEquals(i, out.indices.get(i));
        }
        assertTrue(out.gaps.isEmpty(), out.gaps.toString());
    }

    @Test
    void aLateFrameAfterALongGapIsEstimatedWithinItsRange() {
        SequenceCounter c = new SequenceCounter(1000);
        Out out = new Out();
        for (long i = 0; i < 500; i++) {
            out.take(c, c.add((int) (i & 15), at(i, 2 * MS)));
        }
        // 100 lost; the frames after arrive 30 ms late, then catch up
        for (long i = 600; i < 700; i++) {
            out.take(c, c.add((int) (i & 15), at(i, (i < 620 ? 32 : 2) * MS)));
        }
        out.take(c, c.flush());
        GapEstimate g = out.gaps.get(0);
        assertEquals(100, g.lost(), g.toString());
        assertTrue(g.low() <= 100 && 100 <= g.high(), g.toString());
        assertEquals(699, out.indices.get(out.indices.size() - 1));
    }

    /** Adds frames {@code from..to} (inclusive), all read at one instant. */
    private static void read(SequenceCounter c, Out out, long from, long to, long arrival) {
        for (long i = from; i <= to; i++) {
            out.take(c, c.add((int) (i & 15), arrival));
        }
    }

    /** Asserts that frames 0..n-1 came out in order with their own indices and no gap. */
    private static void assertNothingLost(Out out, int n) {
        assertTrue(out.gaps.isEmpty(), out.gaps.toString());
        assertEquals(n, out.indices.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i, out.indices.get(i), "frame " + i);
        }
    }

    /**
     * A starved reader (seen on a loaded machine): a small read of frames 100 ms late, then nothing for 160 ms, then
     * everything that piled up in one read whose last frame is fresh. The wait must not end between the first and
     * the last frame of that read: the first ones alone (262 ms late) look like 96 frames lost before them.
     */
    @Test
    void aLateReadIsJudgedWholeAndItsFreshEndMeansNothingWasLost() {
        SequenceCounter c = new SequenceCounter(1000);
        Out out = new Out();
        for (long i = 0; i < 1000; i++) {
            out.take(c, c.add((int) (i & 15), at(i, 2 * MS)));
        }
        read(c, out, 1000, 1004, at(1004, 100 * MS));
        read(c, out, 1005, 1265, at(1265, 2 * MS));
        assertEquals(0, c.waiting(), "a fresh frame settles the wait at once");
        for (long i = 1266; i < 1400; i++) {
            out.take(c, c.add((int) (i & 15), at(i, 2 * MS)));
        }
        out.take(c, c.flush());
        assertNothingLost(out, 1400);
    }

    /**
     * A host that catches up slowly: reads 20 ms apart, each up to 15 ms fresher than the last, all of them more than
     * 16 ms late for 120 ms (longer than {@link SequenceCounter#DEFER_MILLIS}). Nothing was lost.
     */
    @Test
    void aHostCatchingUpSlowlyLosesNothing() {
        SequenceCounter c = new SequenceCounter(1000);
        Out out = new Out();
        for (long i = 0; i < 1000; i++) {
            out.take(c, c.add((int) (i & 15), at(i, 2 * MS)));
        }
        long next = 1000;
        long readAt = at(1000, 100 * MS);
        for (int k = 0; k < 8; k++) {
            long lag = (100 - 15 * k) * MS; // 100, 85, .. 0 ms
            long upTo = (readAt - lag) / MS - 1; // the newest frame sampled lag ago
            read(c, out, next, upTo, readAt);
            next = upTo + 1;
            readAt += 20 * MS;
        }
        for (long i = next; i < next + 200; i++) {
            out.take(c, c.add((int) (i & 15), at(i, 2 * MS)));
        }
        out.take(c, c.flush());
        assertNothingLost(out, (int) next + 200);
    }

    /**
     * Stale reads separated by silences longer than 16 periods, each as stale as the last (the pipeline stopping
     * and going): never steady, so no loss is concluded until a fresh frame shows there was none.
     */
    @Test
    void staleReadsBetweenSilencesAreNotASteadyStream() {
        SequenceCounter c = new SequenceCounter(1000);
        Out out = new Out();
        for (long i = 0; i < 1400; i++) {
            out.take(c, c.add((int) (i & 15), at(i, 2 * MS)));
        }
        long next = 1400;
        long readAt = at(1400, 60 * MS);
        for (int k = 0; k < 4; k++) {
            long upTo = (readAt - 50 * MS) / MS - 1; // always 50 ms behind
            read(c, out, next, upTo, readAt);
            next = upTo + 1;
            readAt += 40 * MS;
        }
        assertTrue(c.waiting() > 0, "still waiting for a fresh frame");
        for (long i = next; i < next + 100; i++) {
            out.take(c, c.add((int) (i & 15), at(i, 2 * MS)));
        }
        out.take(c, c.flush());
        assertNothingLost(out, (int) next + 100);
    }

    /**
     * A late read opens a wait (the frames follow in sequence: most likely nothing lost), then the firmware drops 40
     * frames (the sequence jumps by 8): the 32 frames the sequence cannot show belong to the jump.
     */
    @Test
    void framesLostInTheWaitOfALateReadGoWithTheSequenceJump() {
        SequenceCounter c = new SequenceCounter(1000);
        Out out = new Out();
        for (long i = 0; i < 1587; i++) {
            out.take(c, c.add((int) (i & 15), at(i, 2 * MS)));
        }
        read(c, out, 1587, 1599, at(1599, 40 * MS));
        for (long i = 1640; i < 1800; i++) {
            out.take(c, c.add((int) (i & 15), at(i, 2 * MS)));
        }
        out.take(c, c.flush());
        assertEquals(1, out.gaps.size(), out.gaps.toString());
        assertEquals(40, out.gaps.get(0).lost(), out.gaps.toString());
        assertEquals(1760, out.indices.size());
        assertEquals(1599, out.indices.get(1599));
        assertEquals(1640, out.indices.get(1600));
        assertEquals(1799, out.indices.get(1759));
    }

    /**
     * As above with a read only 20 ms late: it allows 16 frames lost before it but not 32, the frames after the jump
     * allow 32. The wait is over as soon as the stream after the jump has been steady, not at its ceiling.
     */
    @Test
    void aJumpInTheWaitOfALateReadIsDecidedWhenTheStreamAfterItIsSteady() {
        SequenceCounter c = new SequenceCounter(1000);
        Out out = new Out();
        for (long i = 0; i < 1587; i++) {
            out.take(c, c.add((int) (i & 15), at(i, 2 * MS)));
        }
        read(c, out, 1587, 1599, at(1599, 20 * MS));
        for (long i = 1640; i < 1740; i++) {
            out.take(c, c.add((int) (i & 15), at(i, 2 * MS)));
        }
        assertEquals(1, out.gaps.size(), "decided within 100 ms: " + out.gaps);
        assertEquals(40, out.gaps.get(0).lost(), out.gaps.toString());
        assertEquals(1640, out.indices.get(1600));
    }

    /**
     * The stream ends (stop, vanished port) while a late read waits: nothing follows to show its latency, and the
     * sequence shows no jump, so nothing was lost.
     */
    @Test
    void aLateReadAtTheEndOfAStreamIsNoLoss() {
        SequenceCounter c = new SequenceCounter(1000);
        Out out = new Out();
        for (long i = 0; i < 1500; i++) {
            out.take(c, c.add((int) (i & 15), at(i, 2 * MS)));
        }
        read(c, out, 1500, 1507, at(1507, 40 * MS));
        assertEquals(8, c.waiting());
        out.take(c, c.flush());
        assertNothingLost(out, 1508);
    }

    /**
     * After 40 frames the firmware dropped, the host reads every 20 ms, alternately 30 ms late and on time: never
     * steady, so the wait lasts its ceiling (maxLatency, here 200 ms), and the on-time reads fix the count.
     */
    @Test
    void aWaitThatIsNeverSteadyEndsAfterMaxLatency() {
        SequenceCounter c = new SequenceCounter(1000, 200 * MS);
        Out out = new Out();
        for (long i = 0; i < 1000; i++) {
            out.take(c, c.add((int) (i & 15), at(i, 2 * MS)));
        }
        long next = 1040;
        long readAt = at(1040, MS);
        long start = readAt;
        while (readAt - start < 300 * MS) {
            long lag = (next / 20 % 2 == 0 ? 30 : 1) * MS;
            long upTo = Math.max(next, (readAt - lag) / MS - 1);
            read(c, out, next, upTo, readAt);
            if (readAt - start < 180 * MS) {
                assertTrue(out.gaps.isEmpty() && c.waiting() > 0, "waits at " + (readAt - start) / MS + " ms");
            }
            next = upTo + 1;
            readAt += 20 * MS;
        }
        assertEquals(1, out.gaps.size(), "decided within the ceiling: " + out.gaps);
        out.take(c, c.flush()); // a late read may have started a new wait
        assertEquals(1, out.gaps.size(), out.gaps.toString());
        assertEquals(40, out.gaps.get(0).lost(), out.gaps.toString());
        assertEquals(1000, out.indices.get(999) + 1);
        assertEquals(1040, out.indices.get(1000));
        assertEquals(next - 1, out.indices.get(out.indices.size() - 1));
    }

    /**
     * A wait is open (a late read, the stream not steady since) when the link stalls for longer than the ceiling and
     * releases everything in a burst too large for one read: the first read of the burst is the stalest evidence
     * there is, and the wait must not end on it.
     */
    @Test
    void aWaitOutlastingItsCeilingDoesNotEndOnTheFirstReadOfABurst() {
        SequenceCounter c = new SequenceCounter(1000, 1000 * MS);
        Out out = new Out();
        for (long i = 0; i < 499; i++) {
            out.take(c, c.add((int) (i & 15), at(i, 2 * MS)));
        }
        // frames 499..699 come 40 ms late in reads 20 ms apart, then nothing for 2 s, then all held back frames
        long next = 499;
        for (long readAt = at(519, 40 * MS); next < 700; readAt += 20 * MS) {
            long upTo = Math.min(699, (readAt - 40 * MS) / MS - 1);
            read(c, out, next, upTo, readAt);
            next = upTo + 1;
        }
        long burst = at(2700, 2 * MS);
        read(c, out, 700, 2064, burst); // a full tty buffer
        read(c, out, 2065, 2700, burst + MS / 10);
        for (long i = 2701; i < 2800; i++) {
            out.take(c, c.add((int) (i & 15), at(i, 2 * MS)));
        }
        out.take(c, c.flush());
        assertNothingLost(out, 2800);
    }

    /**
     * A host that reads only every 40 ms (a starved reader: each read brings 40 frames, the newest 1 ms old), then the
     * firmware drops 40 frames. The older frames of each read waited up to 40 ms; counted into the typical latency,
     * they made the fresh frames after the drop look early, and 16 of the lost frames vanished.
     */
    @Test
    void lateReadsBeforeADropDoNotMakeItLookSmaller() {
        SequenceCounter c = new SequenceCounter(1000);
        Out out = new Out();
        for (long i = 0; i < 1600; i += 40) {
            read(c, out, i, i + 39, at(i + 39, MS));
        }
        for (long i = 1640; i < 1800; i++) {
            out.take(c, c.add((int) (i & 15), at(i, MS)));
        }
        out.take(c, c.flush());
        assertEquals(1, out.gaps.size(), out.gaps.toString());
        assertEquals(40, out.gaps.get(0).lost(), out.gaps.toString());
        assertEquals(1640, out.indices.get(1600));
    }

    @Test
    void wrapAroundIsSeamless() {
        SequenceCounter c = new SequenceCounter(10);
        long t = 0;
        for (long i = 0; i < 100; i++) {
            t = (i + 1) * 100 * MS;
            assertEquals(i, next(c, i % 16, t));
        }
        // 99 had sequence 3; 100..103 lost across the wrap; 104 has sequence 8
        assertEquals(104, next(c, 8, t + 500 * MS));
        assertEquals(4, c.gap(0).lost());
        assertTrue(c.gap(0).isExact());
    }

    @Test
    void restartContinuesFromAGivenIndex() {
        SequenceCounter c = new SequenceCounter(1000);
        next(c, 0, MS);
        next(c, 1, 2 * MS);
        c.restart(5000);
        assertEquals(4999, c.lastIndex());
        assertEquals(5000, next(c, 0, 9 * 1000 * MS));
        assertEquals(5001, next(c, 1, 9 * 1000 * MS + MS));
    }

    @Test
    void gapEstimatesAreConsistent() {
        assertThrows(IllegalArgumentException.class, () -> new GapEstimate(3, 3, 35, 20));
        assertThrows(IllegalArgumentException.class, () -> new GapEstimate(3, 19, 3, 3));
        assertEquals("5 lost", GapEstimate.exact(5).toString());
        assertTrue(new GapEstimate(5, 5, 37, 21).toString().contains("5..37"));
        assertThrows(IllegalArgumentException.class, () -> new SequenceCounter(0));
    }
}
