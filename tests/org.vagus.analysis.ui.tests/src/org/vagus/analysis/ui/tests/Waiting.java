package org.vagus.analysis.ui.tests;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.opentest4j.AssertionFailedError;

/**
 * Waiting with a deadline while the event loop runs, so that Jobs' asynchronous results reach the widgets; polls
 * rather than sleeping a fixed time. Deadlines are generous: a loaded 2-core machine must not fail a test.
 */
final class Waiting {
    private Waiting() {
    }

    static void until(double seconds, BooleanSupplier condition, Supplier<String> what) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionFailedError("waited " + seconds + " s for " + what.get());
            }
            pump(display);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionFailedError("interrupted while waiting for " + what.get());
            }
        }
        pump(display);
    }

    /** Waits for a Job to end and for what it posted to the UI thread to run. */
    static void forJob(double seconds, Job job, String what) {
        until(seconds, () -> job.getResult() != null, () -> what);
        if (!job.getResult().isOK()) {
            throw new AssertionFailedError(what + ": " + job.getResult().getMessage(), job.getResult().getException());
        }
        pump(Display.getCurrent());
    }

    static void pump(Display display) {
        if (display != null) {
            while (display.readAndDispatch()) {
                // everything queued
            }
        }
    }
}
