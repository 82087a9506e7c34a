package org.vagus.core.time;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock whose time moves only when told to, so that timed components (a simulated sensor, the task runner)
 * run faster than real time and tests are deterministic. Time starts at 0 ns or a given value and moves by
 * {@link #advance(Duration)}, {@link #advanceTo(long)}, or by sleeping: {@link #sleepUntil(long)} does not
 * wait but moves the time to the deadline at once and returns.
 * <p>
 * Thread-safe. Semantics with several threads: every operation sets
 * {@code time = max(time, target)} atomically, so time never goes backwards and a sleeper always returns
 * with {@code nanoTime() >= deadline}. Sleepers are not ordered by deadline: if thread A sleeps until 10 s and
 * thread B until 5 s, and A runs first, B finds the time at 10 s when it returns, as if B had been woken late.
 * Components that need deadline-ordered wake-ups across threads need a discrete-event scheduler on top.
 *
 * @since 0.1.0
 */
public final class SimulatedClock implements Clock {
    private final AtomicLong time;

    /** A clock at time 0 ns. */
    public SimulatedClock() {
        this(0);
    }

    /** A clock at the given time, in nanoseconds. */
    public SimulatedClock(long startNanos) {
        this.time = new AtomicLong(startNanos);
    }

    @Override
    public long nanoTime() {
        return time.get();
    }

    /**
     * Moves the time to {@code deadline} at once unless it is already later, and returns.
     *
     * @throws InterruptedException if the calling thread's interrupt flag is set, which is cleared; the time is
     *             then left unchanged, as a real sleep interrupted before its deadline would
     */
    @Override
    public void sleepUntil(long deadline) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        advanceTo(deadline);
    }

    /**
     * Moves the time forward by a duration.
     *
     * @return the new time in nanoseconds
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    public long advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("advance: " + duration + ", expected a duration >= 0 (time never goes back)");
        }
        long nanos = duration.toNanos();
        return time.addAndGet(nanos);
    }

    /**
     * Moves the time to {@code nanos} unless it is already later (overflow-safe comparison).
     *
     * @return the new time, which is {@code nanos} or later
     */
    public long advanceTo(long nanos) {
        return time.accumulateAndGet(nanos, (now, target) -> target - now > 0 ? target : now);
    }

    @Override
    public String toString() {
        return "SimulatedClock[" + time.get() + " ns]";
    }
}
