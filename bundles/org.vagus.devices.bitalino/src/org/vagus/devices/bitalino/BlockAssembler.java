package org.vagus.devices.bitalino;

import java.util.Arrays;

import org.vagus.devices.SampleBlock;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.bitalino.protocol.FrameDecoder;
import org.vagus.devices.bitalino.protocol.GapEstimate;
import org.vagus.devices.bitalino.protocol.SequenceCounter;

/**
 * Turns trusted frames into {@link SampleBlock}s of consecutive sample indices, in the columns the configuration
 * asked for, and reports every jump of the index as a {@link SensorEvent.Gap} before the block that follows it,
 * with the reason: corrupted frames rejected, frames the firmware dropped, or a vanished port. Frames wait in a
 * queue while the {@link SequenceCounter} decides an ambiguous gap (about 50 ms on a steady link; longer, up to
 * a few times the latency ceiling, while the host itself is late).
 * <p>
 * The reason for a gap comes from what the decoder had counted when the frame after the gap was decoded, kept with
 * the frame in the queue: while a gap is being decided the decoder goes on, and its counters by the time the frame
 * is placed may include errors of frames further on (a CRC error there would be credited to this gap, and its own
 * gap be called a sequence jump).
 * <p>
 * Runs on the reader thread only.
 */
final class BlockAssembler implements FrameDecoder.Sink {
    private static final int MAX_FRAMES = 4096;

    private final ChannelSelection selection;
    private final SequenceCounter counter;
    private final FrameDecoder decoder;
    private final Emitter out;
    private final AcquisitionStatistics.Counters stats;
    private final int[][] columns;

    private int count;
    private long firstIndex;
    private int firstSeq;
    private long lastArrival;
    private long nextIndex;
    private long lastFrameNanos;
    private long resyncsAtLastFrame;
    private long crcAtLastGap;
    private long skippedAtLastGap;
    private String reconnectNote;

    // frames waiting for their index: a ring
    private int[][] queueValues = new int[16][6];
    private int[] queueDigital = new int[16];
    private int[] queueSeq = new int[16];
    private long[] queueArrival = new long[16];
    /** The decoder's resyncs, CRC errors and bytes skipped when each queued frame was decoded. */
    private long[] queueResyncs = new long[16];
    private long[] queueCrc = new long[16];
    private long[] queueSkipped = new long[16];
    private int queueHead;
    private int queueSize;

    BlockAssembler(ChannelSelection selection, SequenceCounter counter, FrameDecoder decoder, Emitter out,
            AcquisitionStatistics.Counters stats, long startNanos) {
        this.selection = selection;
        this.counter = counter;
        this.decoder = decoder;
        this.out = out;
        this.stats = stats;
        this.columns = new int[selection.columns()][64];
        this.lastFrameNanos = startNanos;
        this.lastArrival = startNanos;
    }

    @Override
    public void frame(int sequence, int digital, int[] values, long arrivalNanos) {
        lastFrameNanos = arrivalNanos;
        push(sequence, digital, values, arrivalNanos);
        take(counter.add(sequence, arrivalNanos));
    }

    /** Gives the waiting frames their indices now and hands everything over (end of a stream, vanished port). */
    void finish() {
        take(counter.flush());
        flush();
    }

    private void take(int resolved) {
        for (int i = 0; i < resolved; i++) {
            int at = queueHead;
            queueHead = (queueHead + 1) % queueSeq.length;
            queueSize--;
            place(counter.index(i), counter.gap(i), at);
        }
    }

    /** Places queued frame {@code at} (its slot in the ring) at sample {@code index}. */
    private void place(long index, GapEstimate estimate, int at) {
        int sequence = queueSeq[at];
        int digital = queueDigital[at];
        int[] values = queueValues[at];
        long arrival = queueArrival[at];
        if (index > nextIndex) {
            flush();
            gap(index, arrival, estimate, at);
        }
        if (count == columns[0].length) {
            if (count >= MAX_FRAMES) {
                flush();
            } else {
                for (int c = 0; c < columns.length; c++) {
                    columns[c] = Arrays.copyOf(columns[c], count * 2);
                }
            }
        }
        if (count == 0) {
            firstIndex = index;
            firstSeq = sequence;
        }
        for (int c = 0; c < columns.length; c++) {
            int src = selection.source(c);
            columns[c][count] = src >= 0 ? values[src] : (digital >> (4 + src)) & 1;
        }
        count++;
        lastArrival = arrival;
        nextIndex = index + 1;
        stats.frames++;
        resyncsAtLastFrame = queueResyncs[at];
    }

