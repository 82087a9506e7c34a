package org.vagus.report.html;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The files a report was written to.
 *
 * @param html report.html
 * @param figures each figure's PNG and SVG
 * @param tables each table's CSV and TSV
 * @since 0.1.0
 */
public record ReportFiles(Path html, List<Path> figures, List<Path> tables) {
    public ReportFiles {
        Objects.requireNonNull(html, "html");
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
    }

    /** All files: figures, tables, then the page. */
    public List<Path> all() {
        List<Path> all = new ArrayList<>(figures);
        all.addAll(tables);
        all.add(html);
        return List.copyOf(all);
    }
}
