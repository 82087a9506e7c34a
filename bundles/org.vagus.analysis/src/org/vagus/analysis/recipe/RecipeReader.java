package org.vagus.analysis.recipe;

import java.util.ArrayList;
import java.util.List;

import org.vagus.analysis.recipe.Recipe.BeatSpec;
import org.vagus.analysis.recipe.Recipe.CorrelationSpec;
import org.vagus.analysis.recipe.Recipe.DerivedSpec;
import org.vagus.analysis.recipe.Recipe.EpochSpec;
import org.vagus.analysis.recipe.Recipe.EventSpec;
import org.vagus.analysis.recipe.Recipe.FeatureSpec;
import org.vagus.analysis.recipe.Recipe.GroupingSpec;
import org.vagus.analysis.recipe.Recipe.HeartRateSpec;
import org.vagus.analysis.recipe.Recipe.HrvSpec;
import org.vagus.analysis.recipe.Recipe.RecordingSpec;
import org.vagus.analysis.recipe.Recipe.SlidingCourse;
import org.vagus.analysis.recipe.Recipe.SlidingSpec;
import org.vagus.analysis.recipe.Recipe.StatisticsSpec;
import org.vagus.analysis.recipe.Recipe.StepSpec;
import org.vagus.analysis.recipe.Recipe.Table1Bins;
import org.vagus.analysis.recipe.Recipe.Table1Spec;
import org.vagus.analysis.recipe.Recipe.Table1Variable;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

/**
 * JSON text to a {@link Recipe}: the shape (every field present with the right type, no unknown field), then
 * {@link RecipeValidator} for ranges and references. The field names are those {@link RecipeWriter} writes.
 */
final class RecipeReader {
    private RecipeReader() {
    }

    static Recipe parse(String json, String source) throws RecipeException {
        JsonElement document;
        try {
            JsonReader reader = new JsonReader(new java.io.StringReader(json));
            reader.setStrictness(Strictness.STRICT);
            document = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new RecipeException(source, "$", "text after the end of the JSON object");
            }
        } catch (JsonParseException | java.io.IOException e) {
            if (e instanceof RecipeException r) {
                throw r;
            }
            throw new RecipeException(source, "$", "not valid JSON: " + rootMessage(e), e);
        }
        JsonFields root = JsonFields.root(source, document);
        long format = root.whole("format");
        if (format > Recipes.FORMAT) {
            throw root.error("format", format + ": the recipe was written by a newer Vagus (this one reads format "
                    + Recipes.FORMAT + "); update Vagus");
        }
        if (format != Recipes.FORMAT) {
            throw root.error("format", format + ", expected " + Recipes.FORMAT);
        }
        Recipe recipe = new Recipe((int) format, root.string("name"), root.optionalString("description", ""),
                recordings(root.object("recordings")), beats(root.object("beats")), events(root.object("events")),
                epochs(root.object("epochs")), heartRate(root.object("heart_rate")), hrv(root.object("hrv")),
                grouping(root.object("grouping")), features(root), derived(root),
                statistics(root.object("statistics")));
        root.done();
        RecipeValidator.validate(recipe, source);
        return recipe;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    private static RecordingSpec recordings(JsonFields f) throws RecipeException {
        RecordingSpec r = new RecordingSpec(f.optionalString("task", null), f.string("ecg_column"));
        f.done();
        return r;
    }

    private static BeatSpec beats(JsonFields f) throws RecipeException {
        BeatSpec b = new BeatSpec(step(f.object("detector")), step(f.object("corrector")), f.bool("manual_edits"));
        f.done();
        return b;
    }

    private static StepSpec step(JsonFields f) throws RecipeException {
        StepSpec s = new StepSpec(f.string("id"), f.settings("settings"));
        f.done();
        return s;
    }

    private static EventSpec events(JsonFields f) throws RecipeException {
        EventSpec e = new EventSpec(f.settings("select"));
        f.done();
        return e;
    }

    private static EpochSpec epochs(JsonFields f) throws RecipeException {
        EpochSpec e = new EpochSpec(f.number("start_s"), f.number("end_s"), f.number("baseline_start_s"),
                f.number("baseline_end_s"));
        f.done();
        return e;
    }

