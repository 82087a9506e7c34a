package org.vagus.report.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.vagus.stats.TableModel;

/**
 * A table for the report and for data files: a title, column names, rows of {@link Cell}s and notes.
 *
 * @param title the caption title (without the "Table 1" label)
 * @param columns column names
 * @param rows rows, each as long as {@code columns}
 * @param notes notes shown under the table in HTML; not written to CSV or TSV
 * @since 0.1.0
 */
public record DataTable(String title, List<String> columns, List<List<Cell>> rows, List<String> notes) {

    public DataTable {
        Objects.requireNonNull(title, "table title");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table '" + title + "' has no columns");
        }
        List<List<Cell>> copy = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Cell> row = rows.get(i);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table '" + title + "' row " + (i + 1) + " has " + row.size()
                        + " cells for " + columns.size() + " columns");
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
        notes = List.copyOf(notes);
    }

    /** The statistics bundle's formatted table, every cell as text. */
    public static DataTable of(TableModel model) {
        List<List<Cell>> rows = new ArrayList<>();
        for (List<String> r : model.rows()) {
            rows.add(r.stream().map(Cell::text).toList());
        }
        return new DataTable(model.title(), model.columns(), rows, model.notes());
    }

    /** A two-column table of names and values (parameters, provenance). */
    public static DataTable pairs(String title, String nameColumn, String valueColumn,
            java.util.Map<String, String> pairs) {
        List<List<Cell>> rows = new ArrayList<>();
        pairs.forEach((k, v) -> rows.add(List.of(Cell.text(k), Cell.text(v))));
        return new DataTable(title, List.of(nameColumn, valueColumn), rows, List.of());
    }

    /** A copy with other notes. */
    public DataTable withNotes(List<String> n) {
        return new DataTable(title, columns, rows, n);
    }
}
