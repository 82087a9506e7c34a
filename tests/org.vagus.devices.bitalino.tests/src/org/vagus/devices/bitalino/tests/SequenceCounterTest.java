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
