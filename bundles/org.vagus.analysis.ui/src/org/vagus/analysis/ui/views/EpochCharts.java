package org.vagus.analysis.ui.views;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.vagus.analysis.results.ParticipantCourse;
import org.vagus.analysis.results.ParticipantResult;
import org.vagus.signal.beats.RegularSeries;

/**
 * A participant's averaged event-locked courses, side by side: heart-rate change (bpm) and nHF change around the
 * recipe's events ('Wrong' feedback, -1..6 s, baseline -1..0 s in the seed analysis), as the engine computed them
 * for this participant. SWTChart line charts; points without a value (NaN) are left out. UI thread only.
 */
public final class EpochCharts {
    /** The series id of the mean course in each chart. */
    public static final String SERIES = "mean";

    private static final Color LINE = new Color(0, 114, 178);
    private final Chart hr;
    private final Chart nhf;

    /** @param parent the composite to fill */
    public EpochCharts(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new FillLayout(SWT.HORIZONTAL));
        hr = chart(box, "Heart rate", "HR change (bpm)");
        nhf = chart(box, "nHF", "nHF change");
    }

    /** @return the composite holding both charts */
    public Composite control() {
        return hr.getParent();
    }

    /** @return the heart-rate chart */
    public Chart heartRate() {
        return hr;
    }

    /** @return the nHF chart */
    public Chart nhf() {
        return nhf;
    }

    private static Chart chart(Composite parent, String title, String yTitle) {
        Chart c = new Chart(parent, SWT.NONE);
        c.getTitle().setText(title);
        c.getLegend().setVisible(false);
        c.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        c.getPlotArea().setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        c.getTitle().setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        c.getAxisSet().getXAxis(0).getTitle().setText("time from event (s)");
        c.getAxisSet().getYAxis(0).getTitle().setText(yTitle);
        for (IAxis a : c.getAxisSet().getAxes()) {
            a.getGrid().setStyle(LineStyle.DOT);
            a.getTitle().setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            a.getTick().setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        }
        @SuppressWarnings("unchecked")
        ILineSeries<Object> s = (ILineSeries<Object>) c.getSeriesSet().createSeries(SeriesType.LINE, SERIES);
        s.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        s.setLineColor(LINE);
        s.setLineWidth(2);
        s.setXSeries(new double[0]);
        s.setYSeries(new double[0]);
        return c;
    }

    /** Shows a participant's result (null, or a result without courses: empty charts with the reason). */
    public void show(ParticipantResult result) {
        fill(hr, "Heart rate", result == null ? null : result.hr(), result);
        fill(nhf, "nHF", result == null ? null : result.nhf(), result);
    }

    private static void fill(Chart chart, String name, ParticipantCourse course, ParticipantResult r) {
        ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().getSeries(SERIES);
        if (course == null) {
            s.setXSeries(new double[0]);
            s.setYSeries(new double[0]);
            chart.getTitle().setText(name + (r == null ? "" : ": " + (r.note().isEmpty() ? "no course" : r.note())));
            chart.redraw();
            return;
        }
        RegularSeries m = course.mean();
        double[] x = new double[m.length()];
        double[] y = new double[m.length()];
        int n = 0;
        for (int i = 0; i < m.length(); i++) {
            if (!Double.isNaN(m.value(i))) {
                x[n] = m.seconds(i);
                y[n++] = m.value(i);
            }
        }
        s.setXSeries(Arrays.copyOf(x, n));
        s.setYSeries(Arrays.copyOf(y, n));
        chart.getTitle().setText(name + " of " + r.bidsName() + " (mean of " + course.epochs() + " epochs)");
        double lo = Arrays.stream(y, 0, n).min().orElse(-1);
        double hi = Arrays.stream(y, 0, n).max().orElse(1);
        double pad = hi > lo ? 0.08 * (hi - lo) : 1;
        chart.getAxisSet().getYAxis(0).setRange(new Range(Math.min(lo, 0) - pad, Math.max(hi, 0) + pad));
        if (m.length() > 1) {
            chart.getAxisSet().getXAxis(0).setRange(new Range(m.seconds(0), m.seconds(m.length() - 1)));
        }
        chart.redraw();
    }
}
