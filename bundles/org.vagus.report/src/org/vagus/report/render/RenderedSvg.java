package org.vagus.report.render;

/**
 * A figure as SVG.
 *
 * @param element the {@code <svg>} element alone, for embedding in HTML: dimensions in points, a view box in
 *        points, a {@code <title>} and {@code <desc>}, element ids prefixed with the figure id
 * @param layout where the panels are, in points (the SVG user units)
 * @since 0.1.0
 */
public record RenderedSvg(String element, FigureLayout layout) {

    /** A standalone SVG file: the XML declaration, then the element. */
    public String document() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n";
    }
}
