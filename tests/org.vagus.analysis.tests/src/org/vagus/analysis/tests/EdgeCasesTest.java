package org.vagus.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.analysis.AnalysisEngine;
import org.vagus.analysis.ProgressListener;
import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.recipe.RecipeException;
import org.vagus.analysis.recipe.Recipes;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.ParticipantResult.Status;
import org.vagus.analysis.results.ResultFiles;
import org.vagus.study.StudyFolder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A small study (6 participants, 200 s each) with a damaged recording, a recording without events and a group
 * column: one bad participant never stops the others, and each says what became of it.
 */
class EdgeCasesTest {
    @TempDir
    static Path root;
    static SyntheticStudy study;

    @BeforeAll
    static void create() throws Exception {
        study = SyntheticStudy.create(root.resolve("study"), 6, 200, 2, 8, 20, 7);
        try (StudyFolder f = StudyFolder.open(study.dir)) {
            f.updateParticipants(p -> p.withAttribute("arm", p.label().equals("06") ? "Waitlist"
                    : Integer.parseInt(p.label()) % 2 == 1 ? "SC" : "TAU"));
        }
        Files.write(study.subjects.get(1).physio(), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        Files.delete(study.subjects.get(2).physio().resolveSibling("sub-03_ses-01_task-stress_events.tsv"));
    }

    static Recipe recipe(java.util.function.Consumer<JsonObject> edit) throws Exception {
        JsonObject o = JsonParser.parseString(Recipes.builtInText()).getAsJsonObject();
        edit.accept(o);
        return Recipes.parse(o.toString(), "edge.json");
    }

    @Test
    void badRecordingsFailTheirParticipantOnly(@TempDir Path out) throws Exception {
        AnalysisResult r = AnalysisEngine.builtIn().run(study.dir, Recipes.builtIn(), 2, ProgressListener.NONE);
        assertEquals(Status.FAILED, r.participant("02").orElseThrow().status());
        assertTrue(r.participant("02").orElseThrow().note().startsWith(
                "sub-02/ses-01/sub-02_ses-01_task-stress_physio.tsv.gz: "), r.participant("02").orElseThrow().note());
        assertEquals(Status.NO_EPOCHS, r.participant("03").orElseThrow().status());
        assertTrue(r.participant("03").orElseThrow().warnings().stream().anyMatch(w -> w.contains("no events file")));
        assertEquals(4, r.analysed().size());
        ResultChecks.writeAndCheck(r, out, 6);
        String provenance = Files.readString(out.resolve(ResultFiles.PROVENANCE));
        assertTrue(provenance.contains("\"status\": \"failed\""), provenance);
        List<String> features = ResultChecks.lines(out.resolve(ResultFiles.FEATURES));
        assertTrue(features.get(2).startsWith("sub-02\tLow SC\tfailed\t1\t0\t"), features.get(2));
        assertTrue(features.get(3).startsWith("sub-03\tHigh SC\tno_epochs\t"), features.get(3));
    }

    @Test
    void groupsFromAColumn() throws Exception {
        Recipe byArm = recipe(o -> {
            JsonObject g = o.getAsJsonObject("grouping");
            g.addProperty("rule", "column");
            g.addProperty("column", "arm");
            g.remove("ties");
            JsonArray groups = new JsonArray();
            groups.add("SC");
            groups.add("TAU");
            g.add("groups", groups);
        });
        AnalysisResult r = AnalysisEngine.builtIn().run(study.dir, byArm, 1, ProgressListener.NONE);
        assertEquals("SC", r.group().grouping().groupOf("01"));
        assertEquals("TAU", r.group().grouping().groupOf("04"));
        assertEquals(null, r.group().grouping().groupOf("06"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("sub-06: arm is 'Waitlist'")), r.warnings()
                .toString());
        assertEquals(3, r.group().grouping().size("SC"));
        assertEquals(2, r.group().grouping().size("TAU"));
        assertFalse(r.group().tests().isEmpty());
    }

    @Test
    void aMissingGroupingColumnNamesThePath() throws Exception {
        Recipe wrong = recipe(o -> o.getAsJsonObject("grouping").addProperty("column", "scs"));
        RecipeException e = assertThrows(RecipeException.class,
                () -> AnalysisEngine.builtIn().run(study.dir, wrong, 1, ProgressListener.NONE));
        assertEquals("$.grouping.column", e.path());
        assertTrue(e.getMessage().contains("scs_total"), "lists the columns: " + e.getMessage());
    }

    @Test
    void absentColumnsAndUnknownVariablesAreLeftOutWithAWarning() throws Exception {
        Recipe more = recipe(o -> {
            o.getAsJsonObject("statistics").getAsJsonArray("group_tests").add("no_such_thing");
            JsonObject row = new JsonObject();
            row.addProperty("column", "income");
            row.addProperty("label", "Income");
            row.addProperty("type", "continuous");
            o.getAsJsonObject("statistics").getAsJsonObject("table1").getAsJsonArray("variables").add(row);
        });
        AnalysisResult r = AnalysisEngine.builtIn().run(study.dir, more, 2, ProgressListener.NONE);
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("group test of 'no_such_thing' left out")));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("row 'Income' left out: no column 'income'")));
        assertTrue(r.group().table1().variables().stream().noneMatch(v -> v.name().equals("Income")));
    }
}
