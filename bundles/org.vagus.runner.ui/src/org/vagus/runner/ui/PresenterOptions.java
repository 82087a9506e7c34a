package org.vagus.runner.ui;

import java.time.Duration;
import java.util.Objects;

import org.vagus.runner.ui.photodiode.PhotodiodePatch;

/**
 * How the {@link SwtPresenter} presents.
 *
 * @param monitor the index of the monitor in {@code Display.getMonitors()}; -1 for the primary monitor (an index
 *            beyond the monitors present also falls back to the primary one, with a warning)
 * @param photodiode the photodiode patch, or null for none
 * @param hideCursor true to hide the mouse pointer over the presentation (mouse buttons still count as responses)
 * @param paintTimeout how long {@link SwtPresenter#show} waits for the paint of a screen before it gives up and
 *            takes the clock anyway (a hidden or unmapped window never paints); the trace records it
 * @since 0.1.0
 */
public record PresenterOptions(int monitor, PhotodiodePatch photodiode, boolean hideCursor, Duration paintTimeout) {

    /** @throws IllegalArgumentException if the monitor index is below -1 or the timeout not positive */
    public PresenterOptions {
        if (monitor < -1) {
            throw new IllegalArgumentException("monitor index " + monitor + ": expected -1 (primary) or 0, 1, ...");
        }
        Objects.requireNonNull(paintTimeout, "paintTimeout");
        if (paintTimeout.isNegative() || paintTimeout.isZero()) {
            throw new IllegalArgumentException("paint timeout must be positive, got " + paintTimeout);
        }
    }

    /** The primary monitor, no photodiode patch, the pointer hidden, a paint timeout of 1 s. */
    public static PresenterOptions defaults() {
        return new PresenterOptions(-1, null, true, Duration.ofSeconds(1));
    }

    /** A copy on another monitor. */
    public PresenterOptions withMonitor(int index) {
        return new PresenterOptions(index, photodiode, hideCursor, paintTimeout);
    }

    /** A copy with a photodiode patch (null for none). */
    public PresenterOptions withPhotodiode(PhotodiodePatch patch) {
        return new PresenterOptions(monitor, patch, hideCursor, paintTimeout);
    }

    /** A copy that shows or hides the pointer. */
    public PresenterOptions withCursorHidden(boolean hide) {
        return new PresenterOptions(monitor, photodiode, hide, paintTimeout);
    }
}
