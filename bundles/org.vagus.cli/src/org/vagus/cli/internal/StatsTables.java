package org.vagus.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.core.model.Participant;
import org.vagus.stats.CorrelationMatrix;
import org.vagus.stats.Correlations;
import org.vagus.stats.MedianSplit;
import org.vagus.stats.Table1;
import org.vagus.stats.TableModel;
import org.vagus.study.StudyFormatException;
import org.vagus.study.Tsv;

/**
 * {@code vagus stats table1} and {@code vagus stats corr-matrix}: the seed study's Table 1 and its
 * Supplementary Table S1 from a participants table. Plain output is the table aligned in columns (ASCII)
 * followed by its notes; with {@code --tsv} the table alone goes to standard output and the notes that
 * qualify it (grouping, missing values, small expected counts) go to standard error.
 */
final class StatsTables {
    /** Levels sort as numbers where both are numbers (1 before 10), otherwise as text. */
    private static final Comparator<String> LEVEL_ORDER = (x, y) -> {
        double a = ParticipantsTable.parse(x);
        double b = ParticipantsTable.parse(y);
        if (!Double.isNaN(a) && !Double.isNaN(b) && a != b) {
            return Double.compare(a, b);
        }
        return x.compareTo(y);
    };

    /**
     * Which participants are compared.
     *
     * @param column the grouping column
     * @param names the names of group 1 and group 2
     * @param of per data row: 1 or 2, or 0 when the row is left out (no value in the grouping column)
     * @param notes how the groups were formed
     */
    private record Grouping(int column, String[] names, int[] of, List<String> notes) {
        int size(int group) {
            return (int) Arrays.stream(of).filter(g -> g == group).count();
        }
    }

    private final PrintStream out;
    private final PrintStream err;
    private final boolean tsv;

    StatsTables(CommandContext ctx, boolean tsv) {
        this.out = ctx.out();
        this.err = ctx.err();
        this.tsv = tsv;
    }

