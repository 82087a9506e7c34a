package org.vagus.analysis.ui.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.IErrorBar;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.vagus.report.figure.Axis;
import org.vagus.report.figure.BarPanel;
import org.vagus.report.figure.HistogramPanel;
import org.vagus.report.figure.LinearFit;
import org.vagus.report.figure.Marker;
import org.vagus.report.figure.Rgb;
import org.vagus.report.figure.ScatterPanel;
import org.vagus.report.figure.TimeCoursePanel;

/**
 * Draws one panel of the report's figure model ({@code org.vagus.report.figure}) into an SWTChart chart, from the
 * same data the report's JFreeChart renderer draws, so that the workbench and the report show the same figure:
 * <ul>
 * <li>time courses: a line per group (id {@code mean:<group>}), its band as translucent fill between the limits
 * (hidden line series {@code lower:<group>}, {@code upper:<group>} carry them), the shaded windows behind, the
 * markers (event line) and the zero line;</li>
 * <li>bars: a bar series per group ({@code bars:<group>}) over the conditions, with symmetric error bars;</li>
 * <li>scatter: points per group ({@code points:<group>}) and the least-squares line over all ({@code fit}),
 * labelled with r and p;</li>
 * <li>histogram: the groups' bin counts stacked ({@code bins:<group>}) with the reference lines (median).</li>
 * </ul>
 * Missing values (NaN) are left out of line series; bands are interrupted at them. UI thread only.
 */
final class PanelCharts {
    static final String MEAN = "mean:";
    static final String LOWER = "lower:";
    static final String UPPER = "upper:";
    static final String BARS = "bars:";
    static final String POINTS = "points:";
    static final String FIT = "fit";
    static final String BINS = "bins:";
    private static final int BAND_ALPHA = 56;
    private static final int SHADE_ALPHA = 110;

    private PanelCharts() {
    }

    static Color swt(Rgb c) {
        return new Color(c.red(), c.green(), c.blue());
    }

