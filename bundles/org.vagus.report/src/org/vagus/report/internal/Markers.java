package org.vagus.report.internal;

import java.awt.Color;

import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.plot.XYPlot;
import org.vagus.report.figure.Marker;
import org.vagus.report.figure.Rgb;

/** Reference lines and shaded intervals in the house style. */
final class Markers {
    private Markers() {
    }

    /** A vertical line at an x value, its label at the top right of the line. */
    static ValueMarker vertical(Marker m) {
        ValueMarker v = new ValueMarker(m.value(), ChartStyle.awt(m.colour()),
                m.dashed() ? ChartStyle.DASHED : ChartStyle.THIN);
        if (!m.label().isEmpty()) {
            v.setLabel(m.label());
            v.setLabelFont(ChartStyle.NOTE);
            v.setLabelPaint(Color.BLACK);
            // mostly opaque white, so that the label stays readable over bars
            v.setLabelBackgroundColor(new Color(255, 255, 255, 210));
            v.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            v.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            v.setLabelOffset(new RectangleInsets(2, 3, 2, 3));
        }
        return v;
    }

    /** A horizontal dotted grey line at y = 0. */
    static void zeroLine(XYPlot plot) {
        plot.addRangeMarker(new ValueMarker(0, new Color(0x66, 0x66, 0x66), ChartStyle.DOTTED), Layer.BACKGROUND);
    }

    /** A translucent band over an x interval, behind the data. */
    static void shade(XYPlot plot, double start, double end, Rgb colour) {
        IntervalMarker m = new IntervalMarker(start, end, ChartStyle.awt(colour));
        m.setAlpha(ChartStyle.SHADE_ALPHA);
        m.setOutlinePaint(null);
        plot.addDomainMarker(m, Layer.BACKGROUND);
    }
}
