package org.vagus.analysis.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.recipe.Recipes;
import org.vagus.analysis.report.StudyReport;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.ResultFiles;
import org.vagus.report.table.Delimited;

/**
 * The report of the hand-built study of 77 participants ({@link HandBuiltStudy}): its files, a self-contained page,
 * Table 1 against an independent computation, tables that read back, the APA text, and that nothing of
 * participants.tsv but participant_id and the recipe's columns leaves the study. Prints the time the report took.
 * <p>
 * Reference values of Table 1 from scipy 1.17 / numpy on the participants.tsv values of
 * {@link HandBuiltStudy#PYTHON}, groups by {@code high = scs >= np.median(scs)} (39 High SC, 38 Low SC):
 * <pre>
 * for x in age, scs, hama, hamd: scipy.stats.ttest_ind(x[high], x[~high]); x.mean(), x.std(ddof=1)
 * for x in gender, marital, education, employment, np.where(illness &gt;= 5, '&gt;= 5 years', '&lt; 5 years'):
 *     table = [[sum((x == l) &amp; high), sum((x == l) &amp; ~high)] for l in sorted(set(x))]
 *     scipy.stats.chi2_contingency(table, correction=False)      # over ALL levels of the variable
 * </pre>
 */
class StudyReportTest {
    @TempDir
    static Path dir;
    static AnalysisResult result;
    static Path out;
    static Path page;