    private static HeartRateSpec heartRate(JsonFields f) throws RecipeException {
        HeartRateSpec h = new HeartRateSpec(f.number("grid_hz"), f.string("interpolation"));
        f.done();
        return h;
    }

    private static HrvSpec hrv(JsonFields f) throws RecipeException {
        JsonFields d = f.object("detrending");
        String method = d.string("method");
        double value = switch (method) {
            case "highpass" -> d.number("cutoff_hz");
            case "smoothness_priors" -> d.number("lambda");
            case "none" -> 0;
            default -> throw d.error("method", "'" + method + "', expected highpass, smoothness_priors or none");
        };
        d.done();
        JsonFields b = f.object("bands");
        double vlf = b.number("vlf_upper_hz");
        double lf = b.number("lf_upper_hz");
        double hf = b.number("hf_upper_hz");
        b.done();
        HrvSpec h = new HrvSpec(f.number("resample_hz"), f.string("interpolation"), f.number("max_gap_s"), method,
                value, f.integer("order"), f.number("q"), f.bool("q_relative"), f.number("initial_covariance"),
                f.number("variance_time_constant_s"), vlf, lf, hf, f.number("spectral_step_hz"),
                f.number("epoch_step_s"));
        f.done();
        return h;
    }

    private static GroupingSpec grouping(JsonFields f) throws RecipeException {
        GroupingSpec g = new GroupingSpec(f.string("rule"), f.string("column"), f.strings("groups"));
        if (GroupingSpec.MEDIAN_SPLIT.equals(g.rule()) && f.has("ties")) {
            String ties = f.string("ties");
            if (!ties.equals("high")) {
                throw f.error("ties", "'" + ties + "', expected high: scores at the median go to the first (high)"
                        + " group, as in the seed study");
            }
        }
        f.done();
        return g;
    }

    private static List<FeatureSpec> features(JsonFields root) throws RecipeException {
        List<FeatureSpec> out = new ArrayList<>();
        for (JsonFields f : root.objects("features")) {
            out.add(new FeatureSpec(f.string("id"), f.optionalString("label", null), f.string("course"),
                    f.string("measure"), f.number("from_s"), f.number("to_s")));
            f.done();
        }
        return out;
    }

    private static List<DerivedSpec> derived(JsonFields root) throws RecipeException {
        List<DerivedSpec> out = new ArrayList<>();
        for (JsonFields f : root.objects("derived")) {
            out.add(new DerivedSpec(f.string("id"), f.optionalString("label", null), f.string("after"),
                    f.string("before")));
            f.done();
        }
        return out;
    }

    private static StatisticsSpec statistics(JsonFields f) throws RecipeException {
        JsonFields t = f.object("table1");
        List<Table1Variable> rows = new ArrayList<>();
        for (JsonFields v : t.objects("variables")) {
            Table1Bins bins = null;
            if (v.has("bins")) {
                JsonFields b = v.object("bins");
                bins = new Table1Bins(b.numbers("cuts"), b.strings("levels"));
                b.done();
            }
            rows.add(new Table1Variable(v.string("column"), v.optionalString("label", null), v.string("type"),
                    v.optionalString("show", null), bins));
            v.done();
        }
        Table1Spec table1 = new Table1Spec(t.bool("welch"), t.bool("yates"), t.integer("decimals"), rows);
        t.done();
        JsonFields s = f.object("sliding_windows");
        List<SlidingCourse> courses = new ArrayList<>();
        for (JsonFields c : s.objects("courses")) {
            courses.add(new SlidingCourse(c.string("course"), c.string("measure")));
            c.done();
        }
        SlidingSpec sliding = new SlidingSpec(courses, s.number("window_s"), s.number("step_s"), s.number("from_s"),
                s.number("to_s"), s.number("cluster_alpha"), s.integer("permutations"), s.whole("seed"));
        s.done();
        List<CorrelationSpec> correlations = new ArrayList<>();
        for (JsonFields c : f.objects("correlations")) {
            correlations.add(new CorrelationSpec(c.string("x"), c.string("y"), c.string("method")));
            c.done();
        }
        StatisticsSpec st = new StatisticsSpec(f.number("alpha"), f.string("t_test"), table1, f.strings("group_tests"),
                sliding, correlations);
        f.done();
        return st;
    }
}