    /**
     * Table 1 of two groups formed by a two-level column ({@code group}) or by a median split of a numeric
     * column ({@code split}); exactly one of them is non-null.
     */
    void table1(ParticipantsTable t, String group, String split, String vars, boolean welch, boolean yates)
            throws UsageException, StudyFormatException {
        Grouping g = group != null ? byLevels(t, t.column(group, "--group")) : byMedian(t, t.column(split, "--split"));
        List<String> names = vars == null ? defaultVariables(t, g.column()) : variables(t, vars, 1);
        if (group != null && names.contains(group)) {
            throw new UsageException("--vars names '" + group + "', the --group column itself");
        }
        Table1.Builder b = Table1.builder(g.names()[0], g.size(1), g.names()[1], g.size(2)).welch(welch).yates(yates);
        List<String> missing = new ArrayList<>();
        List<String> typeNotes = new ArrayList<>();
        for (String name : names) {
            int c = t.column(name, "--vars");
            if (t.count(c) == 0) {
                throw t.error("column '" + name + "' holds no values (all " + Tsv.NA + ")");
            }
            int left = 0;
            try {
                if (t.isNumeric(c)) {
                    double[] v = t.numbers(c, "a continuous variable");
                    double[] v1 = values(v, g, 1);
                    double[] v2 = values(v, g, 2);
                    left = g.size(1) + g.size(2) - v1.length - v2.length;
                    b.continuous(name, v1, v2);
                } else {
                    note(t, c, typeNotes);
                    left = categorical(t, c, g, b);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(t.name() + " column '" + name + "': " + explain(e, name, g));
            }
            if (left > 0) {
                missing.add(name + " " + left);
            }
        }
        Table1 table = b.build();
        List<String> qualifying = new ArrayList<>(g.notes());
        if (!missing.isEmpty()) {
            qualifying.add("Missing values (" + Tsv.NA + ") left out per variable: " + String.join(", ", missing)
                    + "; [n = ...] gives the n used where it is smaller than the group's.");
        }
        qualifying.addAll(typeNotes);
        TableModel m = withUsedN(table, g.size(1), g.size(2));
        if (tsv) {
            out.print(m.toTsv());
            qualifying.forEach(n -> err.println("note: " + n));
            for (Table1.Variable v : table.variables()) {
                if (v instanceof Table1.Categorical c) {
                    c.test().warnings().forEach(w -> err.println("warning: " + c.name() + ": " + w));
                }
            }
            return;
        }
        List<String> notes = new ArrayList<>(qualifying);
        notes.addAll(m.notes());
        print(new TableModel(m.title(), m.columns(), m.rows(), notes));
    }

    /** Supplementary Table S1: correlations of the named numeric columns, pairwise complete cases. */
    void corrMatrix(ParticipantsTable t, String vars, boolean spearman) throws UsageException, StudyFormatException {
        List<String> names = variables(t, vars, 2);
        double[][] columns = new double[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            columns[i] = t.numbers(t.column(names.get(i), "--vars"), "a correlation needs numbers");
        }
        CorrelationMatrix cm;
        try {
            cm = Correlations.matrix(names, columns, spearman ? "spearman" : "pearson");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(t.name() + ": " + e.getMessage());
        }
        if (tsv) {
            out.print(cm.toTsv());
            return;
        }
        List<String> fewer = new ArrayList<>();
        for (int i = 0; i < cm.size(); i++) {
            for (int j = i + 1; j < cm.size(); j++) {
                if (cm.get(i, j).n() < t.size()) {
                    fewer.add(names.get(i) + " with " + names.get(j) + " n = " + cm.get(i, j).n());
                }
            }
        }
        TableModel m = cm.table();
        List<String> notes = new ArrayList<>(m.notes());
        notes.add("n = " + t.size() + " participants" + (fewer.isEmpty() ? ""
                : "; pairs with a missing value (" + Tsv.NA + ") use the participants with both values: "
                        + String.join(", ", fewer)) + ".");
        print(new TableModel(m.title(), m.columns(), m.rows(), notes));
    }

    private static Grouping byLevels(ParticipantsTable t, int column) throws StudyFormatException {
        String name = t.header().get(column);
        List<String> levels = t.levels(column);
        List<String> sorted = new ArrayList<>(levels);
        sorted.sort(LEVEL_ORDER);
        String found = levels.size() + (levels.size() == 1 ? " level" : " levels") + " (" + String.join(", ", sorted) + ")";
        if (levels.size() > 2) {
            String third = levels.get(2);
            int row = 0;
            while (!t.cell(row, column).orElse("").equals(third)) {
                row++;
            }
            throw t.error(row, "column '" + name + "' has a third level '" + ParticipantsTable.shorten(third)
                    + "': --group needs a column with exactly two levels, found " + found);
        }
        if (levels.size() < 2) {
            throw t.error("column '" + name + "' has " + found + ": --group needs a column with exactly two levels");
        }
        int[] of = new int[t.size()];
        for (int r = 0; r < t.size(); r++) {
            Optional<String> v = t.cell(r, column);
            of[r] = v.isEmpty() ? 0 : v.get().equals(sorted.get(0)) ? 1 : 2;
        }
        List<String> notes = new ArrayList<>();
        leftOut(t, of, name, notes);
        return new Grouping(column, new String[] {sorted.get(0), sorted.get(1)}, of, notes);
    }

    private static Grouping byMedian(ParticipantsTable t, int column) throws StudyFormatException {
        String name = t.header().get(column);
        double[] v = t.numbers(column, "--split needs numeric scores");
        int[] rows = IntStream.range(0, v.length).filter(r -> !Double.isNaN(v[r])).toArray();
        double[] scores = Arrays.stream(rows).mapToDouble(r -> v[r]).toArray();
        MedianSplit.Result split;
        try {
            split = MedianSplit.split(scores);
        } catch (IllegalArgumentException e) {
            throw t.error("column '" + name + "': " + e.getMessage());
        }
        int[] of = new int[t.size()];
        int atMedian = 0;
        for (int k = 0; k < rows.length; k++) {
            of[rows[k]] = split.isHigh()[k] ? 1 : 2;
            if (scores[k] == split.median()) {
                atMedian++;
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("Groups: '" + name + "' median = " + StatsOutput.num(split.median()) + " (n = " + scores.length + "); "
                + MedianSplit.RULE + "; " + atMedian + (atMedian == 1 ? " score" : " scores")
                + " at the median went to High.");
        leftOut(t, of, name, notes);
        return new Grouping(column, new String[] {"High", "Low"}, of, notes);
    }

    private static void leftOut(ParticipantsTable t, int[] of, String column, List<String> notes) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < of.length; r++) {
            if (of[r] == 0) {
                lines.add(Integer.toString(t.line(r)));
            }
        }
        if (!lines.isEmpty()) {
            notes.add(lines.size() + (lines.size() == 1 ? " participant" : " participants") + " without a value in '"
                    + column + "' left out (line" + (lines.size() == 1 ? " " : "s ") + String.join(", ", lines) + ").");
        }
    }

    /** The participants.tsv columns other than participant_id and the grouping column. */
    private static List<String> defaultVariables(ParticipantsTable t, int groupColumn) throws UsageException {
        List<String> names = new ArrayList<>(t.header());
        String group = names.get(groupColumn);
        names.remove(group);
        names.remove(Participant.ID_COLUMN);
        if (names.isEmpty()) {
            throw new UsageException(t.name() + " has no column to compare besides " + Participant.ID_COLUMN + " and '"
                    + group + "'");
        }
        return names;
    }

    /** The --vars list: comma-separated, each a header column, no repeats, at least {@code min}. */
    private static List<String> variables(ParticipantsTable t, String vars, int min) throws UsageException {
        if (vars == null) {
            throw new UsageException("corr-matrix needs --vars a,b,... (the numeric columns to correlate)");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String v : vars.split(",", -1)) {
            String name = v.strip();
            if (name.isEmpty()) {
                throw new UsageException("--vars '" + vars + "' has an empty name; separate column names by ','");
            }
            t.column(name, "--vars");
            if (!names.add(name)) {
                throw new UsageException("--vars names '" + name + "' twice");
            }
        }
        if (names.size() < min) {
            throw new UsageException("--vars names " + names.size() + " column; a correlation matrix needs at least "
                    + min);
        }
        return List.copyOf(names);
    }

    /** The non-missing values of one group's participants, in file order. */
    private static double[] values(double[] column, Grouping g, int group) {
        return IntStream.range(0, column.length).filter(r -> g.of()[r] == group && !Double.isNaN(column[r]))
                .mapToDouble(r -> column[r]).toArray();
    }

    /** Adds a categorical variable with its levels in sorted order; returns the count of missing values. */
    private static int categorical(ParticipantsTable t, int c, Grouping g, Table1.Builder b) {
        List<String> levels = new ArrayList<>();
        int missing = 0;
        for (int r = 0; r < t.size(); r++) {
            Optional<String> v = t.cell(r, c);
            if (g.of()[r] == 0) {
                continue;
            }
            if (v.isEmpty()) {
                missing++;
            } else if (!levels.contains(v.get())) {
                levels.add(v.get());
            }
        }
        levels.sort(LEVEL_ORDER);
        if (levels.size() < 2) {
            throw new IllegalArgumentException(levels.size() == 0 ? "no values in the two groups"
                    : "one level ('" + ParticipantsTable.shorten(levels.get(0))
                            + "') in the two groups: a chi-square test needs at least two");
        }
        long[][] counts = new long[2][levels.size()];
        for (int r = 0; r < t.size(); r++) {
            Optional<String> v = t.cell(r, c);
            if (g.of()[r] != 0 && v.isPresent()) {
                counts[g.of()[r] - 1][levels.indexOf(v.get())]++;
            }
        }
        b.categorical(t.header().get(c), levels, counts[0], counts[1]);
        return missing;
    }

    /** Explains why a column that holds some numbers is categorical: usually a missing value not written n/a. */
    private static void note(ParticipantsTable t, int c, List<String> notes) {
        boolean anyNumber = false;
        for (int r = 0; r < t.size() && !anyNumber; r++) {
            anyNumber = t.cell(r, c).map(v -> !Double.isNaN(ParticipantsTable.parse(v))).orElse(false);
        }
        if (anyNumber) {
            int r = t.firstNonNumber(c);
            notes.add("'" + t.header().get(c) + "' is taken as categorical: line " + t.line(r) + " holds '"
                    + ParticipantsTable.shorten(t.cell(r, c).orElseThrow()) + "', not a number (write " + Tsv.NA
                    + " for a missing value).");
        }
    }

    /** Table1's message without the repeated variable name, its groups named ("group 1 (High)"). */
    private static String explain(IllegalArgumentException e, String name, Grouping g) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (m.startsWith(name + ": ")) {
            m = m.substring(name.length() + 2);
        }
        return m.replaceFirst("\\bgroup 1\\b", "group 1 (" + g.names()[0] + ")")
                .replaceFirst("\\bgroup 2\\b", "group 2 (" + g.names()[1] + ")");
    }

