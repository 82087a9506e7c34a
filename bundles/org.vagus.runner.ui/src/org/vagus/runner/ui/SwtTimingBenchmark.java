package org.vagus.runner.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.SWTError;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.paradigm.Paradigm;
import org.vagus.runner.NominalRecording;
import org.vagus.runner.ResponseSource;
import org.vagus.runner.SessionResult;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionSetup;
import org.vagus.runner.SessionState;
import org.vagus.runner.TimingAudit;
import org.vagus.runner.ui.photodiode.PhotodiodePatch;

/**
 * The screen-timing benchmark on the real display, behind {@code vagus bench timing --presenter swt}: a paradigm of
 * short fixed screens run through the {@link SessionRunner} and the full-screen {@link SwtPresenter} (photodiode
 * patch on, as in a timed session) on the {@link MonotonicClock}, after an untimed warm-up paradigm (JIT, fonts,
 * the window's first frames). The caller's thread becomes the UI thread for the run (it creates the display if there
 * is none, and disposes it after); the runner works on its own thread. Needs a display: a desktop session, or
 * {@code xvfb-run} (whose figures are those of a virtual frame buffer without a compositor or vertical refresh).
 *
 * @since 0.1.0
 */
public final class SwtTimingBenchmark {

    /**
     * What was measured.
     *
     * @param rows the audit of the measured screens (scheduled, actual onset, error)
     * @param traces where each measured screen's onset time went ({@link OnsetTrace})
     * @param width the presentation's width in pixels
     * @param height its height
     * @param wallSeconds the measured session's wall time
     */
    public record Figures(List<TimingAudit.Row> rows, List<OnsetTrace> traces, int width, int height,
            double wallSeconds) {
        public Figures {
            rows = List.copyOf(rows);
            traces = List.copyOf(traces);
        }
    }

    private SwtTimingBenchmark() {
    }

    /**
     * Runs the warm-up and the measured paradigm on screen.
     *
     * @param warmUp the untimed paradigm shown first
     * @param measured the paradigm measured (fixed screens, no responses, no questionnaires)
     * @param screens how many of its first screens are reported
     * @throws IllegalStateException if there is no display to open
     */
    public static Figures run(Paradigm warmUp, Paradigm measured, int screens) throws Exception {
        Display existing = Display.getCurrent();
        Display display;
        try {
            display = existing != null ? existing : new Display();
        } catch (SWTError | UnsatisfiedLinkError e) {
            throw new IllegalStateException("the SWT presenter needs a display (a desktop session, or run the command"
                    + " under xvfb-run): " + e.getMessage(), e);
        }
        MonotonicClock clock = MonotonicClock.INSTANCE;
        SwtPresenter presenter = new SwtPresenter(display, clock,
                PresenterOptions.defaults().withPhotodiode(PhotodiodePatch.at(PhotodiodePatch.Corner.BOTTOM_LEFT)),
                null);
        try {
            session(display, presenter, clock, warmUp);
            int warm = presenter.traces().size();
            long t0 = System.nanoTime();
            SessionResult r = session(display, presenter, clock, measured);
            double wall = (System.nanoTime() - t0) / 1e9;
            List<TimingAudit.Row> rows = r.state().allAudit();
            int n = Math.min(screens, rows.size());
            Rectangle b = display.getPrimaryMonitor().getBounds();
            List<OnsetTrace> traces = presenter.traces();
            return new Figures(rows.subList(0, n), traces.subList(warm, Math.min(traces.size(), warm + n)), b.width,
                    b.height, wall);
        } finally {
            presenter.close();
            while (!display.isDisposed() && display.readAndDispatch()) {
                // what the close queued
            }
            if (existing == null) {
                display.dispose();
            }
        }
    }

    /** Runs a paradigm on a worker thread while this thread dispatches the display's events. */
    private static SessionResult session(Display display, SwtPresenter presenter, MonotonicClock clock, Paradigm p)
            throws Exception {
        NominalRecording recording = new NominalRecording(SamplingRate.ofHertz(1000), clock.nanoTime());
        SessionRunner runner = new SessionRunner(p, new SessionState("bench", "01", p.id(), 1),
                SessionSetup.of(clock, presenter, NO_RESPONSES, recording));
        CompletableFuture<SessionResult> f = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                f.complete(runner.run());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            } finally {
                if (!display.isDisposed()) {
                    display.wake();
                }
            }
        }, "vagus bench timing");
        worker.setPriority(Thread.MAX_PRIORITY);
        worker.setDaemon(true);
        worker.start();
        while (!f.isDone()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return f.get();
    }

    /** A participant who never answers: the benchmark's screens are all fixed. */
    private static final ResponseSource NO_RESPONSES = ResponseSource.silent("the timing benchmark has no questionnaires");
}
