package org.vagus.runner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.vagus.core.time.Clock;

/**
 * A presenter without a display: it waits on the session's clock until the scheduled onset, then for a fixed
 * latency (zero by default, or what a display would add, to rehearse a timing audit), and returns that time as
 * the actual onset. On a {@link org.vagus.core.time.SimulatedClock} the wait moves the time at once, so a session
 * runs faster than real time with exactly the onsets and durations a real one would have been scheduled with; on
 * the {@link org.vagus.core.time.MonotonicClock} the actual onsets measure the scheduler's own precision
 * ({@code vagus bench timing}).
 *
 * @since 0.1.0
 */
public final class HeadlessPresenter implements Presenter {
    private final Clock clock;
    private final long latencyNanos;
    private final List<Screen> shown = new ArrayList<>();
    private final boolean keep;

    /** A presenter with no latency that keeps no history. */
    public HeadlessPresenter(Clock clock) {
        this(clock, Duration.ZERO, false);
    }

    /**
     * @param clock the session's clock
     * @param latency added after the scheduled onset, as a display's would be
     * @param keepHistory true to keep every screen shown (for tests; unbounded)
     */
    public HeadlessPresenter(Clock clock, Duration latency, boolean keepHistory) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency: " + latency + ", expected >= 0");
        }
        this.latencyNanos = latency.toNanos();
        this.keep = keepHistory;
    }

    @Override
    public long show(Screen screen, long scheduledOnsetNanos) throws InterruptedException {
        clock.sleepUntil(scheduledOnsetNanos);
        if (latencyNanos > 0) {
            clock.sleepUntil(clock.nanoTime() + latencyNanos);
        }
        long onset = clock.nanoTime();
        if (keep) {
            synchronized (shown) {
                shown.add(screen);
            }
        }
        return onset;
    }

    /** The screens shown so far, if kept. */
    public List<Screen> shown() {
        synchronized (shown) {
            return List.copyOf(shown);
        }
    }
}
