package org.vagus.report.render;

/**
 * A figure as PNG.
 *
 * @param bytes the PNG file, with its resolution recorded (pHYs chunk)
 * @param width pixels
 * @param height pixels
 * @param dpi the resolution it was drawn at
 * @param layout where the panels are, in points (scale by {@code dpi / 72} for pixels)
 * @since 0.1.0
 */
public record RenderedPng(byte[] bytes, int width, int height, double dpi, FigureLayout layout) {
    public RenderedPng {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
