package org.vagus.runner.ui;

import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Display;
import org.vagus.paradigm.PhasePresentation;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.phases.FixationPhase;
import org.vagus.paradigm.phases.StimulusPhase;
import org.vagus.runner.Screen;
import org.vagus.runner.ui.PreparedScreen.Look;

/**
 * Draws the screens, white on black: the fixation cross as two bars (pixel-exact at the centre; another symbol as
 * large text), text wrapped and centred, feedback in large type, a stimulus image scaled to fit its area (or, when
 * the lab supplied no image, a placeholder box with the item code), a countdown's number, and the photodiode patch
 * last. {@link #prepare} does the slow part (text layout, image scaling) before the onset; {@link #paint} only draws.
 * UI thread only; owns a cache of fonts by pixel size, released by {@link #dispose()}.
 */
final class ScreenPainter {
    private static final System.Logger LOG = System.getLogger(ScreenPainter.class.getName());

    private final Display display;
    private final TaskRegistry types;
    private final Map<Integer, Font> fonts = new HashMap<>();
    private final Set<String> failedPresentations = new HashSet<>();
    private final String family;

    ScreenPainter(Display display, TaskRegistry types) {
        this.display = display;
        this.types = types;
        FontData[] system = display.getSystemFont().getFontData();
        this.family = system.length > 0 ? system[0].getName() : "Sans";
    }

    /**
     * Prepares a screen.
     *
     * @param screen the screen
     * @param imageData the decoded stimulus image, or null if none or unreadable
     * @param layout the geometry of the presentation
     */
    PreparedScreen prepare(Screen screen, ImageData imageData, ScreenLayout layout) {
        SwtPhasePresentation contributed = contributed(screen);
        if (contributed != null) {
            PreparedScreen p = new PreparedScreen(screen, layout, Look.CONTRIBUTED);
            try {
                contributed.prepare(screen, layout);
                p.contributed = contributed;
                return p;
            } catch (RuntimeException e) {
                failed(screen.kind(), e);
            }
        }
        String text = screen.text();
        switch (screen.kind()) {
            case Screen.BLANK:
                return new PreparedScreen(screen, layout, Look.BLANK);
            case Screen.FIXATION:
                if (text == null || FixationPhase.CROSS.equals(text.strip())) {
                    return new PreparedScreen(screen, layout, Look.CROSS);
                }
                return withText(new PreparedScreen(screen, layout, Look.SYMBOL), text, layout.largePixels(), layout);
            case Screen.FEEDBACK:
                return withText(new PreparedScreen(screen, layout, Look.FEEDBACK), text, layout.largePixels(), layout);
            case Screen.COUNTDOWN:
                return withText(new PreparedScreen(screen, layout, Look.COUNTDOWN_SCREEN), text, layout.textPixels(),
                        layout);
            case Screen.STIMULUS:
                if (imageData != null || wantsImage(screen)) {
                    return stimulus(screen, imageData, layout);
                }
                return withText(new PreparedScreen(screen, layout, Look.TEXT), text, layout.textPixels(), layout);
            case Screen.QUESTIONNAIRE:
                return withText(new PreparedScreen(screen, layout, Look.TEXT),
                        text != null ? text : "Questionnaire " + screen.instrument(), layout.textPixels(), layout);
            default:
                return withText(new PreparedScreen(screen, layout, Look.TEXT), text, layout.textPixels(), layout);
        }
    }

    private static boolean wantsImage(Screen screen) {
        return screen.phase() instanceof StimulusPhase s && s.image() != null;
    }

    private PreparedScreen stimulus(Screen screen, ImageData data, ScreenLayout layout) {
        boolean withCaption = screen.text() != null && !screen.text().isBlank();
        Rectangle area = layout.stimulusArea(withCaption);
        PreparedScreen p;
        if (data != null) {
            p = new PreparedScreen(screen, layout, Look.IMAGE);
            p.box = ScreenLayout.fit(data.width, data.height, area);
            p.image = scaled(data, p.box.width, p.box.height);
        } else {
            p = new PreparedScreen(screen, layout, Look.PLACEHOLDER);
            p.box = ScreenLayout.placeholder(area);
            String code = screen.itemCode() != null ? screen.itemCode()
                    : ((StimulusPhase) screen.phase()).image();
            p.text = layout(code, layout.placeholderPixels(), p.box.width - 20);
        }
        if (withCaption) {
            p.caption = layout(screen.text(), layout.textPixels(), layout.captionArea().width);
        }
        return p;
    }

    /** The image at its final size, scaled with the toolkit's best interpolation before the onset. */
    private Image scaled(ImageData data, int w, int h) {
        Image source = new Image(display, data);
        if (data.width == w && data.height == h) {
            return source;
        }
        try {
            Image target = new Image(display, w, h);
            GC gc = new GC(target);
            try {
                gc.setAntialias(SWT.ON);
                gc.setInterpolation(SWT.HIGH);
                gc.drawImage(source, 0, 0, data.width, data.height, 0, 0, w, h);
            } finally {
                gc.dispose();
            }
            return target;
        } finally {
            source.dispose();
        }
    }

