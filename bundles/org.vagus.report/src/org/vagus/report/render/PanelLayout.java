package org.vagus.report.render;

import java.util.Objects;
import java.util.Optional;

import org.vagus.report.figure.Range;

/**
 * Where a panel was drawn: its grid cell, its data area (inside the axes) and the axis ranges the renderer
 * used, so that a value can be mapped to its position, e.g. to check the median line or to hit-test.
 *
 * @param letter the panel letter, "" for a single panel
 * @param cell the grid cell
 * @param dataArea the plot area inside the axes
 * @param x the x-axis range; empty for category axes (bars)
 * @param y the y-axis range
 * @since 0.1.0
 */
public record PanelLayout(String letter, Bounds cell, Bounds dataArea, Optional<Range> x, Range y) {
    public PanelLayout {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(dataArea, "data area");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
    }

    /** The horizontal position of x value {@code v}, in figure points. */
    public double xPosition(double v) {
        Range r = x.orElseThrow(() -> new IllegalStateException("panel " + letter + " has a category x axis"));
        return dataArea.x() + (v - r.lower()) / r.length() * dataArea.width();
    }

    /** The vertical position of y value {@code v}, in figure points (y grows downwards). */
    public double yPosition(double v) {
        return dataArea.maxY() - (v - y.lower()) / y.length() * dataArea.height();
    }
}
