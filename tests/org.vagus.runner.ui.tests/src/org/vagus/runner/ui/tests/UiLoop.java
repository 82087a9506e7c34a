package org.vagus.runner.ui.tests;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * The event loop for UI tests that run on the UI thread (the Tycho UI harness, or a plain JUnit run that created the
 * display on its thread): work runs on a worker thread while the loop dispatches, and the tests wait on conditions
 * rather than sleeping.
 */
final class UiLoop {
    private UiLoop() {
    }

    /** The display of the UI thread, created on this thread if there is none yet. */
    static Display display() {
        Display d = Display.getCurrent();
        return d != null ? d : Display.getDefault();
    }

    /** Runs a task on a new worker thread. */
    static <T> CompletableFuture<T> onWorker(String name, Callable<T> task) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Display d = display();
        Thread t = new Thread(() -> {
            try {
                f.complete(task.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            } finally {
                if (!d.isDisposed()) {
                    d.wake();
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return f;
    }

    /** Dispatches events until the future is done; then returns its value (or throws its failure). */
    static <T> T await(CompletableFuture<T> f, Duration timeout) throws Exception {
        until(f::isDone, timeout);
        return f.get();
    }

    /**
     * Dispatches events until a condition holds.
     *
     * @throws AssertionError if it does not within the timeout
     */
    static void until(BooleanSupplier condition, Duration timeout) {
        Display d = display();
        long end = System.nanoTime() + timeout.toNanos();
        // a periodic wake so that conditions set by other threads without a wake are seen
        Runnable[] beat = new Runnable[1];
        beat[0] = () -> d.timerExec(20, beat[0]);
        d.timerExec(20, beat[0]);
        try {
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() - end > 0) {
                    throw new AssertionError("condition not met within " + timeout);
                }
                if (!d.readAndDispatch()) {
                    d.sleep();
                }
            }
        } finally {
            d.timerExec(-1, beat[0]);
        }
    }

    /** Dispatches what is queued now. */
    static void settle() {
        Display d = display();
        while (d.readAndDispatch()) {
            // dispatch everything queued
        }
    }

    /** Posts a key press and release, real events through the window system's queue (UI thread). */
    static void postKey(char character, int keyCode) {
        Display d = display();
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.character = character;
        down.keyCode = keyCode;
        d.post(down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.character = character;
        up.keyCode = keyCode;
        d.post(up);
    }

    /** Moves the pointer to a point of the display and clicks a button there, real events (UI thread). */
    static void postClick(int x, int y, int button) {
        Display d = display();
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = x;
        move.y = y;
        d.post(move);
        Event down = new Event();
        down.type = SWT.MouseDown;
        down.button = button;
        d.post(down);
        Event up = new Event();
        up.type = SWT.MouseUp;
        up.button = button;
        d.post(up);
    }

    /** Posts a printable key. */
    static void postKey(char character) {
        postKey(character, character);
    }
}
