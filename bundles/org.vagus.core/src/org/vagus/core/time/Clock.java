package org.vagus.core.time;

import java.time.Duration;

/**
 * The time base of every timed component in Vagus (acquisition engine, task runner, simulated sensors).
 * Components take a {@code Clock} instead of calling {@link System#nanoTime()} or {@link Thread#sleep} so that
 * the same code runs against the {@link MonotonicClock} in real sessions and against a {@link SimulatedClock}
 * in tests and faster-than-real-time runs.
 * <p>
 * Times are monotonic nanoseconds from an arbitrary origin, so only differences are meaningful. Compare them
 * overflow-safely: {@code a - b > 0}, never {@code a > b}.
 *
 * @since 0.1.0
 */
public interface Clock {

    /** The current time in nanoseconds from this clock's arbitrary origin; never decreases. */
    long nanoTime();

    /**
     * Returns once {@link #nanoTime()} has reached {@code deadline}, never earlier; returns at once if the
     * deadline has already passed.
     *
     * @param deadline a time on this clock, in nanoseconds
     * @throws InterruptedException if the calling thread is interrupted while waiting; its interrupt status is
     *             cleared as with {@link Thread#sleep}
     */
    void sleepUntil(long deadline) throws InterruptedException;

    /**
     * Sleeps for a duration measured on this clock: {@code sleepUntil(nanoTime() + duration)}. Zero and
     * negative durations return at once; durations beyond about 292 years are capped.
     *
     * @throws InterruptedException as {@link #sleepUntil(long)}
     */
    default void sleep(Duration duration) throws InterruptedException {
        if (duration.isNegative() || duration.isZero()) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            return;
        }
        long nanos;
        try {
            nanos = duration.toNanos();
        } catch (ArithmeticException e) {
            nanos = Long.MAX_VALUE / 2;
        }
        sleepUntil(nanoTime() + Math.min(nanos, Long.MAX_VALUE / 2));
    }

    /** Nanoseconds elapsed on this clock since {@code start}, a value earlier returned by {@link #nanoTime()}. */
    default long nanosSince(long start) {
        return nanoTime() - start;
    }
}
