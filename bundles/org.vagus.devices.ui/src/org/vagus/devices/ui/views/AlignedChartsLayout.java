package org.vagus.devices.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Layout;
import org.eclipse.swtchart.Chart;

/**
 * Stacks the channels' charts so that their plot areas line up: the same left and right edges (so a moment is at the
 * same x in every channel, whatever the width of each chart's y tick labels) and the same height (the lowest chart,
 * which alone labels the time axis, is made taller by that axis). Each chart's decoration (axes, titles) is measured
 * from its last layout, so a change of tick labels settles in a second pass: {@link #aligned(Composite)} tells the
 * caller whether one is needed.
 */
final class AlignedChartsLayout extends Layout {

    @Override
    protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
        return new Point(wHint == SWT.DEFAULT ? 400 : wHint, hHint == SWT.DEFAULT ? 300 : hHint);
    }

    @Override
    protected void layout(Composite composite, boolean flushCache) {
        Control[] children = composite.getChildren();
        Rectangle area = composite.getClientArea();
        if (children.length == 0) {
            return;
        }
        int[] left = new int[children.length];
        int[] right = new int[children.length];
        int[] extra = new int[children.length];
        int maxLeft = 0;
        int maxRight = 0;
        int sumExtra = 0;
        for (int i = 0; i < children.length; i++) {
            Rectangle chart = children[i].getBounds();
            Rectangle plot = plot(children[i]);
            if (plot != null && chart.width > 0 && plot.width > 0) {
                left[i] = plot.x;
                right[i] = chart.width - plot.x - plot.width;
                extra[i] = chart.height - plot.height;
            }
            maxLeft = Math.max(maxLeft, left[i]);
            maxRight = Math.max(maxRight, right[i]);
            sumExtra += extra[i];
        }
        int plotHeight = Math.max(0, (area.height - sumExtra) / children.length);
        int y = area.y;
        for (int i = 0; i < children.length; i++) {
            int indent = maxLeft - left[i];
            int height = i == children.length - 1 ? area.y + area.height - y : plotHeight + extra[i];
            children[i].setBounds(area.x + indent, y, Math.max(0, area.width - indent - (maxRight - right[i])),
                    Math.max(0, height));
            y += height;
        }
    }

    /**
     * @param composite the composite this layout lays out
     * @return true if the plot areas line up, false if another layout pass is due
     */
    static boolean aligned(Composite composite) {
        Integer x = null;
        Integer end = null;
        for (Control c : composite.getChildren()) {
            Rectangle plot = plot(c);
            if (plot == null) {
                continue;
            }
            int px = c.getBounds().x + plot.x;
            int pe = px + plot.width;
            if (x == null) {
                x = px;
                end = pe;
            } else if (x != px || end != pe) {
                return false;
            }
        }
        return true;
    }

    /** The plot area's bounds within the chart, or null if the control is not a chart (or one still being made). */
    private static Rectangle plot(Control c) {
        return c instanceof Chart chart && chart.getPlotArea() != null ? chart.getPlotArea().getControl().getBounds()
                : null;
    }
}
