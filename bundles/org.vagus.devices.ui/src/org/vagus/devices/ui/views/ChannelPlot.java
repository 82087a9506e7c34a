package org.vagus.devices.ui.views;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.swtchart.model.DoubleArraySeriesModel;
import org.vagus.core.model.ChannelType;
import org.vagus.devices.ChannelDescription;
import org.vagus.devices.acquisition.RingBuffer;
import org.vagus.devices.ui.model.MinMaxDecimator;

/**
 * One channel's scrolling chart: an SWTChart line chart of the last window of the channel's ring buffer, decimated to
 * two points per pixel column by a {@link MinMaxDecimator}, with lost frames shaded. The x axis is the time before
 * the newest sample, in seconds ({@code -window .. 0}); the y axis follows the signal, growing at once and shrinking
 * only when the signal uses less than half of it, so the trace does not jump. Only the plot area is redrawn unless
 * the y range changed. UI thread only.
 */
final class ChannelPlot {
    private static final String SERIES = "signal";
    private static final int MAX_GAPS = 64;
    private static final Color GAP = new Color(250, 214, 214);
    private static final Color GRID = new Color(225, 225, 225);
    private static final Color ECG = new Color(170, 20, 40);
    private static final Color OTHER = new Color(20, 70, 160);

    private final Chart chart;
    private final ILineSeries<Integer> series;
    private final ChannelDescription channel;
    private final double rateHz;
    private final long[] gapSpans = new long[2 * MAX_GAPS];
    private int gapCount;
    private MinMaxDecimator decimator;
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private long shownEnd = -1;
    private long shownWindow = -1;
    private double yLow = Double.NaN;
    private double yHigh = Double.NaN;

    /**
     * @param parent the composite to put the chart in
     * @param channel the channel
     * @param rateHz its sampling rate
     * @param lowest true for the lowest chart, the only one that labels the time axis
     */
    ChannelPlot(Composite parent, ChannelDescription channel, double rateHz, boolean lowest) {
        this.channel = channel;
        this.rateHz = rateHz;
        chart = new Chart(parent, SWT.NONE);
        chart.setData(MonitorPanel.CHANNEL_KEY, channel.name());
        chart.getTitle().setVisible(false);
        chart.getLegend().setVisible(false);
        chart.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.getPlotArea().setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        // the series is decimated here already: SWTChart's own compression would only cost time
        chart.enableCompress(false);
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        x.getTitle().setText("time before now (s)");
        x.getTitle().setVisible(lowest);
        x.getTick().setVisible(lowest);
        y.getTitle().setText(channel.name() + " (" + channel.unit().symbol() + ")");
        for (IAxis a : new IAxis[] { x, y }) {
            a.getGrid().setForeground(GRID);
            a.getGrid().setStyle(LineStyle.SOLID);
            a.getTick().setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            a.getTitle().setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        }
        @SuppressWarnings("unchecked")
        ILineSeries<Integer> line = (ILineSeries<Integer>) chart.getSeriesSet().createSeries(SeriesType.LINE, SERIES);
        series = line;
        series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        series.setLineColor(channel.type() == ChannelType.ECG ? ECG : OTHER);
        series.setAntialias(SWT.OFF);
        series.setYSeries(new double[0]);
        series.setXSeries(new double[0]);
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent e) {
                paintGaps(e);
            }

            @Override
            public boolean drawBehindSeries() {
                return false; // over the straight line SWTChart draws across a gap
            }
        });
    }

    /**
     * Marks the chart and its parts (plot area, axes, titles) with {@code key} and adds {@code paintEnd} to them as
     * their last paint listener, so a display filter that notes the start of each paint can time the painting.
     *
     * @param key the widget data key of the mark
     * @param paintEnd called when a part has painted
     */
    void timePaints(String key, Listener paintEnd) {
        chart.setData(key, Boolean.TRUE);
        chart.addListener(SWT.Paint, paintEnd);
        for (Control c : chart.getChildren()) {
            c.setData(key, Boolean.TRUE);
            c.addListener(SWT.Paint, paintEnd);
        }
    }

    /** @return the chart */
    Chart chart() {
        return chart;
    }

    /** @return the channel */
    ChannelDescription channel() {
        return channel;
    }

    /** @return the number of points the chart shows now */
    int points() {
        return series.getYSeries() == null ? 0 : series.getYSeries().length;
    }

    /**
     * Shows the window ending at {@code end}: folds in the new samples and hands the chart the decimated trace.
     *
     * @param ring the channel's ring buffer
     * @param end the index after the last sample to show, at most {@code ring.end()}
     * @param windowSamples the window length in samples
     * @return true if the chart was changed and asked to redraw
     */
    boolean show(RingBuffer ring, long end, long windowSamples) {
        int width = chart.getPlotArea().getSize().x;
        if (width <= 0) {
            return false;
        }
        if (decimator == null || decimator.columns() != width || shownWindow != windowSamples) {
            decimator = new MinMaxDecimator(width, windowSamples);
            xs = new double[decimator.maxPoints()];
            ys = new double[decimator.maxPoints()];
            shownEnd = -1;
            shownWindow = windowSamples;
            yLow = Double.NaN;
        }
        if (end == shownEnd) {
            return false;
        }
        decimator.update(ring, end);
        // x is the time before the newest sample, so the axis stays put and only the trace moves: an axis whose
        // range changed every frame would make SWTChart lay the whole chart out again 25 times a second
        int n = decimator.points(xs, ys, -end / rateHz, 1 / rateHz);
        series.setDataModel(new DoubleArraySeriesModel(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n)));
        gapCount = decimator.gaps(gapSpans, MAX_GAPS);
        if (shownEnd < 0) {
            chart.getAxisSet().getXAxis(0).setRange(new Range(-windowSamples / rateHz, 0));
        }
        if (scaleY(decimator.min(), decimator.max())) {
            chart.redraw();
        } else {
            chart.getPlotArea().getControl().redraw();
        }
        shownEnd = end;
        return true;
    }

    /**
     * Grows the y range at once to hold the signal; shrinks it when the signal uses less than half of it.
     *
     * @return true if the range changed
     */
    private boolean scaleY(double lo, double hi) {
        if (Double.isNaN(lo)) {
            if (Double.isNaN(yLow)) {
                yLow = -1;
                yHigh = 1;
                chart.getAxisSet().getYAxis(0).setRange(new Range(yLow, yHigh));
                return true;
            }
            return false;
        }
        double span = hi - lo;
        if (span <= 0) {
            span = Math.max(Math.abs(hi) * 0.1, 1e-3);
            lo -= span / 2;
            hi += span / 2;
        }
        boolean outside = Double.isNaN(yLow) || lo < yLow || hi > yHigh;
        boolean tooWide = !outside && span < 0.5 * (yHigh - yLow);
        if (outside || tooWide) {
            double margin = 0.08 * span;
            yLow = lo - margin;
            yHigh = hi + margin;
            chart.getAxisSet().getYAxis(0).setRange(new Range(yLow, yHigh));
            return true;
        }
        return false;
    }

    private void paintGaps(PaintEvent e) {
        if (gapCount == 0) {
            return;
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        int height = chart.getPlotArea().getSize().y;
        e.gc.setBackground(GAP);
        for (int i = 0; i < gapCount; i++) {
            int x1 = x.getPixelCoordinate((gapSpans[2 * i] - shownEnd) / rateHz);
            int x2 = x.getPixelCoordinate((gapSpans[2 * i + 1] - shownEnd) / rateHz);
            e.gc.fillRectangle(x1, 0, Math.max(1, x2 - x1), height);
        }
    }
}