    private PreparedScreen withText(PreparedScreen p, String text, int pixels, ScreenLayout layout) {
        if (text != null && !text.isBlank()) {
            p.text = layout(text, pixels, layout.textWidth());
        }
        return p;
    }

    private TextLayout layout(String text, int pixels, int width) {
        TextLayout t = new TextLayout(display);
        t.setFont(font(pixels));
        t.setAlignment(SWT.CENTER);
        t.setWidth(Math.max(10, width));
        t.setText(text);
        return t;
    }

    /**
     * Paints a prepared screen.
     *
     * @param gc the paint's graphics context
     * @param p the screen
     * @param countdownSeconds the number a countdown shows now (ignored without a countdown)
     * @param patch where the photodiode patch is, or null
     * @param patchWhite its colour
     */
    void paint(GC gc, PreparedScreen p, long countdownSeconds, Rectangle patch, boolean patchWhite) {
        Color black = display.getSystemColor(SWT.COLOR_BLACK);
        Color white = display.getSystemColor(SWT.COLOR_WHITE);
        ScreenLayout l = p == null ? null : p.layout;
        gc.setBackground(black);
        gc.fillRectangle(l == null ? gc.getClipping() : l.screen());
        if (p != null) {
            gc.setForeground(white);
            gc.setBackground(white);
            gc.setFont(font(l.textPixels()));
            drawScreen(gc, p, countdownSeconds);
        }
        if (patch != null) {
            gc.setBackground(patchWhite ? white : black);
            gc.fillRectangle(patch);
        }
    }

    private void drawScreen(GC gc, PreparedScreen p, long countdownSeconds) {
        ScreenLayout l = p.layout;
        switch (p.look) {
            case BLANK:
                break;
            case CROSS:
                for (Rectangle bar : l.crossBars()) {
                    gc.fillRectangle(bar);
                }
                break;
            case IMAGE:
                gc.drawImage(p.image, p.box.x, p.box.y);
                break;
            case PLACEHOLDER:
                gc.setLineWidth(Math.max(2, l.crossThickness()));
                gc.drawRectangle(p.box);
                centred(gc, p.text, p.box);
                break;
            case CONTRIBUTED:
                try {
                    p.contributed.paint(gc, l.screen(), p.screen, l);
                } catch (RuntimeException e) {
                    failed(p.screen.kind(), e);
                }
                break;
            case COUNTDOWN_SCREEN:
                Rectangle number = l.countdownScreenNumberArea();
                if (p.text != null) {
                    centred(gc, p.text, new Rectangle(0, 0, l.screen().width, number.y));
                }
                break;
            default:
                centred(gc, p.text, l.screen());
                break;
        }
        if (p.caption != null) {
            centred(gc, p.caption, l.captionArea());
        }
        Rectangle cd = p.countdownArea();
        if (cd != null && countdownSeconds >= 0) {
            gc.setFont(font(p.look == Look.COUNTDOWN_SCREEN ? l.countdownScreenPixels() : l.countdownPixels()));
            String n = Long.toString(countdownSeconds);
            Point e = gc.textExtent(n);
            gc.drawText(n, cd.x + (cd.width - e.x) / 2, cd.y + (cd.height - e.y) / 2, true);
        }
    }

    /** Draws a text layout centred (both ways) in an area. */
    private static void centred(GC gc, TextLayout t, Rectangle area) {
        if (t == null) {
            return;
        }
        Rectangle b = t.getBounds();
        int x = area.x + (area.width - t.getWidth()) / 2;
        int y = area.y + (area.height - b.height) / 2;
        t.draw(gc, x, y);
    }

    private SwtPhasePresentation contributed(Screen screen) {
        if (screen.phase() == null || failedPresentations.contains(screen.kind())
                || !types.hasPresentation(screen.phase().type())) {
            return null;
        }
        try {
            PhasePresentation p = types.presentation(screen.phase().type()).orElse(null);
            if (p instanceof SwtPhasePresentation swt) {
                return swt;
            }
            failedPresentations.add(screen.kind());
            LOG.log(Level.WARNING, "the presentation of phase type '" + screen.phase().type() + "' is not an "
                    + SwtPhasePresentation.class.getSimpleName() + "; showing its text instead");
        } catch (RuntimeException e) {
            failed(screen.kind(), e);
        }
        return null;
    }

    private void failed(String kind, RuntimeException e) {
        if (failedPresentations.add(kind)) {
            LOG.log(Level.WARNING, "the presentation of '" + kind + "' failed; showing its text instead", e);
        }
    }

    /** The font whose characters are about {@code pixels} high (points = pixels * 72 / dpi). */
    Font font(int pixels) {
        return fonts.computeIfAbsent(pixels, px -> {
            int dpi = Math.max(1, display.getDPI().y);
            float points = px * 72f / dpi;
            FontData fd = new FontData(family, Math.max(1, Math.round(points)), SWT.NORMAL);
            return new Font(display, fd);
        });
    }

    void dispose() {
        fonts.values().forEach(Font::dispose);
        fonts.clear();
    }
}
