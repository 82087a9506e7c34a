package org.vagus.report.internal;

import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.vagus.report.figure.HistogramPanel;
import org.vagus.report.figure.Marker;

/** Draws a {@link HistogramPanel}: stacked bars per bin, one colour per group, reference lines on top. */
final class HistogramChart {
    private HistogramChart() {
    }

    static JFreeChart build(HistogramPanel p) {
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        List<HistogramPanel.Group> groups = p.groups();
        for (int g = 0; g < groups.size(); g++) {
            XYSeries s = new XYSeries(groups.get(g).name(), true, false);
            int[] counts = p.counts(g);
            for (int b = 0; b < p.bins(); b++) {
                s.add(p.binStart(b) + p.binWidth() / 2, counts[b]);
            }
            data.addSeries(s);
        }
        // bars as wide as the bins, centred on the bin centres: edges fall exactly on the bin edges
        data.setIntervalWidth(p.binWidth());
        data.setIntervalPositionFactor(0.5);

        StackedXYBarRenderer r = new StackedXYBarRenderer(0.0);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(true);
        r.setDefaultOutlinePaint(Color.WHITE);
        r.setDefaultOutlineStroke(ChartStyle.THIN);
        for (int g = 0; g < groups.size(); g++) {
            r.setSeriesPaint(g, ChartStyle.awt(groups.get(g).colour()));
            r.setSeriesOutlinePaint(g, Color.WHITE);
        }

        NumberAxis x = ChartStyle.numberAxis(p.x(), false);
        ChartStyle.range(x, p.x(), p.origin(), p.end());
        NumberAxis y = ChartStyle.numberAxis(p.y(), true);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits(java.util.Locale.US));
        ChartStyle.range(y, p.y(), 0, Math.max(1, p.maxStack()) * 1.12);

        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (Marker m : p.markers()) {
            plot.addDomainMarker(Markers.vertical(m));
        }
        return ChartStyle.chart(p.title(), plot, true);
    }
}
