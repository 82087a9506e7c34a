package org.vagus.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.report.html.HtmlReportWriter;
import org.vagus.report.html.ReportFiles;

/**
 * The sample report end to end. With {@code -Dvagus.report.sample=DIR} it is also written to DIR, to look at
 * in a browser.
 */
class SampleReportTest {

    @Test
    void sampleReport(@TempDir Path tmp) throws Exception {
        String keep = System.getProperty("vagus.report.sample", "");
        Path dir = keep.isBlank() ? tmp : Path.of(keep);
        long t0 = System.nanoTime();
        ReportFiles files = new HtmlReportWriter().write(SampleReport.build(new SampleStudy(2024)), dir);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(6, files.figures().size());
        assertEquals(14, files.tables().size(), "7 tables as CSV and TSV");
        for (Path p : files.figures()) {
            assertTrue(Files.size(p) > 10_000, p + " holds a figure");
        }
        for (Path p : files.tables()) {
            assertTrue(Files.size(p) > 20, p + " holds a table");
        }
        assertTrue(Files.size(files.html()) > 100_000, "the page embeds the figures");
        // a generous bound: the report is a small part of the 10 s budget of a whole analysis on 2 cores
        assertTrue(seconds < 30, "report written in " + seconds + " s");
    }
}