    /** Reports the gap before queued frame {@code at}, with the decoder's counters as they were when it was decoded. */
    private void gap(long index, long arrivalNanos, GapEstimate estimate, int at) {
        long lost = index - nextIndex;
        StringBuilder why = new StringBuilder();
        long resyncs = queueResyncs[at];
        long rejected = queueCrc[at] - crcAtLastGap;
        long skipped = queueSkipped[at] - skippedAtLastGap;
        if (reconnectNote != null) {
            why.append(reconnectNote);
        } else if (nextIndex == 0) {
            why.append("the first frames after start were not received intact");
        } else if (resyncs > resyncsAtLastFrame && rejected > 0) {
            why.append("CRC error: ").append(rejected).append(rejected == 1 ? " corrupted frame" : " corrupted frames")
                    .append(" rejected");
        } else if (resyncs > resyncsAtLastFrame) {
            why.append("resynchronised after ").append(skipped).append(" bytes that were not frames");
        } else {
            why.append("sequence jump: frames dropped by the device (its send buffer overflowed)");
        }
        if (reconnectNote == null && estimate != null && !estimate.isExact()) {
            stats.ambiguousGaps++;
            why.append("; count estimated from host time: the 4-bit sequence allows ").append(estimate.low())
                    .append("..").append(estimate.high()).append(" in steps of 16");
        }
        reconnectNote = null;
        crcAtLastGap = queueCrc[at];
        skippedAtLastGap = queueSkipped[at];
        stats.gaps++;
        stats.lostFrames += lost;
        out.event(new SensorEvent.Gap(arrivalNanos, nextIndex, lost, why.toString()));
    }

    private void push(int sequence, int digital, int[] values, long arrival) {
        if (queueSize == queueSeq.length) {
            int len = queueSize * 2;
            int[][] v = new int[len][];
            int[] d = new int[len];
            int[] s = new int[len];
            long[] a = new long[len];
            long[] r = new long[len];
            long[] c = new long[len];
            long[] k = new long[len];
            for (int i = 0; i < queueSize; i++) {
                int at = (queueHead + i) % queueSize;
                v[i] = queueValues[at];
                d[i] = queueDigital[at];
                s[i] = queueSeq[at];
                a[i] = queueArrival[at];
                r[i] = queueResyncs[at];
                c[i] = queueCrc[at];
                k[i] = queueSkipped[at];
            }
            for (int i = queueSize; i < len; i++) {
                v[i] = new int[6];
            }
            queueValues = v;
            queueDigital = d;
            queueSeq = s;
            queueArrival = a;
            queueResyncs = r;
            queueCrc = c;
            queueSkipped = k;
            queueHead = 0;
        }
        int at = (queueHead + queueSize) % queueSeq.length;
        System.arraycopy(values, 0, queueValues[at], 0, selection.layout().channelCount());
        queueDigital[at] = digital;
        queueSeq[at] = sequence;
        queueArrival[at] = arrival;
        queueResyncs[at] = decoder.resyncs();
        queueCrc[at] = decoder.crcErrors();
        queueSkipped[at] = decoder.bytesSkipped();
        queueSize++;
    }

    /** Hands the frames collected so far to the listener as one block. */
    void flush() {
        if (count == 0) {
            return;
        }
        int[][] samples = new int[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            samples[c] = Arrays.copyOf(columns[c], count);
        }
        count = 0;
        out.block(SampleBlock.ofInts(firstIndex, firstSeq, lastArrival, samples));
    }

    /** Says why the next gap happens: the port vanished and came back. */
    void afterReconnect(String note, long nowNanos) {
        reconnectNote = note;
        lastFrameNanos = nowNanos;
    }

    /** The index after the last frame delivered. */
    long nextIndex() {
        return nextIndex;
    }

    /** Host time of the last trusted frame (or of the start, or of a reconnection). */
    long lastFrameNanos() {
        return lastFrameNanos;
    }

    /** Host arrival time of the last frame delivered (the start time before any). */
    long lastArrival() {
        return lastArrival;
    }
}