    static Chart base(org.eclipse.swt.widgets.Composite parent, String title, Axis x, Axis y) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.getPlotArea().setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.getTitle().setText(title);
        chart.getTitle().setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        chart.getLegend().setPosition(SWT.BOTTOM);
        IAxis xa = chart.getAxisSet().getXAxis(0);
        IAxis ya = chart.getAxisSet().getYAxis(0);
        xa.getTitle().setText(x == null ? "" : x.title());
        ya.getTitle().setText(y.title());
        for (IAxis a : new IAxis[] {xa, ya}) {
            a.getGrid().setStyle(LineStyle.NONE);
            a.getTick().setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            a.getTitle().setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        }
        return chart;
    }

    private static ILineSeries<?> line(Chart chart, String id, double[] x, double[] y) {
        ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        s.setXSeries(x);
        s.setYSeries(y);
        s.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        return s;
    }

    /** x and y without the points where y is NaN. */
    static double[][] finite(double[] x, double[] y) {
        double[] fx = new double[x.length];
        double[] fy = new double[y.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(y[i])) {
                fx[n] = x[i];
                fy[n++] = y[i];
            }
        }
        return new double[][] {Arrays.copyOf(fx, n), Arrays.copyOf(fy, n)};
    }

    static Chart timeCourse(org.eclipse.swt.widgets.Composite parent, String title, TimeCoursePanel p) {
        Chart chart = base(parent, title, p.x(), p.y());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        for (TimeCoursePanel.Course c : p.courses()) {
            double[][] m = finite(c.time(), c.mean());
            ILineSeries<?> s = line(chart, MEAN + c.name(), m[0], m[1]);
            s.setLineColor(swt(c.colour()));
            s.setLineWidth(2);
            s.setDescription(c.name());
            if (c.hasBand()) {
                for (String kind : new String[] {LOWER, UPPER}) {
                    double[][] b = finite(c.time(), kind.equals(LOWER) ? c.lower() : c.upper());
                    ILineSeries<?> band = line(chart, kind + c.name(), b[0], b[1]);
                    band.setVisible(false);
                    band.setVisibleInLegend(false);
                    for (double v : b[1]) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
            for (double v : m[1]) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            double[] t = c.time();
            if (t.length > 0) {
                x0 = Math.min(x0, t[0]);
                x1 = Math.max(x1, t[t.length - 1]);
            }
        }
        if (p.zeroLine()) {
            lo = Math.min(lo, 0);
            hi = Math.max(hi, 0);
        }
        range(chart.getAxisSet().getXAxis(0), p.x(), x0, x1, 0);
        range(chart.getAxisSet().getYAxis(0), p.y(), lo, hi, 0.05);
        chart.getPlotArea().addCustomPaintListener(behind(e -> {
            IAxis xa = chart.getAxisSet().getXAxis(0);
            Point size = chart.getPlotArea().getSize();
            for (TimeCoursePanel.Shade s : p.shades()) {
                int a = xa.getPixelCoordinate(s.start());
                int b = xa.getPixelCoordinate(s.end());
                e.gc.setBackground(swt(s.colour()));
                e.gc.setAlpha(SHADE_ALPHA);
                e.gc.fillRectangle(Math.min(a, b), 0, Math.max(1, Math.abs(b - a)), size.y);
            }
            e.gc.setAlpha(BAND_ALPHA);
            for (TimeCoursePanel.Course c : p.courses()) {
                if (c.hasBand()) {
                    band(e.gc, chart, c);
                }
            }
            e.gc.setAlpha(255);
        }));
        chart.getPlotArea().addCustomPaintListener(front(e -> {
            IAxis ya = chart.getAxisSet().getYAxis(0);
            if (p.zeroLine()) {
                int y0 = ya.getPixelCoordinate(0);
                e.gc.setForeground(swt(new Rgb(102, 102, 102)));
                e.gc.drawLine(0, y0, chart.getPlotArea().getSize().x, y0);
            }
            markers(e.gc, chart, p.markers(), v -> chart.getAxisSet().getXAxis(0).getPixelCoordinate(v));
            int y = 2;
            for (TimeCoursePanel.Shade s : shadeLabels(p)) {
                e.gc.setBackground(swt(s.colour()));
                e.gc.fillRectangle(4, y + 3, 10, 10);
                e.gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
                e.gc.drawString(s.label(), 18, y, true);
                y += e.gc.getFontMetrics().getHeight();
            }
            if (!p.bandLabel().isEmpty()) {
                e.gc.drawString("bands: " + p.bandLabel(), 4, y, true);
            }
        }));
        return chart;
    }

    /** One legend line per distinct shade label. */
    private static List<TimeCoursePanel.Shade> shadeLabels(TimeCoursePanel p) {
        List<TimeCoursePanel.Shade> out = new ArrayList<>();
        for (TimeCoursePanel.Shade s : p.shades()) {
            if (out.stream().noneMatch(o -> o.label().equals(s.label()))) {
                out.add(s);
            }
        }
        return out;
    }

    /** The band of a course as filled polygons, one per run of points where both limits are known. */
    private static void band(GC gc, Chart chart, TimeCoursePanel.Course c) {
        IAxis xa = chart.getAxisSet().getXAxis(0);
        IAxis ya = chart.getAxisSet().getYAxis(0);
        double[] t = c.time();
        double[] lo = c.lower();
        double[] hi = c.upper();
        gc.setBackground(swt(c.colour()));
        int i = 0;
        while (i < t.length) {
            while (i < t.length && (Double.isNaN(lo[i]) || Double.isNaN(hi[i]))) {
                i++;
            }
            int start = i;
            while (i < t.length && !Double.isNaN(lo[i]) && !Double.isNaN(hi[i])) {
                i++;
            }
            int n = i - start;
            if (n >= 2) {
                int[] poly = new int[4 * n];
                for (int k = 0; k < n; k++) {
                    poly[2 * k] = xa.getPixelCoordinate(t[start + k]);
                    poly[2 * k + 1] = ya.getPixelCoordinate(hi[start + k]);
                    int back = start + n - 1 - k;
                    poly[2 * n + 2 * k] = xa.getPixelCoordinate(t[back]);
                    poly[2 * n + 2 * k + 1] = ya.getPixelCoordinate(lo[back]);
                }
                gc.fillPolygon(poly);
            }
        }
    }

    static Chart bars(org.eclipse.swt.widgets.Composite parent, String title, BarPanel p) {
        Chart chart = base(parent, title, null, p.y());
        IAxis xa = chart.getAxisSet().getXAxis(0);
        xa.getTitle().setText(p.conditionLabel());
        xa.enableCategory(true);
        xa.setCategorySeries(p.conditions().toArray(new String[0]));
        double lo = 0;
        double hi = 0;
        for (BarPanel.BarGroup g : p.groups()) {
            IBarSeries<?> s = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, BARS + g.name());
            double[] m = g.mean();
            double[] err = g.error();
            s.setYSeries(m);
            s.setBarColor(swt(g.colour()));
            s.setDescription(g.name());
            IErrorBar eb = s.getYErrorBar();
            eb.setType(IErrorBar.ErrorBarType.BOTH);
            eb.setPlusErrors(err);
            eb.setMinusErrors(err);
            eb.setColor(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            eb.setVisible(true);
            for (int i = 0; i < m.length; i++) {
                lo = Math.min(lo, m[i] - err[i]);
                hi = Math.max(hi, m[i] + err[i]);
            }
        }
        xa.adjustRange();
        range(chart.getAxisSet().getYAxis(0), p.y(), lo, hi, 0.12);
        if (!p.errorLabel().isEmpty()) {
            chart.getTitle().setText(title + " (error bars: " + p.errorLabel() + ")");
        }
        chart.getPlotArea().addCustomPaintListener(front(e -> {
            IAxis x = chart.getAxisSet().getXAxis(0);
            IAxis y = chart.getAxisSet().getYAxis(0);
            e.gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            for (BarPanel.Mark m : p.marks()) {
                double top = p.extreme(m.condition());
                int px = x.getPixelCoordinate(m.condition());
                int py = y.getPixelCoordinate(top);
                Point ext = e.gc.textExtent(m.text());
                e.gc.drawString(m.text(), px - ext.x / 2, top >= 0 ? py - ext.y - 2 : py + 2, true);
            }
        }));
        return chart;
    }

    static Chart scatter(org.eclipse.swt.widgets.Composite parent, String title, ScatterPanel p) {
        Chart chart = base(parent, title, p.x(), p.y());
        for (ScatterPanel.PointGroup g : p.groups()) {
            ILineSeries<?> s = line(chart, POINTS + g.name(), g.x(), g.y());
            s.setLineStyle(LineStyle.NONE);
            s.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
            s.setSymbolSize(4);
            s.setSymbolColor(swt(g.colour()));
            s.setDescription(g.name());
        }
        if (p.showFit()) {
            LinearFit f = p.fit();
            ILineSeries<?> s = line(chart, FIT, new double[] {f.xMin(), f.xMax()},
                    new double[] {f.at(f.xMin()), f.at(f.xMax())});
            s.setLineColor(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            s.setLineWidth(2);
            s.setDescription(p.fitLabel());
        }
        double[] xs = p.allX();
        double[] ys = p.allY();
        range(chart.getAxisSet().getXAxis(0), p.x(), min(xs), max(xs), 0.05);
        range(chart.getAxisSet().getYAxis(0), p.y(), min(ys), max(ys), 0.05);
        return chart;
    }

    static Chart histogram(org.eclipse.swt.widgets.Composite parent, String title, HistogramPanel p) {
        Chart chart = base(parent, title, p.x(), p.y());
        IAxis xa = chart.getAxisSet().getXAxis(0);
        String[] bins = new String[p.bins()];
        for (int i = 0; i < bins.length; i++) {
            bins[i] = String.format(Locale.ROOT, "%.2f", p.binStart(i) + p.binWidth() / 2);
        }
        xa.enableCategory(true);
        xa.setCategorySeries(bins);
        for (int g = 0; g < p.groups().size(); g++) {
            HistogramPanel.Group group = p.groups().get(g);
            IBarSeries<?> s = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, BINS + group.name());
            s.setYSeries(Arrays.stream(p.counts(g)).asDoubleStream().toArray());
            s.setBarColor(swt(group.colour()));
            s.setDescription(group.name());
            s.setBarPadding(0);
            s.enableStack(true);
        }
        xa.adjustRange();
        range(chart.getAxisSet().getYAxis(0), p.y(), 0, p.maxStack(), 0.1);
        chart.getPlotArea().addCustomPaintListener(front(e -> {
            IAxis x = chart.getAxisSet().getXAxis(0);
            int a = x.getPixelCoordinate(0);
            int b = p.bins() > 1 ? x.getPixelCoordinate(1) : a + chart.getPlotArea().getSize().x;
            // category i is centred on index i; a value v lies (v - origin) / width - 0.5 categories from 0
            markers(e.gc, chart, p.markers(),
                    v -> a + (int) Math.round(((v - p.origin()) / p.binWidth() - 0.5) * (b - a)));
        }));
        return chart;
    }

    private static void markers(GC gc, Chart chart, List<Marker> markers, java.util.function.DoubleToIntFunction x) {
        int height = chart.getPlotArea().getSize().y;
        for (Marker m : markers) {
            int px = x.applyAsInt(m.value());
            gc.setForeground(swt(m.colour()));
            gc.setLineWidth(m.dashed() ? 2 : 1);
            gc.setLineStyle(m.dashed() ? SWT.LINE_DASH : SWT.LINE_SOLID);
            gc.drawLine(px, 0, px, height);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.setLineWidth(1);
            if (!m.label().isEmpty()) {
                gc.drawString(m.label(), px + 4, 4, true);
            }
        }
    }

    /** The axis's fixed range, or the data's with a margin (a fraction of the span). */
    private static void range(IAxis axis, Axis spec, double lo, double hi, double margin) {
        if (spec != null && spec.range().isPresent()) {
            axis.setRange(new Range(spec.range().get().lower(), spec.range().get().upper()));
            return;
        }
        if (!(lo <= hi) || Double.isInfinite(lo) || Double.isInfinite(hi)) {
            return;
        }
        double pad = hi > lo ? (hi - lo) * margin : Math.max(1, Math.abs(hi)) * 0.1;
        axis.setRange(new Range(lo - pad, hi + pad));
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }

    private static ICustomPaintListener behind(java.util.function.Consumer<PaintEvent> paint) {
        return layer(paint, true);
    }

    private static ICustomPaintListener front(java.util.function.Consumer<PaintEvent> paint) {
        return layer(paint, false);
    }

    /** A paint listener drawn behind the series (bands, shading) or in front of them (stars, labels). */
    private static ICustomPaintListener layer(java.util.function.Consumer<PaintEvent> paint, boolean behindSeries) {
        return new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent e) {
                paint.accept(e);
            }

            @Override
            public boolean drawBehindSeries() {
                return behindSeries;
            }
        };
    }
}
