package org.vagus.report.internal;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.vagus.report.figure.Marker;
import org.vagus.report.figure.Palette;
import org.vagus.report.figure.Rgb;
import org.vagus.report.figure.TimeCoursePanel;
import org.vagus.report.figure.TimeCoursePanel.Course;
import org.vagus.report.figure.TimeCoursePanel.Shade;

/**
 * Draws a {@link TimeCoursePanel}: each course as a line over its translucent band, split into one series
 * per run of points without gaps (only the first named in the legend), shaded windows behind, the event and
 * zero lines, and legend entries for the band and the shading.
 */
final class TimeCourseChart {
    private TimeCourseChart() {
    }

    static JFreeChart build(TimeCoursePanel p) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(ChartStyle.BAND_ALPHA);
        r.setDrawSeriesLineAsPath(true);
        double tMin = Double.POSITIVE_INFINITY;
        double tMax = Double.NEGATIVE_INFINITY;
        boolean anyBand = false;
        for (Course c : p.courses()) {
            double[] t = c.time();
            double[] m = c.mean();
            double[] lo = c.hasBand() ? c.lower() : m;
            double[] hi = c.hasBand() ? c.upper() : m;
            anyBand |= c.hasBand();
            tMin = Math.min(tMin, t.length > 0 ? t[0] : tMin);
            tMax = Math.max(tMax, t.length > 0 ? t[t.length - 1] : tMax);
            int segment = 0;
            int i = 0;
            while (i < t.length) {
                if (Double.isNaN(m[i])) {
                    i++;
                    continue;
                }
                String key = segment == 0 ? c.name() : c.name() + " (part " + (segment + 1) + ")";
                YIntervalSeries s = new YIntervalSeries(key, false, true);
                for (; i < t.length && !Double.isNaN(m[i]); i++) {
                    boolean band = !Double.isNaN(lo[i]) && !Double.isNaN(hi[i]);
                    s.add(t[i], m[i], band ? lo[i] : m[i], band ? hi[i] : m[i]);
                }
                int k = data.getSeriesCount();
                data.addSeries(s);
                Color colour = ChartStyle.awt(c.colour());
                r.setSeriesPaint(k, colour);
                r.setSeriesFillPaint(k, colour);
                r.setSeriesStroke(k, ChartStyle.LINE);
                r.setSeriesVisibleInLegend(k, segment == 0);
                segment++;
            }
        }

        NumberAxis x = ChartStyle.numberAxis(p.x(), false);
        if (tMin < tMax) {
            ChartStyle.range(x, p.x(), tMin, tMax);
        }
        NumberAxis y = ChartStyle.numberAxis(p.y(), false);
        y.setLowerMargin(0.06);
        y.setUpperMargin(0.06);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (Shade s : union(p.shades())) {
            Markers.shade(plot, s.start(), s.end(), s.colour());
        }
        for (Marker m : p.markers()) {
            plot.addDomainMarker(Markers.vertical(m));
        }
        if (p.zeroLine()) {
            Markers.zeroLine(plot);
        }

        LegendItemCollection items = new LegendItemCollection();
        items.addAll(plot.getLegendItems());
        if (anyBand && !p.bandLabel().isEmpty()) {
            items.add(swatch("Band: " + p.bandLabel(), Palette.GREY.lighter(0.6)));
        }
        Map<String, Rgb> shadeLabels = new LinkedHashMap<>();
        for (Shade s : p.shades()) {
            shadeLabels.putIfAbsent(s.label(), s.colour());
        }
        shadeLabels.forEach((label, colour) -> items.add(swatch(label, colour.lighter(1 - ChartStyle.SHADE_ALPHA))));
        plot.setFixedLegendItems(items);
        return ChartStyle.chart(p.title(), plot, true);
    }

    /**
     * Overlapping or touching shades of one colour merged, so that translucent fills do not darken where
     * windows overlap (windows of 0.5 s every 0.05 s give overlapping spans).
     */
    static List<Shade> union(List<Shade> shades) {
        List<Shade> sorted = new ArrayList<>(shades);
        sorted.sort(Comparator.comparingDouble(Shade::start));
        List<Shade> out = new ArrayList<>();
        for (Shade s : sorted) {
            int i = out.size() - 1;
            while (i >= 0 && !out.get(i).colour().equals(s.colour())) {
                i--;
            }
            if (i >= 0 && s.start() <= out.get(i).end()) {
                Shade o = out.get(i);
                out.set(i, new Shade(o.start(), Math.max(o.end(), s.end()), o.label(), o.colour()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static LegendItem swatch(String label, Rgb colour) {
        LegendItem item = new LegendItem(label, ChartStyle.awt(colour));
        item.setLabelFont(ChartStyle.LEGEND);
        return item;
    }
}
