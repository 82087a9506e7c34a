package org.vagus.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.analysis.AnalysisEngine;
import org.vagus.analysis.ProgressListener;
import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.recipe.RecipeException;
import org.vagus.analysis.recipe.Recipes;
import org.vagus.signal.Processors;
import org.vagus.signal.beats.LipponenTarvainen;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/** The recipe file: the built-in recipe, stable formatting, and errors that name the JSON path. */
class RecipeTest {

    static JsonObject builtInJson() throws Exception {
        return JsonParser.parseString(Recipes.builtInText()).getAsJsonObject();
    }

    /** The built-in recipe changed by {@code edit}, read back: the exception it raises. */
    static RecipeException refused(Consumer<JsonObject> edit) throws Exception {
        JsonObject o = builtInJson();
        edit.accept(o);
        return assertThrows(RecipeException.class, () -> Recipes.parse(o.toString(), "edited.json"));
    }

    static JsonObject at(JsonObject o, String... path) {
        JsonObject x = o;
        for (String p : path) {
            x = x.getAsJsonObject(p);
        }
        return x;
    }

    @Test
    void builtInIsTheSeedAnalysis() {
        Recipe r = Recipes.builtIn();
        assertEquals(Recipes.FORMAT, r.format());
        assertEquals(Processors.PAN_TOMPKINS, r.beats().detector().id());
        assertEquals(LipponenTarvainen.ID, r.beats().corrector().id());
        assertTrue(r.beats().manualEdits());
        assertEquals("feedback", r.events().select().get("trial_type"));
        assertEquals("Wrong", r.events().select().get("feedback"));
        assertEquals(new Recipe.EpochSpec(-1, 6, -1, 0), r.epochs());
        assertEquals(20, r.heartRate().gridHz());
        assertEquals("step", r.heartRate().interpolation());
        assertEquals(4, r.hrv().resampleHz());
        assertEquals("linear", r.hrv().interpolation());
        assertEquals("highpass", r.hrv().detrending());
        assertEquals(0.02, r.hrv().detrendingValue());
        assertEquals(12, r.hrv().order());
        assertEquals(1e-4, r.hrv().q());
        assertEquals(Recipe.GroupingSpec.MEDIAN_SPLIT, r.grouping().rule());
        assertEquals("scs_total", r.grouping().column());
        assertEquals(List.of("High SC", "Low SC"), r.grouping().groups());
        assertEquals(0.5, r.statistics().slidingWindows().windowS());
        assertEquals(0.05, r.statistics().slidingWindows().stepS());
        assertEquals("nhf_mean_0.7_3.4", r.statistics().correlations().get(0).x());
        assertEquals("hama", r.statistics().correlations().get(0).y());
    }

