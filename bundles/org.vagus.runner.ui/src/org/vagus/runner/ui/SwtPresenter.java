package org.vagus.runner.ui;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.vagus.core.time.Clock;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.runner.Presenter;
import org.vagus.runner.Screen;

/**
 * The full-screen SWT presenter: a borderless black shell over a whole monitor, drawing each screen with a GC in a
 * paint listener ({@link ScreenPainter}), with the participant's keys and mouse buttons as {@link #responses()}.
 * <h2>Threads</h2>
 * {@link #show} runs on the runner's thread (a worker, never the UI thread). It prepares the screen on the UI thread
 * ({@code syncExec}: text layout, image scaling), sleeps on the session's clock until the scheduled onset, then hands
 * the change to the UI thread ({@code asyncExec}) and waits for the onset the UI thread reports. The UI thread never
 * sleeps or waits: it swaps the screen in, requests a repaint, and the countdown's seconds are {@code timerExec}
 * ticks.
 * <h2>What the actual onset measures</h2>
 * SWT has no flip (buffer swap) timestamp. On GTK 3 a repaint request is served by the window system's frame clock
 * in the next iteration of the event loop: the paint listener draws the whole screen into GTK's back buffer, and GTK
 * copies that buffer to the window when the frame ends. The actual onset is the session's clock read on the UI
 * thread right after
 * <ol>
 * <li>the paint of the new screen has completed and its frame has ended (the reading is taken in a runnable posted
 * from the paint listener, which runs after the frame),</li>
 * <li>{@code update()} of the presentation's canvas returned ({@code Display.update()} for that one window), which
 * on X11 flushes the connection's output buffer to the X server, and</li>
 * <li>one query answered by the window system (the pointer position) returned; on X11 its reply comes after the
 * server has executed every drawing request sent before it, so the pixels are in the server's frame buffer (or the
 * compositor's window pixmap).</li>
 * </ol>
 * The onset error in the audit is therefore the sum of the UI thread's wake-up, the frame clock's delay, the paint,
 * the copy and the flush (see {@link OnsetTrace}). What it cannot see is the rest of the way to the light: the
 * compositor's next vertical refresh (up to one frame), scan-out down to the screen's row, and the panel's response.
 * The {@link org.vagus.runner.ui.photodiode.PhotodiodePatch} (flipped in the same paint as the screen) with
 * {@link org.vagus.runner.ui.photodiode.PhotodiodeAnalysis} measures that remainder. A screen is never drawn before
 * its scheduled onset: the change is handed over only after the clock has reached it.
 * <h2>Escape</h2>
 * Escape on the presentation opens {@link AbortConfirmation}; the presentation continues meanwhile. Confirming runs
 * the handler set with {@link #onAbort} (the runner's {@code abort()}), so the session stops and saves what it
 * collected, resumable by a new runner on the saved state.
 * <p>
 * One presenter serves one run or several (a resumed session may reuse it); {@link #close()} disposes the shell.
 * Use the session's real-time clock ({@link org.vagus.core.time.MonotonicClock}).
 *
 * @since 0.1.0
 */
