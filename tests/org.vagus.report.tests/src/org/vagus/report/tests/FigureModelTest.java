package org.vagus.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.Unit;
import org.vagus.report.figure.Axis;
import org.vagus.report.figure.BarPanel;
import org.vagus.report.figure.Figure;
import org.vagus.report.figure.HistogramPanel;
import org.vagus.report.figure.Marker;
import org.vagus.report.figure.Palette;
import org.vagus.report.figure.Rgb;
import org.vagus.report.figure.ScatterPanel;
import org.vagus.report.figure.TimeCoursePanel;

class FigureModelTest {

    private static HistogramPanel histogram(double[] a, double[] b, double width) {
        return HistogramPanel.of("SCS", Axis.of("SCS score", Unit.DIMENSIONLESS),
                Axis.of("Participants", Unit.DIMENSIONLESS), width,
                List.of(new HistogramPanel.Group("High", Palette.BLUE, a), new HistogramPanel.Group("Low",
                        Palette.VERMILLION, b)), List.of(Marker.median(2.85)));
    }

    @Test
    void histogramBinsStartAtAMultipleOfTheWidthAndCoverAllValues() {
        HistogramPanel h = histogram(new double[] {2.85, 3.1, 4.0}, new double[] {1.3, 2.5, 2.84}, 0.25);
        assertEquals(1.25, h.origin(), 1e-12);
        assertEquals(12, h.bins());
        assertEquals(4.25, h.end(), 1e-12);
        // 2.85 falls in [2.75, 3.0) = bin 6; 4.0 sits on an edge up to rounding and belongs to [4.0, 4.25)
        int[] high = h.counts(0);
        assertEquals(1, high[6]);
        assertEquals(1, high[7]);
        assertEquals(1, high[11]);
        assertArrayEquals(new int[] {1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0}, h.counts(1));
        assertEquals(2, h.maxStack());
    }

    @Test
    void valuesOnTheUpperEdgeOfTheLastBinAreCounted() {
        HistogramPanel h = new HistogramPanel("t", Axis.of("x", Unit.DIMENSIONLESS), Axis.of("n", Unit.DIMENSIONLESS),
                1, 0.5, 4, List.of(new HistogramPanel.Group("g", Palette.BLUE, new double[] {1, 2.999999999999,
                        3})), List.of());
        assertArrayEquals(new int[] {1, 0, 0, 2}, h.counts(0));
        assertThrows(IllegalArgumentException.class, () -> new HistogramPanel("t", Axis.of("x",
                Unit.DIMENSIONLESS), Axis.of("n", Unit.DIMENSIONLESS), 1, 0.5, 4, List.of(new HistogramPanel.Group(
                        "g", Palette.BLUE, new double[] {3.2})), List.of()));
    }

    @Test
    void medianMarkerIsLabelledWithTwoDecimals() {
        Marker m = Marker.median(2.8461);
        assertEquals("Median = 2.85", m.label());
        assertTrue(m.dashed());
        assertEquals(0, Marker.event().value());
    }

    @Test
    void axisTitlesCarryTheUnit() {
        assertEquals("HR change (bpm)", Axis.of("HR change", Unit.BEATS_PER_MINUTE).title());
        assertEquals("nHF change", Axis.of("nHF change", Unit.DIMENSIONLESS).title());
        assertEquals("HF power (ms\u00b2)", Axis.of("HF power", Unit.MILLISECOND_SQUARED).title());
        assertEquals("HR AUC (bpm\u00b7s)", Axis.of("HR AUC", new Unit("bpm*s")).title());
        Axis fixed = Axis.of("Time", Unit.SECOND).withRange(-1, 6);
        assertEquals(7, fixed.range().orElseThrow().length(), 0);
        assertTrue(Axis.of("Time", Unit.SECOND).range().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Axis.of(" ", Unit.SECOND));
        assertThrows(IllegalArgumentException.class, () -> fixed.withRange(2, 2));
    }

