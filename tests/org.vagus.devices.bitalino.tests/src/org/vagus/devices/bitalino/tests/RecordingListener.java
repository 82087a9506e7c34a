package org.vagus.devices.bitalino.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.vagus.devices.SampleBlock;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.SensorListener;

/**
 * Keeps every block and event a sensor delivers and lets a test wait for a condition (never a fixed sleep). Checks
 * the listener contract as it goes: block indices never go back, nothing after {@link SensorEvent.Stopped}.
 */
final class RecordingListener implements SensorListener {
    private final List<SampleBlock> blocks = new ArrayList<>();
    private final List<SensorEvent> events = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private long frames;
    private long end;
    private boolean stopped;

    @Override
    public synchronized void onBlock(SampleBlock block) {
        if (stopped) {
            violations.add("block after Stopped: " + block);
        }
        if (block.firstSampleIndex() < end) {
            violations.add("block " + block + " starts before the previous end " + end);
        }
        blocks.add(block);
        frames += block.frameCount();
        end = block.endSampleIndex();
        notifyAll();
    }

    @Override
    public synchronized void onEvent(SensorEvent event) {
        if (stopped) {
            violations.add("event after Stopped: " + event);
        }
        events.add(event);
        if (event instanceof SensorEvent.Stopped) {
            stopped = true;
        }
        notifyAll();
    }

    synchronized List<SampleBlock> blocks() {
        return new ArrayList<>(blocks);
    }

    synchronized List<SensorEvent> events() {
        return new ArrayList<>(events);
    }

    synchronized <T extends SensorEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    synchronized long frames() {
        return frames;
    }

    /** The index after the last block. */
    synchronized long end() {
        return end;
    }

    synchronized List<String> violations() {
        return new ArrayList<>(violations);
    }

    /** Waits until the condition holds; false if {@code timeout} passed first. */
    synchronized boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Waits until at least {@code n} frames arrived. */
    boolean awaitFrames(long n, Duration timeout) throws InterruptedException {
        return await(() -> frames >= n, timeout);
    }

    /** Waits for an event of a type. */
    boolean awaitEvent(Class<? extends SensorEvent> type, Duration timeout) throws InterruptedException {
        return await(() -> events.stream().anyMatch(type::isInstance), timeout);
    }
}
