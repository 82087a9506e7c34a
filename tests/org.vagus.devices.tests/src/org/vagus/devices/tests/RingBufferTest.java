package org.vagus.devices.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.vagus.devices.acquisition.RingBuffer;

class RingBufferTest {

    @Test
    void capacityIsRoundedUpToAPowerOfTwo() {
        assertEquals(8, new RingBuffer(5).capacity());
        assertEquals(8, new RingBuffer(8).capacity());
        assertEquals(1, new RingBuffer(1).capacity());
    }

    @Test
    void readsWhatWasWrittenAndNaNOutsideIt() {
        RingBuffer r = new RingBuffer(8);
        r.write(new double[] { 10, 11, 12, 13, 14 }, 1, 3); // samples 0..2 = 11, 12, 13
        assertEquals(3, r.end());
        double[] dst = new double[6];
        int n = r.read(-2, dst, 0, 6); // indices -2..3
        assertEquals(3, n);
        assertTrue(Double.isNaN(dst[0]) && Double.isNaN(dst[1]));
        assertEquals(11, dst[2]);
        assertEquals(12, dst[3]);
        assertEquals(13, dst[4]);
        assertTrue(Double.isNaN(dst[5]));
    }

    @Test
    void keepsOnlyTheLastCapacitySamplesAcrossWrapAround() {
        RingBuffer r = new RingBuffer(4);
        double[] src = new double[11];
        for (int i = 0; i < src.length; i++) {
            src[i] = 100 + i;
        }
        r.write(src, 0, 3);
        r.write(src, 3, 8); // more than the capacity in one write
        assertEquals(11, r.end());
        assertEquals(7, r.start());
        double[] dst = new double[6];
        assertEquals(4, r.read(5, dst, 0, 6)); // 5, 6 overwritten; 7..10 held
        assertTrue(Double.isNaN(dst[0]) && Double.isNaN(dst[1]));
        for (int i = 2; i < 6; i++) {
            assertEquals(100 + 5 + i, dst[i]);
        }
        double[] latest = new double[3];
        assertEquals(8, r.readLatest(latest));
        assertEquals(108, latest[0]);
        assertEquals(110, latest[2]);
    }

    @Test
    void lostFramesAreNaNAndAdvanceTheIndex() {
        RingBuffer r = new RingBuffer(16);
        r.write(new double[] { 1, 2 }, 0, 2);
        r.writeMissing(3);
        r.write(new double[] { 6 }, 0, 1);
        double[] dst = new double[6];
        assertEquals(6, r.read(0, dst, 0, 6));
        assertEquals(1, dst[0]);
        assertEquals(2, dst[1]);
        assertTrue(Double.isNaN(dst[2]) && Double.isNaN(dst[3]) && Double.isNaN(dst[4]));
        assertEquals(6, dst[5]);
        r.writeMissing(1000); // longer than the capacity
        r.write(new double[] { 7 }, 0, 1);
        assertEquals(1007, r.end());
        assertEquals(0, r.read(0, dst, 0, 6)); // long overwritten
        double[] tail = new double[16];
        assertEquals(16, r.read(991, tail, 0, 16)); // held (NaN are held values here)
        assertEquals(7, tail[15]);
        assertTrue(Double.isNaN(tail[14]));
    }

    /**
     * A writer appends value == index as fast as it can while readers copy; every sample a reader gets must be
     * its own index (or NaN), never a value from another lap of the ring.
     */
    @Test
    void concurrentReadersNeverSeeTornOrStaleSamples() throws Exception {
        RingBuffer r = new RingBuffer(64);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> error = new AtomicReference<>();
        AtomicLong checked = new AtomicLong();
        Thread writer = new Thread(() -> {
            double[] block = new double[7];
            long next = 0;
            while (next < 20_000_000) {
                for (int i = 0; i < block.length; i++) {
                    block[i] = next + i;
                }
                r.write(block, 0, block.length);
                next += block.length;
            }
            done.set(true);
        });
        Runnable reader = () -> {
            double[] dst = new double[48];
            while (!done.get() && error.get() == null) {
                long from = r.end() - 40;
                r.read(from, dst, 0, dst.length);
                for (int i = 0; i < dst.length; i++) {
                    if (!Double.isNaN(dst[i]) && dst[i] != from + i) {
                        error.compareAndSet(null, "index " + (from + i) + " read as " + dst[i]);
                    }
                    if (!Double.isNaN(dst[i])) {
                        checked.incrementAndGet();
                    }
                }
            }
        };
        Thread r1 = new Thread(reader);
        Thread r2 = new Thread(reader);
        r1.start();
        r2.start();
        writer.start();
        writer.join();
        r1.join();
        r2.join();
        assertEquals(null, error.get());
        assertTrue(checked.get() > 1000, "readers checked " + checked.get() + " samples");
    }
}
