package org.vagus.runner.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * What is on the screen, read back from the window system with {@code GC.copyArea} (UI thread), and pixel tests on
 * it. With the system property {@code vagus.screenshots} set to a folder, each grab is also saved there as PNG.
 */
final class ScreenGrab {
    private final ImageData data;

    private ScreenGrab(ImageData data) {
        this.data = data;
    }

    /** Grabs the whole display (UI thread). */
    static ScreenGrab of(Display d, String name) {
        Rectangle b = d.getBounds();
        Image img = new Image(d, b.width, b.height);
        GC gc = new GC(d);
        try {
            gc.copyArea(img, b.x, b.y);
        } finally {
            gc.dispose();
        }
        ImageData data = img.getImageData();
        img.dispose();
        save(data, name);
        return new ScreenGrab(data);
    }

    private static void save(ImageData data, String name) {
        String dir = System.getProperty("vagus.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dir));
            ImageLoader l = new ImageLoader();
            l.data = new ImageData[] { data };
            l.save(Path.of(dir, name + ".png").toString(), SWT.IMAGE_PNG);
        } catch (Exception e) {
            System.err.println("cannot save screenshot " + name + ": " + e);
        }
    }

    RGB rgb(int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }

    /** True if the pixel is (nearly) white. */
    boolean white(int x, int y) {
        RGB c = rgb(x, y);
        return c.red > 200 && c.green > 200 && c.blue > 200;
    }

    /** True if the pixel is (nearly) black. */
    boolean black(int x, int y) {
        RGB c = rgb(x, y);
        return c.red < 40 && c.green < 40 && c.blue < 40;
    }

    /** The number of bright pixels (any channel above 128) in an area. */
    int brightIn(Rectangle r) {
        int n = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                RGB c = rgb(x, y);
                if (c.red + c.green + c.blue > 384) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The bounding box of the bright pixels in an area, or null if there are none. */
    Rectangle brightBox(Rectangle r) {
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                RGB c = rgb(x, y);
                if (c.red + c.green + c.blue > 384) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    /** True if the two grabs have the same pixels in an area. */
    boolean sameAs(ScreenGrab other, Rectangle r) {
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if (data.getPixel(x, y) != other.data.getPixel(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
