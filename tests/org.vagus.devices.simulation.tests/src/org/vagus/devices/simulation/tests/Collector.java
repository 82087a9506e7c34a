package org.vagus.devices.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.vagus.devices.SampleBlock;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.SensorListener;

/** A listener that keeps every block and event and lets a test wait for the end of the stream. */
final class Collector implements SensorListener {
    // read by the test after the latches, which order the listener's writes before the reads
    final List<SampleBlock> blocks = Collections.synchronizedList(new ArrayList<>());
    final List<SensorEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch enough;
    private final long enoughFrames;
    private volatile long frames;

    Collector() {
        this(Long.MAX_VALUE);
    }

    /** A collector that also signals {@link #awaitFrames} once {@code enoughFrames} frames have arrived. */
    Collector(long enoughFrames) {
        this.enoughFrames = enoughFrames;
        this.enough = new CountDownLatch(1);
    }

    @Override
    public void onBlock(SampleBlock block) {
        blocks.add(block);
        frames += block.frameCount();
        if (frames >= enoughFrames) {
            enough.countDown();
        }
    }

    @Override
    public void onEvent(SensorEvent event) {
        events.add(event);
        if (event instanceof SensorEvent.Stopped) {
            stopped.countDown();
        }
    }

    /** Waits for the {@link SensorEvent.Stopped} event and returns it. */
    SensorEvent.Stopped awaitStopped(long seconds) throws InterruptedException {
        assertTrue(stopped.await(seconds, TimeUnit.SECONDS), "no Stopped event within " + seconds + " s");
        return (SensorEvent.Stopped) events.get(events.size() - 1);
    }

    void awaitFrames(long seconds) throws InterruptedException {
        assertTrue(enough.await(seconds, TimeUnit.SECONDS), "not enough frames within " + seconds + " s");
    }

    /** Channel {@code c} of all blocks, checking that the blocks follow each other from sample 0 without a gap. */
    double[] channel(int c) {
        long total = 0;
        for (SampleBlock b : blocks) {
            assertEquals(total, b.firstSampleIndex(), "blocks must follow each other");
            total += b.frameCount();
        }
        double[] out = new double[(int) total];
        int at = 0;
        for (SampleBlock b : blocks) {
            b.copyChannel(c, 0, out, at, b.frameCount());
            at += b.frameCount();
        }
        return out;
    }
}
