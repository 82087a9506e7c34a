package org.vagus.analysis.recipe;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.vagus.analysis.recipe.Recipe.CorrelationSpec;
import org.vagus.analysis.recipe.Recipe.DerivedSpec;
import org.vagus.analysis.recipe.Recipe.EpochSpec;
import org.vagus.analysis.recipe.Recipe.FeatureSpec;
import org.vagus.analysis.recipe.Recipe.GroupingSpec;
import org.vagus.analysis.recipe.Recipe.HrvSpec;
import org.vagus.analysis.recipe.Recipe.SlidingCourse;
import org.vagus.analysis.recipe.Recipe.SlidingSpec;
import org.vagus.analysis.recipe.Recipe.StatisticsSpec;
import org.vagus.analysis.recipe.Recipe.Table1Variable;

/**
 * Checks the values of a {@link Recipe} and the references between its parts, naming the JSON path of the first
 * problem. What can only be checked against a study or the installed processing steps (participants.tsv columns,
 * detector and corrector ids and their settings) is checked when the analysis starts.
 */
final class RecipeValidator {
    /** Variable ids are column names of features.tsv. */
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]+");
    /** Columns of features.tsv that are not variables. */
    static final Set<String> RESERVED = Set.of("participant_id", "group", "status", "recordings", "r_peaks",
            "beats", "artefact_beats", "edits_applied", "edits_skipped", "hr_epochs", "nhf_epochs", "note");

    private final String source;

    private RecipeValidator(String source) {
        this.source = source;
    }

    static void validate(Recipe r, String source) throws RecipeException {
        new RecipeValidator(source).check(r);
    }

    private RecipeException error(String path, String detail) {
        return new RecipeException(source, path, detail);
    }

    private void check(Recipe r) throws RecipeException {
        if (r.format() != Recipes.FORMAT) {
            throw error("$.format", r.format() + ", expected " + Recipes.FORMAT);
        }
        nonBlank("$.name", r.name());
        if (r.recordings().task() != null && !LABEL.matcher(r.recordings().task()).matches()) {
            throw error("$.recordings.task", "'" + r.recordings().task() + "', expected a BIDS task label (letters"
                    + " and digits) or no task field for every recording");
        }
        nonBlank("$.recordings.ecg_column", r.recordings().ecgColumn());
        nonBlank("$.beats.detector.id", r.beats().detector().id());
        nonBlank("$.beats.corrector.id", r.beats().corrector().id());
        if (r.events().select().isEmpty()) {
            throw error("$.events.select", "empty, expected at least one column: value pair such as"
                    + " \"trial_type\": \"feedback\"");
        }
        for (var e : r.events().select().entrySet()) {
            if (e.getKey().isBlank() || e.getValue().isEmpty()) {
                throw error("$.events.select." + e.getKey(), "expected a column name and a non-empty value");
            }
        }
        EpochSpec ep = r.epochs();
        if (!(ep.endS() > ep.startS())) {
            throw error("$.epochs.end_s", num(ep.endS()) + ", expected a time after start_s (" + num(ep.startS()) + ")");
        }
        within("$.epochs.baseline_start_s", ep.baselineStartS(), ep);
        within("$.epochs.baseline_end_s", ep.baselineEndS(), ep);
        if (!(ep.baselineEndS() > ep.baselineStartS())) {
            throw error("$.epochs.baseline_end_s", num(ep.baselineEndS()) + ", expected a time after baseline_start_s ("
                    + num(ep.baselineStartS()) + ")");
        }
        positive("$.heart_rate.grid_hz", r.heartRate().gridHz());
        oneOf("$.heart_rate.interpolation", r.heartRate().interpolation(), List.of("step", "linear"));
        hrv(r.hrv(), ep);
        grouping(r.grouping());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < r.features().size(); i++) {
            feature("$.features[" + i + "]", r.features().get(i), r, ids);
        }
        for (int i = 0; i < r.derived().size(); i++) {
            DerivedSpec d = r.derived().get(i);
            String p = "$.derived[" + i + "]";
            id(p + ".id", d.id(), ids);
            nonBlank(p + ".after", d.after());
            nonBlank(p + ".before", d.before());
        }
        statistics(r.statistics(), r);
    }

    private void hrv(HrvSpec h, EpochSpec ep) throws RecipeException {
        positive("$.hrv.resample_hz", h.resampleHz());
        oneOf("$.hrv.interpolation", h.interpolation(), List.of("linear", "cubic_spline"));
        positive("$.hrv.max_gap_s", h.maxGapS());
        switch (h.detrending()) {
            case "highpass" -> {
                positive("$.hrv.detrending.cutoff_hz", h.detrendingValue());
                if (!(h.detrendingValue() < h.resampleHz() / 2)) {
                    throw error("$.hrv.detrending.cutoff_hz", num(h.detrendingValue()) + ", expected a cut-off below"
                            + " half the resampling rate (" + num(h.resampleHz() / 2) + " Hz)");
                }
            }
            case "smoothness_priors" -> positive("$.hrv.detrending.lambda", h.detrendingValue());
            case "none" -> {
            }
            default -> throw error("$.hrv.detrending.method", "'" + h.detrending()
                    + "', expected highpass, smoothness_priors or none");
        }
        if (h.order() < 1 || h.order() > 64) {
            throw error("$.hrv.order", h.order() + ", expected an AR order of 1 to 64");
        }
        positive("$.hrv.q", h.q());
        positive("$.hrv.initial_covariance", h.initialCovariance());
        positive("$.hrv.variance_time_constant_s", h.varianceTimeConstantS());
        positive("$.hrv.bands.vlf_upper_hz", h.vlfUpperHz());
        if (!(h.lfUpperHz() > h.vlfUpperHz())) {
            throw error("$.hrv.bands.lf_upper_hz", num(h.lfUpperHz()) + ", expected more than vlf_upper_hz ("
                    + num(h.vlfUpperHz()) + ")");
        }
        if (!(h.hfUpperHz() > h.lfUpperHz()) || !(h.hfUpperHz() <= h.resampleHz() / 2)) {
            throw error("$.hrv.bands.hf_upper_hz", num(h.hfUpperHz()) + ", expected more than lf_upper_hz ("
                    + num(h.lfUpperHz()) + ") and at most half the resampling rate (" + num(h.resampleHz() / 2) + ")");
        }
        positive("$.hrv.spectral_step_hz", h.spectralStepHz());
        positive("$.hrv.epoch_step_s", h.epochStepS());
        onGrid("$.epochs.start_s", ep.startS(), h.epochStepS(), "nHF epoch grid ($.hrv.epoch_step_s)");
        onGrid("$.epochs.end_s", ep.endS(), h.epochStepS(), "nHF epoch grid ($.hrv.epoch_step_s)");
    }

    private void grouping(GroupingSpec g) throws RecipeException {
        oneOf("$.grouping.rule", g.rule(), List.of(GroupingSpec.MEDIAN_SPLIT, GroupingSpec.COLUMN));
        nonBlank("$.grouping.column", g.column());
        if (g.groups().size() != 2) {
            throw error("$.grouping.groups", g.groups().size() + " names, expected two: group 1 ("
                    + (g.rule().equals(GroupingSpec.MEDIAN_SPLIT) ? "at or above the median" : "first value")
                    + ") and group 2");
        }
        nonBlank("$.grouping.groups[0]", g.groups().get(0));
        nonBlank("$.grouping.groups[1]", g.groups().get(1));
        if (g.groups().get(0).equals(g.groups().get(1))) {
            throw error("$.grouping.groups[1]", "'" + g.groups().get(1) + "', expected a name other than group 1's");
        }
    }

    private void feature(String p, FeatureSpec f, Recipe r, Set<String> ids) throws RecipeException {
        id(p + ".id", f.id(), ids);
        oneOf(p + ".course", f.course(), List.of(Recipe.COURSE_HR, Recipe.COURSE_NHF));
        oneOf(p + ".measure", f.measure(), List.of(Recipe.MEASURE_AUC, Recipe.MEASURE_MEAN));
        within(p + ".from_s", f.fromS(), r.epochs());
        within(p + ".to_s", f.toS(), r.epochs());
        double step = gridStep(f.course(), r);
        double firstPoint = Math.ceil(f.fromS() / step - 1e-9) * step;
        double lastPoint = Math.floor(f.toS() / step + 1e-9) * step;
        if (!(lastPoint - firstPoint >= step - 1e-9)) {
            throw error(p + ".to_s", num(f.toS()) + ", expected a window from " + num(f.fromS())
                    + " s holding at least two points of the " + f.course() + " grid (every " + num(step) + " s)");
        }
    }

    private void statistics(StatisticsSpec s, Recipe r) throws RecipeException {
        if (!(s.alpha() > 0 && s.alpha() < 1)) {
            throw error("$.statistics.alpha", num(s.alpha()) + ", expected a level between 0 and 1 such as 0.05");
        }
        oneOf("$.statistics.t_test", s.tTest(), List.of("student", "welch"));
        if (s.table1().decimals() < 0 || s.table1().decimals() > 6) {
            throw error("$.statistics.table1.decimals", s.table1().decimals() + ", expected 0 to 6");
        }
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < s.table1().variables().size(); i++) {
            table1Row("$.statistics.table1.variables[" + i + "]", s.table1().variables().get(i), labels);
        }
        Set<String> tested = new HashSet<>();
        for (int i = 0; i < s.groupTests().size(); i++) {
            String p = "$.statistics.group_tests[" + i + "]";
            nonBlank(p, s.groupTests().get(i));
            if (!tested.add(s.groupTests().get(i))) {
                throw error(p, "'" + s.groupTests().get(i) + "' is tested twice");
            }
        }
        sliding(s.slidingWindows(), r);
        for (int i = 0; i < s.correlations().size(); i++) {
            CorrelationSpec c = s.correlations().get(i);
            String p = "$.statistics.correlations[" + i + "]";
            nonBlank(p + ".x", c.x());
            nonBlank(p + ".y", c.y());
            if (c.x().equals(c.y())) {
                throw error(p + ".y", "'" + c.y() + "' is x too; expected two different variables");
            }
            oneOf(p + ".method", c.method(), List.of("pearson", "spearman"));
        }
    }

    private void table1Row(String p, Table1Variable v, Set<String> labels) throws RecipeException {
        nonBlank(p + ".column", v.column());
        nonBlank(p + ".label", v.label());
        if (!labels.add(v.label())) {
            throw error(p + ".label", "'" + v.label() + "' labels another row of Table 1 too; expected a label of"
                    + " its own");
        }
        oneOf(p + ".type", v.type(), List.of(Table1Variable.CONTINUOUS, Table1Variable.CATEGORICAL));
        boolean categorical = v.type().equals(Table1Variable.CATEGORICAL);
        if (v.show() != null) {
            if (!categorical) {
                throw error(p + ".show", "'" + v.show() + "' on a continuous row; expected show on categorical rows"
                        + " only");
            }
            nonBlank(p + ".show", v.show());
        }
        if (v.bins() == null) {
            return;
        }
        if (!categorical) {
            throw error(p + ".bins", "on a continuous row; expected bins on categorical rows only (they make a"
                    + " numeric column categorical)");
        }
        List<Double> cuts = v.bins().cuts();
        if (cuts.isEmpty()) {
            throw error(p + ".bins.cuts", "empty, expected at least one cut point");
        }
        for (int i = 1; i < cuts.size(); i++) {
            if (!(cuts.get(i) > cuts.get(i - 1))) {
                throw error(p + ".bins.cuts[" + i + "]", num(cuts.get(i)) + ", expected more than the cut before it ("
                        + num(cuts.get(i - 1)) + ")");
            }
        }
        List<String> levels = v.bins().levels();
        if (levels.size() != cuts.size() + 1) {
            throw error(p + ".bins.levels", levels.size() + " levels for " + cuts.size() + " cut point"
                    + (cuts.size() == 1 ? "" : "s") + ", expected " + (cuts.size() + 1));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            nonBlank(p + ".bins.levels[" + i + "]", levels.get(i));
            if (!seen.add(levels.get(i))) {
                throw error(p + ".bins.levels[" + i + "]", "'" + levels.get(i) + "' names another level too");
            }
        }
        if (v.show() != null && !levels.contains(v.show())) {
            throw error(p + ".show", "'" + v.show() + "', expected one of the bins' levels: "
                    + String.join(", ", levels));
        }
    }

    private void sliding(SlidingSpec w, Recipe r) throws RecipeException {
        String p = "$.statistics.sliding_windows";
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < w.courses().size(); i++) {
            SlidingCourse c = w.courses().get(i);
            oneOf(p + ".courses[" + i + "].course", c.course(), List.of(Recipe.COURSE_HR, Recipe.COURSE_NHF));
            oneOf(p + ".courses[" + i + "].measure", c.measure(), List.of(Recipe.MEASURE_AUC, Recipe.MEASURE_MEAN));
            if (!seen.add(c.course())) {
                throw error(p + ".courses[" + i + "].course", "'" + c.course() + "' appears twice");
            }
        }
        positive(p + ".window_s", w.windowS());
        positive(p + ".step_s", w.stepS());
        within(p + ".from_s", w.fromS(), r.epochs());
        within(p + ".to_s", w.toS(), r.epochs());
        if (!(w.toS() - w.fromS() >= w.windowS() - 1e-9)) {
            throw error(p + ".to_s", num(w.toS()) + ", expected at least one window (" + num(w.windowS())
                    + " s) after from_s (" + num(w.fromS()) + ")");
        }
        for (SlidingCourse c : w.courses()) {
            double step = gridStep(c.course(), r);
            onGrid(p + ".window_s", w.windowS(), step, c.course() + " grid");
            onGrid(p + ".step_s", w.stepS(), step, c.course() + " grid");
            onGrid(p + ".from_s", w.fromS(), step, c.course() + " grid");
            onGrid(p + ".to_s", w.toS(), step, c.course() + " grid");
        }
        if (!(w.clusterAlpha() > 0 && w.clusterAlpha() < 1)) {
            throw error(p + ".cluster_alpha", num(w.clusterAlpha()) + ", expected a level between 0 and 1");
        }
        if (w.permutations() < 19) {
            throw error(p + ".permutations", w.permutations() + ", expected at least 19 (1000 or more for reports)");
        }
    }

    /** The grid step of a course in seconds: the heart-rate grid, or the nHF epochs' step. */
    static double gridStep(String course, Recipe r) {
        return course.equals(Recipe.COURSE_HR) ? 1 / r.heartRate().gridHz() : r.hrv().epochStepS();
    }

    private void id(String p, String id, Set<String> ids) throws RecipeException {
        if (!ID.matcher(id).matches()) {
            throw error(p, "'" + id + "', expected a name of letters, digits, '_', '.' or '-' starting with a letter");
        }
        if (RESERVED.contains(id)) {
            throw error(p, "'" + id + "' is a column of features.tsv already; choose another name");
        }
        if (!ids.add(id)) {
            throw error(p, "'" + id + "' names another feature or derived variable too");
        }
    }

    private void nonBlank(String p, String v) throws RecipeException {
        if (v == null || v.isBlank()) {
            throw error(p, "empty, expected text");
        }
    }

    private void positive(String p, double v) throws RecipeException {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw error(p, num(v) + ", expected a number > 0");
        }
    }

    private void oneOf(String p, String v, List<String> allowed) throws RecipeException {
        if (!allowed.contains(v)) {
            throw error(p, "'" + v + "', expected " + (allowed.size() == 2 ? allowed.get(0) + " or " + allowed.get(1)
                    : "one of " + String.join(", ", allowed)));
        }
    }

    private void within(String p, double v, EpochSpec ep) throws RecipeException {
        if (v < ep.startS() - 1e-9 || v > ep.endS() + 1e-9) {
            throw error(p, num(v) + ", expected a time within the epoch " + num(ep.startS()) + ".." + num(ep.endS())
                    + " s");
        }
    }

    private void onGrid(String p, double v, double step, String grid) throws RecipeException {
        double k = v / step;
        if (Math.abs(k - Math.rint(k)) > 1e-6 * Math.max(1, Math.abs(k))) {
            throw error(p, num(v) + ", expected a whole multiple of the " + grid + " step (" + num(step) + " s)");
        }
    }

    private static String num(double v) {
        return Double.isFinite(v) ? RecipeWriter.numberText(v) : String.format(Locale.ROOT, "%s", v);
    }
}
