package org.vagus.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A rendered table: a title, column headers, rows of formatted cells and footnotes. The report bundle
 * draws it; {@link #toTsv()} writes it for spreadsheets.
 *
 * @param title the caption
 * @param columns the column headers
 * @param rows rows of cells, each as long as {@code columns}
 * @param notes footnotes (methods, legend), possibly empty
 * @since 0.1.0
 */
public record TableModel(String title, List<String> columns, List<List<String>> rows, List<String> notes) {

    public TableModel {
        columns = List.copyOf(columns);
        List<List<String>> copy = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size()
                        + " columns: " + row);
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
        notes = List.copyOf(notes);
    }

    /** Header line, then one line per row; tabs and line breaks inside cells become spaces. */
    public String toTsv() {
        StringBuilder s = new StringBuilder();
        line(s, columns);
        for (List<String> row : rows) {
            line(s, row);
        }
        return s.toString();
    }

    private static void line(StringBuilder s, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append('\t');
            }
            s.append(cells.get(i).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        s.append('\n');
    }
}