public final class SwtPresenter implements Presenter, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SwtPresenter.class.getName());

    private final Display display;
    private final Clock clock;
    private final PresenterOptions options;
    private final TaskRegistry types;
    private final SwtResponses responses;
    private final List<OnsetTrace> traces = new ArrayList<>();
    private volatile Runnable abortHandler = () -> {
    };

    // UI thread state
    private ScreenPainter painter;
    private Shell shell;
    private Canvas canvas;
    private StackLayout stack;
    private Control overlay;
    private Cursor blankCursor;
    private ScreenLayout layout;
    private PreparedScreen current;
    private PreparedScreen previous;
    private boolean patchWhite;
    private Pending pending;
    private Countdown countdown;
    private AbortConfirmation confirmation;
    private final Listener keyFilter = this::keyFilter;
    private final Listener mouseFilter = this::mouseFilter;

    /** A screen change waiting for its paint and flush. */
    private static final class Pending {
        final CompletableFuture<Long> onset = new CompletableFuture<>();
        long uiStart;
        long paintStart;
        long paintEnd;
        boolean painted;
    }

    /**
     * @param display the display (the workbench's, or the test's)
     * @param clock the session's real-time clock
     * @param options the monitor, the photodiode patch, the pointer
     * @param types the phase types, for the presentation parts of contributed phases; null for the built-in ones
     */
    public SwtPresenter(Display display, Clock clock, PresenterOptions options, TaskRegistry types) {
        this.display = Objects.requireNonNull(display, "display");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = Objects.requireNonNull(options, "options");
        this.types = types == null ? TaskRegistry.builtIn() : types;
        this.responses = new SwtResponses(clock);
    }

    /** The participant's keys and buttons on this presentation, for the session's set-up. */
    public SwtResponses responses() {
        return responses;
    }

    /** Sets what confirming an abort does (usually the runner's {@code abort()}); run on the UI thread. */
    public void onAbort(Runnable handler) {
        this.abortHandler = Objects.requireNonNull(handler, "handler");
    }

    /** The options. */
    public PresenterOptions options() {
        return options;
    }

    /** Opens the presentation shell on its monitor if it is not open; from any thread. */
    public void open() {
        onUi(this::openOnUi);
    }

    private void openOnUi() {
        if (shell != null && !shell.isDisposed()) {
            return;
        }
        Rectangle bounds = Monitors.pick(display, options.monitor()).getBounds();
        painter = new ScreenPainter(display, types);
        countdown = new Countdown(display, clock);
        // a normal top-level window, not ON_TOP: on GTK that would be an override-redirect popup, which window
        // managers never give the keyboard; full screen puts it above panels anyway
        shell = new Shell(display, SWT.NO_TRIM);
        shell.setText("Vagus session");
        shell.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
        stack = new StackLayout();
        shell.setLayout(stack);
        canvas = new Canvas(shell, SWT.NO_BACKGROUND);
        stack.topControl = canvas;
        canvas.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Traverse, e -> e.doit = false);
        canvas.addListener(SWT.FocusOut, e -> responses.releaseAll());
        if (options.hideCursor()) {
            ImageData blank = new ImageData(1, 1, 1, new PaletteData(new RGB(0, 0, 0), new RGB(255, 255, 255)));
            blank.transparentPixel = 0;
            blankCursor = new Cursor(display, blank, 0, 0);
            shell.setCursor(blankCursor);
            canvas.setCursor(blankCursor);
        }
        shell.setBounds(bounds);
        layout = new ScreenLayout(bounds.width, bounds.height, options.photodiode());
        display.addFilter(SWT.KeyDown, keyFilter);
        display.addFilter(SWT.KeyUp, keyFilter);
        display.addFilter(SWT.MouseDown, mouseFilter);
        shell.addListener(SWT.Dispose, e -> disposed());
        shell.open();
        shell.setFullScreen(true);
        shell.forceActive();
        canvas.setFocus();
    }

    /**
     * Shows a screen at its scheduled onset and returns the actual onset (see the class comment).
     *
     * @throws IllegalStateException if called on the UI thread (the wait would freeze the display)
     */
    @Override
    public long show(Screen screen, long scheduledOnsetNanos) throws InterruptedException {
        if (display.getThread() == Thread.currentThread()) {
            throw new IllegalStateException("SwtPresenter.show runs on the runner's thread, not on the UI thread");
        }
        open();
        ImageData data = decode(screen);
        PreparedScreen[] prepared = new PreparedScreen[1];
        onUi(() -> prepared[0] = painter.prepare(screen, data, layout));
        if (Thread.interrupted()) {
            onUi(prepared[0]::dispose);
            throw new InterruptedException("session aborted");
        }
        try {
            clock.sleepUntil(scheduledOnsetNanos);
        } catch (InterruptedException e) {
            onUi(prepared[0]::dispose);
            throw e;
        }
        Pending p = new Pending();
        try {
            display.asyncExec(() -> change(prepared[0], p));
        } catch (SWTException e) {
            throw new IllegalStateException("the display was closed during the session", e);
        }
        long onset;
        try {
            onset = p.onset.get(options.paintTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            onset = clock.nanoTime();
            LOG.log(Level.WARNING, "no paint of screen '" + screen.kind() + "' within " + options.paintTimeout()
                    + "; is the presentation window visible? The onset is the time the wait gave up");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the screen change failed", e.getCause());
        }
        synchronized (traces) {
            traces.add(new OnsetTrace(traces.size() + 1, screen.kind(), scheduledOnsetNanos, p.uiStart,
                    p.paintStart, p.paintEnd, onset, p.painted));
        }
        return onset;
    }

    /**
     * Replaces what is on the presentation without an onset: no wait, no timing, no photodiode flip. For forms that
     * change between the runner's screens (a questionnaire's items); from the runner's thread, between {@link #show}
     * calls.
     */
    public void replace(Screen screen) {
        ImageData data = decode(screen);
        onUi(() -> {
            if (canvas == null || canvas.isDisposed()) {
                return;
            }
            PreparedScreen next = painter.prepare(screen, data, layout);
            if (previous != null) {
                previous.dispose();
                previous = null;
            }
            if (current != null) {
                current.dispose();
            }
            current = next;
            countdown.screen(next);
            canvas.redraw();
        });
    }

    /**
     * Puts a control over the whole presentation, in place of the painted screens, until {@link #removeOverlay}: for
     * forms the participant works with (a questionnaire), between the runner's screens. The control gets the
     * keyboard focus; Escape still opens the abort confirmation. UI thread.
     *
     * @param factory creates the control in the presentation shell
     * @return the control, or null if the presentation is closed
     */
    public <C extends Control> C overlay(java.util.function.Function<Composite, C> factory) {
        if (shell == null || shell.isDisposed()) {
            return null;
        }
        removeOverlay();
        C c = factory.apply(shell);
        overlay = c;
        stack.topControl = c;
        shell.layout(true);
        c.setFocus();
        return c;
    }

    /** Disposes the control put over the presentation, if any, and shows the painted screens again. UI thread. */
    public void removeOverlay() {
        if (overlay != null && !overlay.isDisposed()) {
            overlay.dispose();
        }
        overlay = null;
        if (shell != null && !shell.isDisposed() && canvas != null && !canvas.isDisposed()) {
            stack.topControl = canvas;
            shell.layout(true);
            canvas.setFocus();
        }
    }

    /** The control put over the presentation, or null; UI thread. */
    public Control overlayControl() {
        return overlay == null || overlay.isDisposed() ? null : overlay;
    }

    /** Runs on the UI thread and waits for it (from the runner's thread or the UI thread itself). */
    public void onUiThread(Runnable r) {
        onUi(r);
    }

    /** Decodes the stimulus image on the runner's thread (pure Java), or returns null. */
    private static ImageData decode(Screen screen) {
        if (screen.image() == null) {
            return null;
        }
        try {
            return new ImageData(screen.image().toString());
        } catch (SWTException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "cannot read the stimulus image " + screen.image() + " (" + e.getMessage()
                    + "); showing the placeholder");
            return null;
        }
    }

    /** Swaps the new screen in and asks for its paint (UI thread). */
    private void change(PreparedScreen next, Pending p) {
        p.uiStart = clock.nanoTime();
        if (canvas == null || canvas.isDisposed()) {
            next.dispose();
            p.onset.complete(clock.nanoTime());
            return;
        }
        if (overlay != null) {
            // a form left over (an aborted questionnaire): the screens are painted on the canvas
            removeOverlay();
        }
        if (previous != null) {
            previous.dispose();
        }
        previous = current;
        current = next;
        countdown.screen(next);
        patchWhite = !patchWhite;
        if (pending != null) {
            // the last change never painted (its wait timed out): let it go
            pending.onset.complete(clock.nanoTime());
        }
        pending = p;
        canvas.redraw();
    }

    private void paint(Event e) {
        long start = clock.nanoTime();
        if (painter == null) {
            return;
        }
        long seconds = countdown.seconds(start);
        painter.paint(e.gc, current, seconds, layout == null ? null : layout.patch(), patchWhite);
        Pending p = pending;
        if (p != null && !p.painted) {
            p.paintStart = start;
            p.paintEnd = clock.nanoTime();
            p.painted = true;
            // runs after this frame has ended and GTK has copied its back buffer to the window
            display.asyncExec(() -> flushed(p));
        }
    }

    private void flushed(Pending p) {
        if (pending != p) {
            return;
        }
        pending = null;
        if (!canvas.isDisposed()) {
            // Control.update() is Display.update() for this window alone: on X11 it handles the window's pending
            // exposes with XCheckIfEvent, which first flushes the connection's output buffer to the server
            canvas.update();
            // a round trip: the reply comes after the server has executed the drawing sent before the query
            display.getCursorLocation();
        }
        long onset = clock.nanoTime();
        if (previous != null) {
            previous.dispose();
            previous = null;
        }
        countdown.start(onset, canvas);
        p.onset.complete(onset);
    }

    private void keyFilter(Event e) {
        long nanos = clock.nanoTime();
        if (!onPresentation(e)) {
            return;
        }
        if (e.type == SWT.KeyUp) {
            responses.keyUp(e.keyCode);
            return;
        }
        if (e.keyCode == SWT.ESC) {
            e.doit = false;
            confirmAbort();
            return;
        }
        responses.keyDown(e.keyCode, e.character, nanos);
    }

    private void mouseFilter(Event e) {
        long nanos = clock.nanoTime();
        if (onPresentation(e)) {
            responses.mouseDown(e.button, nanos);
        }
    }

    private boolean onPresentation(Event e) {
        return shell != null && !shell.isDisposed() && e.widget instanceof Control c && !c.isDisposed()
                && c.getShell() == shell;
    }

    private void confirmAbort() {
        if (confirmation != null && confirmation.isOpen()) {
            return;
        }
        responses.releaseAll();
        confirmation = AbortConfirmation.open(shell, () -> abortHandler.run(), () -> {
            confirmation = null;
            if (canvas != null && !canvas.isDisposed()) {
                shell.forceActive();
                (overlay != null && !overlay.isDisposed() ? overlay : canvas).setFocus();
            }
        });
    }

    /** The onset stages of every screen shown so far. */
    public List<OnsetTrace> traces() {
        synchronized (traces) {
            return List.copyOf(traces);
        }
    }

    /** The geometry of the presentation (null until opened); for tests and the Session view. */
    public ScreenLayout layout() {
        return onUiGet(() -> layout);
    }

    /** The presentation shell (null until opened); UI thread. */
    public Shell shell() {
        return shell;
    }

    /** True while the abort confirmation is open; UI thread. */
    public boolean confirmingAbort() {
        return confirmation != null && confirmation.isOpen();
    }

    /** Closes the presentation; from any thread. */
    @Override
    public void close() {
        if (display.isDisposed()) {
            return;
        }
        onUi(() -> {
            if (shell != null && !shell.isDisposed()) {
                shell.dispose();
            }
        });
    }

    private void disposed() {
        countdown.stop();
        if (confirmation != null) {
            confirmation.close();
        }
        display.removeFilter(SWT.KeyDown, keyFilter);
        display.removeFilter(SWT.KeyUp, keyFilter);
        display.removeFilter(SWT.MouseDown, mouseFilter);
        for (PreparedScreen p : new PreparedScreen[] { previous, current }) {
            if (p != null) {
                p.dispose();
            }
        }
        previous = null;
        current = null;
        if (pending != null) {
            pending.onset.complete(clock.nanoTime());
            pending = null;
        }
        painter.dispose();
        if (blankCursor != null) {
            blankCursor.dispose();
            blankCursor = null;
        }
    }

    private void onUi(Runnable r) {
        if (display.getThread() == Thread.currentThread()) {
            r.run();
        } else {
            display.syncExec(r);
        }
    }

    private <T> T onUiGet(java.util.function.Supplier<T> s) {
        Object[] box = new Object[1];
        onUi(() -> box[0] = s.get());
        @SuppressWarnings("unchecked")
        T t = (T) box[0];
        return t;
    }
}
