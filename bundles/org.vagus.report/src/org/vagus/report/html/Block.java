package org.vagus.report.html;

import java.util.List;
import java.util.Objects;

import org.vagus.report.figure.Figure;
import org.vagus.report.table.DataTable;

/**
 * A piece of a report section: a paragraph, a table, a figure or a list.
 *
 * @since 0.1.0
 */
public sealed interface Block permits Block.Paragraph, Block.TableBlock, Block.FigureBlock, Block.BulletList {

    /**
     * A paragraph of plain text (escaped when written).
     *
     * @param text the text
     * @param apa whether statistical symbols ({@code t(75)}, {@code p = }, {@code r}, {@code d}, {@code M},
     *        {@code SD}, {@code n}) are set in italics, as APA style asks
     */
    record Paragraph(String text, boolean apa) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "paragraph text");
        }
    }

    /**
     * A table.
     *
     * @param id the element id and file stem of its data files (letter, then letters, digits, '-', '_')
     * @param label e.g. "Table 1", or "" for an unnumbered table
     * @param table what the report shows
     * @param export what the CSV and TSV files hold (often the same table, or its full-precision values)
     */
    record TableBlock(String id, String label, DataTable table, DataTable export) implements Block {
        public TableBlock {
            Objects.requireNonNull(id, "table id");
            if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
                throw new IllegalArgumentException("table id '" + id
                        + "': expected a letter, then letters, digits, '-' or '_' (it names files)");
            }
            Objects.requireNonNull(label, "table label");
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(export, "export table");
        }
    }

    /**
     * A figure with its caption (the figure's title and caption).
     *
     * @param figure the figure
     * @param label e.g. "Figure 2", or "" for an unnumbered figure
     */
    record FigureBlock(Figure figure, String label) implements Block {
        public FigureBlock {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(label, "figure label");
        }
    }

    /**
     * A bulleted list of plain-text items.
     *
     * @param items the items
     */
    record BulletList(List<String> items) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }
    }
}
