package org.vagus.report.html;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.vagus.report.figure.Figure;
import org.vagus.report.table.DataTable;

/**
 * A report: a title, when it was made, and sections of paragraphs, tables and figures. The analysis assembles
 * it ({@link #builder}), {@link HtmlReportWriter} writes it.
 *
 * @param title the report title
 * @param subtitle a line under the title (e.g. the study name), or ""
 * @param created when the report was made, shown in the header
 * @param sections the sections, in order; ids are unique: sections by their id, tables by "tbl-" + id,
 *        figures by "fig-" + id (their element ids in the page)
 * @since 0.1.0
 */
public record Report(String title, String subtitle, Instant created, List<Section> sections) {
    public Report {
        Objects.requireNonNull(title, "report title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("the report title is blank");
        }
        Objects.requireNonNull(subtitle, "report subtitle");
        Objects.requireNonNull(created, "report created");
        sections = List.copyOf(sections);
        Set<String> ids = new HashSet<>();
        for (Section s : sections) {
            unique(ids, s.id(), "section " + s.id());
            for (Block b : s.blocks()) {
                if (b instanceof Block.TableBlock t) {
                    unique(ids, TABLE_PREFIX + t.id(), "table " + t.id());
                } else if (b instanceof Block.FigureBlock f) {
                    unique(ids, FIGURE_PREFIX + f.figure().id(), "figure " + f.figure().id());
                }
            }
        }
    }

    /** The prefix of a table's element id in the page; its files are named by the bare id. */
    static final String TABLE_PREFIX = "tbl-";
    /** The prefix of a figure's element id in the page. */
    static final String FIGURE_PREFIX = "fig-";

    private static void unique(Set<String> ids, String elementId, String what) {
        // all become element ids of one page; table and figure ids also name files
        if (!ids.add(elementId)) {
            throw new IllegalArgumentException("the report has two elements with id '" + elementId + "' (" + what
                    + ")");
        }
    }

    public static Builder builder(String title, Instant created) {
        return new Builder(title, created);
    }

    /** Assembles a report section by section. */
    public static final class Builder {
        private final String title;
        private final Instant created;
        private final List<Section> sections = new ArrayList<>();
        private String subtitle = "";
        private String id;
        private String heading;
        private List<Block> blocks;

        private Builder(String title, Instant created) {
            this.title = title;
            this.created = created;
        }

        public Builder subtitle(String s) {
            subtitle = s;
            return this;
        }

        /** Starts a new section; the following blocks go into it. */
        public Builder section(String sectionId, String sectionHeading) {
            close();
            id = sectionId;
            heading = sectionHeading;
            blocks = new ArrayList<>();
            return this;
        }

        /** Adds a finished section. */
        public Builder section(Section s) {
            close();
            sections.add(s);
            return this;
        }

        public Builder paragraph(String text) {
            return block(new Block.Paragraph(text, false));
        }

        /** A paragraph of results with statistical symbols in italics. */
        public Builder apa(String text) {
            return block(new Block.Paragraph(text, true));
        }

        public Builder table(String tableId, String label, DataTable table) {
            return block(new Block.TableBlock(tableId, label, table, table));
        }

        public Builder table(String tableId, String label, DataTable table, DataTable export) {
            return block(new Block.TableBlock(tableId, label, table, export));
        }

        public Builder figure(Figure f, String label) {
            return block(new Block.FigureBlock(f, label));
        }

        public Builder list(List<String> items) {
            return block(new Block.BulletList(items));
        }

        public Builder block(Block b) {
            if (blocks == null) {
                throw new IllegalStateException("start a section before adding " + b.getClass().getSimpleName());
            }
            blocks.add(b);
            return this;
        }

        private void close() {
            if (blocks != null) {
                sections.add(new Section(id, heading, blocks));
                blocks = null;
            }
        }

        public Report build() {
            close();
            return new Report(title, subtitle, created, sections);
        }
    }
}
