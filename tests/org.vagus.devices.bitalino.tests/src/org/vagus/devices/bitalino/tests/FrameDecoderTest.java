package org.vagus.devices.bitalino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.vagus.devices.bitalino.protocol.Frame;
import org.vagus.devices.bitalino.protocol.FrameCodec;
import org.vagus.devices.bitalino.protocol.FrameDecoder;
import org.vagus.devices.bitalino.protocol.FrameLayout;

/**
 * The streaming decoder on byte streams with faults: every delivered frame must be one that was sent (compared
 * value by value), and every frame not delivered must show up as a sequence jump of exactly its size.
 */
class FrameDecoderTest {

    /** A stream of frames for ticks 0..count-1 (sequence = tick mod 16) with faults applied at chosen ticks. */
    private static final class Stream {
        final int n;
        final List<Frame> sent = new ArrayList<>();
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Stream(int n, int count, Random r, Map<Integer, java.util.function.UnaryOperator<byte[]>> faults) {
            this.n = n;
            for (int t = 0; t < count; t++) {
                Frame f = ProtocolVectorsTest.randomFrame(r, n);
                f = new Frame(t & 15, f.digital(), f.values());
                sent.add(f);
                byte[] b = FrameCodec.encode(f);
                var fault = faults.get(t);
                bytes.writeBytes(fault == null ? b : fault.apply(b));
            }
        }
    }

    /** What the decoder delivered, with ticks reconstructed from the sequence (gaps below 16 in these tests). */
    private static final class Received implements FrameDecoder.Sink {
        final List<Frame> frames = new ArrayList<>();
        final List<Long> ticks = new ArrayList<>();
        long lost;
        private long tick = -1;
        private int seq = -1;

        @Override
        public void frame(int sequence, int digital, int[] values, long arrivalNanos) {
            long next = tick < 0 ? sequence : tick + 1 + ((sequence - seq - 1) & 15);
            lost += next - tick - 1;
            tick = next;
            seq = sequence;
            frames.add(new Frame(sequence, digital, Arrays.copyOf(values, values.length)));
            ticks.add(next);
        }
    }

    private static Received decode(Stream s, Random r, int maxChunk, FrameDecoder d) {
        Received got = new Received();
        byte[] all = s.bytes.toByteArray();
        int at = 0;
        long time = 0;
        while (at < all.length) {
            int len = Math.min(all.length - at, 1 + r.nextInt(maxChunk));
            d.feed(all, at, len, time++, got);
            at += len;
        }
        d.flush(got);
        return got;
    }

    private static void assertAllGenuine(Stream s, Received got) {
        for (int i = 0; i < got.frames.size(); i++) {
            long t = got.ticks.get(i);
            Frame f = got.frames.get(i);
            int[] v = Arrays.copyOf(f.values(), s.n);
            assertEquals(s.sent.get((int) t), new Frame(f.sequence(), f.digital(), v), "frame at tick " + t);
        }
    }

    private static Set<Long> missing(Received got, int count) {
        Set<Long> m = new TreeSet<>();
        for (long t = 0; t < count; t++) {
            m.add(t);
        }
        m.removeAll(got.ticks);
        return m;
    }

    @Test
    void cleanStreamInAnyChunkingForEveryChannelCount() {
        Random r = new Random(1);
        for (int n = 1; n <= 6; n++) {
            Stream s = new Stream(n, 3000, r, Map.of());
            FrameDecoder d = new FrameDecoder(FrameLayout.ofChannelCount(n));
            Received got = decode(s, r, 1 + r.nextInt(60), d);
            assertEquals(3000, got.frames.size(), "n = " + n);
            assertAllGenuine(s, got);
            assertEquals(0, d.crcErrors());
            assertEquals(0, d.bytesSkipped());
            assertEquals(1, d.resyncs());
        }
    }

