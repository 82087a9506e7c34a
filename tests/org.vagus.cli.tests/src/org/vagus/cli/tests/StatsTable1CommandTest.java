package org.vagus.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.internal.StatsCommand;
import org.vagus.stats.MedianSplit;
import org.vagus.study.StudyFormatException;

/**
 * {@code vagus stats table1} and {@code vagus stats corr-matrix} on a 12-participant table with one missing
 * sex and one missing HAMA score. Reference values from scipy 1.17.1 / numpy, computed from the same file by
 * this script (missing values dropped per variable, or per pair for correlations):
 *
 * <pre>
 * import numpy as np, scipy.stats as st
 * rows = [l.rstrip('\n').split('\t') for l in open('participants.tsv')]
 * h, d = rows[0], rows[1:]
 * col = lambda n: [r[h.index(n)] for r in d]
 * num = lambda n: np.array([np.nan if v == 'n/a' else float(v) for v in col(n)])
 * high = num('scs') >= np.median(num('scs'))              # median 2.85; 7 High, 5 Low
 * gad = np.array(col('group')) == 'GAD'
 * def tt(name, m, **kw):
 *     x = num(name); a, b = x[m], x[~m]; a, b = a[~np.isnan(a)], b[~np.isnan(b)]
 *     print(a.mean(), a.std(ddof=1), b.mean(), b.std(ddof=1), st.ttest_ind(a, b, **kw))
 * def chi(m, corr):
 *     s = np.array(col('sex'))
 *     t = [[((s == l) &amp; m).sum(), ((s == l) &amp; ~m).sum()] for l in ['F', 'M']]
 *     print(t, st.chi2_contingency(t, correction=corr))
 * tt('age', high); tt('hama', high); chi(high, False)
 * tt('age', gad, equal_var=False); tt('hama', gad); chi(gad, True)
 * for a, b in [('age', 'scs'), ('age', 'hama'), ('scs', 'hama')]:
 *     x, y = num(a), num(b); ok = ~np.isnan(x) &amp; ~np.isnan(y)
 *     print(st.pearsonr(x[ok], y[ok]), st.pearsonr(x[ok], y[ok]).confidence_interval(), st.spearmanr(x[ok], y[ok]))
 * </pre>
 */
