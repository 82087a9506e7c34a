package org.vagus.core.time;

import java.time.Duration;

/**
 * The real-time clock: {@link System#nanoTime()}, and sleeps that wake up close to their deadline. Operating
 * system sleeps overshoot by tens of microseconds on Linux and up to a scheduler tick (about 1-16 ms) on
 * Windows, which is too coarse for stimulus and marker timing; so {@link #sleepUntil(long)} sleeps coarsely
 * until {@code spinWindow} before the deadline and then yields and spins on the CPU for the remainder. This
 * costs up to one core for {@code spinWindow} per sleep and buys sub-millisecond precision.
 * <p>
 * Stateless and thread-safe; {@link #INSTANCE} serves everyone who does not need another spin window.
 *
 * @since 0.1.0
 */
public final class MonotonicClock implements Clock {
    /** The spin window used by {@link #INSTANCE}: 1 ms. */
    public static final Duration DEFAULT_SPIN_WINDOW = Duration.ofMillis(1);

    /** A clock with the {@link #DEFAULT_SPIN_WINDOW}. */
    public static final MonotonicClock INSTANCE = new MonotonicClock(DEFAULT_SPIN_WINDOW);

    /** Below this remaining time the loop stops yielding the core and only spins. */
    private static final long PURE_SPIN_NANOS = 50_000;

    private final long spinWindowNanos;

    /**
     * @param spinWindow how long before a deadline to stop sleeping and start spinning; zero for no spinning
     *            (precision then depends on the operating system's sleep)
     * @throws IllegalArgumentException if {@code spinWindow} is negative or longer than 1 s
     */
    public MonotonicClock(Duration spinWindow) {
        if (spinWindow.isNegative() || spinWindow.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("spin window: " + spinWindow + ", expected 0 to 1 s");
        }
        this.spinWindowNanos = spinWindow.toNanos();
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public void sleepUntil(long deadline) throws InterruptedException {
        long remaining;
        while ((remaining = deadline - System.nanoTime()) > 0) {
            if (remaining > spinWindowNanos) {
                Thread.sleep(Duration.ofNanos(remaining - spinWindowNanos));
            } else {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                if (remaining > PURE_SPIN_NANOS) {
                    Thread.yield();
                } else {
                    Thread.onSpinWait();
                }
            }
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    /** The spin window this clock was built with. */
    public Duration spinWindow() {
        return Duration.ofNanos(spinWindowNanos);
    }

    @Override
    public String toString() {
        return "MonotonicClock[spinWindow=" + spinWindow() + "]";
    }
}
