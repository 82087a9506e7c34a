package org.vagus.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pairwise correlations of a set of variables (symmetric; the diagonal holds no test).
 *
 * @since 0.1.0
 */
public final class CorrelationMatrix {
    private final List<String> names;
    private final CorrelationResult[][] cells;

    CorrelationMatrix(List<String> names, CorrelationResult[][] cells) {
        this.names = List.copyOf(names);
        this.cells = cells;
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** The test of variables i and j (0-based, i != j). */
    public CorrelationResult get(int i, int j) {
        if (i == j) {
            throw new IllegalArgumentException("the diagonal (" + names.get(i) + " with itself) holds no test");
        }
        return cells[i][j];
    }

    public double r(int i, int j) {
        return i == j ? 1.0 : cells[i][j].r();
    }

    public double p(int i, int j) {
        return get(i, j).p();
    }

    /**
     * The table as a report shows it: r with stars below the diagonal, p above it, "—" on the diagonal.
     */
    public TableModel table() {
        List<String> header = new ArrayList<>();
        header.add("Variable");
        header.addAll(names);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(names.get(i));
            for (int j = 0; j < size(); j++) {
                if (i == j) {
                    row.add("—");
                } else if (j < i) {
                    row.add(Apa.r(cells[i][j].r()) + Stars.of(cells[i][j].p()));
                } else {
                    row.add(Apa.pValue(cells[i][j].p()));
                }
            }
            rows.add(row);
        }
        String method = cells[0][1].method();
        return new TableModel("Correlations (" + method + ")", header, rows,
                List.of(method + " r below the diagonal, two-sided p above it; " + Stars.LEGEND));
    }

    /** Long format, one line per pair: var1, var2, method, r, n, p, ci_low, ci_high (full precision). */
    public String toTsv() {
        StringBuilder s = new StringBuilder("var1\tvar2\tmethod\tr\tn\tp\tci_low\tci_high\n");
        for (int i = 0; i < size(); i++) {
            for (int j = i + 1; j < size(); j++) {
                CorrelationResult c = cells[i][j];
                s.append(String.format(Locale.ROOT, "%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", names.get(i), names.get(j),
                        c.method(), c.r(), c.n(), c.p(), c.ciLow(), c.ciHigh()));
            }
        }
        return s.toString();
    }
}