    @Test
    void paletteIsOkabeItoAndGroupsCycle() {
        assertEquals("#0072b2", Palette.group(0).toHex());
        assertEquals("#d55e00", Palette.group(1).toHex());
        assertEquals(Palette.group(0), Palette.group(7));
        assertEquals(new Rgb(230, 159, 0), Rgb.hex("#E69F00"));
        assertEquals(new Rgb(255, 255, 255), Palette.BLUE.lighter(1));
        assertNotEquals(Palette.SIGNIFICANT, Palette.group(0));
        assertThrows(IllegalArgumentException.class, () -> new Rgb(256, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Rgb.hex("red"));
    }

    @Test
    void timeCourseOnAGridHasItsTimesAndTheEventLineByDefault() {
        TimeCoursePanel.Course c = TimeCoursePanel.Course.onGrid("High", Palette.BLUE, -1, 20, new double[141],
                new double[141], new double[141]);
        assertEquals(-1, c.time()[0], 0);
        assertEquals(6, c.time()[140], 1e-12);
        assertEquals(0.05, c.time()[21], 1e-12);
        TimeCoursePanel p = TimeCoursePanel.builder("HR", Axis.of("Time", Unit.SECOND), Axis.of("HR",
                Unit.BEATS_PER_MINUTE)).course(c).shade(TimeCoursePanel.Shade.significant(0, 0.85, "p < .05")).build();
        assertEquals(List.of(Marker.event()), p.markers());
        assertTrue(p.zeroLine());
        assertTrue(p.description().contains("95 % CI"));
        double[] t = c.time();
        t[0] = 99;
        assertEquals(-1, c.time()[0], 0, "the course keeps its own copy");
    }

    @Test
    void timeCourseRejectsBadInput() {
        double[] three = {0, 1, 2};
        assertThrows(IllegalArgumentException.class, () -> new TimeCoursePanel.Course("g", Palette.BLUE,
                new double[] {0, 1, 1}, three, null, null));
        assertThrows(IllegalArgumentException.class, () -> new TimeCoursePanel.Course("g", Palette.BLUE, three,
                new double[] {0, 1}, null, null));
        assertThrows(IllegalArgumentException.class, () -> new TimeCoursePanel.Course("g", Palette.BLUE, three,
                three, three, null));
        assertThrows(IllegalArgumentException.class, () -> new TimeCoursePanel.Course("g", Palette.BLUE, three,
                new double[] {0, Double.POSITIVE_INFINITY, 1}, null, null));
        assertThrows(IllegalArgumentException.class, () -> TimeCoursePanel.Shade.significant(1, 1, "x"));
        // NaN is a gap, allowed
        assertFalse(new TimeCoursePanel.Course("g", Palette.BLUE, three, new double[] {0, Double.NaN, 1}, null, null)
                .hasBand());
    }

    @Test
    void barGroupFromRawValuesHasMeanAndSem() {
        // mean 3, SD sqrt(2.5) = 1.5811, SEM = 1.5811 / sqrt(5)
        BarPanel.BarGroup g = BarPanel.BarGroup.meanAndSem("High", Palette.BLUE, List.of(new double[] {1, 2, 3, 4, 5}));
        assertEquals(3, g.mean()[0], 1e-12);
        assertEquals(Math.sqrt(2.5) / Math.sqrt(5), g.error()[0], 1e-12);
        BarPanel p = BarPanel.single("Anxiety", Axis.of("STAI-S change", Unit.DIMENSIONLESS), "Change", List.of(g),
                "SEM", "*");
        assertEquals(List.of(new BarPanel.Mark(0, "*")), p.marks());
        assertEquals(3 + Math.sqrt(0.5), p.extreme(0), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new BarPanel("t", Axis.of("y", Unit.DIMENSIONLESS), "",
                List.of("Pre", "Post"), List.of(g), "SEM", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new BarPanel.BarGroup("g", Palette.BLUE,
                new double[] {1}, new double[] {-1}));
    }

    @Test
    void scatterLegendGivesRAndPOfTheDrawnPoints() {
        ScatterPanel p = new ScatterPanel("nHF", Axis.of("HAMA", Unit.DIMENSIONLESS), Axis.of("nHF change",
                Unit.DIMENSIONLESS), List.of(new ScatterPanel.PointGroup("High", Palette.BLUE, LinearFitTest.X_HIGH,
                        LinearFitTest.Y_HIGH), new ScatterPanel.PointGroup("Low", Palette.VERMILLION,
                                LinearFitTest.X_LOW, LinearFitTest.Y_LOW)), true);
        assertEquals(12, p.size());
        // r = -0.92999, p = 1.18e-5 (scipy.stats.pearsonr, see LinearFitTest)
        assertEquals("r(10) = -.93, p < .001", p.fitLabel());
        assertThrows(IllegalArgumentException.class, () -> new ScatterPanel("s", Axis.of("x", Unit.DIMENSIONLESS),
                Axis.of("y", Unit.DIMENSIONLESS), List.of(new ScatterPanel.PointGroup("g", Palette.BLUE,
                        new double[] {1, 2}, new double[] {1, 2})), true));
    }

    @Test
    void figureLettersGridAndSize() {
        SampleStudy s = new SampleStudy(1);
        Figure f = s.figure4();
        assertEquals(List.of("A", "B", "C"), List.of(f.letter(0), f.letter(1), f.letter(2)));
        assertEquals(3 * Figure.DEFAULT_PANEL_WIDTH, f.width(), 0);
        assertEquals(Figure.DEFAULT_PANEL_HEIGHT, f.height(), 0);
        Figure two = Figure.builder("f", "Two rows").columns(1).panel(s.hrBars()).panel(s.nhfBars()).build();
        assertEquals(2, two.rows());
        assertEquals(Figure.DEFAULT_PANEL_WIDTH, two.width(), 0);
        Figure one = Figure.builder("g", "One").panel(s.hrBars()).build();
        assertEquals("", one.letter(0));
        assertEquals(Figure.DEFAULT_PANEL_WIDTH, one.width(), 0);
        assertTrue(f.description().startsWith("HF-HRV response to negative feedback: (A) time courses"));
        assertThrows(IllegalArgumentException.class, () -> Figure.builder("2fig", "x").panel(s.hrBars()).build());
        assertThrows(IllegalArgumentException.class, () -> Figure.builder("a b", "x").panel(s.hrBars()).build());
        assertThrows(IllegalArgumentException.class, () -> Figure.builder("f", "empty").build());
    }
}
