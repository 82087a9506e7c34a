package org.vagus.devices.simulation;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

import org.vagus.core.time.Clock;
import org.vagus.devices.SampleBlock;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.SensorListener;
import org.vagus.devices.StreamFormat;

/**
 * A sensor whose samples are computed or read rather than measured, delivered on its own thread at the pace of
 * a {@link Clock}: the block that ends at sample {@code n} is delivered once the clock reaches
 * {@code start + n / (rate * speed)}. With a {@code MonotonicClock} and speed 1 that is real time; with a
 * {@code SimulatedClock} the sleeps move the clock at once, so the stream runs as fast as the samples can be made,
 * with arrival stamps as a real device would have them. The subclass supplies the samples ({@link Source}).
 */
abstract class PacedSensor implements Sensor {
    /** Where the samples of one acquisition come from. Called on the acquisition thread only. */
    interface Source {
        /**
         * Fills {@code out[channel][0 .. n-1]} with the next frames.
         *
         * @return the number of frames written, fewer than {@code n} only at the end of the stream (0 when over)
         */
        int read(double[][] out, int n);

        /** Why the stream ended when {@link #read} returned fewer frames than asked, such as {@code end of file}. */
        String endReason();
    }

    /** The pace of one acquisition, fixed at start. */
    record Pace(long startNanos, double framesPerSecond, double speed) {
        /** The clock time at which the frame before {@code endIndex} is due. */
        long dueNanos(long endIndex) {
            return startNanos + Math.round(endIndex * 1e9 / (framesPerSecond * speed));
        }

        /** The first frame due at or after {@code hostNanos} (0 for times before the start). */
        long frameAt(long hostNanos) {
            double frames = (hostNanos - startNanos) * framesPerSecond * speed / 1e9;
            return frames <= 0 ? 0 : (long) Math.ceil(frames - 1e-9);
        }
    }

    protected final Clock clock;
    private Thread thread;
    private volatile boolean running;
    private volatile boolean stopRequested;
    private volatile Pace pace;
    private boolean closed;

    PacedSensor(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Prepares the samples of one acquisition (after {@link #streamFormat} has validated the configuration).
     *
     * @throws IOException if the samples cannot be had
     */
    protected abstract Source open(SensorConfiguration configuration, StreamFormat format) throws IOException;

    /** The pace factor the configuration asks for: 1 for real time, infinite for no pacing. */
    protected abstract double speed(SensorConfiguration configuration);

    /** Frames per block the configuration asks for. */
    protected abstract int blockFrames(SensorConfiguration configuration, StreamFormat format);

    /** A name for the acquisition thread and messages. */
    protected abstract String label();

    /** The pace of the running acquisition, or null when not running. */
    protected final Pace pace() {
        return running ? pace : null;
    }

    @Override
    public final synchronized void start(SensorConfiguration configuration, SensorListener listener)
            throws IOException {
        Objects.requireNonNull(listener, "listener");
        if (closed) {
            throw new IllegalStateException(label() + " is closed");
        }
        if (running) {
            throw new IllegalStateException(label() + " is already running; stop it first");
        }
        StreamFormat format = streamFormat(configuration);
        int frames = blockFrames(configuration, format);
        double speed = speed(configuration);
        Source source = open(configuration, format);
        stopRequested = false;
        pace = new Pace(clock.nanoTime(), format.rate().hertz(), speed);
        running = true;
        Pace p = pace;
        Thread t = new Thread(() -> run(source, listener, format.channelCount(), frames, p), label());
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    private void run(Source source, SensorListener listener, int channels, int frames, Pace p) {
        long index = 0;
        String reason = "stopped";
        try {
            while (!stopRequested) {
                double[][] block = new double[channels][frames];
                int n = source.read(block, frames);
                if (n > 0) {
                    if (n < frames) {
                        for (int c = 0; c < channels; c++) {
                            block[c] = Arrays.copyOf(block[c], n);
                        }
                    }
                    long end = index + n;
                    if (Double.isFinite(p.speed())) {
                        clock.sleepUntil(p.dueNanos(end));
                    }
                    deliver(listener, SampleBlock.ofDoubles(index, -1, clock.nanoTime(), block));
                    index = end;
                }
                if (n < frames) {
                    reason = source.endReason();
                    break;
                }
            }
        } catch (InterruptedException e) {
            reason = "stopped";
        } catch (RuntimeException e) {
            reason = "error: " + e;
            event(listener, new SensorEvent.Error(clock.nanoTime(), label() + ": " + e.getMessage(), e, true));
        }
        running = false;
        event(listener, new SensorEvent.Stopped(clock.nanoTime(), index, reason));
    }

    private void deliver(SensorListener listener, SampleBlock block) {
        try {
            listener.onBlock(block);
        } catch (RuntimeException e) {
            event(listener, new SensorEvent.Error(clock.nanoTime(), label() + ": the listener threw on the block at "
                    + "sample " + block.firstSampleIndex() + ": " + e, e, false));
        }
    }

    private static void event(SensorListener listener, SensorEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            // the listener failed on an event: there is nobody left to tell; acquisition goes on
        }
    }

    @Override
    public final synchronized void stop() {
        Thread t = thread;
        if (t == null) {
            return;
        }
        stopRequested = true;
        if (t == Thread.currentThread()) {
            return; // called from the listener: the loop ends after this block
        }
        t.interrupt();
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        thread = null;
        running = false;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public final synchronized void close() {
        if (!closed) {
            stop();
            closed = true;
        }
    }
}
