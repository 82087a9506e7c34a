package org.vagus.report.render;

import java.util.List;

/**
 * Where the panels of a drawn figure are.
 *
 * @param width the figure width, points
 * @param height the figure height, points
 * @param panels one per panel, in the figure's order
 * @since 0.1.0
 */
public record FigureLayout(double width, double height, List<PanelLayout> panels) {
    public FigureLayout {
        panels = List.copyOf(panels);
    }
}
