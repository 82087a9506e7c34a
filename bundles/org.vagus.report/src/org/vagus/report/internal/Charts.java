package org.vagus.report.internal;

import org.jfree.chart.JFreeChart;
import org.vagus.report.figure.BarPanel;
import org.vagus.report.figure.HistogramPanel;
import org.vagus.report.figure.Panel;
import org.vagus.report.figure.ScatterPanel;
import org.vagus.report.figure.TimeCoursePanel;

/** A JFreeChart chart for each kind of panel. */
public final class Charts {
    private Charts() {
    }

    public static JFreeChart of(Panel panel) {
        return switch (panel) {
            case HistogramPanel p -> HistogramChart.build(p);
            case TimeCoursePanel p -> TimeCourseChart.build(p);
            case BarPanel p -> BarChart.build(p);
            case ScatterPanel p -> ScatterChart.build(p);
        };
    }
}
