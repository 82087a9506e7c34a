package org.vagus.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.Unit;
import org.vagus.report.figure.Axis;
import org.vagus.report.figure.BarPanel;
import org.vagus.report.figure.Palette;
import org.vagus.report.figure.Rgb;
import org.vagus.report.figure.TimeCoursePanel;
import org.vagus.report.figure.TimeCoursePanel.Course;
import org.vagus.report.figure.TimeCoursePanel.Shade;
import org.vagus.report.render.Bounds;
import org.vagus.report.render.FigureRenderer;
import org.vagus.report.render.PanelLayout;
import org.vagus.report.render.RenderedPng;
import org.vagus.report.render.RenderedSvg;
import org.w3c.dom.Element;

/** Rendering of group time courses (bands, shaded windows, event line, gaps) and of bars with error bars. */
class CourseAndBarRenderTest {
    private static final FigureRenderer RENDERER = new FigureRenderer();
    private static final int LEN = 141;

    /** High: sin(t) +- 0.3; Low: -0.5 + 0.2 t +- 0.2 with a gap at points 60-64; windows 0-0.85 s and 2-3.4 s. */
    static TimeCoursePanel courses() {
        double[][] h = new double[3][LEN];
        double[][] l = new double[3][LEN];
        for (int i = 0; i < LEN; i++) {
            double t = -1 + i / 20.0;
            h[0][i] = Math.sin(t);
            h[1][i] = h[0][i] - 0.3;
            h[2][i] = h[0][i] + 0.3;
            boolean gap = i >= 60 && i <= 64;
            l[0][i] = gap ? Double.NaN : -0.5 + 0.2 * t;
            l[1][i] = l[0][i] - 0.2;
            l[2][i] = l[0][i] + 0.2;
        }
        return TimeCoursePanel.builder("Heart rate", Axis.of("Time from feedback onset", Unit.SECOND),
                Axis.of("HR change", Unit.BEATS_PER_MINUTE))
                .course(Course.onGrid("High SC", Palette.group(0), -1, 20, h[0], h[1], h[2]))
                .course(Course.onGrid("Low SC", Palette.group(1), -1, 20, l[0], l[1], l[2]))
                .shade(Shade.significant(0, 0.85, "Group difference, p < .05"))
                .shade(Shade.significant(2, 3.4, "Group difference, p < .05")).build();
    }

    private static List<Element> lines(Svg svg, Rgb c, Bounds area) {
        return svg.all("path").stream().filter(e -> Svg.strokes(e, c)).filter(e -> Svg.lineTos(e) >= 10)
                .filter(e -> Svg.inside(area, Svg.start(e)[0], Svg.start(e)[1])).toList();
    }

    private static List<Element> bands(Svg svg, Rgb c) {
        return svg.all("path").stream().filter(e -> Svg.fills(e, c))
                .filter(e -> Math.abs(Svg.opacity(e, "fill-opacity") - 0.25) < 1e-6).toList();
    }

    @Test
    void coursesAreLinesOverBandsSplitAtGaps() throws Exception {
        RenderedSvg r = RENDERER.svg(FigureRenderTest.single("course", courses()));
        Svg svg = Svg.parse(r.element());
        PanelLayout layout = r.layout().panels().get(0);
        assertEquals(1, lines(svg, Palette.group(0), layout.dataArea()).size(), "one line for High");
        assertEquals(2, lines(svg, Palette.group(1), layout.dataArea()).size(), "Low is split at its gap");
        assertEquals(1, bands(svg, Palette.group(0)).size(), "one band for High");
        assertEquals(2, bands(svg, Palette.group(1)).size(), "two bands for Low");
        // the High line has all 141 points (140 line-tos), its band goes out and back (2 x 141 points)
        assertEquals(LEN - 1, Svg.lineTos(lines(svg, Palette.group(0), layout.dataArea()).get(0)));
        Element band = bands(svg, Palette.group(0)).get(0);
        assertEquals(2 * LEN - 1, Svg.lineTos(band));
        // the band's top is the highest upper limit, sin(pi / 2) + 0.3 at t = 1.55 s (grid point nearest pi / 2)
        double top = Double.POSITIVE_INFINITY;
        for (String pt : band.getAttribute("d").substring(1).replace("Z", "").split("L")) {
            top = Math.min(top, Double.parseDouble(pt.split(",")[1]));
        }
        assertEquals(layout.yPosition(Math.sin(1.55) + 0.3), top, 0.01);
        assertEquals(-1, layout.x().orElseThrow().lower(), 0);
        assertEquals(6, layout.x().orElseThrow().upper(), 0);
        List<String> texts = svg.texts();
        for (String t : List.of("Heart rate", "Time from feedback onset (s)", "HR change (bpm)", "High SC", "Low SC",
                "Band: 95 % CI", "Group difference, p < .05")) {
            assertTrue(texts.contains(t), t + " in " + texts);
        }
        assertEquals(1, texts.stream().filter(t -> t.startsWith("Group difference")).count(), "one legend entry");
    }

