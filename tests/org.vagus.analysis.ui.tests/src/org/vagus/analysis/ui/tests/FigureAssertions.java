package org.vagus.analysis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.vagus.analysis.ui.figures.SwtFigure;
import org.vagus.report.figure.BarPanel;
import org.vagus.report.figure.HistogramPanel;
import org.vagus.report.figure.LinearFit;
import org.vagus.report.figure.Panel;
import org.vagus.report.figure.ScatterPanel;
import org.vagus.report.figure.TimeCoursePanel;

/** Reads an SWTChart figure back and compares every series with the figure model's data, value for value. */
final class FigureAssertions {
    private FigureAssertions() {
    }

    static void assertDrawn(SwtFigure f) {
        assertEquals(f.figure().panels().size(), f.charts().size(), "one chart per panel");
        for (int i = 0; i < f.charts().size(); i++) {
            assertPanel(f.charts().get(i), f.figure().panels().get(i));
        }
    }

    static ISeries<?> series(Chart c, String id) {
        ISeries<?> s = c.getSeriesSet().getSeries(id);
        assertNotNull(s, "series " + id + " in chart '" + c.getTitle().getText() + "'");
        return s;
    }

    /** The model's values without the points whose value is NaN (SWTChart line series carry no gaps). */
    private static double[][] finite(double[] x, double[] y) {
        int[] keep = IntStream.range(0, y.length).filter(i -> !Double.isNaN(y[i])).toArray();
        return new double[][] {Arrays.stream(keep).mapToDouble(i -> x[i]).toArray(),
                Arrays.stream(keep).mapToDouble(i -> y[i]).toArray()};
    }

    static void assertPanel(Chart c, Panel p) {
        switch (p) {
            case TimeCoursePanel t -> {
                for (TimeCoursePanel.Course course : t.courses()) {
                    double[][] m = finite(course.time(), course.mean());
                    ISeries<?> s = series(c, SwtFigure.MEAN + course.name());
                    assertArrayEquals(m[0], s.getXSeries(), 0, course.name() + " time");
                    assertArrayEquals(m[1], s.getYSeries(), 0, course.name() + " mean");
                    if (course.hasBand()) {
                        double[][] lo = finite(course.time(), course.lower());
                        double[][] hi = finite(course.time(), course.upper());
                        assertArrayEquals(lo[1], series(c, SwtFigure.LOWER + course.name()).getYSeries(), 0);
                        assertArrayEquals(hi[1], series(c, SwtFigure.UPPER + course.name()).getYSeries(), 0);
                        assertArrayEquals(lo[0], series(c, SwtFigure.LOWER + course.name()).getXSeries(), 0);
                    }
                }
            }
            case BarPanel b -> {
                assertArrayEquals(b.conditions().toArray(), c.getAxisSet().getXAxis(0).getCategorySeries());
                for (BarPanel.BarGroup g : b.groups()) {
                    IBarSeries<?> s = (IBarSeries<?>) series(c, SwtFigure.BARS + g.name());
                    assertArrayEquals(g.mean(), s.getYSeries(), 0, g.name() + " means");
                    assertArrayEquals(g.error(), s.getYErrorBar().getPlusErrors(), 0, g.name() + " errors");
                    assertArrayEquals(g.error(), s.getYErrorBar().getMinusErrors(), 0, g.name() + " errors");
                }
            }
            case ScatterPanel s -> {
                for (ScatterPanel.PointGroup g : s.groups()) {
                    ISeries<?> pts = series(c, SwtFigure.POINTS + g.name());
                    assertArrayEquals(g.x(), pts.getXSeries(), 0);
                    assertArrayEquals(g.y(), pts.getYSeries(), 0);
                }
                if (s.showFit()) {
                    LinearFit fit = s.fit();
                    ISeries<?> line = series(c, SwtFigure.FIT);
                    assertArrayEquals(new double[] {fit.xMin(), fit.xMax()}, line.getXSeries(), 0);
                    assertArrayEquals(new double[] {fit.at(fit.xMin()), fit.at(fit.xMax())}, line.getYSeries(), 0);
                    assertEquals(s.fitLabel(), line.getDescription());
                }
            }
            case HistogramPanel h -> {
                assertEquals(h.bins(), c.getAxisSet().getXAxis(0).getCategorySeries().length);
                for (int g = 0; g < h.groups().size(); g++) {
                    ISeries<?> s = series(c, SwtFigure.BINS + h.groups().get(g).name());
                    assertArrayEquals(Arrays.stream(h.counts(g)).asDoubleStream().toArray(), s.getYSeries(), 0);
                }
            }
        }
    }
}
