package org.vagus.report.tests;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.vagus.report.figure.Rgb;
import org.vagus.report.render.Bounds;

/** A decoded PNG with pixel counts over regions. */
final class Pixels {
    final BufferedImage image;

    private Pixels(BufferedImage image) {
        this.image = image;
    }

    static Pixels decode(byte[] png) throws IOException {
        BufferedImage i = ImageIO.read(new ByteArrayInputStream(png));
        if (i == null) {
            throw new IOException("ImageIO could not decode the PNG");
        }
        return new Pixels(i);
    }

    int width() {
        return image.getWidth();
    }

    int height() {
        return image.getHeight();
    }

    int[] rgb(int x, int y) {
        int v = image.getRGB(x, y);
        return new int[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff};
    }

    /** Pixels in the (pixel) bounds that are not white. */
    int nonWhite(Bounds px) {
        int n = 0;
        for (int y = (int) Math.ceil(px.y()); y < (int) px.maxY(); y++) {
            for (int x = (int) Math.ceil(px.x()); x < (int) px.maxX(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Pixels in the bounds within {@code tolerance} of colour {@code c} in each channel. */
    int near(Bounds px, Rgb c, int tolerance) {
        int n = 0;
        for (int y = (int) Math.ceil(px.y()); y < (int) px.maxY(); y++) {
            for (int x = (int) Math.ceil(px.x()); x < (int) px.maxX(); x++) {
                int[] p = rgb(x, y);
                if (Math.abs(p[0] - c.red()) <= tolerance && Math.abs(p[1] - c.green()) <= tolerance
                        && Math.abs(p[2] - c.blue()) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The colour drawn at {@code alpha} over white, as the PNG holds a translucent fill. */
    static Rgb overWhite(Rgb c, double alpha) {
        return c.lighter(1 - alpha);
    }
}
