package org.vagus.analysis.recipe;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.vagus.analysis.recipe.Recipe.CorrelationSpec;
import org.vagus.analysis.recipe.Recipe.DerivedSpec;
import org.vagus.analysis.recipe.Recipe.FeatureSpec;
import org.vagus.analysis.recipe.Recipe.HrvSpec;
import org.vagus.analysis.recipe.Recipe.SlidingCourse;
import org.vagus.analysis.recipe.Recipe.SlidingSpec;
import org.vagus.analysis.recipe.Recipe.StatisticsSpec;
import org.vagus.analysis.recipe.Recipe.StepSpec;
import org.vagus.analysis.recipe.Recipe.Table1Variable;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * A {@link Recipe} as pretty JSON with a fixed field order (the order of the records' components), so that the
 * same recipe always gives the same bytes: diffs between two recipes show real changes, and the provenance's
 * checksum of a recipe is stable. Numbers are written in plain decimal notation without trailing zeros
 * ({@code 20}, {@code 0.0001}); settings keep their text.
 */
final class RecipeWriter {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private RecipeWriter() {
    }

    static String format(Recipe r) {
        return GSON.toJson(toJson(r)) + "\n";
    }

    static JsonObject toJson(Recipe r) {
        JsonObject o = new JsonObject();
        o.addProperty("format", r.format());
        o.addProperty("name", r.name());
        o.addProperty("description", r.description());
        JsonObject rec = new JsonObject();
        if (r.recordings().task() != null) {
            rec.addProperty("task", r.recordings().task());
        }
        rec.addProperty("ecg_column", r.recordings().ecgColumn());
        o.add("recordings", rec);
        JsonObject beats = new JsonObject();
        beats.add("detector", step(r.beats().detector()));
        beats.add("corrector", step(r.beats().corrector()));
        beats.addProperty("manual_edits", r.beats().manualEdits());
        o.add("beats", beats);
        JsonObject events = new JsonObject();
        events.add("select", settings(r.events().select()));
        o.add("events", events);
        JsonObject epochs = new JsonObject();
        epochs.add("start_s", number(r.epochs().startS()));
        epochs.add("end_s", number(r.epochs().endS()));
        epochs.add("baseline_start_s", number(r.epochs().baselineStartS()));
        epochs.add("baseline_end_s", number(r.epochs().baselineEndS()));
        o.add("epochs", epochs);
        JsonObject hr = new JsonObject();
        hr.add("grid_hz", number(r.heartRate().gridHz()));
        hr.addProperty("interpolation", r.heartRate().interpolation());
        o.add("heart_rate", hr);
        o.add("hrv", hrv(r.hrv()));
        JsonObject g = new JsonObject();
        g.addProperty("rule", r.grouping().rule());
        g.addProperty("column", r.grouping().column());
        if (Recipe.GroupingSpec.MEDIAN_SPLIT.equals(r.grouping().rule())) {
            g.addProperty("ties", "high");
        }
        g.add("groups", strings(r.grouping().groups()));
        o.add("grouping", g);
        JsonArray features = new JsonArray();
        for (FeatureSpec f : r.features()) {
            JsonObject x = new JsonObject();
            x.addProperty("id", f.id());
            x.addProperty("label", f.label());
            x.addProperty("course", f.course());
            x.addProperty("measure", f.measure());
            x.add("from_s", number(f.fromS()));
            x.add("to_s", number(f.toS()));
            features.add(x);
        }
        o.add("features", features);
        JsonArray derived = new JsonArray();
        for (DerivedSpec d : r.derived()) {
            JsonObject x = new JsonObject();
            x.addProperty("id", d.id());
            x.addProperty("label", d.label());
            x.addProperty("after", d.after());
            x.addProperty("before", d.before());
            derived.add(x);
        }
        o.add("derived", derived);
        o.add("statistics", statistics(r.statistics()));
        return o;
    }

    private static JsonObject hrv(HrvSpec h) {
        JsonObject o = new JsonObject();
        o.add("resample_hz", number(h.resampleHz()));
        o.addProperty("interpolation", h.interpolation());
        o.add("max_gap_s", number(h.maxGapS()));
        JsonObject d = new JsonObject();
        d.addProperty("method", h.detrending());
        if (h.detrending().equals("highpass")) {
            d.add("cutoff_hz", number(h.detrendingValue()));
        } else if (h.detrending().equals("smoothness_priors")) {
            d.add("lambda", number(h.detrendingValue()));
        }
        o.add("detrending", d);
        o.addProperty("order", h.order());
        o.add("q", number(h.q()));
        o.addProperty("q_relative", h.qRelative());
        o.add("initial_covariance", number(h.initialCovariance()));
        o.add("variance_time_constant_s", number(h.varianceTimeConstantS()));
        JsonObject b = new JsonObject();
        b.add("vlf_upper_hz", number(h.vlfUpperHz()));
        b.add("lf_upper_hz", number(h.lfUpperHz()));
        b.add("hf_upper_hz", number(h.hfUpperHz()));
        o.add("bands", b);
        o.add("spectral_step_hz", number(h.spectralStepHz()));
        o.add("epoch_step_s", number(h.epochStepS()));
        return o;
    }

    private static JsonObject statistics(StatisticsSpec s) {
        JsonObject o = new JsonObject();
        o.add("alpha", number(s.alpha()));
        o.addProperty("t_test", s.tTest());
        JsonObject t = new JsonObject();
        t.addProperty("welch", s.table1().welch());
        t.addProperty("yates", s.table1().yates());
        t.addProperty("decimals", s.table1().decimals());
        JsonArray rows = new JsonArray();
        for (Table1Variable v : s.table1().variables()) {
            JsonObject x = new JsonObject();
            x.addProperty("column", v.column());
            x.addProperty("label", v.label());
            x.addProperty("type", v.type());
            if (v.bins() != null) {
                JsonObject b = new JsonObject();
                JsonArray cuts = new JsonArray();
                v.bins().cuts().forEach(c -> cuts.add(number(c)));
                b.add("cuts", cuts);
                b.add("levels", strings(v.bins().levels()));
                x.add("bins", b);
            }
            if (v.show() != null) {
                x.addProperty("show", v.show());
            }
            rows.add(x);
        }
        t.add("variables", rows);
        o.add("table1", t);
        o.add("group_tests", strings(s.groupTests()));
        SlidingSpec w = s.slidingWindows();
        JsonObject sw = new JsonObject();
        JsonArray courses = new JsonArray();
        for (SlidingCourse c : w.courses()) {
            JsonObject x = new JsonObject();
            x.addProperty("course", c.course());
            x.addProperty("measure", c.measure());
            courses.add(x);
        }
        sw.add("courses", courses);
        sw.add("window_s", number(w.windowS()));
        sw.add("step_s", number(w.stepS()));
        sw.add("from_s", number(w.fromS()));
        sw.add("to_s", number(w.toS()));
        sw.add("cluster_alpha", number(w.clusterAlpha()));
        sw.addProperty("permutations", w.permutations());
        sw.addProperty("seed", w.seed());
        o.add("sliding_windows", sw);
        JsonArray corr = new JsonArray();
        for (CorrelationSpec c : s.correlations()) {
            JsonObject x = new JsonObject();
            x.addProperty("x", c.x());
            x.addProperty("y", c.y());
            x.addProperty("method", c.method());
            corr.add(x);
        }
        o.add("correlations", corr);
        return o;
    }

    private static JsonObject step(StepSpec s) {
        JsonObject o = new JsonObject();
        o.addProperty("id", s.id());
        o.add("settings", settings(s.settings()));
        return o;
    }

    /** Settings: text that reads as a plain number or a boolean is written as one, so it reads back the same. */
    private static JsonObject settings(Map<String, String> m) {
        JsonObject o = new JsonObject();
        m.forEach((k, v) -> {
            if (v.equals("true") || v.equals("false")) {
                o.addProperty(k, Boolean.parseBoolean(v));
            } else if (isPlainNumber(v)) {
                o.add(k, number(Double.parseDouble(v)));
            } else {
                o.addProperty(k, v);
            }
        });
        return o;
    }

    private static boolean isPlainNumber(String v) {
        if (!v.matches("-?\\d+(\\.\\d+)?")) {
            return false;
        }
        double d = Double.parseDouble(v);
        return Double.isFinite(d) && numberText(d).equals(v);
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    /** A double in plain decimal notation without trailing zeros: 20, -1, 0.0001, 0.85. */
    static JsonPrimitive number(double v) {
        return new JsonPrimitive(new BigDecimal(numberText(v)));
    }

    /** The text of {@link #number(double)}. */
    static String numberText(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a recipe holds finite numbers only, got " + v);
        }
        if (v == 0) {
            return "0";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
