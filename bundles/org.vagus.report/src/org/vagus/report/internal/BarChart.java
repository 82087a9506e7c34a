package org.vagus.report.internal;

import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.vagus.report.figure.BarPanel;
import org.vagus.report.figure.BarPanel.BarGroup;

/**
 * Draws a {@link BarPanel}: groups side by side within each condition, error bars in black, marks such as
 * "*" above the tallest bar of their condition. The value range is computed from means and errors (not left
 * to the library), so that the marks always fit.
 */
final class BarChart {
    /** Head room above the highest error bar for the marks, as a fraction of the data span. */
    private static final double HEAD_ROOM = 0.18;

    private BarChart() {
    }

    static JFreeChart build(BarPanel p) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        List<BarGroup> groups = p.groups();
        double lo = 0;
        double hi = 0;
        for (BarGroup g : groups) {
            double[] m = g.mean();
            double[] e = g.error();
            for (int c = 0; c < m.length; c++) {
                // the dataset's "standard deviation" is only what the renderer draws as the error bar
                data.add(m[c], e[c], g.name(), p.conditions().get(c));
                lo = Math.min(lo, m[c] - e[c]);
                hi = Math.max(hi, m[c] + e[c]);
            }
        }
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setErrorIndicatorPaint(Color.BLACK);
        r.setErrorIndicatorStroke(ChartStyle.THIN);
        r.setItemMargin(0.06);
        r.setMaximumBarWidth(0.25);
        for (int g = 0; g < groups.size(); g++) {
            r.setSeriesPaint(g, ChartStyle.awt(groups.get(g).colour()));
        }
        CategoryAxis x = ChartStyle.axis(new CategoryAxis(p.conditionLabel().isEmpty() ? null : p.conditionLabel()));
        x.setCategoryMargin(0.3);
        x.setLowerMargin(0.08);
        x.setUpperMargin(0.08);
        NumberAxis y = ChartStyle.numberAxis(p.y(), true);
        double span = Math.max(hi - lo, 1e-12);
        double top = hi > 0 ? hi + span * HEAD_ROOM : 0;
        double bottom = lo < 0 ? lo - span * HEAD_ROOM : 0;
        ChartStyle.range(y, p.y(), bottom, top > bottom ? top : bottom + 1);

        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        if (lo < 0) {
            plot.addRangeMarker(new ValueMarker(0, Color.BLACK, ChartStyle.THIN), Layer.FOREGROUND);
        }
        for (BarPanel.Mark mark : p.marks()) {
            double end = p.extreme(mark.condition());
            boolean up = end >= 0;
            CategoryTextAnnotation a = new CategoryTextAnnotation(mark.text(), p.conditions().get(mark.condition()),
                    end + (up ? 1 : -1) * span * 0.03);
            a.setFont(ChartStyle.TITLE);
            a.setPaint(Color.BLACK);
            a.setTextAnchor(up ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
            plot.addAnnotation(a);
        }
        return ChartStyle.chart(p.title(), plot, true);
    }
}
