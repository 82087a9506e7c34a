package org.vagus.report.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;
import org.vagus.report.figure.Figure;
import org.vagus.report.figure.Range;
import org.vagus.report.internal.AtomicFiles;
import org.vagus.report.internal.ChartStyle;
import org.vagus.report.internal.Charts;
import org.vagus.report.internal.PngEncoder;
import org.vagus.report.internal.Xml;

/**
 * Renders a {@link Figure} without a display, with JFreeChart: to PNG at a given resolution (the figure is
 * laid out in points and the drawing scaled by dpi / 72, so text and lines keep their printed size) and to
 * SVG through JFreeSVG (text stays text). Each panel is drawn into its grid cell and its letter over the
 * cell's top left corner. Safe for concurrent use: every call builds its own charts.
 *
 * @since 0.1.0
 */
public final class FigureRenderer {
    /** Print resolution. */
    public static final double PRINT_DPI = 300;
    /** Screen resolution for previews and HTML. */
    public static final double SCREEN_DPI = 96;
    /** Largest image drawn, pixels, to keep memory bounded (about 400 MB at 4 bytes per pixel). */
    private static final long MAX_PIXELS = 100_000_000L;

    static {
        // JFreeChart by default draws rotated text (the y-axis label) as glyph outlines, a work-around for old
        // JDKs; as outlines the label would not be text in SVG (not searchable, not accessible)
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /**
     * Draws the figure onto {@code g}, whose user space is in points with the figure's top left at the
     * origin.
     */
    public FigureLayout draw(Figure figure, Graphics2D g) {
        List<PanelLayout> panels = new ArrayList<>();
        for (int i = 0; i < figure.panels().size(); i++) {
            int row = i / figure.columns();
            int col = i % figure.columns();
            Rectangle2D cell = new Rectangle2D.Double(col * figure.panelWidth(), row * figure.panelHeight(),
                    figure.panelWidth(), figure.panelHeight());
            JFreeChart chart = Charts.of(figure.panels().get(i));
            ChartRenderingInfo info = new ChartRenderingInfo(null);
            Graphics2D pg = (Graphics2D) g.create();
            try {
                chart.draw(pg, cell, null, info);
            } finally {
                pg.dispose();
            }
            String letter = figure.letter(i);
            if (!letter.isEmpty()) {
                Graphics2D lg = (Graphics2D) g.create();
                try {
                    lg.setFont(ChartStyle.LETTER);
                    lg.setColor(Color.BLACK);
                    lg.drawString(letter, (float) cell.getX() + 4f, (float) cell.getY() + 15f);
                } finally {
                    lg.dispose();
                }
            }
            panels.add(layout(letter, cell, info.getPlotInfo().getDataArea(), chart.getPlot()));
        }
        return new FigureLayout(figure.width(), figure.height(), panels);
    }

    private static PanelLayout layout(String letter, Rectangle2D cell, Rectangle2D data, Plot plot) {
        Optional<Range> x = Optional.empty();
        Range y;
        if (plot instanceof XYPlot p) {
            x = Optional.of(ChartStyle.of(p.getDomainAxis().getRange()));
            y = ChartStyle.of(p.getRangeAxis().getRange());
        } else if (plot instanceof CategoryPlot p) {
            y = ChartStyle.of(p.getRangeAxis().getRange());
        } else {
            throw new IllegalStateException("unexpected plot " + plot.getClass().getName());
        }
        return new PanelLayout(letter, bounds(cell), bounds(data), x, y);
    }

    private static Bounds bounds(Rectangle2D r) {
        return new Bounds(r.getX(), r.getY(), r.getWidth(), r.getHeight());
    }

    /**
     * The figure as PNG at {@code dpi} dots per inch: {@code round(width * dpi / 72)} by
     * {@code round(height * dpi / 72)} pixels on white.
     *
     * @throws IllegalArgumentException if dpi is outside 36..1200 or the image would exceed 100 megapixels
     */
    public RenderedPng png(Figure figure, double dpi) {
        if (!(dpi >= 36 && dpi <= 1200)) {
            throw new IllegalArgumentException("resolution " + dpi + " dpi: expected 36 to 1200");
        }
        double scale = dpi / 72.0;
        int w = (int) Math.round(figure.width() * scale);
        int h = (int) Math.round(figure.height() * scale);
        if ((long) w * h > MAX_PIXELS) {
            throw new IllegalArgumentException(figure.id() + " at " + dpi + " dpi would be " + w + " x " + h
                    + " pixels, more than " + MAX_PIXELS);
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        FigureLayout layout;
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            layout = draw(figure, g);
        } finally {
            g.dispose();
        }
        try {
            return new RenderedPng(PngEncoder.encode(image, dpi), w, h, dpi, layout);
        } catch (IOException e) {
            // encoding into memory does not do I/O; a failure here is a broken runtime
            throw new IllegalStateException("PNG encoding of " + figure.id() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The figure as an SVG element sized in points, with the figure title as {@code <title>} and its
     * description as {@code <desc>}, and ids prefixed with the figure id so that several figures can be
     * embedded in one HTML page.
     */
    public RenderedSvg svg(Figure figure) {
        double w = figure.width();
        double h = figure.height();
        SVGGraphics2D g = new SVGGraphics2D(w, h, SVGUnits.PT);
        g.setDefsKeyPrefix(figure.id() + "-");
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        FigureLayout layout = draw(figure, g);
        String element = g.getSVGElement("svg-" + figure.id(), true, new ViewBox(0, 0, (int) Math.ceil(w),
                (int) Math.ceil(h)), null, null);
        return new RenderedSvg(titled(element, figure), layout);
    }

    /** Inserts title and description right after the opening tag, where SVG expects them. */
    private static String titled(String element, Figure figure) {
        int open = element.indexOf('>');
        if (!element.startsWith("<svg") || open < 0) {
            throw new IllegalStateException("JFreeSVG gave no <svg> element");
        }
        String meta = "<title>" + Xml.escape(figure.title()) + "</title><desc>" + Xml.escape(figure.description())
                + "</desc>";
        return element.substring(0, open + 1) + meta + element.substring(open + 1);
    }

    /**
     * Writes {@code dir/<id>.png} at {@code dpi} and {@code dir/<id>.svg}, each atomically.
     *
     * @return the files written
     */
    public List<Path> write(Figure figure, Path dir, double dpi) throws IOException {
        Path png = dir.resolve(figure.id() + ".png");
        Path svg = dir.resolve(figure.id() + ".svg");
        AtomicFiles.write(png, png(figure, dpi).bytes());
        AtomicFiles.write(svg, svg(figure).document().getBytes(StandardCharsets.UTF_8));
        return List.of(png, svg);
    }
}
