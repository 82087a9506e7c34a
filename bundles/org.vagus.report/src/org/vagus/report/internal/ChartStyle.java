package org.vagus.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.vagus.report.figure.Range;
import org.vagus.report.figure.Rgb;

/**
 * The look shared by all report charts, after APA figure guidance: sans-serif text of 8 to 10 pt, black
 * axis lines, no grid lines, no plot frame, a white background and the legend below the plot. Tick labels
 * use English number formats whatever the default locale.
 */
public final class ChartStyle {
    /** The font family; JFreeSVG writes the logical "SansSerif" as CSS sans-serif. */
    public static final String FAMILY = Font.SANS_SERIF;
    public static final Font TITLE = new Font(FAMILY, Font.BOLD, 10);
    public static final Font LABEL = new Font(FAMILY, Font.PLAIN, 9);
    public static final Font TICK = new Font(FAMILY, Font.PLAIN, 8);
    public static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 8);
    public static final Font NOTE = new Font(FAMILY, Font.PLAIN, 8);
    /** Panel letters: bold, larger than any other text. */
    public static final Font LETTER = new Font(FAMILY, Font.BOLD, 13);
    public static final Stroke LINE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    public static final Stroke THIN = new BasicStroke(0.75f);
    public static final Stroke DASHED = new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {4f, 3f}, 0f);
    public static final Stroke DOTTED = new BasicStroke(0.75f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {1.5f, 2f}, 0f);
    /** Opacity of confidence bands. */
    public static final float BAND_ALPHA = 0.25f;
    /** Opacity of shaded windows. */
    public static final float SHADE_ALPHA = 0.6f;

    private ChartStyle() {
    }

    public static Color awt(Rgb c) {
        return new Color(c.red(), c.green(), c.blue());
    }

    /** A chart with the house style; a legend below the plot when {@code legend}. */
    public static JFreeChart chart(String title, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        // room at the top left for the panel letter, which the figure renderer draws over the cell
        chart.setPadding(new RectangleInsets(4, 6, 4, 8));
        TextTitle t = chart.getTitle();
        t.setPaint(Color.BLACK);
        t.setPadding(new RectangleInsets(2, 16, 4, 16));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(2, 2, 2, 2));
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setPosition(RectangleEdge.BOTTOM);
            l.setItemFont(LEGEND);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
            l.setItemLabelPadding(new RectangleInsets(1, 2, 1, 6));
        }
        return chart;
    }

    /** Black axis line, ticks and text in the house fonts. */
    public static <A extends Axis> A axis(A axis) {
        axis.setLabelFont(LABEL);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(Color.BLACK);
        axis.setAxisLinePaint(Color.BLACK);
        axis.setAxisLineStroke(THIN);
        axis.setTickMarkPaint(Color.BLACK);
        axis.setTickMarkStroke(THIN);
        axis.setTickMarkOutsideLength(3f);
        axis.setTickMarkInsideLength(0f);
        return axis;
    }

    /** A number axis titled from the model, with English tick labels, fitted or fixed to the model's range. */
    public static NumberAxis numberAxis(org.vagus.report.figure.Axis model, boolean includeZero) {
        NumberAxis a = axis(new NumberAxis(model.title()));
        a.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.US));
        a.setAutoRangeIncludesZero(includeZero);
        a.setAutoRangeStickyZero(includeZero);
        model.range().ifPresent(r -> a.setRange(r.lower(), r.upper()));
        return a;
    }

    /** Sets a range unless the model fixes one. */
    public static void range(NumberAxis a, org.vagus.report.figure.Axis model, double lower, double upper) {
        if (model.range().isEmpty() && lower < upper) {
            a.setRange(lower, upper);
        }
    }

    /** The range drawn, for the layout. */
    public static Range of(org.jfree.data.Range r) {
        return new Range(r.getLowerBound(), r.getUpperBound());
    }
}
