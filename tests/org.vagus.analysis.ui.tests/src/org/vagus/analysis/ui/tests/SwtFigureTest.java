package org.vagus.analysis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.vagus.analysis.ui.figures.SwtFigure;
import org.vagus.core.units.Unit;
import org.vagus.report.figure.Axis;
import org.vagus.report.figure.BarPanel;
import org.vagus.report.figure.Figure;
import org.vagus.report.figure.HistogramPanel;
import org.vagus.report.figure.Marker;
import org.vagus.report.figure.Palette;
import org.vagus.report.figure.ScatterPanel;
import org.vagus.report.figure.TimeCoursePanel;

/**
 * The SWTChart renderer of the figure model, on a figure made by hand with one panel of each kind (a course with a
 * gap and a band, a shaded window, bars with SEM, a scatter with its fit, a stacked histogram with the median): every
 * series the charts hold equals the model's data.
 */
class SwtFigureTest {

    static Figure figure() {
        Axis time = Axis.of("Time", Unit.SECOND);
        Axis hr = Axis.of("HR change", Unit.BEATS_PER_MINUTE);
        double nan = Double.NaN;
        TimeCoursePanel course = TimeCoursePanel.builder("Heart rate", time, hr)
                .course(TimeCoursePanel.Course.onGrid("High SC", Palette.group(0), -1, 2,
                        new double[] {0, 0.1, 1.2, 2.0, nan, 1.0, 0.4, 0.1},
                        new double[] {-0.5, -0.4, 0.5, 1.1, nan, 0.2, -0.3, -0.5},
                        new double[] {0.5, 0.6, 1.9, 2.9, nan, 1.8, 1.1, 0.7}))
                .course(TimeCoursePanel.Course.onGrid("Low SC", Palette.group(1), -1, 2,
                        new double[] {0, 0.3, 2.2, 3.9, 3.1, 2.0, 1.2, 0.8}, null, null))
                .shade(TimeCoursePanel.Shade.significant(0, 0.85, "p < .05, cluster-corrected")).build();
        BarPanel bars = new BarPanel("State anxiety", Axis.of("STAI-S", Unit.DIMENSIONLESS), "Time",
                List.of("Before", "After"), List.of(
                        new BarPanel.BarGroup("High SC", Palette.group(0), new double[] {44, 47}, new double[] {1.2,
                                1.4}),
                        new BarPanel.BarGroup("Low SC", Palette.group(1), new double[] {45, 53}, new double[] {1.1,
                                1.6})),
                "SEM", List.of(new BarPanel.Mark(1, "*")));
        ScatterPanel scatter = new ScatterPanel("nHF and anxiety", Axis.of("HAMA", Unit.DIMENSIONLESS),
                Axis.of("nHF change", Unit.DIMENSIONLESS), List.of(
                        new ScatterPanel.PointGroup("High SC", Palette.group(0), new double[] {15, 17, 18, 20},
                                new double[] {0.02, 0.01, -0.01, 0.0}),
                        new ScatterPanel.PointGroup("Low SC", Palette.group(1), new double[] {21, 23, 24, 26},
                                new double[] {-0.02, -0.04, -0.03, -0.06})),
                true);
        HistogramPanel histogram = HistogramPanel.of("SCS", Axis.of("SCS score", Unit.DIMENSIONLESS),
                Axis.of("Participants", Unit.DIMENSIONLESS), 0.25, List.of(
                        new HistogramPanel.Group("High SC", Palette.group(0), new double[] {2.9, 3.1, 3.3, 3.3, 3.9}),
                        new HistogramPanel.Group("Low SC", Palette.group(1), new double[] {1.9, 2.2, 2.4, 2.6, 2.8})),
                List.of(Marker.median(2.85)));
        return Figure.builder("figureX", "All panel kinds").caption("Made by hand for the renderer's test.")
                .columns(2).panel(histogram).panel(course).panel(bars).panel(scatter).build();
    }

    @Test
    void everySeriesEqualsTheModelsData() throws Exception {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            SwtFigure f = new SwtFigure(shell, figure());
            shell.setSize(shell.computeSize(SWT.DEFAULT, SWT.DEFAULT));
            shell.open();
            Waiting.pump(display);
            FigureAssertions.assertDrawn(f);
            // the course's gap: 7 of its 8 points drawn, and the letters of the four panels
            assertEquals(7, FigureAssertions.series(f.charts().get(1), SwtFigure.MEAN + "High SC").getYSeries().length);
            assertEquals("B   Heart rate", f.charts().get(1).getTitle().getText());
            Screenshots.save(shell, "analyze-figure-model-panels");
        } finally {
            shell.dispose();
        }
    }
}
