package org.vagus.report.internal;

import java.awt.Color;
import java.awt.geom.Ellipse2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.vagus.report.figure.LinearFit;
import org.vagus.report.figure.ScatterPanel;
import org.vagus.report.figure.ScatterPanel.PointGroup;

/**
 * Draws a {@link ScatterPanel}: filled circles per group, and over them the least-squares line across the
 * range of x, named in the legend with r and p.
 */
final class ScatterChart {
    /** Point radius, points (1/72 inch). */
    private static final double RADIUS = 2.5;

    private ScatterChart() {
    }

    static JFreeChart build(ScatterPanel p) {
        XYSeriesCollection points = new XYSeriesCollection();
        XYLineAndShapeRenderer pr = new XYLineAndShapeRenderer(false, true);
        pr.setDrawOutlines(false);
        pr.setUseFillPaint(false);
        Ellipse2D dot = new Ellipse2D.Double(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS);
        int k = 0;
        for (PointGroup g : p.groups()) {
            XYSeries s = new XYSeries(g.name(), false, true);
            double[] x = g.x();
            double[] y = g.y();
            for (int i = 0; i < x.length; i++) {
                s.add(x[i], y[i]);
            }
            points.addSeries(s);
            pr.setSeriesPaint(k, ChartStyle.awt(g.colour()));
            pr.setSeriesShape(k, dot);
            k++;
        }
        NumberAxis x = ChartStyle.numberAxis(p.x(), false);
        NumberAxis y = ChartStyle.numberAxis(p.y(), false);
        x.setLowerMargin(0.05);
        x.setUpperMargin(0.05);
        y.setLowerMargin(0.08);
        y.setUpperMargin(0.08);
        XYPlot plot = new XYPlot(points, x, y, pr);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        if (p.showFit()) {
            LinearFit f = p.fit();
            XYSeries line = new XYSeries("Fit: " + p.fitLabel(), false, true);
            line.add(f.xMin(), f.at(f.xMin()));
            line.add(f.xMax(), f.at(f.xMax()));
            XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, false);
            lr.setSeriesPaint(0, Color.BLACK);
            lr.setSeriesStroke(0, ChartStyle.LINE);
            plot.setDataset(1, new XYSeriesCollection(line));
            plot.setRenderer(1, lr);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        return ChartStyle.chart(p.title(), plot, true);
    }
}