    @Test
    void resynchronisesAfterGarbageBeforeAndInsideTheStream() {
        Random r = new Random(2);
        for (int n = 1; n <= 6; n++) {
            byte[] junk = new byte[37];
            r.nextBytes(junk);
            Map<Integer, java.util.function.UnaryOperator<byte[]>> faults = new HashMap<>();
            faults.put(0, b -> concat(junk, b));
            faults.put(400, b -> concat(new byte[] { 0x55, (byte) 0xAA, 0x00 }, b));
            Stream s = new Stream(n, 1000, r, faults);
            FrameDecoder d = new FrameDecoder(FrameLayout.ofChannelCount(n));
            Received got = decode(s, r, 20, d);
            assertAllGenuine(s, got);
            assertEquals(0, got.ticks.get(0), "first frame after the leading garbage, n = " + n);
            // garbage inside the stream costs the frame before it at most (the bytes between look like a bad frame)
            assertTrue(missing(got, 1000).size() <= 1, "n = " + n + ": missing " + missing(got, 1000));
            assertEquals(missing(got, 1000).size(), got.lost);
        }
    }

    @Test
    void bitFlipsAreRejectedAndCountedExactly() {
        Random r = new Random(3);
        int[] flipped = { 100, 207, 350, 352, 353, 600, 601, 602, 900 };
        for (int n = 1; n <= 6; n++) {
            Map<Integer, java.util.function.UnaryOperator<byte[]>> faults = new HashMap<>();
            for (int t : flipped) {
                int bit = r.nextInt(FrameLayout.frameSize(n) * 8);
                faults.put(t, b -> flip(b, bit));
            }
            Stream s = new Stream(n, 1000, r, faults);
            FrameDecoder d = new FrameDecoder(FrameLayout.ofChannelCount(n));
            Received got = decode(s, r, 33, d);
            assertAllGenuine(s, got);
            Set<Long> expected = new TreeSet<>();
            for (int t : flipped) {
                expected.add((long) t);
            }
            assertEquals(expected, missing(got, 1000), "n = " + n);
            assertEquals(flipped.length, got.lost);
            assertEquals(flipped.length, d.crcErrors(), "n = " + n);
        }
    }

    @Test
    void aGoodFrameBeforeACorruptedOneIsSaved() {
        Random r = new Random(4);
        // 351 lies between two corrupted frames: it cannot lock (that needs three good frames) but is salvaged
        Map<Integer, java.util.function.UnaryOperator<byte[]>> faults = Map.of(350, b -> flip(b, 3), 352,
                b -> flip(b, 9));
        Stream s = new Stream(6, 500, r, faults);
        FrameDecoder d = new FrameDecoder(FrameLayout.ofChannelCount(6));
        Received got = decode(s, r, 8, d);
        assertAllGenuine(s, got);
        assertEquals(Set.of(350L, 352L), missing(got, 500));
        assertTrue(d.framesSalvaged() >= 1);
    }

    @Test
    void droppedBytesCostTheFrameTheyHitAndAreCountedExactly() {
        Random r = new Random(5);
        for (int n = 1; n <= 6; n++) {
            int size = FrameLayout.frameSize(n);
            Map<Integer, java.util.function.UnaryOperator<byte[]>> faults = new HashMap<>();
            Set<Long> hit = new TreeSet<>();
            Set<Long> hitOrNext = new TreeSet<>();
            for (int t = 50; t < 2950; t += 25 + r.nextInt(20)) {
                int at = r.nextInt(size);
                int count = 1 + r.nextInt(Math.min(2, size - at));
                faults.put(t, b -> drop(b, at, count));
                hit.add((long) t);
                hitOrNext.add((long) t);
                hitOrNext.add(t - 1L);
                hitOrNext.add(t + 1L);
            }
            Stream s = new Stream(n, 3000, r, faults);
            FrameDecoder d = new FrameDecoder(FrameLayout.ofChannelCount(n));
            Received got = decode(s, r, 40, d);
            assertAllGenuine(s, got);
            Set<Long> missing = missing(got, 3000);
            assertTrue(missing.containsAll(hit), "n = " + n);
            // the overlap rule may sacrifice a good neighbour of a damaged frame (about 1 in 16)
            assertTrue(hitOrNext.containsAll(missing), "n = " + n + ": lost more than the frames hit and neighbours");
            assertTrue(missing.size() - hit.size() <= hit.size() / 4, "n = " + n + ": " + missing.size() + " lost for "
                    + hit.size() + " frames hit");
            assertEquals(missing.size(), got.lost, "the sample index counts every frame not delivered");
        }
    }

