package org.vagus.devices.bitalino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vagus.core.time.Clock;
import org.vagus.core.units.SamplingRate;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.bitalino.AcquisitionStatistics;
import org.vagus.devices.bitalino.BitalinoSensor;
import org.vagus.devices.bitalino.SerialLink;
import org.vagus.devices.bitalino.internal.emulator.EmulatedSignal;
import org.vagus.devices.bitalino.protocol.Commands;
import org.vagus.devices.bitalino.protocol.FrameCodec;
import org.vagus.devices.bitalino.protocol.FrameLayout;

/**
 * The driver when the host itself is late, made exact: a scripted link hands the reader thread chunks of frames,
 * and the clock the driver reads is the arrival time the script gives each chunk. What a loaded machine does by
 * chance (a reader thread not scheduled for 100 ms, then everything at once) happens here every time.
 */
class LateHostTest {
    private static final long MS = 1_000_000;
    private static final long T0 = 1_000_000_000L;
    private static final List<String> CHANNELS = List.of("A1", "A2");

    private BitalinoSensor sensor;

    @AfterEach
    void tearDown() {
        if (sensor != null) {
            sensor.close();
        }
    }

    /**
     * A burst read 100 ms late (an ambiguous wait starts: its first frames look 100 ms late) holds a corrupted
     * frame, and the decoder counts it before the wait is decided. The gap is still the CRC error's, exactly one
     * frame: the reason comes from what the decoder had counted when the frame after the gap was decoded.
     */
    @Test
    void aCorruptedFrameInALateBurstIsACrcErrorOfOneFrame() throws Exception {
        ScriptedLink link = new ScriptedLink();
        int size = FrameLayout.frameSize(CHANNELS.size());
        for (long k = 0; k < 300; k += 4) {
            // on time: four frames per read, the newest 1 ms old
            link.chunk(frames(k, k + 3, -1, size), T0 + (k + 4) * MS + MS);
        }
        // the reader starved for 100 ms: frames 300..399 in one read, the last one fresh; frame 350 corrupted
        link.chunk(frames(300, 399, 350, size), T0 + 400 * MS + MS);
        for (long k = 400; k < 600; k += 4) {
            link.chunk(frames(k, k + 3, -1, size), T0 + (k + 4) * MS + MS);
        }
        RecordingListener l = run(link);

        List<SensorEvent.Gap> gaps = l.events(SensorEvent.Gap.class);
        assertEquals(1, gaps.size(), gaps.toString());
        assertEquals(350, gaps.get(0).firstLostIndex());
        assertEquals(1, gaps.get(0).lostFrames());
        assertEquals("CRC error: 1 corrupted frame rejected", gaps.get(0).reason());
        assertEquals(600, l.end());
        assertEquals(599, Samples.checkAll(l.blocks(), CHANNELS, i -> i));
        AcquisitionStatistics st = sensor.statistics();
        assertEquals(1, st.crcErrors());
        assertEquals(1, st.lostFrames());
        assertEquals(0, st.ambiguousGaps());
        assertEquals(List.of(), l.violations());
    }

    /** Starts the sensor on the link, waits until the reader has read the whole script, stops. */
    private RecordingListener run(ScriptedLink link) throws Exception {
        sensor = BitalinoSensor.open("script", link, TestSettings.fast(), address -> link);
        RecordingListener l = new RecordingListener();
        sensor.start(SensorConfiguration.of(SamplingRate.ofHertz(1000), CHANNELS.toArray(String[]::new)), l);
        assertTrue(link.awaitScriptRead(Duration.ofSeconds(10)), "the reader did not read the script");
        sensor.stop();
        assertTrue(l.awaitEvent(SensorEvent.Stopped.class, Duration.ofSeconds(5)), l.events().toString());
        return l;
    }

    /** The frames of ticks {@code from..to} as the emulator encodes them, with one bit of tick {@code bad} flipped. */
    private static byte[] frames(long from, long to, long bad, int size) {
        byte[] out = new byte[(int) (to - from + 1) * size];
        int[] values = new int[CHANNELS.size()];
        for (long t = from; t <= to; t++) {
            for (int i = 0; i < values.length; i++) {
                values[i] = EmulatedSignal.frameValue(t, FrameLayout.portIndex(CHANNELS.get(i)), i);
            }
            int at = (int) (t - from) * size;
            FrameCodec.encode((int) (t & 15), 0, values, values.length, out, at);
            if (t == bad) {
                out[at + 1] ^= 1 << 3;
            }
        }
        return out;
    }

    /**
     * A (r)evolution board as far as the handshake goes, then the script: each read during acquisition returns the
     * next chunk and sets the clock to its arrival time. When the script is over, reads return nothing and the
     * clock stands still (no stall), until the stop byte, after which it runs 10 ms per read (the loop sees a quiet
     * port and ends).
     */
    private static final class ScriptedLink implements SerialLink, Clock {
        private final Deque<byte[]> chunks = new ArrayDeque<>();
        private final List<Long> times = new ArrayList<>();
        private final Deque<byte[]> answers = new ArrayDeque<>();
        private volatile long now = T0;
        private volatile boolean streaming;
        private volatile boolean stopped;
        private volatile boolean closed;
        private int next;
        private boolean scriptRead;

        void chunk(byte[] bytes, long arrival) {
            chunks.add(bytes);
            times.add(arrival);
        }

        synchronized boolean awaitScriptRead(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!scriptRead) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }

        @Override
        public String address() {
            return "script";
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (closed) {
                throw new IOException("script: closed");
            }
            synchronized (this) {
                byte[] answer = answers.poll();
                if (answer != null) {
                    System.arraycopy(answer, 0, buffer, offset, answer.length);
                    return answer.length;
                }
                if (streaming && !stopped && !chunks.isEmpty()) {
                    byte[] c = chunks.poll();
                    if (c.length > length) {
                        throw new IllegalStateException("chunk of " + c.length + " bytes for a read of " + length);
                    }
                    System.arraycopy(c, 0, buffer, offset, c.length);
                    now = times.get(next++);
                    return c.length;
                }
                if (streaming && chunks.isEmpty() && !scriptRead) {
                    // the reader came back for more: it has handed on everything it read
                    scriptRead = true;
                    notifyAll();
                }
                if (stopped) {
                    now += 10 * MS;
                }
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }

        @Override
        public synchronized void write(byte[] bytes) throws IOException {
            for (byte b : bytes) {
                if (b == Commands.VERSION && !streaming) {
                    answers.add("BITalino_v5.2\n".getBytes(StandardCharsets.US_ASCII));
                } else if (!streaming && (b & 3) == 1) {
                    streaming = true;
                } else if (streaming && b == Commands.STOP_REVOLUTION) {
                    stopped = true;
                }
            }
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleepUntil(long deadline) throws InterruptedException {
            throw new UnsupportedOperationException("the driver's clock only tells the time");
        }
    }
}
