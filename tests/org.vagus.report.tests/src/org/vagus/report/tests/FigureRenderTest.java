package org.vagus.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.units.Unit;
import org.vagus.report.figure.Axis;
import org.vagus.report.figure.Figure;
import org.vagus.report.figure.HistogramPanel;
import org.vagus.report.figure.Palette;
import org.vagus.report.figure.ScatterPanel;
import org.vagus.report.render.Bounds;
import org.vagus.report.render.FigureRenderer;
import org.vagus.report.render.PanelLayout;
import org.vagus.report.render.RenderedPng;
import org.vagus.report.render.RenderedSvg;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Rendering of the distribution and scatter kinds, multi-panel layout, files and resolution. */
class FigureRenderTest {
    private static final FigureRenderer RENDERER = new FigureRenderer();
    private static final SampleStudy STUDY = new SampleStudy(2024);

    static Figure single(String id, org.vagus.report.figure.Panel p) {
        return Figure.builder(id, "Figure " + id).panel(p).build();
    }

    @Test
    void pngHasThePixelSizeOfItsResolutionAndRecordsIt() throws Exception {
        Figure f = single("hist", STUDY.scsDistribution());
        RenderedPng png = RENDERER.png(f, 300);
        Pixels px = Pixels.decode(png.bytes());
        // 252 x 198 pt at 300 dpi
        assertEquals(1050, px.width());
        assertEquals(825, px.height());
        assertEquals(1050, png.width());
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png.bytes()))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Node phys = ((Element) meta.getAsTree("javax_imageio_png_1.0")).getElementsByTagName("pHYs").item(0);
            // 300 dpi = 11811 pixels per metre
            assertEquals("11811", ((Element) phys).getAttribute("pixelsPerUnitXAxis"));
            assertEquals("meter", ((Element) phys).getAttribute("unitSpecifier"));
        }
        Bounds area = png.layout().panels().get(0).dataArea().scaled(300);
        int drawn = px.nonWhite(area);
        assertTrue(drawn > area.width() * area.height() * 0.15, "bars fill the plot area: " + drawn);
        Bounds legend = new Bounds(0, area.maxY() + 60, px.width(), px.height() - area.maxY() - 61);
        assertTrue(px.near(legend, Palette.BLUE, 3) > 50, "the legend shows the High group's colour");
        assertEquals(96 * 252 / 72, RENDERER.png(f, FigureRenderer.SCREEN_DPI).width());
        assertThrows(IllegalArgumentException.class, () -> RENDERER.png(f, 10));
    }

    @Test
    void histogramSvgHasTextsBarsAndTheMedianWhereItBelongs() throws Exception {
        HistogramPanel h = STUDY.scsDistribution();
        RenderedSvg r = RENDERER.svg(single("hist", h));
        Svg svg = Svg.parse(r.document());
        List<String> texts = svg.texts();
        String median = "Median = " + org.vagus.stats.Apa.two(STUDY.median);
        for (String t : List.of("Self-compassion", "SCS score", "Participants", median, "High SC", "Low SC")) {
            assertTrue(texts.contains(t), t + " in " + texts);
        }
        assertEquals("Figure hist", svg.all("title").get(0).getTextContent());
        PanelLayout layout = r.layout().panels().get(0);
        Bounds area = layout.dataArea();
        for (int g = 0; g < 2; g++) {
            int nonEmpty = (int) java.util.Arrays.stream(h.counts(g)).filter(c -> c > 0).count();
            org.vagus.report.figure.Rgb colour = h.groups().get(g).colour();
            List<Element> bars = svg.all("rect").stream().filter(e -> Svg.fills(e, colour))
                    .filter(e -> Svg.rectInside(e, area)).filter(e -> Svg.num(e, "height") > 0).toList();
            assertEquals(nonEmpty, bars.size(), "one bar per non-empty bin of group " + g);
        }
        // the tallest High bin: its height is its count on the y axis
        int[] high = h.counts(0);
        int tallest = 0;
        for (int b = 0; b < high.length; b++) {
            tallest = high[b] > high[tallest] ? b : tallest;
        }
        double x = layout.xPosition(h.binStart(tallest));
        Element bar = svg.all("rect").stream().filter(e -> Svg.fills(e, Palette.BLUE))
                .filter(e -> Math.abs(Svg.num(e, "x") - x) < 0.01).findFirst().orElseThrow();
        double expected = high[tallest] / layout.y().length() * area.height();
        assertEquals(expected, Svg.num(bar, "height"), 0.01);

        List<Element> dashed = svg.all("line").stream().filter(e -> Svg.strokes(e, Palette.BLACK))
                .filter(e -> Svg.style(e).containsKey("stroke-dasharray")).toList();
        assertEquals(1, dashed.size(), "one median line");
        Element line = dashed.get(0);
        assertEquals(layout.xPosition(STUDY.median), Svg.num(line, "x1"), 0.01);
        assertEquals(Svg.num(line, "x1"), Svg.num(line, "x2"), 1e-9);
        assertEquals(area.y(), Math.min(Svg.num(line, "y1"), Svg.num(line, "y2")), 0.01);
        assertEquals(area.maxY(), Math.max(Svg.num(line, "y1"), Svg.num(line, "y2")), 0.01);
    }

    @Test
    void medianLineSitsAtTheMedianInThePng() throws Exception {
        double dpi = 300;
        RenderedPng png = RENDERER.png(single("hist", STUDY.scsDistribution()), dpi);
        Pixels px = Pixels.decode(png.bytes());
        PanelLayout layout = png.layout().panels().get(0);
        Bounds a = layout.dataArea().scaled(dpi);
        double expected = layout.xPosition(STUDY.median) * dpi / 72;
        // dark pixels in the lower part of the plot (the label is at the top; axes are outside the area)
        double sum = 0;
        int n = 0;
        for (int y = (int) (a.y() + a.height() * 0.4); y < (int) (a.maxY() - 8); y++) {
            for (int x = (int) a.x() + 8; x < (int) a.maxX() - 8; x++) {
                int[] c = px.rgb(x, y);
                if (c[0] < 80 && c[1] < 80 && c[2] < 80) {
                    sum += x;
                    n++;
                }
            }
        }
        assertTrue(n > 50, "the dashed line is drawn: " + n + " dark pixels");
        assertEquals(expected, sum / n, 1.5);
    }

    @Test
    void scatterHasOnePointPerPairAndTheFitLineWithItsSlope() throws Exception {
        ScatterPanel p = new ScatterPanel("nHF and anxiety", Axis.of("HAMA score", Unit.DIMENSIONLESS),
                Axis.of("nHF change", Unit.DIMENSIONLESS), List.of(new ScatterPanel.PointGroup("High SC",
                        Palette.group(0), LinearFitTest.X_HIGH, LinearFitTest.Y_HIGH), new ScatterPanel.PointGroup(
                                "Low SC", Palette.group(1), LinearFitTest.X_LOW, LinearFitTest.Y_LOW)), true);
        RenderedSvg r = RENDERER.svg(single("scatter", p));
        Svg svg = Svg.parse(r.element());
        PanelLayout layout = r.layout().panels().get(0);
        for (int g = 0; g < 2; g++) {
            org.vagus.report.figure.Rgb c = Palette.group(g);
            long points = svg.all("path").stream().filter(e -> Svg.fills(e, c)).filter(e -> {
                double[] s = Svg.start(e);
                return Svg.inside(layout.dataArea(), s[0], s[1]);
            }).count();
            assertEquals(6, points, "six points of group " + g);
        }
        assertTrue(svg.texts().contains("Fit: r(10) = -.93, p < .001"), svg.texts().toString());
        Element fit = svg.all("line").stream().filter(e -> Svg.strokes(e, Palette.BLACK))
                .filter(e -> Svg.inside(layout.dataArea(), Svg.num(e, "x1"), Svg.num(e, "y1")))
                // neither horizontal nor vertical: not an axis line
                .filter(e -> Svg.num(e, "x1") != Svg.num(e, "x2") && Svg.num(e, "y1") != Svg.num(e, "y2"))
                .findFirst().orElseThrow();
        // from (14, fit(14)) to (33, fit(33)) with numpy's slope and intercept
        double y14 = LinearFitTest.INTERCEPT + LinearFitTest.SLOPE * 14;
        double y33 = LinearFitTest.INTERCEPT + LinearFitTest.SLOPE * 33;
        assertEquals(layout.xPosition(14), Svg.num(fit, "x1"), 0.01);
        assertEquals(layout.yPosition(y14), Svg.num(fit, "y1"), 0.01);
        assertEquals(layout.xPosition(33), Svg.num(fit, "x2"), 0.01);
        assertEquals(layout.yPosition(y33), Svg.num(fit, "y2"), 0.01);

        RenderedPng png = RENDERER.png(single("scatter", p), 150);
        Bounds a = png.layout().panels().get(0).dataArea().scaled(150);
        Pixels px = Pixels.decode(png.bytes());
        assertTrue(px.near(a, Palette.group(0), 8) > 6 * 20, "blue points are drawn");
        assertTrue(px.near(a, Palette.group(1), 8) > 6 * 20, "vermillion points are drawn");
    }

    @Test
    void panelsAreLetteredAndLaidOutOnTheGrid() throws Exception {
        Figure f = STUDY.figure4();
        RenderedSvg r = RENDERER.svg(f);
        Svg svg = Svg.parse(r.element());
        List<String> texts = svg.texts();
        for (String t : List.of("A", "B", "C", "HF-HRV", "nHF response", "nHF and anxiety",
                "Time from feedback onset (s)", "HAMA score")) {
            assertTrue(texts.contains(t), t + " in " + texts);
        }
        assertEquals(3, r.layout().panels().size());
        for (int i = 0; i < 3; i++) {
            PanelLayout l = r.layout().panels().get(i);
            assertEquals(i * Figure.DEFAULT_PANEL_WIDTH, l.cell().x(), 0);
            assertTrue(l.dataArea().x() > l.cell().x() && l.dataArea().maxX() <= l.cell().maxX(), "in its cell");
            assertTrue(l.dataArea().width() > 100 && l.dataArea().height() > 80, "a usable plot area");
        }
        RenderedPng png = RENDERER.png(f, 300);
        assertEquals(3150, png.width());
        assertEquals(825, png.height());
        Pixels px = Pixels.decode(png.bytes());
        for (PanelLayout l : png.layout().panels()) {
            Bounds a = l.dataArea().scaled(300);
            assertTrue(px.nonWhite(a) > a.width() * a.height() * 0.02, "panel " + l.letter() + " has data drawn");
        }
    }

    @Test
    void svgIdsArePrefixedSoThatFiguresCanShareAPage() throws Exception {
        String a = RENDERER.svg(STUDY.figure2()).element();
        Svg svg = Svg.parse(a);
        List<String> ids = Stream.of("clipPath", "svg", "linearGradient").flatMap(t -> svg.all(t).stream())
                .map(e -> e.getAttribute("id")).filter(s -> !s.isEmpty()).toList();
        assertTrue(ids.size() > 2);
        for (String id : ids) {
            assertTrue(id.startsWith("figure2-") || id.equals("svg-figure2"), id);
        }
    }

    @Test
    void textIsEscaped() throws Exception {
        Figure f = Figure.builder("esc", "A <b>bold</b> & \"quoted\" title").panel(STUDY.hrBars()).build();
        Svg svg = Svg.parse(RENDERER.svg(f).element());
        assertEquals("A <b>bold</b> & \"quoted\" title", svg.all("title").get(0).getTextContent());
    }

    @Test
    void writeLeavesAPngAndAnSvgAndNoTemporaryFiles(@TempDir Path dir) throws Exception {
        List<Path> files = RENDERER.write(STUDY.figure3(), dir, 150);
        assertEquals(List.of(dir.resolve("figure3.png"), dir.resolve("figure3.svg")), files);
        assertEquals(1050, Pixels.decode(Files.readAllBytes(files.get(0))).width());
        String svg = Files.readString(files.get(1), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"));
        Svg.parse(svg);
        try (Stream<Path> all = Files.list(dir)) {
            assertEquals(2, all.count(), "no temporary files left");
        }
        // again, over the old files
        RENDERER.write(STUDY.figure3(), dir, 150);
        try (Stream<Path> all = Files.list(dir)) {
            assertEquals(2, all.count());
        }
    }
}
