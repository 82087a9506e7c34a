package org.vagus.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.analysis.recipe.RecipeException;
import org.vagus.analysis.recipe.Recipes;
import org.vagus.analysis.report.StudyReport;
import org.vagus.analysis.results.ResultFiles;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;
import org.vagus.cli.internal.AnalyzeCommand;
import org.vagus.cli.internal.RecipeCommand;
import org.vagus.study.StudyFolder;
import org.vagus.study.StudyLockedException;

/**
 * {@code vagus analyze} and {@code vagus recipe} on a small generated study (6 participants, 200 s each, the intake's
 * participants.tsv columns plus one the recipe does not name; {@link AnalyzeTestStudy}).
 */
class AnalyzeCommandTest {
    @TempDir
    static Path root;
    static Path study;

    record Run(int status, String out, String err) {
    }

    static Run run(VagusCommand command, Path dir, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandContext ctx = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, null, Map.of());
        int status = command.run(ctx, List.of(args));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void generate() throws Exception {
        study = root.resolve("study");
        AnalyzeTestStudy.create(study, 6, 200, 3);
    }

    @Test
    void analyzeWritesResultsIntoTheStudyAndPrintsTheKeyResults() throws Exception {
        Run r = run(new AnalyzeCommand(), root, "study", "--threads", "2");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("analysing participants: 6/6"), r.err());
        assertTrue(r.out().contains("participants: 6, analysed 6"), r.out());
        assertTrue(r.out().contains("groups: median split on scs_total"), r.out());
        assertTrue(r.out().contains("Table 1. Characteristics of the High SC and Low SC groups"), r.out());
        assertTrue(r.out().contains("HR change, AUC 0-6 s (bpm*s): High SC M = "), r.out());
        assertTrue(r.out().contains("nHF change, mean 0.7-3.4 s: High SC M = "), r.out());
        assertTrue(r.out().contains("Sliding windows, heart rate"), r.out());
        assertTrue(r.out().contains("cluster-corrected: cluster permutation test"), r.out());
        assertTrue(r.out().contains("Correlations (all participants)"), r.out());
        Path results = study.resolve(ResultFiles.DEFAULT_FOLDER);
        for (String f : List.of(ResultFiles.FEATURES, ResultFiles.GROUP_TESTS, ResultFiles.TABLE1,
                ResultFiles.SLIDING_WINDOWS, ResultFiles.PROVENANCE)) {
            assertTrue(Files.isRegularFile(results.resolve(f)), f);
        }
        assertEquals(7, Files.readAllLines(results.resolve(ResultFiles.FEATURES)).size());
        Path report = results.resolve(StudyReport.PAGE);
        assertTrue(r.out().contains("report: " + report + " (written in "), r.out());
        String html = Files.readString(report);
        assertTrue(html.contains("Gender, female, n (%)") && html.contains("id=\"fig-figure-4\""));
        for (String f : List.of("figures/figure-2.png", "figures/figure-3.svg", "tables/table1.csv",
                "tables/table1.tsv", StudyReport.APA)) {
            assertTrue(Files.isRegularFile(results.resolve(f)), f);
        }
        try (Stream<Path> files = Files.walk(results)) {
            for (Path f : files.filter(p -> Files.isRegularFile(p) && !p.toString().endsWith(".png")).toList()) {
                String text = Files.readString(f);
                assertFalse(text.contains(AnalyzeTestStudy.SECRET) || text.contains("interviewer"),
                        f + ": a column of participants.tsv the recipe does not name left the study");
            }
        }
    }

    @Test
    void noReportWritesTheTablesOnly(@TempDir Path dir) throws Exception {
        Run r = run(new AnalyzeCommand(), dir, study.toString(), "--out", "res", "--threads", "2", "--no-report");
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("res").resolve(ResultFiles.PROVENANCE)));
        assertFalse(Files.exists(dir.resolve("res").resolve(StudyReport.PAGE)));
        assertFalse(r.out().contains("report: "), r.out());
        assertTrue(new AnalyzeCommand().usage().contains("--no-report"));
    }

    @Test
    void analyzeWithARecipeFileAndAnOutputFolder(@TempDir Path dir) throws Exception {
        Path recipe = dir.resolve("mine.json");
        Files.writeString(recipe, Recipes.builtInText().replace("\"permutations\": 5000", "\"permutations\": 99"));
        Run r = run(new AnalyzeCommand(), dir, study.toString(), "--recipe", "mine.json", "--out", "res",
                "--threads", "1");
        assertEquals(0, r.status(), r.err());
        String provenance = Files.readString(dir.resolve("res").resolve(ResultFiles.PROVENANCE));
        assertTrue(provenance.contains("\"permutations\": 99"), "the recipe that ran is in the provenance");
        assertTrue(r.out().contains("results: " + dir.resolve("res")), r.out());
    }

    @Test
    void writingIntoALockedStudyIsRefused(@TempDir Path dir) throws Exception {
        try (StudyFolder held = StudyFolder.open(study)) {
            assertTrue(!held.isReadOnly());
            assertThrows(StudyLockedException.class, () -> run(new AnalyzeCommand(), dir, study.toString(),
                    "--threads", "2"));
            Run elsewhere = run(new AnalyzeCommand(), dir, study.toString(), "--out", "res", "--threads", "2");
            assertEquals(0, elsewhere.status(), "--out outside the study needs no lock");
        }
    }

    @Test
    void badArgumentsAndRecipes(@TempDir Path dir) throws Exception {
        assertThrows(UsageException.class, () -> run(new AnalyzeCommand(), dir));
        assertThrows(UsageException.class, () -> run(new AnalyzeCommand(), dir, "a", "--threads", "0"));
        Files.writeString(dir.resolve("bad.json"), Recipes.builtInText().replace("\"end_s\": 6", "\"end_s\": -3"));
        RecipeException e = assertThrows(RecipeException.class, () -> run(new AnalyzeCommand(), dir,
                study.toString(), "--recipe", "bad.json"));
        assertEquals("bad.json: $.epochs.end_s: -3, expected a time after start_s (-1)", e.getMessage());
    }

    @Test
    void recipeShowAndCheck(@TempDir Path dir) throws Exception {
        Run show = run(new RecipeCommand(), dir, "show");
        assertEquals(0, show.status());
        assertEquals(Recipes.builtInText(), show.out());
        Files.writeString(dir.resolve("mine.json"), show.out());
        Run check = run(new RecipeCommand(), dir, "check", "mine.json");
        assertEquals(0, check.status());
        assertTrue(check.out().startsWith("mine.json: recipe '"), check.out());
        Files.writeString(dir.resolve("odd.json"), show.out().replace("org.vagus.signal.pan-tompkins", "x.y"));
        RecipeException e = assertThrows(RecipeException.class, () -> run(new RecipeCommand(), dir, "check",
                "odd.json"));
        assertEquals("$.beats.detector.id", e.path());
        assertTrue(e.getMessage().startsWith("odd.json: $.beats.detector.id: 'x.y' is not an installed R-peak"
                + " detector"), e.getMessage());
        assertThrows(UsageException.class, () -> run(new RecipeCommand(), dir, "edit"));
    }
}
