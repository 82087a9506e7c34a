package org.vagus.runner.ui;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.vagus.core.time.Clock;

/**
 * The visible countdown of the screen on show: the number is the whole seconds left, rounded up, counted from the
 * screen's actual onset (the full count until the onset is known); each change is a {@code timerExec} tick that
 * repaints only the number's area, just after the number changes. UI thread only.
 */
final class Countdown {
    private final Display display;
    private final Clock clock;
    private PreparedScreen screen;
    private long onset;
    private boolean onsetKnown;
    private Runnable tick;

    Countdown(Display display, Clock clock) {
        this.display = display;
        this.clock = clock;
    }

    /** A new screen is being shown; its onset is not known yet. Stops the ticks of the last one. */
    void screen(PreparedScreen s) {
        stop();
        screen = s;
        onsetKnown = false;
    }

    /** The number to draw now, or -1 if the screen shows none. */
    long seconds(long now) {
        if (screen == null || screen.countdownNanos() < 0) {
            return -1;
        }
        long total = screen.countdownNanos();
        long left = onsetKnown ? total - (now - onset) : total;
        return Math.max(0, (left + 999_999_999L) / 1_000_000_000L);
    }

    /** The screen's onset is known: start ticking. */
    void start(long onsetNanos, Canvas canvas) {
        stop();
        onset = onsetNanos;
        onsetKnown = true;
        if (screen == null || screen.countdownArea() == null) {
            return;
        }
        PreparedScreen shown = screen;
        Runnable[] t = new Runnable[1];
        t[0] = () -> {
            if (tick != t[0] || screen != shown || canvas.isDisposed()) {
                return;
            }
            Rectangle r = shown.countdownArea();
            canvas.redraw(r.x, r.y, r.width, r.height, false);
            schedule(t[0]);
        };
        tick = t[0];
        schedule(t[0]);
    }

    /** Schedules the tick just after the number next changes (at onset + total - (shown - 1) s). */
    private void schedule(Runnable t) {
        long now = clock.nanoTime();
        long shown = seconds(now);
        if (shown <= 1) {
            return;
        }
        long change = onset + screen.countdownNanos() - (shown - 1) * 1_000_000_000L;
        int ms = (int) Math.max(1, (change - now) / 1_000_000L + 1);
        display.timerExec(ms, t);
    }

    void stop() {
        if (tick != null) {
            display.timerExec(-1, tick);
            tick = null;
        }
    }
}
