package org.vagus.report.render;

/**
 * A rectangle in figure coordinates: points (1/72 inch) from the top left corner of the figure.
 *
 * @param x left edge
 * @param y top edge
 * @param width width
 * @param height height
 * @since 0.1.0
 */
public record Bounds(double x, double y, double width, double height) {

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    /** This rectangle in pixels of an image drawn at {@code dpi}. */
    public Bounds scaled(double dpi) {
        double s = dpi / 72.0;
        return new Bounds(x * s, y * s, width * s, height * s);
    }
}
