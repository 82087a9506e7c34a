package org.vagus.runner.ui;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.vagus.runner.ui.photodiode.PhotodiodePatch;

/**
 * Where things go on a presentation screen of a given size, in pixels, proportional to the screen so that a paradigm
 * looks alike on any monitor: the stimulus area (an image scaled to fit, or the placeholder), the caption under it,
 * the countdown under that, the fixation cross at the centre, the photodiode patch in its corner, and the text sizes.
 * Immutable; the tests read it to know where to look.
 *
 * @since 0.1.0
 */
public final class ScreenLayout {
    private final int width;
    private final int height;
    private final PhotodiodePatch patch;

    /**
     * @param width the screen's width in pixels
     * @param height its height in pixels
     * @param patch the photodiode patch, or null
     */
    public ScreenLayout(int width, int height, PhotodiodePatch patch) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        this.patch = patch;
    }

    /** The screen's size. */
    public Point size() {
        return new Point(width, height);
    }

    /** The centre pixel. */
    public Point centre() {
        return new Point(width / 2, height / 2);
    }

    /** The whole screen. */
    public Rectangle screen() {
        return new Rectangle(0, 0, width, height);
    }

    /**
     * The area a stimulus image or its placeholder is fitted into: 80 % of the width, from 8 % to 78 % of the height,
     * or to 66 % when a caption goes under it.
     */
    public Rectangle stimulusArea(boolean withCaption) {
        int top = pct(height, 8);
        int bottom = pct(height, withCaption ? 66 : 78);
        return new Rectangle(pct(width, 10), top, pct(width, 80), bottom - top);
    }

    /** The caption under a stimulus: 80 % of the width, from 68 % to 78 % of the height. */
    public Rectangle captionArea() {
        return new Rectangle(pct(width, 10), pct(height, 68), pct(width, 80), pct(height, 10));
    }

    /** The countdown of a stimulus: centred, from 81 % to 95 % of the height. */
    public Rectangle countdownArea() {
        return new Rectangle(pct(width, 35), pct(height, 81), pct(width, 30), pct(height, 14));
    }

    /** The number of a countdown screen: a band through the centre. */
    public Rectangle countdownScreenNumberArea() {
        return new Rectangle(pct(width, 30), pct(height, 40), pct(width, 40), pct(height, 20));
    }

    /** The widest a line of text may be: 70 % of the width. */
    public int textWidth() {
        return pct(width, 70);
    }

    /** The fixation cross's half-length: 3 % of the smaller side. */
    public int crossArm() {
        return Math.max(4, Math.round(Math.min(width, height) * 0.03f));
    }

    /** The fixation cross's bar thickness: 0.5 % of the smaller side, at least 2 px. */
    public int crossThickness() {
        return Math.max(2, Math.round(Math.min(width, height) * 0.005f));
    }

    /** The fixation cross's two bars, horizontal then vertical, both covering the centre pixel. */
    public Rectangle[] crossBars() {
        Point c = centre();
        int a = crossArm();
        int t = crossThickness();
        return new Rectangle[] { new Rectangle(c.x - a, c.y - t / 2, 2 * a + 1, t),
                new Rectangle(c.x - t / 2, c.y - a, t, 2 * a + 1) };
    }

    /** Text height of messages, instructions and prompts: 1/26 of the screen height (about 40 px at 1024). */
    public int textPixels() {
        return Math.max(12, height / 26);
    }

    /** Text height of feedback and of a fixation symbol other than the cross: 1/9 of the height. */
    public int largePixels() {
        return Math.max(16, height / 9);
    }

    /** Text height of a stimulus's countdown: 1/14 of the height. */
    public int countdownPixels() {
        return Math.max(14, height / 14);
    }

    /** Text height of a countdown screen's number: 1/6 of the height. */
    public int countdownScreenPixels() {
        return Math.max(16, height / 6);
    }

    /** Text height of the item code in a placeholder: 1/10 of the height. */
    public int placeholderPixels() {
        return Math.max(14, height / 10);
    }

    /** The photodiode patch, or null if there is none. */
    public Rectangle patch() {
        if (patch == null) {
            return null;
        }
        int[] b = patch.bounds(width, height);
        return new Rectangle(b[0], b[1], b[2], b[3]);
    }

    /**
     * The largest rectangle with the aspect ratio of {@code imageWidth} x {@code imageHeight} that fits in
     * {@code area}, centred in it.
     */
    public static Rectangle fit(int imageWidth, int imageHeight, Rectangle area) {
        double scale = Math.min(area.width / (double) imageWidth, area.height / (double) imageHeight);
        int w = Math.max(1, (int) Math.floor(imageWidth * scale));
        int h = Math.max(1, (int) Math.floor(imageHeight * scale));
        return new Rectangle(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h);
    }

    /** The placeholder box of a missing image: a square of 60 % of the area's smaller side, centred in it. */
    public static Rectangle placeholder(Rectangle area) {
        int s = Math.round(Math.min(area.width, area.height) * 0.6f);
        return new Rectangle(area.x + (area.width - s) / 2, area.y + (area.height - s) / 2, s, s);
    }

    private static int pct(int total, int percent) {
        return Math.round(total * percent / 100f);
    }

    @Override
    public String toString() {
        return "ScreenLayout[" + width + "x" + height + (patch == null ? "" : ", patch " + patch) + "]";
    }
}
