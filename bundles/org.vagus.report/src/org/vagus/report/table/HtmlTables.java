package org.vagus.report.table;

import java.util.List;

import org.vagus.report.internal.Xml;

/**
 * A {@link DataTable} as an APA-style HTML table (7th edition): the label in bold and the title in italics
 * above, horizontal rules only (above and below the header, below the last row), no vertical rules, the
 * first column left-aligned and the others centred, notes under the table after <i>Note.</i> Numbers show
 * their formatted text. The markup is well-formed XML (XHTML-compatible); every text is escaped. The look
 * comes from the report's style sheet (classes {@code apa}, {@code indent}, {@code num}, {@code note}).
 *
 * @since 0.1.0
 */
public final class HtmlTables {
    private HtmlTables() {
    }

    /**
     * @param table the table
     * @param id the element id (letters, digits, '-', '_'), or "" for none
     * @param label the label, e.g. "Table 1", or "" for none
     */
    public static String render(DataTable table, String id, String label) {
        StringBuilder s = new StringBuilder();
        s.append("<div class=\"table\"");
        if (!id.isEmpty()) {
            if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
                throw new IllegalArgumentException("table id '" + id
                        + "': expected a letter, then letters, digits, '-' or '_'");
            }
            s.append(" id=\"").append(id).append('"');
        }
        s.append(">\n<table class=\"apa\">\n");
        if (!label.isEmpty() || !table.title().isEmpty()) {
            s.append("<caption>");
            if (!label.isEmpty()) {
                s.append("<span class=\"label\">").append(Xml.escape(label)).append("</span>");
            }
            String title = title(table.title(), label);
            if (!title.isEmpty()) {
                s.append("<span class=\"title\">").append(Xml.escape(title)).append("</span>");
            }
            s.append("</caption>\n");
        }
        s.append("<thead><tr>");
        for (String c : table.columns()) {
            s.append("<th scope=\"col\">").append(Xml.escape(c)).append("</th>");
        }
        s.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : table.rows()) {
            s.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                cell(s, row.get(i), i == 0);
            }
            s.append("</tr>\n");
        }
        s.append("</tbody>\n</table>\n");
        if (!table.notes().isEmpty()) {
            s.append("<p class=\"note\"><i>Note.</i> ");
            for (int i = 0; i < table.notes().size(); i++) {
                s.append(i == 0 ? "" : " ").append(Xml.escape(table.notes().get(i)));
            }
            s.append("</p>\n");
        }
        return s.append("</div>\n").toString();
    }

    /** The title without a leading copy of the label ("Table 1. Characteristics" under the label "Table 1"). */
    private static String title(String title, String label) {
        if (!label.isEmpty() && title.startsWith(label)) {
            String rest = title.substring(label.length());
            if (rest.startsWith(". ") || rest.startsWith(": ")) {
                return rest.substring(2);
            }
        }
        return title;
    }

    private static void cell(StringBuilder s, Cell c, boolean first) {
        String text = c.display();
        String tag = first ? "th scope=\"row\"" : "td";
        String end = first ? "th" : "td";
        StringBuilder cls = new StringBuilder();
        if (c instanceof Cell.Num) {
            cls.append("num");
        }
        int indent = 0;
        while (indent < text.length() && text.charAt(indent) == ' ') {
            indent++;
        }
        if (indent > 0) {
            cls.append(cls.isEmpty() ? "" : " ").append("indent");
            text = text.substring(indent);
        }
        s.append('<').append(tag);
        if (!cls.isEmpty()) {
            s.append(" class=\"").append(cls).append('"');
        }
        s.append('>').append(Xml.escape(text)).append("</").append(end).append('>');
    }
}
