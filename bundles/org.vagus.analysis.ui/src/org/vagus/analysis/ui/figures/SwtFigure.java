package org.vagus.analysis.ui.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.vagus.report.figure.BarPanel;
import org.vagus.report.figure.Figure;
import org.vagus.report.figure.HistogramPanel;
import org.vagus.report.figure.Panel;
import org.vagus.report.figure.ScatterPanel;
import org.vagus.report.figure.TimeCoursePanel;

/**
 * A figure of the report's model drawn with SWTChart: its panels on the figure's grid, lettered as in the report
 * (A, B, ... for more than one panel), with the caption below. The workbench's counterpart of the report's
 * JFreeChart rendering of the same {@link Figure}.
 *
 * @since 0.1.0
 */
public final class SwtFigure {
    /** Series id prefixes, for whoever reads the charts back (tests). */
    public static final String MEAN = PanelCharts.MEAN;
    public static final String LOWER = PanelCharts.LOWER;
    public static final String UPPER = PanelCharts.UPPER;
    public static final String BARS = PanelCharts.BARS;
    public static final String POINTS = PanelCharts.POINTS;
    public static final String FIT = PanelCharts.FIT;
    public static final String BINS = PanelCharts.BINS;

    private final Figure figure;
    private final Composite control;
    private final List<Chart> charts = new ArrayList<>();

    /**
     * @param parent the composite to draw into
     * @param figure the figure
     */
    public SwtFigure(Composite parent, Figure figure) {
        this.figure = Objects.requireNonNull(figure, "figure");
        control = new Composite(parent, SWT.NONE);
        control.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridLayout layout = new GridLayout(figure.usedColumns(), true);
        control.setLayout(layout);
        for (int i = 0; i < figure.panels().size(); i++) {
            Panel p = figure.panels().get(i);
            String letter = figure.letter(i);
            String title = letter.isEmpty() ? p.title() : letter + "   " + p.title();
            Chart c = switch (p) {
                case TimeCoursePanel t -> PanelCharts.timeCourse(control, title, t);
                case BarPanel b -> PanelCharts.bars(control, title, b);
                case ScatterPanel s -> PanelCharts.scatter(control, title, s);
                case HistogramPanel h -> PanelCharts.histogram(control, title, h);
            };
            c.getAxisSet().getXAxis(0).getTick().setVisible(true);
            GridData d = new GridData(SWT.FILL, SWT.FILL, true, true);
            // points to pixels at the screen's 96 dpi, so a panel is about as large as in the report
            d.widthHint = (int) Math.round(figure.panelWidth() * 96 / 72);
            d.heightHint = (int) Math.round(figure.panelHeight() * 96 / 72);
            c.setLayoutData(d);
            charts.add(c);
        }
        Label caption = new Label(control, SWT.WRAP);
        caption.setBackground(control.getBackground());
        caption.setText(figure.fullCaption());
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false, figure.usedColumns(), 1);
        d.widthHint = 200;
        caption.setLayoutData(d);
    }

    /** @return the figure drawn */
    public Figure figure() {
        return figure;
    }

    /** @return the composite holding the charts and the caption */
    public Composite control() {
        return control;
    }

    /** @return one chart per panel, in panel order */
    public List<Chart> charts() {
        return List.copyOf(charts);
    }
}
