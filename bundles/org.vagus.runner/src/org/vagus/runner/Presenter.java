package org.vagus.runner;

/**
 * Shows screens to the participant: full-screen SWT on a chosen monitor in the workbench (org.vagus.runner.ui, to
 * come), nothing at all when headless ({@link HeadlessPresenter}). Called from the runner's thread only, one screen
 * at a time; the screen stays until the next one is shown.
 * <h2>The actual onset</h2>
 * {@link #show} returns the <em>actual onset</em>: the time, on the session's clock, at which the presenter has
 * finished handing the new screen to the display system, defined as honestly as the toolkit allows:
 * <ul>
 * <li>SWT offers no flip (buffer swap) timestamp, so the SWT presenter takes the clock right after the paint of the
 * new screen has completed and the display has been flushed ({@code Display.update()} and the window system's
 * flush returned). The light leaves the panel later: the compositor's next vertical refresh (up to one frame,
 * 16.7 ms at 60 Hz) plus the panel's own input lag. A photodiode on a sensor channel (the BITalino LUX sensor on a
 * corner the presenter flashes) measures that remainder, as timing studies do.</li>
 * <li>The headless presenter returns the time its wait for the scheduled onset ended (plus a configured
 * latency).</li>
 * </ul>
 * A presenter prepares the screen (lays out text, decodes the image) before waiting, so the work after the
 * scheduled onset is only the paint; it never shows a screen before its scheduled onset.
 *
 * @since 0.1.0
 */
public interface Presenter {

    /**
     * Shows a screen at a scheduled time.
     *
     * @param screen what to show
     * @param scheduledOnsetNanos when to show it, on the session's clock; if already past, at once
     * @return the actual onset on the session's clock (see the class comment), never before the scheduled onset
     * @throws InterruptedException if the session is aborted while waiting
     */
    long show(Screen screen, long scheduledOnsetNanos) throws InterruptedException;
}
