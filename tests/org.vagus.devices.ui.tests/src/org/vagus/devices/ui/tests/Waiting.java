package org.vagus.devices.ui.tests;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;
import org.opentest4j.AssertionFailedError;

/**
 * Waiting for a condition with a deadline, polling rather than sleeping a fixed time. On a thread with a display (the
 * UI harness runs tests on the UI thread) the event loop is pumped meanwhile, so the monitor's frames and
 * asynchronous runnables go on.
 */
final class Waiting {
    private Waiting() {
    }

    /**
     * Waits until {@code condition} holds.
     *
     * @param seconds the deadline
     * @param condition what to wait for
     * @param what says what was awaited and what was seen, for the failure message
     */
    static void until(double seconds, BooleanSupplier condition, Supplier<String> what) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionFailedError("waited " + seconds + " s for " + what.get());
            }
            if (display != null) {
                while (display.readAndDispatch()) {
                    // everything queued
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionFailedError("interrupted while waiting for " + what.get());
            }
        }
    }
}
