package org.vagus.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.report.html.ApaSentences;
import org.vagus.report.html.HtmlReportWriter;
import org.vagus.report.html.HtmlReportWriter.Embedding;
import org.vagus.report.html.Report;
import org.vagus.report.html.ReportFiles;
import org.vagus.report.html.StandardSections;
import org.vagus.stats.Correlations;
import org.vagus.stats.TTests;
import org.w3c.dom.Element;

class HtmlReportTest {
    private static SampleStudy study;
    private static Report report;

    @BeforeAll
    static void build() throws Exception {
        study = new SampleStudy(2024);
        report = SampleReport.build(study);
    }

    /** Every src and href value of the page. */
    static List<String> references(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\b(?:src|href)\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE)
                .matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void writesThePageFiguresAndTablesAtomically(@TempDir Path dir) throws Exception {
        ReportFiles files = new HtmlReportWriter().write(report, dir);
        assertEquals(dir.resolve("report.html"), files.html());
        assertEquals(6, files.figures().size());
        assertTrue(files.figures().contains(dir.resolve("figures/figure3.png")));
        assertTrue(files.figures().contains(dir.resolve("figures/figure4.svg")));
        assertTrue(files.tables().contains(dir.resolve("tables/table1.csv")));
        assertTrue(files.tables().contains(dir.resolve("tables/correlations.tsv")));
        for (Path p : files.all()) {
            assertTrue(Files.size(p) > 0, p + " written");
        }
        assertEquals(2000, Pixels.decode(Files.readAllBytes(dir.resolve("figures/figure2.png"))).width() - 100,
                "504 pt at 300 dpi = 2100 px");
        new HtmlReportWriter().write(report, dir);
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> leftovers = all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            assertEquals(List.of(), leftovers, "no temporary files");
        }
    }

    @Test
    void pageIsWellFormedWithAllSections(@TempDir Path dir) throws Exception {
        String html = Files.readString(new HtmlReportWriter().write(report, dir).html(), StandardCharsets.UTF_8);
        Svg page = Svg.parse(html);
        List<String> ids = page.all("section").stream().map(e -> e.getAttribute("id")).toList();
        assertEquals(List.of("summary", "table1", "results", "tests", "figures", "correlations", "methods",
                "provenance"), ids);
        List<String> headings = page.all("h2").stream().map(Element::getTextContent).toList();
        assertTrue(headings.containsAll(List.of("Contents", "Study summary", "Table 1", "Results", "Figures",
                "Correlations", "Methods", "Provenance")), headings.toString());
        assertEquals(3, page.all("svg").size(), "three inline figures");
        List<String> labels = page.all("figcaption").stream().map(Element::getTextContent).toList();
        assertTrue(labels.get(0).startsWith("Figure 2Distribution of self-compassion"), labels.toString());
        assertTrue(html.contains("<span class=\"label\">Table 1</span><span class=\"title\">Characteristics of"),
                "the label is not repeated in the title");
        assertTrue(html.contains("] (Figure 4C).</p>"), "references inside the sentence");
        assertTrue(html.contains("The study \u201cSample study\u201d has 77 participants in 2 groups: "
                + "High SC (<i>n</i> = "),
                "summary with italic n");
        assertTrue(html.contains("<i>t</i>(75) = "), "APA italics in the results");
        assertTrue(html.contains("Vagus 0.1.0") && html.contains("2025-06-01T10:00:00Z"), "provenance");
        assertTrue(html.contains(SampleReport.checksum("participants.tsv", "participants of the sample study")
                .sha256()), "input checksums");
        assertTrue(html.contains("Pan-Tompkins (1985)"), "recipe parameters");
    }

    @Test
    void pageFetchesNothing(@TempDir Path dir) throws Exception {
        String html = Files.readString(new HtmlReportWriter().write(report, dir).html(), StandardCharsets.UTF_8);
        List<String> refs = references(html);
        assertFalse(refs.isEmpty());
        for (String r : refs) {
            assertFalse(r.toLowerCase().contains("http") || r.startsWith("//"), "external reference " + r);
            if (!r.startsWith("#") && !r.startsWith("data:")) {
                assertTrue(Files.exists(dir.resolve(r)), "linked file " + r + " exists beside the page");
            }
        }
        String lower = html.toLowerCase();
        for (String forbidden : List.of("<script", "<link", "<iframe", "@import", "url(http", "<object")) {
            assertFalse(lower.contains(forbidden), forbidden);
        }
        assertTrue(html.contains("Content-Security-Policy"));
    }

    @Test
    void figuresCanBeEmbeddedAsPng() throws Exception {
        HtmlReportWriter w = new HtmlReportWriter(HtmlReportWriter.Options.defaults().withEmbedding(Embedding.PNG));
        String html = w.html(report);
        Svg page = Svg.parse(html);
        assertEquals(0, page.all("svg").size());
        List<Element> images = page.all("img");
        assertEquals(3, images.size());
        for (Element img : images) {
            String src = img.getAttribute("src");
            assertTrue(src.startsWith("data:image/png;base64,"));
            Pixels px = Pixels.decode(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)));
            assertTrue(px.width() > 500, "150 dpi");
            assertFalse(img.getAttribute("alt").isBlank());
        }
        for (String r : references(html)) {
            assertTrue(r.startsWith("#") || r.startsWith("data:"), "no links without files: " + r);
        }
    }

    @Test
    void tablesCanCarryAByteOrderMark(@TempDir Path dir) throws Exception {
        new HtmlReportWriter(HtmlReportWriter.Options.defaults().withBom(true)).write(report, dir);
        byte[] csv = Files.readAllBytes(dir.resolve("tables/table1.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
        new HtmlReportWriter().write(report, dir.resolve("plain"));
        byte[] plain = Files.readAllBytes(dir.resolve("plain/tables/table1.csv"));
        assertEquals('v', plain[0]);
    }

    @Test
    void everyTextIsEscaped() throws Exception {
        Report r = Report.builder("<script>alert('x')</script> & report", SampleReport.CREATED)
                .subtitle("a \"quoted\" <subtitle>").section("s", "<b>heading</b>").paragraph("1 < 2 & 3 > 2")
                .apa("p < .05 with <img src=x>").list(List.of("<li>item</li>")).build();
        String html = new HtmlReportWriter().html(r);
        assertFalse(html.contains("<script>") || html.contains("<b>") || html.contains("<img"));
        Svg page = Svg.parse(html);
        assertEquals("<script>alert('x')</script> & report", page.all("title").get(0).getTextContent());
        assertEquals("<b>heading</b>", page.all("h2").get(0).getTextContent());
        assertTrue(html.contains("<p><i>p</i> &lt; .05 with &lt;img src=x&gt;</p>"), html);
    }

    @Test
    void idsMustBeUnique() {
        Report.Builder b = Report.builder("r", SampleReport.CREATED).section("a", "A").figure(study.figure2(), "")
                .section("b", "B").figure(study.figure2(), "");
        assertThrows(IllegalArgumentException.class, b::build);
        assertThrows(IllegalArgumentException.class, () -> Report.builder("r", SampleReport.CREATED)
                .section("Bad Id", "x").build());
        assertThrows(IllegalStateException.class, () -> Report.builder("r", SampleReport.CREATED).paragraph("x"));
    }

    @Test
    void apaSentences() {
        double[] change = study.change();
        var t = TTests.student(study.of(change, true), study.of(change, false));
        String s = ApaSentences.groupDifference("state anxiety change", "High SC", "Low SC", t, 1.2, 4.9, 1.0);
        assertEquals("High SC and Low SC differed in state anxiety change, " + t.apa()
                + ": High SC had the lower mean (M = 1.20 vs 4.90).", s);
        assertEquals("High SC and Low SC did not differ significantly in x, " + t.apa() + ".",
                ApaSentences.groupDifference("x", "High SC", "Low SC", t, 1, 2, t.p() / 2));
        var r = Correlations.pearson(LinearFitTest.X, LinearFitTest.Y);
        assertEquals("nHF change was negatively correlated with HAMA score, " + r.apa() + ".",
                ApaSentences.correlation("nHF change", "HAMA score", r, 0.05));
        assertEquals("Heart rate was negatively correlated with anxiety, " + r.apa() + ".",
                ApaSentences.correlation("heart rate", "anxiety", r, 0.05));
        assertEquals("A differed, d = 0.5 (Figure 3).", ApaSentences.withReference("A differed, d = 0.5.",
                "Figure 3"));
    }

    @Test
    void standardSummary() throws Exception {
        var s = StandardSections.summary("", new java.util.LinkedHashMap<>(java.util.Map.of("All", 12)), "");
        String html = new HtmlReportWriter().html(Report.builder("r", SampleReport.CREATED).section(s).build());
        assertTrue(html.contains("The study has 12 participants in 1 group: All (<i>n</i> = 12).</p>"), html);
    }
}
