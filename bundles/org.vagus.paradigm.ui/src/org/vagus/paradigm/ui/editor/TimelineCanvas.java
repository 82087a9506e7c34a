package org.vagus.paradigm.ui.editor;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.vagus.paradigm.ui.model.ParadigmPaths;
import org.vagus.paradigm.ui.model.TimelineLayout;

/**
 * The timeline preview: each screen of the session as a bar on the lane of its event type, along the time axis in
 * seconds, with the total duration above. Self-paced screens are small triangles where they start; a negative
 * duration is a red marker. The selected element's bars are outlined; clicking a bar selects its element. Only
 * draws: the geometry comes from {@link TimelineLayout}.
 */
final class TimelineCanvas {
    private static final int LANE_HEIGHT = 18;
    private static final int AXIS_HEIGHT = 18;
    private static final int MARGIN = 8;
    private static final RGB[] PALETTE = {new RGB(120, 144, 156), new RGB(66, 133, 244), new RGB(251, 188, 5),
        new RGB(52, 168, 83), new RGB(171, 71, 188), new RGB(0, 172, 193), new RGB(255, 112, 67),
        new RGB(158, 157, 36)};

    private final Composite root;
    private final Label total;
    private final Canvas canvas;
    private TimelineLayout layout;
    private String selected = null;
    /** The width of the lane labels' column, measured when painting. */
    private int labelWidth = 80;

    TimelineCanvas(Composite parent, Consumer<String> onSelect) {
        root = new Composite(parent, SWT.NONE);
        GridLayout gl = new GridLayout(1, false);
        gl.marginHeight = 2;
        root.setLayout(gl);
        total = new Label(root, SWT.NONE);
        total.setData(ParadigmForm.KEY, "timeline.total");
        total.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        canvas = new Canvas(root, SWT.DOUBLE_BUFFERED);
        canvas.setData(ParadigmForm.KEY, "timeline");
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, e -> {
            if (layout == null) {
                return;
            }
            int lane = (e.y - MARGIN) / LANE_HEIGHT;
            int width = plotWidth();
            long ms = layout.time(e.x, labelWidth, width);
            long tolerance = layout.time(labelWidth + 4, labelWidth, width);
            layout.barAt(lane, ms, tolerance).ifPresent(b -> onSelect.accept(b.path()));
        });
    }

    Composite control() {
        return root;
    }

    /** Shows a new layout. */
    void setLayout(TimelineLayout l) {
        this.layout = l;
        long selfPaced = l.bars().stream().filter(TimelineLayout.Bar::selfPaced).count();
        total.setText("Total " + l.totalText() + (selfPaced == 0 ? "" : ", not counting " + selfPaced
                + " self-paced screen" + (selfPaced == 1 ? "" : "s")) + "; " + l.bars().size() + " screens");
        canvas.redraw();
    }

    /** Outlines the bars of the element at this path (null: none). */
    void setSelected(String path) {
        this.selected = path;
        canvas.redraw();
    }

    /** The height the preview wants for its lanes. */
    int preferredHeight() {
        int lanes = layout == null ? 4 : Math.max(1, layout.lanes().size());
        return 2 * MARGIN + lanes * LANE_HEIGHT + AXIS_HEIGHT + total.computeSize(SWT.DEFAULT, SWT.DEFAULT).y + 8;
    }

    private int plotWidth() {
        return Math.max(1, canvas.getClientArea().width - labelWidth - MARGIN);
    }

    private void paint(GC gc) {
        if (layout == null) {
            return;
        }
        Display d = canvas.getDisplay();
        Rectangle area = canvas.getClientArea();
        int widest = 0;
        for (String lane : layout.lanes()) {
            widest = Math.max(widest, gc.textExtent(lane).x);
        }
        labelWidth = widest + 12;
        int width = plotWidth();
        gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        for (int i = 0; i < layout.lanes().size(); i++) {
            int y = MARGIN + i * LANE_HEIGHT;
            Point ext = gc.textExtent(layout.lanes().get(i));
            gc.drawText(layout.lanes().get(i), 4, y + (LANE_HEIGHT - ext.y) / 2, true);
        }
        Color[] colors = new Color[PALETTE.length];
        for (int i = 0; i < colors.length; i++) {
            colors[i] = new Color(d, PALETTE[i]);
        }
        for (TimelineLayout.Bar b : layout.bars()) {
            int y = MARGIN + b.lane() * LANE_HEIGHT + 2;
            int h = LANE_HEIGHT - 4;
            int x0 = layout.x(b.startMs(), labelWidth, width);
            boolean isSelected = selected != null && ParadigmPaths.isWithin(b.path(), selected) && !selected.isEmpty();
            if (b.isMarker()) {
                gc.setBackground(b.negative() ? d.getSystemColor(SWT.COLOR_RED) : d.getSystemColor(SWT.COLOR_DARK_GRAY));
                gc.fillPolygon(new int[] {x0, y, x0 + 5, y + h / 2, x0, y + h});
            } else {
                int x1 = layout.x(b.startMs() + b.lengthMs(), labelWidth, width);
                gc.setBackground(colors[b.lane() % colors.length]);
                gc.fillRectangle(x0, y, Math.max(1, x1 - x0), h);
                if (isSelected) {
                    gc.setForeground(d.getSystemColor(SWT.COLOR_BLACK));
                    gc.setLineWidth(2);
                    gc.drawRectangle(x0, y, Math.max(1, x1 - x0), h);
                    gc.setLineWidth(1);
                }
            }
        }
        int axisY = MARGIN + layout.lanes().size() * LANE_HEIGHT + 2;
        gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawLine(labelWidth, axisY, labelWidth + width, axisY);
        long step = layout.tickStepMs(width, 60);
        for (long t = 0; t <= layout.spanMs(); t += step) {
            int x = layout.x(t, labelWidth, width);
            gc.drawLine(x, axisY, x, axisY + 3);
            String text = (t / 1000) + " s";
            Point ext = gc.textExtent(text);
            if (x + ext.x / 2 < area.width) {
                gc.drawText(text, Math.max(labelWidth, x - ext.x / 2), axisY + 3, true);
            }
        }
        for (Color c : colors) {
            c.dispose();
        }
    }
}