    @BeforeAll
    static void write() throws Exception {
        result = HandBuiltStudy.result(Recipes.builtIn(), dir.resolve("study"));
        out = dir.resolve("results");
        ResultFiles.write(result, out);
        long t0 = System.nanoTime();
        page = StudyReport.write(result, result.recipe(), out);
        double first = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        StudyReport.write(result, result.recipe(), dir.resolve("again"));
        double second = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "report of %d participants (3 figures as 300 dpi PNG and SVG, page, tables,"
                + " APA text): %.2f s first, %.2f s again%n", HandBuiltStudy.N, first, second);
    }

    @Test
    void theFilesAreWritten() throws IOException {
        assertEquals(out.resolve(StudyReport.PAGE), page);
        for (String id : List.of("figure-2", "figure-3", "figure-4")) {
            byte[] png = Files.readAllBytes(out.resolve("figures").resolve(id + ".png"));
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4), id);
            assertTrue(Files.readString(out.resolve("figures").resolve(id + ".svg")).contains("<svg"), id);
        }
        for (String t : List.of("table1", "group-tests", "correlations", "correlation-matrix", "significant-windows")) {
            assertTrue(Files.isRegularFile(out.resolve("tables").resolve(t + ".csv")), t);
            assertTrue(Files.isRegularFile(out.resolve("tables").resolve(t + ".tsv")), t);
        }
        assertTrue(Files.isRegularFile(out.resolve(StudyReport.APA)));
        try (Stream<Path> files = Files.walk(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void thePageIsSelfContainedWithTableOneAndTheThreeFigures() throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Matcher src = Pattern.compile("\\bsrc\\s*=\\s*[\"']([^\"']*)[\"']").matcher(html);
        while (src.find()) {
            assertTrue(src.group(1).startsWith("data:"), "a page element loads " + src.group(1));
        }
        assertFalse(html.contains("<link"), "no style sheet or other file linked in the head");
        assertFalse(html.contains("<script"));
        assertFalse(Pattern.compile("url\\(\\s*['\"]?[^#'\"\\s]").matcher(html).find(),
                "no resource by url(...) other than the SVGs' own #clip references");
        assertFalse(Pattern.compile("href=[\"'](?!#|figures/|tables/)").matcher(html).find(),
                "links go to the page's own sections or to the files written beside it");
        for (String id : List.of("figure-2", "figure-3", "figure-4")) {
            assertTrue(html.contains("<svg id='svg-" + id + "'"), id + " inline as SVG");
            assertTrue(html.contains("id=\"fig-" + id + "\""), id);
        }
        assertTrue(html.contains(">Figure 2<") && html.contains(">Figure 3<") && html.contains(">Figure 4<"));
        assertTrue(html.contains("id=\"tbl-table1\""));
        assertTrue(html.contains(">Table 1<"));
        assertTrue(html.contains("Gender, female, n (%)"));
        assertTrue(html.contains("Duration of illness, &gt;= 5 years, n (%)"));
        assertTrue(html.contains("Total (n = 77)") && html.contains("High SC (n = 39)")
                && html.contains("Low SC (n = 38)"));
        assertTrue(html.contains("sub-77: no_recording"), "those not analysed are listed by participant_id");
    }

    /** Table 1's values against scipy / numpy (see the class comment); the row order is the recipe's. */
    @Test
    void tableOneMatchesAnIndependentComputation() throws IOException {
        List<List<String>> t = Delimited.parse(Files.readString(out.resolve("tables/table1.tsv")),
                Delimited.Format.TSV);
        List<String> h = t.get(0);
        assertEquals(List.of("age", "gender", "marital_status", "education", "employment", "illness_duration",
                "scs_total", "hama", "hamd"), t.subList(1, t.size()).stream().map(r -> r.get(0)).toList());
        // continuous: total mean and SD (ddof = 1) of all 77, Student's t-test p
        continuous(t, h, "age", 39.714285714285715, 11.600654635404194, 0.86318088322862707);
        continuous(t, h, "scs_total", 2.9558441558441557, 0.87948003575281053, 1.358452891682202e-24);
        continuous(t, h, "hama", 24.974025974025974, 3.5761417976935994, 2.3383715255164772e-08);
        continuous(t, h, "hamd", 14.545454545454545, 4.1024557938715018, 0.88073089293128637);
        // categorical: the shown level's counts (total, High SC, Low SC) and the chi-square p over all levels
        categorical(t, h, "gender", "female", 54, 26, 28, 0.50116539560241058);
        // marital status has 4 levels: chi2(3) p = .703, not the .817 of married vs the rest (2 x 2)
        categorical(t, h, "marital_status", "married", 15, 8, 7, 0.7029801040682444);
        categorical(t, h, "education", "tertiary", 26, 13, 13, 0.93514345468691285);
        categorical(t, h, "employment", "employed", 17, 9, 8, 0.98325303760981042);
        categorical(t, h, "illness_duration", ">= 5 years", 45, 21, 24, 0.40714267528705639);
        List<String> age = row(t, "age");
        assertEquals(-0.17291903500793632, Double.parseDouble(age.get(h.indexOf("statistic"))), 1e-12);
        assertEquals(3, Double.parseDouble(row(t, "employment").get(h.indexOf("df"))));
    }

    private static void continuous(List<List<String>> t, List<String> h, String variable, double mean, double sd,
            double p) {
        List<String> r = row(t, variable);
        assertEquals("M (SD)", r.get(h.indexOf("summary")));
        assertEquals(mean, Double.parseDouble(r.get(h.indexOf("total_value"))), 1e-12 * Math.abs(mean));
        assertEquals(sd, Double.parseDouble(r.get(h.indexOf("total_spread"))), 1e-12 * sd);
        assertEquals("77", r.get(h.indexOf("total_n")));
        assertEquals(p, Double.parseDouble(r.get(h.indexOf("p"))), 1e-9 * p + 1e-15, variable);
    }

    private static void categorical(List<List<String>> t, List<String> h, String variable, String level, int total,
            int high, int low, double p) {
        List<String> r = row(t, variable);
        assertEquals(level, r.get(h.indexOf("level")));
        assertEquals(total, Integer.parseInt(r.get(h.indexOf("total_value"))), variable);
        assertEquals(high, Integer.parseInt(r.get(h.indexOf("high_sc_value"))), variable);
        assertEquals(low, Integer.parseInt(r.get(h.indexOf("low_sc_value"))), variable);
        assertEquals(100.0 * total / 77, Double.parseDouble(r.get(h.indexOf("total_spread"))), 1e-12);
        assertEquals(p, Double.parseDouble(r.get(h.indexOf("p"))), 1e-12, variable);
    }

    private static List<String> row(List<List<String>> t, String variable) {
        return t.stream().filter(r -> r.get(0).equals(variable)).findFirst().orElseThrow();
    }

    @Test
    void everyTableReadsBackAsCsvAndTsv() throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("tables"))) {
            for (Path tsv : files.filter(p -> p.toString().endsWith(".tsv")).toList()) {
                String name = tsv.getFileName().toString();
                Path csv = tsv.resolveSibling(name.replace(".tsv", ".csv"));
                List<List<String>> a = Delimited.parse(Files.readString(tsv), Delimited.Format.TSV);
                List<List<String>> b = Delimited.parse(Files.readString(csv), Delimited.Format.CSV);
                assertEquals(a, b, name + ": the CSV holds what the TSV holds");
                int columns = a.get(0).size();
                assertTrue(a.stream().allMatch(r -> r.size() == columns), name + ": every line has every column");
                assertEquals(a.get(0).size(), new HashSet<>(a.get(0)).size(), name + ": column names differ");
                for (String c : a.get(0)) {
                    assertTrue(c.matches("[A-Za-z][A-Za-z0-9_]*") || name.startsWith("summary")
                            || name.startsWith("methods") || name.startsWith("provenance"), name + ": column " + c);
                }
            }
        }
        List<List<String>> tests = Delimited.parse(Files.readString(out.resolve("tables/group-tests.csv")),
                Delimited.Format.CSV);
        assertEquals(result.group().tests().size() + 1, tests.size());
        int p = tests.get(0).indexOf("p");
        for (int i = 0; i < result.group().tests().size(); i++) {
            assertEquals(result.group().tests().get(i).test().p(), Double.parseDouble(tests.get(i + 1).get(p)),
                    "full precision: " + tests.get(i + 1));
        }
    }

    @Test
    void theApaTextHasASentenceForEveryTest() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(StudyReport.APA));
        long sentences = lines.stream().filter(l -> l.endsWith(".") && l.length() > 40).count();
        int tests = result.group().table1().variables().size() + result.group().tests().size()
                + result.group().windows().size() + result.group().correlations().size();
        assertEquals(tests, sentences, String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("High SC and Low SC differed in change in state anxiety")
                && l.contains("t(75) = ") && l.endsWith("(Figure 2B).")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("nHF change, mean 0.7-3.4 s was negatively correlated"
                + " with HAMA score, r(74) = ") && l.endsWith("(Figure 4C).")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Sliding windows of heart rate change")
                && l.contains("cluster-corrected: ")), String.join("\n", lines));
    }

    /**
     * participants.tsv has full_name, birth_date and email columns: neither their names nor their values may be
     * in any file of the results folder, and the tables name only the recipe's variables.
     */
    @Test
    void nothingIdentifyingLeaves() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.toString().endsWith(".png")) {
                    continue;
                }
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (String secret : List.of(HandBuiltStudy.SECRET_NAME, HandBuiltStudy.SECRET_DATE,
                        HandBuiltStudy.SECRET_MAIL, "full_name", "birth_date", "email")) {
                    assertFalse(text.contains(secret), f.getFileName() + " holds '" + secret + "'");
                }
            }
        }
        Recipe recipe = result.recipe();
        Set<String> allowed = new HashSet<>(recipe.participantColumns());
        allowed.addAll(recipe.variableIds());
        for (String table : List.of("table1", "group-tests", "correlations", "correlation-matrix")) {
            List<List<String>> t = Delimited.parse(Files.readString(out.resolve("tables/" + table + ".tsv")),
                    Delimited.Format.TSV);
            for (List<String> r : t.subList(1, t.size())) {
                assertTrue(allowed.contains(r.get(0)), table + " names " + r.get(0));
                if (table.startsWith("correlation")) {
                    assertTrue(allowed.contains(r.get(1)), table + " names " + r.get(1));
                }
            }
        }
        assertTrue(result.participantValues().values().stream().allMatch(m -> allowed.containsAll(m.keySet())),
                "the result keeps the recipe's columns only");
    }
}
