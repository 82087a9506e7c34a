package org.vagus.devices.tests;

import java.util.List;
import java.util.function.LongUnaryOperator;

import org.vagus.core.model.ChannelType;
import org.vagus.core.time.Clock;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.devices.ChannelDescription;
import org.vagus.devices.SampleBlock;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorDescription;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.SensorListener;
import org.vagus.devices.StreamFormat;

/**
 * A test sensor with a known clock: frame {@code k} is sampled at {@code t0 + k * period * (1 + drift)} on the
 * host clock and its block arrives {@code latency(blockNumber)} later. Two channels of raw 10-bit codes whose
 * values are a known function of the frame index ({@link #code}): {@code ECG} with a transfer to mV, {@code RAW}
 * stored as is. Driven by the test ({@link #pump}) on a simulated clock, or by its own real-time thread.
 */
public final class SyntheticSensor implements Sensor {
    /** ECG transfer: mV = code * SCALE + OFFSET (a BITalino-like ECG with VCC 3.3 V, gain 1100, 10 bits). */
    public static final double SCALE = 3.3 * 1000 / (1100 * 1024.0);
    /** See {@link #SCALE}. */
    public static final double OFFSET = -3.3 * 1000 / (2 * 1100.0);

    private final Clock clock;
    private final SamplingRate rate;
    private final double driftPpm;
    private final LongUnaryOperator latency;
    private final int framesPerBlock;
    private SensorListener listener;
    private long t0;
    private long nextFrame;
    private long blockNumber;
    private long lastArrival = Long.MIN_VALUE;
    private volatile Thread thread;
    private volatile boolean running;

    /**
     * @param clock the host clock
     * @param hz the nominal rate
     * @param driftPpm how much slower than nominal the device samples (host-clock view)
     * @param latency nanoseconds from the last frame's sampling to its block's arrival, by block number
     * @param framesPerBlock frames in a block
     */
    public SyntheticSensor(Clock clock, double hz, double driftPpm, LongUnaryOperator latency, int framesPerBlock) {
        this.clock = clock;
        this.rate = SamplingRate.ofHertz(hz);
        this.driftPpm = driftPpm;
        this.latency = latency;
        this.framesPerBlock = framesPerBlock;
    }

    /** The raw code of channel {@code c} at frame {@code k}: a saw-tooth, different per channel. */
    public static int code(int c, long k) {
        return (int) ((k * 37 + c * 101) % 1024);
    }

    /** The host time at which frame {@code k} was truly sampled. */
    public long trueSampleNanos(long k) {
        return t0 + Math.round(k * 1e9 / rate.hertz() * (1 + driftPpm * 1e-6));
    }

    @Override
    public SensorDescription description() {
        return new SensorDescription("synthetic-1", "Synthetic test sensor", List.of(
                new ChannelDescription("ECG", Unit.MILLIVOLT, ChannelType.ECG, 10, SCALE, OFFSET),
                ChannelDescription.of("RAW", Unit.DIMENSIONLESS, ChannelType.OTHER, 10)), List.of(rate));
    }

    @Override
    public StreamFormat streamFormat(SensorConfiguration configuration) {
        if (!configuration.rate().equals(rate) || !configuration.channels().equals(List.of("ECG", "RAW"))) {
            throw new IllegalArgumentException("synthetic sensor: offers ECG, RAW at " + rate);
        }
        return new StreamFormat(rate, description().channels(), true);
    }

    @Override
    public void start(SensorConfiguration configuration, SensorListener l) {
        streamFormat(configuration);
        this.listener = l;
        this.t0 = clock.nanoTime();
        this.nextFrame = 0;
        this.running = true;
    }

    /** Starts a real-time thread that delivers blocks at their arrival times until {@link #stop()}. */
    public void startThread() {
        Thread t = new Thread(() -> {
            try {
                while (running) {
                    pump(1);
                }
            } catch (InterruptedException e) {
                // stop() interrupts
            }
        }, "synthetic sensor");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** Delivers {@code blocks} blocks, moving (or sleeping on) the clock to each arrival time. */
    public void pump(int blocks) throws InterruptedException {
        for (int b = 0; b < blocks && running; b++) {
            int[][] s = new int[2][framesPerBlock];
            for (int i = 0; i < framesPerBlock; i++) {
                s[0][i] = code(0, nextFrame + i);
                s[1][i] = code(1, nextFrame + i);
            }
            long last = nextFrame + framesPerBlock - 1;
            long arrival = Math.max(lastArrival, trueSampleNanos(last) + latency.applyAsLong(blockNumber++));
            clock.sleepUntil(arrival);
            lastArrival = arrival;
            listener.onBlock(SampleBlock.ofInts(nextFrame, (int) (nextFrame & 15), clock.nanoTime(), s));
            nextFrame += framesPerBlock;
        }
    }

    /** Loses {@code frames} frames: they are sampled but never delivered; optionally announces the gap first. */
    public void lose(long frames, String announce) {
        if (announce != null) {
            listener.onEvent(new SensorEvent.Gap(clock.nanoTime(), nextFrame, frames, announce));
        }
        nextFrame += frames;
    }

    /** Delivers a raw block as given (for driver-fault tests). */
    public void deliver(SampleBlock block) {
        listener.onBlock(block);
    }

    /** The index of the next frame to be produced. */
    public long nextFrame() {
        return nextFrame;
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            t.interrupt();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        listener.onEvent(new SensorEvent.Stopped(clock.nanoTime(), nextFrame, "stopped"));
    }

    /** Ends with {@code trailingLost} frames lost after the last block (reported only by the end index). */
    public void stopAfterLosing(long trailingLost) {
        running = false;
        listener.onEvent(new SensorEvent.Stopped(clock.nanoTime(), nextFrame + trailingLost, "port vanished"));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void close() {
        stop();
    }
}
