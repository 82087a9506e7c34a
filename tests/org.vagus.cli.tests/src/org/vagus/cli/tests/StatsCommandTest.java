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

/** {@code vagus stats}; reference values from scipy 1.17 (the call is named at each use). */
class StatsCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private CommandContext ctx;

    @BeforeEach
    void context() throws IOException {
        ctx = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, null, Map.of());
        Files.writeString(dir.resolve("a.txt"), "5.1\n4.9\n6.2\n5.8\n\n6.0\n5.5\n5.3\n6.1\n");
        Files.writeString(dir.resolve("b.txt"), "# group B\n4.2\n4.8\n5.0\n4.6\n5.3\n4.4\n4.9\n");
        Files.writeString(dir.resolve("x.txt"), "2.1\n3.4\n1.9\n4.8\n3.3\n2.7\n4.1\n3.9\n2.2\n3.0\n4.6\n1.5\n");
        Files.writeString(dir.resolve("y.txt"), "1.2\n2.9\n1.5\n3.8\n2.2\n2.2\n3.5\n2.6\n1.9\n2.2\n3.1\n1.7\n");
    }

    private int run(String... args) throws Exception {
        return new StatsCommand().run(ctx, List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The TSV output as {header, row}, checking the required leading columns. */
    private String[][] tsv(int rows) {
        String[] lines = out().split("\n");
        assertEquals(rows + 1, lines.length, out());
        assertTrue(lines[0].startsWith("test\tstatistic\tdf\tp\teffect_size"), lines[0]);
        return Arrays.stream(lines).map(l -> l.split("\t", -1)).toArray(String[][]::new);
    }

    private static void near(double expected, String actual) {
        assertEquals(expected, Double.parseDouble(actual), Math.abs(expected) * 1e-6 + 1e-12, actual);
    }

    @Test
    void ttestFromSummaries() throws Exception {
        assertEquals(0, run("ttest", "--summary", "2.91,0.41,39", "2.72,0.37,38", "--tsv"));
        String[][] t = tsv(1);
        assertEquals("student_t", t[1][0]);
        // scipy.stats.ttest_ind_from_stats(2.91, 0.41, 39, 2.72, 0.37, 38)
        near(2.1330520129888355, t[1][1]);
        assertEquals("75", t[1][2]);
        near(0.03619202084395816, t[1][3]);
        // numpy: (2.91 - 2.72) / sqrt((38 * .41**2 + 37 * .37**2) / 75)
        near(0.4862086783533872, t[1][4]);
    }

    @Test
    void welchAndPairedFromData() throws Exception {
        assertEquals(0, run("ttest", "--data", "a.txt", "b.txt", "--welch", "--tsv"));
        String[][] t = tsv(1);
        assertEquals("welch_t", t[1][0]);
        // scipy.stats.ttest_ind(a, b, equal_var=False)
        near(3.9137407537389497, t[1][1]);
        near(12.827299741275047, t[1][2]);
        near(0.0018227909577030407, t[1][3]);
        out.reset();
        assertEquals(0, run("ttest", "--data", "a.txt", "b.txt"));
        assertTrue(out().startsWith("Student's t-test: t(13) = 3.84, p = .002, d = 1.99\n"), out());
        out.reset();
        // scipy.stats.ttest_1samp(a, 5.0)
        assertEquals(0, run("ttest", "--data", "a.txt", "--mu", "5", "--tsv"));
        near(3.569625885346298, tsv(1)[1][1]);
    }

    @Test
    void chisqWithAndWithoutYates() throws Exception {
        assertEquals(0, run("chisq", "--table", "25,14;28,10", "--tsv"));
        String[][] t = tsv(1);
        // scipy.stats.chi2_contingency([[25, 14], [28, 10]], correction=False); association(..., 'cramer');
        // scipy.stats.fisher_exact([[25, 14], [28, 10]])
        assertEquals("chisq", t[1][0]);
        near(0.8236298899158878, t[1][1]);
        assertEquals("1", t[1][2]);
        near(0.3641210044823898, t[1][3]);
        near(0.10342384675126773, t[1][4]);
        assertEquals("phi", t[1][5]);
        near(0.46219749596336746, t[1][7]);
        out.reset();
        // scipy.stats.chi2_contingency([[25, 14], [28, 10]], correction=True)
        assertEquals(0, run("chisq", "--table", "25,14;28,10", "--yates", "--tsv"));
        near(0.43755848483691073, tsv(1)[1][1]);
        out.reset();
        // scipy.stats.chi2_contingency([[12, 5, 9], [7, 11, 4]])
        assertEquals(0, run("chisq", "--table", "12,5,9; 7,11,4"));
        assertTrue(out().startsWith("Pearson's chi-square test: chi2(2, N = 48) = 5.19, p = .075, V = .33"), out());
        assertTrue(err.toString(StandardCharsets.UTF_8).isEmpty());
    }

    @Test
    void smallExpectedCountsWarnOnStandardError() throws Exception {
        assertEquals(0, run("chisq", "--table", "3,1;1,4", "--tsv"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("warning: 4 of 4 expected counts are below 5"));
        tsv(1);
    }

    @Test
    void correlations() throws Exception {
        assertEquals(0, run("corr", "--data", "x.txt", "y.txt", "--spearman", "--tsv"));
        String[][] t = tsv(1);
        // scipy.stats.spearmanr(x, y)
        assertEquals("spearman", t[1][0]);
        near(0.9507278005253983, t[1][1]);
        assertEquals("10", t[1][2]);
        near(2.1050262473651637e-06, t[1][3]);
        near(0.9507278005253983, t[1][4]);
        out.reset();
        assertEquals(0, run("corr", "--data", "x.txt", "y.txt"));
        // scipy.stats.pearsonr(x, y): 0.9175, CI (0.7257, 0.9770)
        assertTrue(out().startsWith("Pearson correlation: r(10) = .92, p < .001, 95% CI [.73, .98]"), out());
    }

    @Test
    void checkFlagsTheIssueExample() throws Exception {
        assertEquals(0, run("check", "t(75) = 2.73, p = 0.04"));
        assertTrue(out().startsWith("t(75) = 2.73, p = 0.04: inconsistent; recomputed p = 0.0079"), out());
        out.reset();
        assertEquals(0, run("check", "t(75) = 2.73, p = 0.04", "F(1, 75) = 4.10, p = .046", "--tsv"));
        String[][] t = tsv(2);
        assertEquals("consistent", t[0][5]);
        assertEquals("t", t[1][0]);
        assertEquals("75", t[1][2]);
        // 2 * scipy.stats.t.sf(2.73, 75)
        near(0.007888578197889776, t[1][3]);
        assertEquals("NA", t[1][4]);
        assertEquals("false", t[1][5]);
        // scipy.stats.f.sf(4.10, 1, 75)
        assertEquals("F", t[2][0]);
        near(0.04644305093463526, t[2][3]);
        assertEquals("true", t[2][5]);
        assertEquals("75", t[2][6]);
    }

    @Test
    void dataFileErrorsNameFileAndLine() throws Exception {
        Files.writeString(dir.resolve("bad.txt"), "1.5\n2.5\nabc\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run("ttest", "--data", "a.txt", "bad.txt"));
        assertEquals("bad.txt line 3: 'abc' is not a number (one number per line, decimal point)", e.getMessage());
        Files.writeString(dir.resolve("nan.txt"), "1.5\nNaN\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> run("corr", "--data", "x.txt", "nan.txt"))
                .getMessage().startsWith("nan.txt line 2: 'NaN' is not a number"));
        assertEquals("missing.txt: no such file", assertThrows(IllegalArgumentException.class,
                () -> run("ttest", "--data", "missing.txt")).getMessage());
        Files.writeString(dir.resolve("one.txt"), "4.0\n");
        assertEquals("group 2 has n = 1; a t-test needs at least 2 values per group",
                assertThrows(IllegalArgumentException.class, () -> run("ttest", "--data", "a.txt", "one.txt"))
                        .getMessage());
        assertEquals("x.txt has 12 numbers and a.txt has 8; a correlation needs one pair per line",
                assertThrows(IllegalArgumentException.class, () -> run("corr", "--data", "x.txt", "a.txt"))
                        .getMessage());
    }

    @Test
    void undefinedTestsAreClearErrorsNotNaN() {
        assertEquals("zero variance in both groups: t is undefined", assertThrows(IllegalArgumentException.class,
                () -> run("ttest", "--summary", "3,0,10", "3.5,0,12")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> run("chisq", "--table", "0,0;3,4"))
                .getMessage().startsWith("row 1 is empty"));
        assertTrue(out().isEmpty());
    }

    @Test
    void usageErrors() {
        assertThrows(UsageException.class, () -> run());
        assertThrows(UsageException.class, () -> run("anova"));
        assertThrows(UsageException.class, () -> run("ttest", "a.txt", "b.txt"));
        assertThrows(UsageException.class, () -> run("ttest", "--summary", "2.9,0.4", "2.7,0.3,38"));
        assertThrows(UsageException.class, () -> run("ttest", "--summary", "2.9,0.4,39.5", "2.7,0.3,38"));
        assertThrows(UsageException.class, () -> run("ttest", "--data", "a.txt", "b.txt", "--yates"));
        assertThrows(UsageException.class, () -> run("ttest", "--data", "a.txt", "b.txt", "--welch", "--paired"));
        assertThrows(UsageException.class, () -> run("chisq", "--table", "25,x;28,10"));
        assertThrows(UsageException.class, () -> run("corr", "--data", "x.txt"));
        assertThrows(UsageException.class, () -> run("check"));
        assertThrows(IllegalArgumentException.class, () -> run("check", "nothing to see"));
        StatsCommand c = new StatsCommand();
        assertTrue(c.usage().startsWith("vagus stats ttest --summary M1,SD1,N1 M2,SD2,N2 [--welch] [--tsv]"));
        assertTrue(!c.summary().isBlank());
    }
}
