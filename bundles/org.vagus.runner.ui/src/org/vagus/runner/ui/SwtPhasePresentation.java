package org.vagus.runner.ui;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.vagus.paradigm.PhasePresentation;
import org.vagus.runner.Screen;

/**
 * The presentation part of a contributed phase type for the full-screen SWT presenter: declared as the
 * {@code presentation} class of a {@code <phaseType>} in the extension point {@code org.vagus.paradigm.tasks},
 * created by the {@link org.vagus.paradigm.TaskRegistry} the first time a screen of that type is shown. Without one
 * (or if it throws) the presenter shows the phase's display text.
 * <p>
 * {@link #paint} is called on the UI thread in every paint of the screen, the first one right after the scheduled
 * onset: keep it to drawing, and do any slow work (decoding, layout) in {@link #prepare}, which runs before the
 * onset.
 *
 * @since 0.1.0
 */
public interface SwtPhasePresentation extends PhasePresentation {

    /**
     * Gets ready to paint a screen, before its onset (on the UI thread). Resources created here belong to the
     * presentation; {@link #release} is called when the screen has been replaced.
     *
     * @param screen the screen to be shown
     * @param layout the geometry of the presentation screen
     */
    default void prepare(Screen screen, ScreenLayout layout) {
    }

    /**
     * Paints the screen: the background is already black, the foreground white and the font the presenter's text
     * font; the photodiode patch is drawn afterwards, over whatever is in its corner.
     *
     * @param gc the paint's graphics context (clipped to the damaged region)
     * @param area the whole presentation screen
     * @param screen the screen
     * @param layout its geometry
     */
    void paint(GC gc, Rectangle area, Screen screen, ScreenLayout layout);

    /** Releases what {@link #prepare} made for a screen (on the UI thread). */
    default void release(Screen screen) {
    }
}
