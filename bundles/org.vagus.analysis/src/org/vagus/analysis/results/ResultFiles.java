package org.vagus.analysis.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vagus.analysis.internal.Checksums;
import org.vagus.analysis.recipe.Recipes;
import org.vagus.core.VagusInfo;
import org.vagus.study.AtomicFiles;
import org.vagus.study.Tsv;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Writes an {@link AnalysisResult} as files that R, SPSS, JASP and spreadsheets read: tab-separated tables with
 * a header line (UTF-8, {@code n/a} for a missing value, numbers at full precision) and a provenance record. Every
 * file is written atomically (temporary file, flushed, renamed), every documented file is written on every run
 * (with only its header when it has no rows), and {@value #PROVENANCE} is written last, so its presence and its
 * output checksums mark a complete set. The default folder is {@value #DEFAULT_FOLDER} in the study.
 * <p>
 * The tables and their columns:
 * <ul>
 * <li>{@value #FEATURES}: one row per participant: {@link #FEATURES_COLUMNS}, with the recipe's variables (features,
 * then derived variables, by id) before {@code note};</li>
 * <li>{@value #PARTICIPANT_COURSES}: each participant's trial-averaged courses, {@link #PARTICIPANT_COURSES_COLUMNS}
 * ({@code course} is {@code hr}, bpm change, or {@code nhf}, nHF change as a fraction; {@code epochs} is the number
 * of trials with a value at that point);</li>
 * <li>{@value #GROUP_COURSES}: each group's mean course with 95 % CI, {@link #GROUP_COURSES_COLUMNS};</li>
 * <li>{@value #TABLE1}: Table 1 as rendered (Variable, one column per group with its n, Statistic, p with stars);
 * {@value #TABLE1_TESTS}: its tests at full precision, {@link #TABLE1_TESTS_COLUMNS};</li>
 * <li>{@value #GROUP_TESTS}: the group t-tests, {@link #GROUP_TESTS_COLUMNS} (t and the mean difference are group 1
 * minus group 2; {@code family} says whether the variable is an a-priori window or a participant variable);</li>
 * <li>{@value #SLIDING_WINDOWS}: every window's test, {@link #SLIDING_WINDOWS_COLUMNS}, with whether each family
 * selects it: {@code uncorrected} (p &lt; alpha, no multiple-comparison control), {@code fdr} (Benjamini-Hochberg q
 * &lt; alpha), {@code cluster} (in a cluster whose permutation p &lt; alpha);</li>
 * <li>{@value #CLUSTERS}: the clusters of windows and their permutation p, {@link #CLUSTERS_COLUMNS};</li>
 * <li>{@value #SIGNIFICANT_WINDOWS}: the selected windows merged into spans per family, with the family's label,
 * {@link #SIGNIFICANT_WINDOWS_COLUMNS};</li>
 * <li>{@value #CORRELATIONS}: {@link #CORRELATIONS_COLUMNS};</li>
 * <li>{@value #PROVENANCE}: the recipe, the Vagus version, the date, the input files with their SHA-256 checksums,
 * the output files with theirs, who was not analysed and why, and every warning.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class ResultFiles {
    /** The results folder in a study. */
    public static final String DEFAULT_FOLDER = "derivatives/vagus";
    public static final String FEATURES = "features.tsv";
    public static final String PARTICIPANT_COURSES = "participant_courses.tsv";
    public static final String GROUP_COURSES = "group_courses.tsv";
    public static final String TABLE1 = "table1.tsv";
    public static final String TABLE1_TESTS = "table1_tests.tsv";
    public static final String GROUP_TESTS = "group_tests.tsv";
    public static final String SLIDING_WINDOWS = "sliding_windows.tsv";
    public static final String CLUSTERS = "clusters.tsv";
    public static final String SIGNIFICANT_WINDOWS = "significant_windows.tsv";
    public static final String CORRELATIONS = "correlations.tsv";
    public static final String PROVENANCE = "provenance.json";
    /** The format of {@value #PROVENANCE}. */
    public static final int PROVENANCE_FORMAT = 1;

    /** The fixed columns of features.tsv; the recipe's variables go before {@code note}. */
    public static final List<String> FEATURES_COLUMNS = List.of("participant_id", "group", "status", "recordings",
            "r_peaks", "beats", "artefact_beats", "edits_applied", "edits_skipped", "hr_epochs", "nhf_epochs", "note");
    public static final List<String> PARTICIPANT_COURSES_COLUMNS = List.of("participant_id", "group", "course",
            "time_s", "value", "epochs");
    public static final List<String> GROUP_COURSES_COLUMNS = List.of("course", "group", "time_s", "n", "mean", "sd",
            "ci95_low", "ci95_high");
    public static final List<String> TABLE1_TESTS_COLUMNS = List.of("variable", "type", "test", "statistic", "df",
            "p", "effect", "effect_size", "apa");
    public static final List<String> GROUP_TESTS_COLUMNS = List.of("variable", "label", "family", "from_s", "to_s",
            "group1", "n1", "mean1", "sd1", "group2", "n2", "mean2", "sd2", "test", "t", "df", "p", "mean_difference",
            "ci95_low", "ci95_high", "cohens_d", "d_ci95_low", "d_ci95_high", "apa");
    public static final List<String> SLIDING_WINDOWS_COLUMNS = List.of("course", "measure", "unit", "window",
            "start_s", "end_s", "mean_difference", "t", "df", "p", "cohens_d", "q_fdr", "uncorrected", "fdr", "cluster");
    public static final List<String> CLUSTERS_COLUMNS = List.of("course", "cluster", "first_window", "last_window",
            "start_s", "end_s", "mass", "p", "significant");
    public static final List<String> SIGNIFICANT_WINDOWS_COLUMNS = List.of("course", "family", "start_s", "end_s",
            "first_window", "last_window", "label");
    public static final List<String> CORRELATIONS_COLUMNS = List.of("x", "y", "method", "n", "r", "df", "t", "p",
            "ci95_low", "ci95_high", "apa");

    private ResultFiles() {
    }

    /**
     * Writes every result file into {@code dir} (created if missing), provenance last.
     *
     * @return the files written before the provenance, with their checksums
     * @throws IOException if a file cannot be written; files already written stay, the provenance is not written
     */
    public static List<InputFile> write(AnalysisResult r, Path dir) throws IOException {
        List<InputFile> outputs = new ArrayList<>();
        GroupResult g = r.group();
        write(dir, FEATURES, Tsv.format(ResultTables.featuresHeader(r.recipe()), ResultTables.features(r)), outputs);
        write(dir, PARTICIPANT_COURSES, Tsv.format(PARTICIPANT_COURSES_COLUMNS, ResultTables.participantCourses(r)),
                outputs);
        write(dir, GROUP_COURSES, Tsv.format(GROUP_COURSES_COLUMNS, ResultTables.groupCourses(g)), outputs);
        String table1 = g.table1() != null ? g.table1().toTsv()
                : String.join("\t", "Variable", g.grouping().group1(), g.grouping().group2(), "Statistic", "p") + "\n";
        write(dir, TABLE1, table1, outputs);
        write(dir, TABLE1_TESTS, Tsv.format(TABLE1_TESTS_COLUMNS, ResultTables.table1Tests(g.table1())), outputs);
        write(dir, GROUP_TESTS, Tsv.format(GROUP_TESTS_COLUMNS, ResultTables.groupTests(g)), outputs);
        write(dir, SLIDING_WINDOWS, Tsv.format(SLIDING_WINDOWS_COLUMNS, ResultTables.slidingWindows(g)), outputs);
        write(dir, CLUSTERS, Tsv.format(CLUSTERS_COLUMNS, ResultTables.clusters(g)), outputs);
        write(dir, SIGNIFICANT_WINDOWS, Tsv.format(SIGNIFICANT_WINDOWS_COLUMNS, ResultTables.significantWindows(g)),
                outputs);
        write(dir, CORRELATIONS, Tsv.format(CORRELATIONS_COLUMNS, ResultTables.correlations(g)), outputs);
        AtomicFiles.writeString(dir.resolve(PROVENANCE), provenance(r, outputs));
        return List.copyOf(outputs);
    }

    private static void write(Path dir, String name, String content, List<InputFile> outputs) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.writeBytes(dir.resolve(name), bytes);
        outputs.add(Checksums.of(bytes, name));
    }

    /** The provenance record as pretty JSON with a fixed field order. */
    public static String provenance(AnalysisResult r, List<InputFile> outputs) {
        JsonObject o = new JsonObject();
        o.addProperty("format", PROVENANCE_FORMAT);
        JsonObject by = new JsonObject();
        by.addProperty("name", VagusInfo.NAME);
        by.addProperty("version", VagusInfo.VERSION);
        by.addProperty("java", System.getProperty("java.version"));
        by.addProperty("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        o.add("generated_by", by);
        o.addProperty("date", r.started().toString());
        JsonObject study = new JsonObject();
        study.addProperty("name", r.studyName());
        study.addProperty("path", r.study().toString());
        o.add("study", study);
        String recipe = Recipes.format(r.recipe());
        o.addProperty("recipe_sha256", Checksums.of(recipe.getBytes(StandardCharsets.UTF_8), "recipe").sha256());
        o.add("recipe", JsonParser.parseString(recipe));
        GroupAssignment ga = r.group().grouping();
        JsonObject grouping = new JsonObject();
        grouping.addProperty("rule", ga.ruleText());
        if (Double.isFinite(ga.median())) {
            grouping.addProperty("median", ga.median());
        }
        JsonObject sizes = new JsonObject();
        sizes.addProperty(ga.group1(), ga.size(ga.group1()));
        sizes.addProperty(ga.group2(), ga.size(ga.group2()));
        grouping.add("groups", sizes);
        o.add("grouping", grouping);
        JsonObject participants = new JsonObject();
        participants.addProperty("total", r.participants().size());
        participants.addProperty("analysed", r.analysed().size());
        JsonArray not = new JsonArray();
        for (ParticipantResult p : r.participants()) {
            if (p.status() != ParticipantResult.Status.ANALYSED) {
                JsonObject x = new JsonObject();
                x.addProperty("participant_id", p.bidsName());
                x.addProperty("status", p.status().label());
                x.addProperty("note", p.note());
                not.add(x);
            }
        }
        participants.add("not_analysed", not);
        o.add("participants", participants);
        o.add("inputs", files(r.inputs()));
        o.add("outputs", files(outputs));
        JsonArray warnings = new JsonArray();
        r.warnings().forEach(warnings::add);
        r.participants().forEach(p -> p.warnings().forEach(warnings::add));
        o.add("warnings", warnings);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    private static JsonArray files(List<InputFile> files) {
        JsonArray a = new JsonArray();
        for (InputFile f : files) {
            JsonObject x = new JsonObject();
            x.addProperty("path", f.path());
            x.addProperty("bytes", f.bytes());
            x.addProperty("sha256", f.sha256());
            a.add(x);
        }
        return a;
    }
}