    @Test
    void framesTheFirmwareDroppedAreSequenceJumps() {
        Random r = new Random(6);
        Map<Integer, java.util.function.UnaryOperator<byte[]>> faults = new HashMap<>();
        for (int t = 300; t < 305; t++) {
            faults.put(t, b -> new byte[0]);
        }
        faults.put(700, b -> new byte[0]);
        Stream s = new Stream(4, 1000, r, faults);
        FrameDecoder d = new FrameDecoder(FrameLayout.ofChannelCount(4));
        Received got = decode(s, r, 30, d);
        assertAllGenuine(s, got);
        assertEquals(6, got.lost);
        assertEquals(0, d.crcErrors(), "a jump confirmed by the next frame is no error");
    }

    @Test
    void randomBitErrorsNeverYieldABadFrame() {
        Random r = new Random(7);
        for (int n = 1; n <= 6; n++) {
            Map<Integer, java.util.function.UnaryOperator<byte[]>> faults = new HashMap<>();
            for (int t = 0; t < 20_000; t++) {
                if (r.nextInt(50) == 0) {
                    int bit = r.nextInt(FrameLayout.frameSize(n) * 8);
                    faults.put(t, b -> flip(b, bit));
                }
            }
            Stream s = new Stream(n, 20_000, r, faults);
            FrameDecoder d = new FrameDecoder(FrameLayout.ofChannelCount(n));
            Received got = decode(s, r, 64, d);
            assertAllGenuine(s, got);
            assertEquals(missing(got, 20_000).size(), got.lost);
            assertTrue(missing(got, 20_000).containsAll(faults.keySet().stream().map(Long::valueOf).toList()));
        }
    }

    /**
     * The documented residual risk: lost or inserted bytes that leave a frame passing the CRC and the sequence tests.
     * Counted over many faults in 6-channel frames (whose 52 value bits identify a frame); the decoder's
     * documentation quotes the rate.
     */
    @Test
    void lostAndInsertedBytesAlmostNeverYieldABadFrame() {
        Random r = new Random(8);
        int frames = 200_000;
        Map<Integer, java.util.function.UnaryOperator<byte[]>> faults = new HashMap<>();
        for (int t = 20; t < frames - 20; t += 10) {
            int at = r.nextInt(8);
            byte[] junk = new byte[1 + r.nextInt(8)];
            r.nextBytes(junk);
            faults.put(t, t % 20 == 0 ? b -> drop(b, at, 1) : b -> concat(junk, b));
        }
        Stream s = new Stream(6, frames, r, faults);
        Map<Frame, Integer> known = new HashMap<>();
        for (int t = 0; t < frames; t++) {
            known.put(s.sent.get(t), t);
        }
        FrameDecoder d = new FrameDecoder(FrameLayout.ofChannelCount(6));
        Received got = decode(s, r, 100, d);
        long bad = got.frames.stream().filter(f -> !known.containsKey(f)).count();
        int events = faults.size();
        assertTrue(bad * 2000 <= events, bad + " bad frames in " + events + " faults");
        assertTrue(got.frames.size() >= frames - events / 10 * 7, "lost too many: " + got.frames.size());
    }

    static byte[] flip(byte[] b, int bit) {
        byte[] c = b.clone();
        c[bit / 8] ^= (byte) (1 << (bit % 8));
        return c;
    }

    static byte[] drop(byte[] b, int at, int count) {
        byte[] c = new byte[b.length - count];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(b, at + count, c, at, b.length - at - count);
        return c;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
