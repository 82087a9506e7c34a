package org.vagus.report.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A figure: panels on a grid of equal cells, filled row by row, lettered A, B, C ... when there is more
 * than one. Sizes are in points (1/72 inch), so a print figure at 300 dpi has {@code width() * 300 / 72}
 * pixels.
 *
 * @param id the file stem and element id: a letter, then letters, digits, '-' or '_' (e.g. "figure3")
 * @param title the figure title, first sentence of the caption
 * @param caption the rest of the caption, which explains the panels (may be empty)
 * @param columns the number of grid columns, 1 or more
 * @param panelWidth the width of one cell, points
 * @param panelHeight the height of one cell, points
 * @param panels the panels, 1 to 26
 * @since 0.1.0
 */
public record Figure(String id, String title, String caption, int columns, double panelWidth, double panelHeight,
        List<Panel> panels) {

    /** Default cell width: 3.5 inches, one column of a two-column journal page. */
    public static final double DEFAULT_PANEL_WIDTH = 252;
    /** Default cell height: 2.75 inches. */
    public static final double DEFAULT_PANEL_HEIGHT = 198;

    public Figure {
        Objects.requireNonNull(id, "figure id");
        if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("figure id '" + id
                    + "': expected a letter, then letters, digits, '-' or '_' (it names files and elements)");
        }
        Checks.text("figure title", title);
        Objects.requireNonNull(caption, "figure caption");
        panels = List.copyOf(panels);
        if (panels.isEmpty() || panels.size() > 26) {
            throw new IllegalArgumentException(id + ": a figure has 1 to 26 panels, got " + panels.size());
        }
        if (columns < 1) {
            throw new IllegalArgumentException(id + ": columns must be 1 or more, got " + columns);
        }
        if (!(panelWidth >= 72 && panelWidth <= 2000) || !(panelHeight >= 72 && panelHeight <= 2000)) {
            throw new IllegalArgumentException(id + ": panel size " + panelWidth + " x " + panelHeight
                    + " pt; expected 72 to 2000 pt each");
        }
    }

    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** The grid columns actually used (no more than the panels). */
    public int usedColumns() {
        return Math.min(columns, panels.size());
    }

    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }

    /** Width in points. */
    public double width() {
        return usedColumns() * panelWidth;
    }

    /** Height in points. */
    public double height() {
        return rows() * panelHeight;
    }

    /** The letter of panel {@code i}: "A", "B", ...; "" for a single-panel figure. */
    public String letter(int i) {
        Objects.checkIndex(i, panels.size());
        return panels.size() == 1 ? "" : String.valueOf((char) ('A' + i));
    }

    /** Title and caption as one text: "Title. Caption". */
    public String fullCaption() {
        String t = title.endsWith(".") ? title : title + ".";
        return caption.isBlank() ? t : t + " " + caption;
    }

    /** Alternative text: the title and each panel's description. */
    public String description() {
        StringBuilder s = new StringBuilder(title);
        for (int i = 0; i < panels.size(); i++) {
            s.append(i == 0 ? ": " : "; ");
            String l = letter(i);
            s.append(l.isEmpty() ? "" : "(" + l + ") ").append(panels.get(i).description());
        }
        return s.toString();
    }

    /** Collects panels; two columns of default-size cells unless told otherwise. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final List<Panel> panels = new ArrayList<>();
        private String caption = "";
        private int columns = 2;
        private double panelWidth = DEFAULT_PANEL_WIDTH;
        private double panelHeight = DEFAULT_PANEL_HEIGHT;

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder caption(String c) {
            caption = c;
            return this;
        }

        public Builder columns(int c) {
            columns = c;
            return this;
        }

        /** Cell size in points. */
        public Builder panelSize(double width, double height) {
            panelWidth = width;
            panelHeight = height;
            return this;
        }

        public Builder panel(Panel p) {
            panels.add(Objects.requireNonNull(p, "panel"));
            return this;
        }

        public Figure build() {
            return new Figure(id, title, caption, columns, panelWidth, panelHeight, panels);
        }
    }
}