class StatsTable1CommandTest {
    private static final String PARTICIPANTS = """
            participant_id\tage\tsex\tscs\thama\tgroup
            sub-01\t34\tF\t3.20\t18\tGAD
            sub-02\t29\tM\t2.45\t24\tGAD
            sub-03\t41\tF\t2.85\t15\tHC
            sub-04\t25\tF\t3.60\t12\tHC
            sub-05\t38\tM\t2.10\t27\tGAD
            sub-06\t45\tF\t2.85\t20\tHC
            sub-07\t31\tM\t3.05\tn/a\tGAD
            sub-08\t27\tF\t2.30\t26\tGAD
            sub-09\t36\tM\t3.40\t14\tHC
            sub-10\t50\tF\t2.60\t22\tGAD
            sub-11\t22\tn/a\t3.75\t10\tHC
            sub-12\t33\tM\t2.70\t19\tHC
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private CommandContext ctx;

    @BeforeEach
    void context() throws IOException {
        ctx = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, null, Map.of());
        Files.writeString(dir.resolve("participants.tsv"), PARTICIPANTS);
    }

    private int run(String... args) throws Exception {
        return new StatsCommand().run(ctx, List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String[][] tsv() {
        return Arrays.stream(out().split("\n")).map(l -> l.split("\t", -1)).toArray(String[][]::new);
    }

    /** The TSV row whose first cell is {@code name}. */
    private static String[] row(String[][] t, String name) {
        return Arrays.stream(t).filter(r -> r[0].equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name));
    }

    private static void near(double expected, String actual) {
        assertEquals(expected, Double.parseDouble(actual), Math.abs(expected) * 1e-9 + 1e-15, actual);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }

    @Test
    void medianSplitTableMatchesScipy() throws Exception {
        assertEquals(0, run("table1", "participants.tsv", "--split", "scs", "--vars", "age,sex,hama", "--tsv"));
        String[][] t = tsv();
        assertEquals(List.of("Variable", "High (n = 7)", "Low (n = 5)", "Statistic", "p", "p_exact"), List.of(t[0]));
        assertEquals(6, t.length, out());
        // means (SD) 33.428571 (8.223080) and 35.4 (9.181503); ttest_ind: t = -0.3906205532013634, df 10
        assertEquals(List.of("age", "33.43 (8.22)", "35.40 (9.18)", "t(10) = -0.39", ".704"),
                List.of(t[1]).subList(0, 5));
        near(0.704269928914573, t[1][5]);
        // table [[4, 2], [2, 3]] (F, M by High, Low): chi2 = 0.7822222222222217
        assertEquals(List.of("sex", "[n = 6]", "", "χ²(1) = 0.78", ".376"), List.of(t[2]).subList(0, 5));
        near(0.37646236576763803, t[2][5]);
        assertEquals(List.of("  F", "4 (66.7)", "2 (40.0)", "", "", ""), List.of(t[3]));
        assertEquals(List.of("  M", "2 (33.3)", "3 (60.0)", "", "", ""), List.of(t[4]));
        // means (SD) 14.833333 (3.710346), n = 6, and 23.6 (3.209361); t = -4.1405487133869565, df 9
        assertEquals(List.of("hama", "14.83 (3.71) [n = 6]", "23.60 (3.21)", "t(9) = -4.14", ".003**"),
                List.of(t[5]).subList(0, 5));
        near(0.00251957859136364, t[5][5]);
        String notes = err();
        assertTrue(notes.contains("'scs' median = 2.85 (n = 12); " + MedianSplit.RULE
                + "; 2 scores at the median went to High."), notes);
        assertTrue(notes.contains("left out per variable: sex 1, hama 1"), notes);
        assertTrue(notes.contains("warning: sex: 4 of 4 expected counts are below 5"), notes);
    }

    @Test
    void twoLevelGroupWithWelchAndYates() throws Exception {
        assertEquals(0, run("table1", "participants.tsv", "--group", "group", "--welch", "--yates", "--tsv"));
        String[][] t = tsv();
        assertEquals(List.of("Variable", "GAD (n = 6)", "HC (n = 6)", "Statistic", "p", "p_exact"), List.of(t[0]));
        // default rows: every column but participant_id and group
        assertEquals(List.of("age", "sex", "  F", "  M", "scs", "hama"), Arrays.stream(t).skip(1).map(r -> r[0]).toList());
        // ttest_ind(equal_var=False): t = 0.233307411727596, df = 9.958374791741239; means 34.833333, 33.666667
        assertEquals(List.of("age", "34.83 (8.38)", "33.67 (8.94)", "t(9.96) = 0.23", ".820"),
                List.of(row(t, "age")).subList(0, 5));
        near(0.8202484413677303, row(t, "age")[5]);
        // [[3, 3], [3, 2]] with Yates' correction: chi2 = 0, p = 1
        assertEquals(List.of("sex", "", "[n = 5]", "χ²(1) = 0.00", "1.000", "1"), List.of(row(t, "sex")));
        // hama, Welch: means 23.4 (n = 5) and 15.0
        assertTrue(row(t, "hama")[1].equals("23.40 (3.58) [n = 5]"), row(t, "hama")[1]);
    }

    @Test
    void plainOutputIsAnAlignedTableWithNotes() throws Exception {
        assertEquals(0, run("table1", "participants.tsv", "--split", "scs", "--vars", "age,sex"));
        String[] lines = out().split("\n");
        assertEquals("Table 1. Characteristics of the High and Low groups", lines[0]);
        assertEquals("Variable  High (n = 7)  Low (n = 5)   Statistic       p", lines[2]);
        assertEquals("--------  ------------  ------------  --------------  ----", lines[3]);
        assertEquals("age       33.43 (8.22)  35.40 (9.18)  t(10) = -0.39   .704", lines[4]);
        assertEquals("sex       [n = 6]                     chi2(1) = 0.78  .376", lines[5]);
        assertEquals("  F       4 (66.7)      2 (40.0)", lines[6]);
        assertTrue(out().contains("\nNotes:\n  Groups: 'scs' median = 2.85 (n = 12); " + MedianSplit.RULE), out());
        assertTrue(out().contains("  Continuous variables: M (SD), Student's t-test"), out());
        assertTrue(err().isEmpty(), err());
    }

    @Test
    void correlationMatrixMatchesScipy() throws Exception {
        assertEquals(0, run("corr-matrix", "participants.tsv", "--vars", "age,scs,hama", "--tsv"));
        String[][] t = tsv();
        assertEquals(List.of("var1", "var2", "method", "r", "n", "p", "ci_low", "ci_high"), List.of(t[0]));
        assertEquals(4, t.length);
        assertEquals(List.of("age", "scs", "Pearson", "12"), List.of(t[1][0], t[1][1], t[1][2], t[1][4]));
        near(-0.38859255129059067, t[1][3]);
        near(0.21189812489920473, t[1][5]);
        // pairs with hama lose sub-07 (n/a)
        assertEquals("11", t[2][4]);
        near(0.31009556714026665, t[2][3]);
        near(0.3533845019800952, t[2][5]);
        near(-0.9532625754026541, t[3][3]);
        near(5.64399409708761e-06, t[3][5]);
        // pearsonr(...).confidence_interval(): Fisher z
        near(-0.9881025865144256, t[3][6]);
        near(-0.8253602427714638, t[3][7]);
        out.reset();
        assertEquals(0, run("corr-matrix", "participants.tsv", "--vars", "age,scs,hama", "--spearman", "--tsv"));
        t = tsv();
        assertEquals("Spearman", t[1][2]);
        near(-0.33975533714409795, t[1][3]);
        near(0.2799203496864415, t[1][5]);
        near(0.3454545454545455, t[2][3]);
        near(0.2980892209030385, t[2][5]);
        near(-0.9703897613415772, t[3][3]);
        near(7.419726550679936e-07, t[3][5]);
        out.reset();
        assertEquals(0, run("corr-matrix", "participants.tsv", "--vars", "age,scs,hama"));
        assertTrue(out().contains("\nhama      .31   -.95***  -\n"), out());
        assertTrue(out().contains("use the participants with both values: age with hama n = 11, scs with hama n = 11."),
                out());
    }

    @Test
    void malformedRowsNameFileAndLine() throws Exception {
        write("short.tsv", "participant_id\tage\tgroup\nsub-01\t34\tA\nsub-02\t29\n");
        StudyFormatException e = assertThrows(StudyFormatException.class,
                () -> run("table1", "short.tsv", "--group", "group"));
        assertEquals("short.tsv line 3: 2 cells, expected 3 (participant_id, age, group)", e.getMessage());
        write("empty.tsv", "participant_id\tage\tgroup\nsub-01\t\tA\n");
        assertTrue(assertThrows(StudyFormatException.class, () -> run("table1", "empty.tsv", "--group", "group"))
                .getMessage().startsWith("empty.tsv line 2: column 'age' is empty; write n/a"));
        assertEquals("missing.tsv: no such file", assertThrows(IllegalArgumentException.class,
                () -> run("table1", "missing.tsv", "--group", "group")).getMessage());
    }

    @Test
    void groupColumnNeedsExactlyTwoLevels() throws Exception {
        write("three.tsv", "participant_id\tage\tarm\nsub-01\t34\tA\nsub-02\t29\tB\nsub-03\t41\tA\nsub-04\t30\tC\n"
                + "sub-05\t33\tB\n");
        StudyFormatException e = assertThrows(StudyFormatException.class,
                () -> run("table1", "three.tsv", "--group", "arm"));
        assertEquals("three.tsv line 5: column 'arm' has a third level 'C': --group needs a column with exactly two"
                + " levels, found 3 levels (A, B, C)", e.getMessage());
        write("one.tsv", "participant_id\tage\tarm\nsub-01\t34\tA\nsub-02\t29\tn/a\n");
        assertEquals("one.tsv: column 'arm' has 1 level (A): --group needs a column with exactly two levels",
                assertThrows(StudyFormatException.class, () -> run("table1", "one.tsv", "--group", "arm")).getMessage());
    }

    @Test
    void columnsTheUserNamesMustExistAndFit() throws Exception {
        UsageException u = assertThrows(UsageException.class,
                () -> run("table1", "participants.tsv", "--group", "group", "--vars", "age,hamd"));
        assertEquals("--vars names column 'hamd', which is not in the header of participants.tsv (line 1:"
                + " participant_id, age, sex, scs, hama, group)", u.getMessage());
        assertTrue(assertThrows(UsageException.class, () -> run("table1", "participants.tsv", "--split", "SCS"))
                .getMessage().startsWith("--split names column 'SCS', which is not in the header of participants.tsv"));
        assertTrue(assertThrows(UsageException.class, () -> run("corr-matrix", "participants.tsv", "--vars", "age,,scs"))
                .getMessage().contains("empty name"));
        assertThrows(UsageException.class, () -> run("table1", "participants.tsv", "--group", "group", "--vars", "age,age"));
        assertThrows(UsageException.class, () -> run("table1", "participants.tsv", "--group", "group", "--vars", "group"));
        // a column a correlation or a median split needs as numbers
        StudyFormatException e = assertThrows(StudyFormatException.class,
                () -> run("corr-matrix", "participants.tsv", "--vars", "age,sex"));
        assertEquals("participants.tsv line 2: column 'sex': 'F' is not a number (a correlation needs numbers;"
                + " decimal point, n/a for a missing value)", e.getMessage());
        assertTrue(assertThrows(StudyFormatException.class, () -> run("table1", "participants.tsv", "--split", "group"))
                .getMessage().startsWith("participants.tsv line 2: column 'group': 'GAD' is not a number"));
        assertTrue(out().isEmpty(), out());
    }

    @Test
    void aNumericColumnWithAStrayMarkerIsCategoricalAndSaysWhy() throws Exception {
        write("na.tsv", "participant_id\tage\tarm\nsub-01\t34\tA\nsub-02\tNA\tB\nsub-03\t41\tA\nsub-04\t30\tB\n");
        assertEquals(0, run("table1", "na.tsv", "--group", "arm"));
        assertTrue(out().contains("'age' is taken as categorical: line 3 holds 'NA', not a number (write n/a for a"
                + " missing value)."), out());
    }

    @Test
    void undefinedTestsAreErrorsNamingFileAndColumn() throws Exception {
        write("const.tsv", "participant_id\tage\tsex\tarm\nsub-01\t30\tF\tA\nsub-02\t30\tF\tB\nsub-03\t30\tF\tA\n"
                + "sub-04\t30\tF\tB\n");
        assertEquals("const.tsv column 'age': zero variance in both groups: t is undefined",
                assertThrows(IllegalArgumentException.class, () -> run("table1", "const.tsv", "--group", "arm",
                        "--vars", "age")).getMessage());
        assertEquals("const.tsv column 'sex': one level ('F') in the two groups: a chi-square test needs at least two",
                assertThrows(IllegalArgumentException.class, () -> run("table1", "const.tsv", "--group", "arm",
                        "--vars", "sex")).getMessage());
        write("ties.tsv", "participant_id\tscs\tage\nsub-01\t2\t30\nsub-02\t3\t31\nsub-03\t3\t32\nsub-04\t3\t33\n");
        // median 3: three High, one Low, too few for a t-test in Low
        assertEquals("ties.tsv column 'age': group 2 (Low) has n = 1; a t-test needs at least 2 values per group",
                assertThrows(IllegalArgumentException.class, () -> run("table1", "ties.tsv", "--split", "scs"))
                        .getMessage());
        write("equal.tsv", "participant_id\tscs\tage\nsub-01\t3\t30\nsub-02\t3\t31\nsub-03\t3\t32\n");
        assertTrue(assertThrows(StudyFormatException.class, () -> run("table1", "equal.tsv", "--split", "scs"))
                .getMessage().startsWith("equal.tsv: column 'scs': all 3 scores are at or above the median"));
        assertTrue(out().isEmpty(), out());
    }

    @Test
    void usage() {
        assertThrows(UsageException.class, () -> run("table1", "participants.tsv"));
        assertThrows(UsageException.class, () -> run("table1", "participants.tsv", "--group", "group", "--split", "scs"));
        assertThrows(UsageException.class, () -> run("table1", "--group", "group"));
        assertThrows(UsageException.class, () -> run("table1", "participants.tsv", "--group", "group", "--spearman"));
        assertThrows(UsageException.class, () -> run("corr-matrix", "participants.tsv"));
        assertThrows(UsageException.class, () -> run("corr-matrix", "participants.tsv", "--vars", "age"));
        assertThrows(UsageException.class, () -> run("corr-matrix", "participants.tsv", "--vars", "age,scs", "--welch"));
        assertThrows(UsageException.class, () -> run("ttest", "--data", "a.txt", "--vars", "age"));
        String usage = new StatsCommand().usage();
        assertTrue(usage.contains("\nvagus stats table1 FILE.tsv (--group COLUMN | --split COLUMN) [--vars a,b,c] [--welch]"
                + " [--yates] [--tsv]\n"), usage);
        assertTrue(usage.contains("\nvagus stats corr-matrix FILE.tsv --vars a,b,c [--spearman] [--tsv]\n"), usage);
    }
}