    @Test
    void formattingIsStable(@TempDir Path dir) throws Exception {
        String text = Recipes.builtInText();
        assertEquals(text, Recipes.format(Recipes.builtIn()), "the shipped file is in the canonical form");
        Recipe again = Recipes.parse(Recipes.format(Recipes.builtIn()), "again");
        assertEquals(Recipes.builtIn(), again);
        Path file = dir.resolve("mine.json");
        Recipes.write(again, file);
        assertEquals(text, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(again, Recipes.read(file));
        assertTrue(text.indexOf("\"format\"") < text.indexOf("\"name\"") && text.indexOf("\"beats\"") < text
                .indexOf("\"statistics\""), "fields in a fixed order");
        assertTrue(text.contains("\"q\": 0.0001,"), "plain decimals");
    }

    @Test
    void numbersInSettingsReadAsText() throws Exception {
        JsonObject o = builtInJson();
        at(o, "beats", "corrector", "settings").addProperty("alpha", 4.8);
        Recipe r = Recipes.parse(o.toString(), "x");
        assertEquals("4.8", r.beats().corrector().settings().get("alpha"));
        assertTrue(Recipes.format(r).contains("\"alpha\": 4.8,"));
    }

    @Test
    void errorsNameTheJsonPath() throws Exception {
        assertEquals("$.epochs.end_s", refused(o -> at(o, "epochs").addProperty("end_s", -2)).path());
        assertEquals("$.epochs.baseline_end_s", refused(o -> at(o, "epochs").addProperty("baseline_end_s", 7)).path());
        assertEquals("$.beats.detecter", refused(o -> at(o, "beats").add("detecter", new JsonObject())).path());
        assertEquals("$.heart_rate.grid_hz", refused(o -> at(o, "heart_rate").addProperty("grid_hz", "20")).path());
        assertEquals("$.heart_rate.interpolation",
                refused(o -> at(o, "heart_rate").addProperty("interpolation", "hold")).path());
        assertEquals("$.hrv.order", refused(o -> at(o, "hrv").addProperty("order", 12.5)).path());
        assertEquals("$.hrv.bands.lf_upper_hz", refused(o -> at(o, "hrv", "bands").addProperty("lf_upper_hz", 0.03))
                .path());
        assertEquals("$.features[2].to_s", refused(o -> o.getAsJsonArray("features").get(2).getAsJsonObject()
                .addProperty("to_s", 9)).path());
        assertEquals("$.derived[0].id", refused(o -> o.getAsJsonArray("derived").get(0).getAsJsonObject()
                .addProperty("id", "hr_auc_0_6")).path());
        assertEquals("$.statistics.sliding_windows.window_s", refused(o -> at(o, "statistics", "sliding_windows")
                .addProperty("window_s", 0.52)).path());
        assertEquals("$.statistics.table1.variables[1].type", refused(o -> at(o, "statistics", "table1")
                .getAsJsonArray("variables").get(1).getAsJsonObject().addProperty("type", "numeric")).path());
        assertEquals("$.grouping.groups", refused(o -> at(o, "grouping").add("groups", new JsonArray())).path());
        assertEquals("$.grouping.ties", refused(o -> at(o, "grouping").addProperty("ties", "low")).path());
        assertEquals("$.statistics.group_tests[1]", refused(o -> at(o, "statistics").getAsJsonArray("group_tests")
                .set(1, new JsonPrimitive("stai_s_change"))).path());
        assertEquals("$.events.select", refused(o -> at(o, "events").add("select", new JsonObject())).path());
        assertEquals("$.name", refused(o -> o.remove("name")).path());
        RecipeException e = refused(o -> at(o, "epochs").addProperty("end_s", -2));
        assertEquals("edited.json: $.epochs.end_s: -2, expected a time after start_s (-1)", e.getMessage());
    }

    /** Table 1 as the seed's: one level's n (%) per categorical row, a numeric column binned. */
    @Test
    void tableOneRowsShowOneLevelAndBinNumbers() throws Exception {
        List<Recipe.Table1Variable> rows = Recipes.builtIn().statistics().table1().variables();
        assertEquals(List.of("age", "gender", "marital_status", "education", "employment", "illness_duration",
                "scs_total", "hama", "hamd"), rows.stream().map(Recipe.Table1Variable::column).toList());
        assertEquals("married", rows.get(2).show());
        Recipe.Table1Variable illness = rows.get(5);
        assertEquals(">= 5 years", illness.show());
        assertEquals(List.of(5.0), illness.bins().cuts());
        assertEquals("< 5 years", illness.bins().levelOf(4.99));
        assertEquals(">= 5 years", illness.bins().levelOf(5), "a cut point belongs to the level above it");
        assertEquals(null, illness.bins().levelOf(Double.NaN));
        assertTrue(Recipes.builtIn().description().contains("threshold"), "the recipe says the seed's is unknown");
        assertTrue(Recipes.format(Recipes.builtIn()).contains("\"show\": \"married\""));

        String v = "$.statistics.table1.variables";
        assertEquals(v + "[0].show", refused(o -> row(o, 0).addProperty("show", "old")).path());
        assertEquals(v + "[5].bins.levels", refused(o -> row(o, 5).getAsJsonObject("bins").getAsJsonArray("levels")
                .remove(1)).path());
        assertEquals(v + "[5].show", refused(o -> row(o, 5).addProperty("show", "> 5 years")).path());
        assertEquals(v + "[5].bins.cuts[1]", refused(o -> row(o, 5).getAsJsonObject("bins").getAsJsonArray("cuts")
                .add(2)).path());
        assertEquals(v + "[5].bins.cuts[0]", refused(o -> row(o, 5).getAsJsonObject("bins").getAsJsonArray("cuts")
                .set(0, new JsonPrimitive("5"))).path());
        assertEquals(v + "[0].bins", refused(o -> row(o, 0).add("bins", row(o, 5).get("bins"))).path());
        assertEquals(v + "[2].label", refused(o -> row(o, 2).addProperty("label", "Gender")).path());
        RecipeException e = refused(o -> row(o, 5).getAsJsonObject("bins").addProperty("edges", 3));
        assertEquals(v + "[5].bins.edges", e.path());
    }

    private static JsonObject row(JsonObject o, int i) {
        return at(o, "statistics", "table1").getAsJsonArray("variables").get(i).getAsJsonObject();
    }

    @Test
    void newerFormatsAndBrokenJsonAreRefused() throws Exception {
        RecipeException newer = refused(o -> o.addProperty("format", 2));
        assertEquals("$.format", newer.path());
        assertTrue(newer.getMessage().contains("newer Vagus"), newer.getMessage());
        RecipeException broken = assertThrows(RecipeException.class, () -> Recipes.parse("{\"format\": 1,", "b.json"));
        assertEquals("$", broken.path());
        assertTrue(broken.getMessage().startsWith("b.json: $: not valid JSON"), broken.getMessage());
    }

    @Test
    void stepsAreCheckedAgainstTheInstalledOnes(@TempDir Path dir) throws Exception {
        JsonObject o = builtInJson();
        at(o, "beats", "detector").addProperty("id", "com.example.nope");
        Recipe unknown = Recipes.parse(o.toString(), "x");
        RecipeException e = assertThrows(RecipeException.class,
                () -> AnalysisEngine.builtIn().run(dir, unknown, 1, ProgressListener.NONE));
        assertEquals("$.beats.detector.id", e.path());
        assertTrue(e.getMessage().contains(Processors.PAN_TOMPKINS), e.getMessage());

        JsonObject s = builtInJson();
        at(s, "beats", "corrector", "settings").addProperty("median_window_beats", 10);
        RecipeException even = assertThrows(RecipeException.class, () -> AnalysisEngine.builtIn().run(dir,
                Recipes.parse(s.toString(), "x"), 1, ProgressListener.NONE));
        assertEquals("$.beats.corrector.settings", even.path());

        JsonObject d = builtInJson();
        at(d, "beats", "detector", "settings").addProperty("refractory_ms", 200);
        RecipeException setting = assertThrows(RecipeException.class, () -> AnalysisEngine.builtIn().run(dir,
                Recipes.parse(d.toString(), "x"), 1, ProgressListener.NONE));
        assertEquals("$.beats.detector.settings.refractory_ms", setting.path());

        JsonObject band = builtInJson();
        at(band, "beats", "detector", "settings").addProperty("high_cut_hz", 4);
        RecipeException refused = assertThrows(RecipeException.class, () -> AnalysisEngine.builtIn().run(dir,
                Recipes.parse(band.toString(), "x"), 1, ProgressListener.NONE));
        assertEquals("$.beats.detector.settings", refused.path());
    }
}