    @Test
    void significantWindowsAreShadedAndTheEventAndZeroLinesDrawn() throws Exception {
        RenderedSvg r = RENDERER.svg(FigureRenderTest.single("course", courses()));
        Svg svg = Svg.parse(r.element());
        PanelLayout layout = r.layout().panels().get(0);
        List<Element> shades = svg.all("rect").stream().filter(e -> Svg.fills(e, Palette.SIGNIFICANT))
                .filter(e -> Svg.rectInside(e, layout.dataArea()))
                .sorted(Comparator.comparingDouble(e -> Svg.num(e, "x"))).toList();
        assertEquals(2, shades.size());
        assertEquals(0.6, Svg.opacity(shades.get(0), "fill-opacity"), 1e-6);
        assertEquals(layout.xPosition(0), Svg.num(shades.get(0), "x"), 0.01);
        assertEquals(layout.xPosition(0.85) - layout.xPosition(0), Svg.num(shades.get(0), "width"), 0.01);
        assertEquals(layout.xPosition(2), Svg.num(shades.get(1), "x"), 0.01);
        assertEquals(layout.dataArea().height(), Svg.num(shades.get(1), "height"), 0.01);
        List<Element> grey = svg.all("line").stream().filter(e -> Svg.strokes(e, Palette.GREY)).toList();
        Element event = grey.stream().filter(e -> Svg.num(e, "x1") == Svg.num(e, "x2")).findFirst().orElseThrow();
        assertEquals(layout.xPosition(0), Svg.num(event, "x1"), 0.01);
        Element zero = grey.stream().filter(e -> Svg.num(e, "y1") == Svg.num(e, "y2")).findFirst().orElseThrow();
        assertEquals(layout.yPosition(0), Svg.num(zero, "y1"), 0.01);
        assertTrue(Svg.style(zero).containsKey("stroke-dasharray"), "the zero line is dotted");
    }

    @Test
    void overlappingWindowsAreShadedOnce() throws Exception {
        TimeCoursePanel p = TimeCoursePanel.builder("t", Axis.of("Time", Unit.SECOND), Axis.of("y", Unit.SECOND))
                .course(courses().courses().get(0)).shade(Shade.significant(-0.7, -0.2, "p < .05"))
                .shade(Shade.significant(-0.45, 0.95, "p < .05")).shade(Shade.significant(3, 4.5, "p < .05")).build();
        RenderedSvg r = RENDERER.svg(FigureRenderTest.single("overlap", p));
        PanelLayout layout = r.layout().panels().get(0);
        List<Element> shades = Svg.parse(r.element()).all("rect").stream()
                .filter(e -> Svg.fills(e, Palette.SIGNIFICANT)).filter(e -> Svg.rectInside(e, layout.dataArea()))
                .sorted(Comparator.comparingDouble(e -> Svg.num(e, "x"))).toList();
        assertEquals(2, shades.size(), "the overlapping windows merged");
        assertEquals(layout.xPosition(-0.7), Svg.num(shades.get(0), "x"), 0.01);
        assertEquals(layout.xPosition(0.95) - layout.xPosition(-0.7), Svg.num(shades.get(0), "width"), 0.01);
    }

    @Test
    void bandsAndShadingAreInThePng() throws Exception {
        RenderedPng png = RENDERER.png(FigureRenderTest.single("course", courses()), 300);
        Pixels px = Pixels.decode(png.bytes());
        Bounds a = png.layout().panels().get(0).dataArea().scaled(300);
        assertTrue(px.near(a, Pixels.overWhite(Palette.group(0), 0.25), 4) > 2000, "High band over white");
        assertTrue(px.near(a, Pixels.overWhite(Palette.group(1), 0.25), 4) > 2000, "Low band over white");
        assertTrue(px.near(a, Pixels.overWhite(Palette.SIGNIFICANT, 0.6), 4) > 2000, "shaded windows");
        assertTrue(px.near(a, Palette.group(0), 10) > 300, "the High line");
    }