    /**
     * Table1's model with the n used in a categorical variable's line where it is smaller than the group's
     * (continuous cells carry it already), and in TSV a last column p_exact with p at full precision.
     */
    private TableModel withUsedN(Table1 table, int n1, int n2) {
        TableModel m = table.table();
        List<String> columns = new ArrayList<>(m.columns());
        if (tsv) {
            columns.add("p_exact");
        }
        List<List<String>> rows = new ArrayList<>();
        int r = 0;
        for (Table1.Variable v : table.variables()) {
            List<String> row = new ArrayList<>(m.rows().get(r++));
            int levels = 0;
            if (v instanceof Table1.Categorical c) {
                long s1 = Arrays.stream(c.group1()).sum();
                long s2 = Arrays.stream(c.group2()).sum();
                row.set(1, s1 < n1 ? "[n = " + s1 + "]" : row.get(1));
                row.set(2, s2 < n2 ? "[n = " + s2 + "]" : row.get(2));
                levels = c.levels().size();
            }
            if (tsv) {
                row.add(StatsOutput.num(v.p()));
            }
            rows.add(row);
            for (int k = 0; k < levels; k++) {
                List<String> level = new ArrayList<>(m.rows().get(r++));
                if (tsv) {
                    level.add("");
                }
                rows.add(level);
            }
        }
        return new TableModel(m.title(), columns, rows, m.notes());
    }

    /** The title, the columns aligned (two spaces apart), then the notes; ASCII throughout. */
    private void print(TableModel m) {
        int[] width = new int[m.columns().size()];
        List<List<String>> lines = new ArrayList<>();
        lines.add(m.columns());
        lines.addAll(m.rows());
        for (List<String> line : lines) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], StatsOutput.ascii(line.get(i)).length());
            }
        }
        out.println(StatsOutput.ascii(m.title()));
        out.println();
        for (int k = 0; k < lines.size(); k++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                String cell = StatsOutput.ascii(lines.get(k).get(i));
                s.append(i == 0 ? "" : "  ").append(cell).append(" ".repeat(width[i] - cell.length()));
            }
            out.println(s.toString().stripTrailing());
            if (k == 0) {
                out.println(Arrays.stream(width).mapToObj("-"::repeat).reduce((a, c) -> a + "  " + c).orElse(""));
            }
        }
        out.println();
        out.println("Notes:");
        m.notes().forEach(n -> out.println("  " + StatsOutput.ascii(n)));
    }
}
