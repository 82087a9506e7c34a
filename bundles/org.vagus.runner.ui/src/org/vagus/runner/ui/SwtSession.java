package org.vagus.runner.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.vagus.instruments.Instrument;
import org.vagus.paradigm.TaskRegistry;

/**
 * A session on screen from a caller without a workbench ({@code vagus run --presenter swt}): a display made on the
 * calling thread, the {@link SessionLauncher} on its worker, and the event loop run on the calling thread until the
 * session has ended and the presentation closed; then the display is disposed.
 *
 * @since 0.1.0
 */
public final class SwtSession {
    private SwtSession() {
    }

    /**
     * Runs a session and waits for its end.
     *
     * @param types the phase types
     * @param instruments finds the instruments of the questionnaires
     * @param request what to run
     * @param progress hears the progress lines (on this thread)
     * @param onStart given the running session's handle (to abort it from a Ctrl-C hook, from any thread)
     * @return how it ended
     * @throws IllegalStateException if there is no display to present on (the message says what to do)
     */
    public static SessionLauncher.Outcome run(TaskRegistry types, Function<String, Optional<Instrument>> instruments,
            SessionLauncher.Request request, Consumer<String> progress, Consumer<SessionLauncher.Handle> onStart) {
        Objects.requireNonNull(progress, "progress");
        boolean own = Display.getCurrent() == null;
        Display display;
        try {
            display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        } catch (SWTError | UnsatisfiedLinkError e) {
            throw new IllegalStateException("no display for the on-screen presentation (" + e.getMessage() + "); run"
                    + " it on the lab computer's desktop (DISPLAY set), or use --simulate for a headless session", e);
        }
        SessionLauncher.Outcome[] outcome = new SessionLauncher.Outcome[1];
        try {
            SessionLauncher.Handle handle = SessionLauncher.launch(display, types, instruments, request,
                    new SessionLauncher.Listener() {
                        @Override
                        public void progress(String message) {
                            progress.accept(message);
                        }

                        @Override
                        public void finished(SessionLauncher.Outcome o) {
                            outcome[0] = o;
                        }
                    });
            if (onStart != null) {
                onStart.accept(handle);
            }
            while (outcome[0] == null && !display.isDisposed()) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
            return outcome[0];
        } finally {
            if (own && !display.isDisposed()) {
                display.dispose();
            }
        }
    }
}
