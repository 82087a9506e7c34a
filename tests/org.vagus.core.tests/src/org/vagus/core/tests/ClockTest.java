package org.vagus.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.vagus.core.time.Clock;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.time.SimulatedClock;

class ClockTest {

    @Test
    void simulatedClockStartsAtZeroOrGivenTime() {
        assertEquals(0, new SimulatedClock().nanoTime());
        assertEquals(42, new SimulatedClock(42).nanoTime());
    }

    @Test
    void simulatedSleepAdvancesInstantly() throws InterruptedException {
        SimulatedClock clock = new SimulatedClock();
        long wallStart = System.nanoTime();
        clock.sleep(Duration.ofHours(1));
        assertEquals(Duration.ofHours(1).toNanos(), clock.nanoTime());
        assertTrue(System.nanoTime() - wallStart < Duration.ofMinutes(1).toNanos(), "a simulated hour took a real minute");
        clock.sleepUntil(10);
        assertEquals(Duration.ofHours(1).toNanos(), clock.nanoTime(), "a past deadline must not move time back");
        clock.sleep(Duration.ofSeconds(-5));
        assertEquals(Duration.ofHours(1).toNanos(), clock.nanoTime());
    }

    @Test
    void advanceMovesForwardOnly() {
        SimulatedClock clock = new SimulatedClock();
        assertEquals(1_000_000, clock.advance(Duration.ofMillis(1)));
        assertEquals(5_000_000, clock.advanceTo(5_000_000));
        assertEquals(5_000_000, clock.advanceTo(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofMillis(-1)));
        assertTrue(e.getMessage().contains("advance"), e.getMessage());
    }

    @Test
    void interruptedSimulatedSleepThrowsAndKeepsTime() {
        SimulatedClock clock = new SimulatedClock();
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> clock.sleepUntil(100));
        assertEquals(0, clock.nanoTime());
        assertTrue(!Thread.currentThread().isInterrupted(), "interrupt status must be cleared as by Thread.sleep");
    }

    @Test
    void concurrentSleepersNeverReturnEarlyAndTimeEndsAtLatestDeadline() throws Exception {
        SimulatedClock clock = new SimulatedClock();
        int threads = 8;
        int sleepsPerThread = 1000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                long step = t + 1;
                results.add(pool.submit(() -> {
                    start.await();
                    long deadline = 0;
                    for (int i = 1; i <= sleepsPerThread; i++) {
                        deadline = i * step * 1000;
                        clock.sleepUntil(deadline);
                        if (clock.nanoTime() - deadline < 0) {
                            throw new AssertionError("woke at " + clock.nanoTime() + " before deadline " + deadline);
                        }
                    }
                    return deadline;
                }));
            }
            start.countDown();
            long latest = 0;
            for (Future<Long> f : results) {
                latest = Math.max(latest, f.get(30, TimeUnit.SECONDS));
            }
            assertEquals(latest, clock.nanoTime());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void monotonicClockNeverGoesBack() {
        Clock clock = MonotonicClock.INSTANCE;
        long previous = clock.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            long now = clock.nanoTime();
            assertTrue(now - previous >= 0, "clock went back");
            previous = now;
        }
    }

    @Test
    void monotonicSleepUntilIsNeverEarly() throws InterruptedException {
        Clock clock = MonotonicClock.INSTANCE;
        for (long millis : new long[] { 0, 1, 3, 20 }) {
            long deadline = clock.nanoTime() + Duration.ofMillis(millis).toNanos();
            clock.sleepUntil(deadline);
            long now = clock.nanoTime();
            assertTrue(now - deadline >= 0, "woke " + (deadline - now) + " ns before the deadline");
        }
        long before = clock.nanoTime();
        clock.sleep(Duration.ofMillis(5));
        assertTrue(clock.nanosSince(before) >= Duration.ofMillis(5).toNanos());
    }

    @Test
    void monotonicSleepWithoutSpinIsNeverEarly() throws InterruptedException {
        Clock clock = new MonotonicClock(Duration.ZERO);
        long deadline = clock.nanoTime() + Duration.ofMillis(2).toNanos();
        clock.sleepUntil(deadline);
        assertTrue(clock.nanoTime() - deadline >= 0);
    }

    @Test
    void monotonicSleepIsInterruptible() throws InterruptedException {
        Clock clock = MonotonicClock.INSTANCE;
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> clock.sleepUntil(clock.nanoTime() + Duration.ofSeconds(30).toNanos()));
        assertThrows(IllegalArgumentException.class, () -> new MonotonicClock(Duration.ofSeconds(2)));
    }
}
