package org.vagus.runner.ui;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.vagus.runner.Screen;

/**
 * A screen made ready to paint before its onset (on the UI thread): the text laid out, the image decoded and scaled
 * to its place. Owns its SWT resources until {@link #dispose()}; fonts belong to the painter's cache.
 */
final class PreparedScreen {
    /** How the screen is drawn. */
    enum Look {
        BLANK, CROSS, SYMBOL, TEXT, FEEDBACK, IMAGE, PLACEHOLDER, COUNTDOWN_SCREEN, CONTRIBUTED
    }

    final Screen screen;
    final ScreenLayout layout;
    final Look look;
    /** The main text (message, symbol, feedback, prompt, placeholder code, countdown screen's text), or null. */
    TextLayout text;
    /** The caption under an image or placeholder, or null. */
    TextLayout caption;
    /** The scaled stimulus image, or null. */
    Image image;
    /** Where the image or the placeholder box goes. */
    Rectangle box;
    /** The contributed presentation, or null. */
    SwtPhasePresentation contributed;

    PreparedScreen(Screen screen, ScreenLayout layout, Look look) {
        this.screen = screen;
        this.layout = layout;
        this.look = look;
    }

    /** The countdown from the onset in nanoseconds, or -1 if the screen shows none. */
    long countdownNanos() {
        return screen.hasCountdown() ? screen.countdown().toNanos() : -1;
    }

    /** Where the countdown's number goes, or null. */
    Rectangle countdownArea() {
        if (look == Look.COUNTDOWN_SCREEN) {
            return layout.countdownScreenNumberArea();
        }
        return screen.hasCountdown() ? layout.countdownArea() : null;
    }

    void dispose() {
        if (text != null) {
            text.dispose();
        }
        if (caption != null) {
            caption.dispose();
        }
        if (image != null) {
            image.dispose();
        }
        if (contributed != null) {
            try {
                contributed.release(screen);
            } catch (RuntimeException e) {
                System.getLogger(PreparedScreen.class.getName()).log(System.Logger.Level.WARNING,
                        "presentation of " + screen.kind() + " failed to release its screen", e);
            }
        }
    }
}
