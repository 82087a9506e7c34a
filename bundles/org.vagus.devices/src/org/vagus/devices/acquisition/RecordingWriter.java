package org.vagus.devices.acquisition;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.vagus.core.time.Clock;
import org.vagus.devices.SampleBlock;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.StreamFormat;
import org.vagus.io.bids.PhysioSidecar;
import org.vagus.io.bids.PhysioWriter;

/**
 * Streams an acquisition to a {@link PhysioWriter} on its own thread, so that disk stalls never reach the
 * sensor's thread: the acquisition thread only queues blocks (an unbounded queue, whose {@code offer} never
 * blocks); this thread converts raw codes to physical values (the channels' transfer functions), appends rows,
 * writes lost frames as {@code n/a} rows, and flushes a chunk whenever it is full or no block came for the idle
 * time. A write failure is reported once as a fatal {@link SensorEvent.Error} to the observer; later blocks are
 * dropped (the live display goes on), and {@link #finish} throws it.
 */
final class RecordingWriter {
    private static final System.Logger LOG = System.getLogger(RecordingWriter.class.getName());

    /** A block to write, after {@code gapBefore} lost frames, from frame {@code skip} on. */
    private record Item(long gapBefore, SampleBlock block, int skip) {
    }

    private static final Item END = new Item(0, null, 0);

    private final PhysioWriter writer;
    private final StreamFormat format;
    private final Consumer<SensorEvent> observer;
    private final Clock clock;
    private final long idleMillis;
    private final LinkedBlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private double[][] rows;
    private volatile IOException failure;

    RecordingWriter(PhysioWriter writer, StreamFormat format, Clock clock, long idleMillis,
            Consumer<SensorEvent> observer) {
        this.writer = writer;
        this.format = format;
        this.clock = clock;
        this.idleMillis = idleMillis;
        this.observer = observer;
        this.rows = new double[format.channelCount()][256];
        this.thread = new Thread(this::run, "vagus recording " + writer.dataFile().getFileName());
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues a block (never blocks). */
    void submit(long gapBefore, SampleBlock block, int skip) {
        queue.offer(new Item(gapBefore, block, skip));
    }

    /** Queues lost frames at the end of the stream. */
    void submitGap(long frames) {
        queue.offer(new Item(frames, null, 0));
    }

    /** @return the rows forced to disk so far (read from another thread: approximate) */
    long flushedRows() {
        return writer.flushedRowCount();
    }

    /**
     * Writes what is queued, stops the thread, and closes the recording with these extra sidecar fields.
     *
     * @throws IOException the first write failure, or one from closing
     */
    PhysioSidecar finish(Map<String, Object> extra) throws IOException {
        queue.offer(END);
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        extra.forEach(writer::putExtra);
        if (failure != null) {
            try {
                writer.finish();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        }
        return writer.finish();
    }

    private void run() {
        try {
            while (true) {
                Item item;
                try {
                    item = queue.poll(idleMillis, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    continue; // only finish() ends this thread, by the END item, so nothing queued is lost
                }
                if (item == END) {
                    return;
                }
                if (failure != null) {
                    continue;
                }
                try {
                    if (item == null) {
                        writer.flush();
                    } else {
                        write(item);
                    }
                } catch (IOException | RuntimeException e) {
                    IOException io = e instanceof IOException x ? x : new IOException(e.getMessage(), e);
                    failure = io;
                    report(new SensorEvent.Error(clock.nanoTime(), "recording " + writer.dataFile()
                            + ": writing failed, the recording stops here (readable up to sample "
                            + writer.flushedRowCount() + "): " + e.getMessage(), io, true));
                }
            }
        } catch (Error e) {
            LOG.log(System.Logger.Level.ERROR, "recording writer " + writer.dataFile() + " died", e);
            failure = new IOException("recording writer died: " + e, e);
            throw e;
        }
    }

    private void write(Item item) throws IOException {
        if (item.gapBefore() > 0) {
            writer.appendGap(item.gapBefore());
        }
        SampleBlock b = item.block();
        if (b == null) {
            return;
        }
        int n = b.frameCount() - item.skip();
        if (n <= 0) {
            return;
        }
        if (rows[0].length < n) {
            rows = new double[rows.length][Math.max(n, rows[0].length * 2)];
        }
        for (int c = 0; c < rows.length; c++) {
            double[] dst = rows[c];
            b.copyChannel(c, item.skip(), dst, 0, n);
            var ch = format.channels().get(c);
            if (b.isIntegral() && !ch.isIdentity()) {
                double scale = ch.scale();
                double offset = ch.offset();
                for (int i = 0; i < n; i++) {
                    dst[i] = dst[i] * scale + offset;
                }
            }
        }
        writer.append(rows, 0, n);
    }

    private void report(SensorEvent event) {
        try {
            observer.accept(event);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "acquisition observer threw on " + event, e);
        }
    }
}