    @Test
    void barsHaveTheirMeansAndSemErrorBars() throws Exception {
        SampleStudy s = new SampleStudy(2024);
        BarPanel p = s.anxietyPrePost();
        RenderedSvg r = RENDERER.svg(FigureRenderTest.single("bars", p));
        Svg svg = Svg.parse(r.element());
        PanelLayout layout = r.layout().panels().get(0);
        Bounds area = layout.dataArea();
        assertTrue(layout.x().isEmpty(), "a category axis");
        for (String t : List.of("State anxiety, pre and post", "STAI-S", "Time", "Pre", "Post",
                "High SC", "Low SC")) {
            assertTrue(svg.texts().contains(t), t + " in " + svg.texts());
        }
        List<Element> stems = svg.all("line").stream().filter(e -> Svg.strokes(e, Palette.BLACK))
                .filter(e -> Svg.num(e, "x1") == Svg.num(e, "x2") && Svg.num(e, "x1") > area.x() + 1)
                .filter(e -> Svg.inside(area, Svg.num(e, "x1"), Svg.num(e, "y1")))
                // not the category tick marks, which start on the axis at the bottom of the area
                .filter(e -> Math.max(Svg.num(e, "y1"), Svg.num(e, "y2")) < area.maxY() - 0.5).toList();
        assertEquals(4, stems.size(), "one error bar per group and condition");
        for (int g = 0; g < 2; g++) {
            BarPanel.BarGroup group = p.groups().get(g);
            List<Element> bars = svg.all("rect").stream().filter(e -> Svg.fills(e, group.colour()))
                    .filter(e -> Svg.rectInside(e, area)).sorted(Comparator.comparingDouble(e -> Svg.num(e, "x")))
                    .toList();
            assertEquals(2, bars.size(), "pre and post bars of " + group.name());
            for (int c = 0; c < 2; c++) {
                Element bar = bars.get(c);
                assertEquals(layout.yPosition(group.mean()[c]), Svg.num(bar, "y"), 0.01);
                assertEquals(layout.yPosition(0), Svg.num(bar, "y") + Svg.num(bar, "height"), 0.01);
                double centre = Svg.num(bar, "x") + Svg.num(bar, "width") / 2;
                Element stem = stems.stream().filter(e -> Math.abs(Svg.num(e, "x1") - centre) < 0.01).findFirst()
                        .orElseThrow();
                double hi = Math.min(Svg.num(stem, "y1"), Svg.num(stem, "y2"));
                double lo = Math.max(Svg.num(stem, "y1"), Svg.num(stem, "y2"));
                assertEquals(layout.yPosition(group.mean()[c] + group.error()[c]), hi, 0.01);
                assertEquals(layout.yPosition(group.mean()[c] - group.error()[c]), lo, 0.01);
            }
        }
        Pixels px = Pixels.decode(RENDERER.png(FigureRenderTest.single("bars", p), 300).bytes());
        Bounds a = area.scaled(300);
        assertTrue(px.near(a, Palette.group(0), 2) > 5000 && px.near(a, Palette.group(1), 2) > 5000);
    }

    @Test
    void negativeBarsHangFromZeroAndTheMarkGoesBelow() throws Exception {
        BarPanel p = BarPanel.single("HR", Axis.of("HR change", Unit.BEATS_PER_MINUTE), "0-0.85 s",
                List.of(new BarPanel.BarGroup("High SC", Palette.group(0), new double[] {-2}, new double[] {0.5}),
                        new BarPanel.BarGroup("Low SC", Palette.group(1), new double[] {-1}, new double[] {0.4})),
                "SEM", "*");
        RenderedSvg r = RENDERER.svg(FigureRenderTest.single("neg", p));
        Svg svg = Svg.parse(r.element());
        PanelLayout layout = r.layout().panels().get(0);
        Element bar = svg.all("rect").stream().filter(e -> Svg.fills(e, Palette.group(0)))
                .filter(e -> Svg.rectInside(e, layout.dataArea())).findFirst().orElseThrow();
        assertEquals(layout.yPosition(0), Svg.num(bar, "y"), 0.01);
        assertEquals(layout.yPosition(-2), Svg.num(bar, "y") + Svg.num(bar, "height"), 0.01);
        Element star = svg.all("text").stream().filter(e -> e.getTextContent().equals("*")).findFirst()
                .orElseThrow();
        assertTrue(Svg.num(star, "y") > layout.yPosition(-2.5), "the mark is below the lowest error bar");
        assertTrue(layout.y().lower() < -2.5 && layout.y().upper() >= 0, "the range holds bars, errors and mark");
    }
}
