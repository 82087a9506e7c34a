package org.vagus.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.vagus.analysis.recipe.Recipes;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.ResultFiles;
import org.vagus.core.VagusInfo;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Checks of the written result files shared by the engine's tests. */
final class ResultChecks {
    /** Every table the writer documents. */
    static final List<String> TSV_FILES = List.of(ResultFiles.FEATURES, ResultFiles.PARTICIPANT_COURSES,
            ResultFiles.GROUP_COURSES, ResultFiles.TABLE1, ResultFiles.TABLE1_TESTS, ResultFiles.GROUP_TESTS,
            ResultFiles.SLIDING_WINDOWS, ResultFiles.CLUSTERS, ResultFiles.SIGNIFICANT_WINDOWS,
            ResultFiles.CORRELATIONS);

    private ResultChecks() {
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    static List<String> header(Path file) throws IOException {
        return List.of(lines(file).get(0).split("\t", -1));
    }

    /** Writes the result into {@code out} and checks every file's columns and the provenance. */
    static void writeAndCheck(AnalysisResult r, Path out, int participants) throws IOException {
        ResultFiles.write(r, out);
        List<String> features = header(out.resolve(ResultFiles.FEATURES));
        assertEquals(ResultFiles.FEATURES_COLUMNS.subList(0, 11), features.subList(0, 11));
        assertEquals("note", features.get(features.size() - 1));
        assertEquals(r.recipe().variableIds(), features.subList(11, features.size() - 1));
        assertEquals(participants + 1, lines(out.resolve(ResultFiles.FEATURES)).size());
        assertEquals(ResultFiles.PARTICIPANT_COURSES_COLUMNS, header(out.resolve(ResultFiles.PARTICIPANT_COURSES)));
        assertEquals(ResultFiles.GROUP_COURSES_COLUMNS, header(out.resolve(ResultFiles.GROUP_COURSES)));
        assertEquals(ResultFiles.TABLE1_TESTS_COLUMNS, header(out.resolve(ResultFiles.TABLE1_TESTS)));
        assertEquals(ResultFiles.GROUP_TESTS_COLUMNS, header(out.resolve(ResultFiles.GROUP_TESTS)));
        assertEquals(ResultFiles.SLIDING_WINDOWS_COLUMNS, header(out.resolve(ResultFiles.SLIDING_WINDOWS)));
        assertEquals(ResultFiles.CLUSTERS_COLUMNS, header(out.resolve(ResultFiles.CLUSTERS)));
        assertEquals(ResultFiles.SIGNIFICANT_WINDOWS_COLUMNS, header(out.resolve(ResultFiles.SIGNIFICANT_WINDOWS)));
        assertEquals(ResultFiles.CORRELATIONS_COLUMNS, header(out.resolve(ResultFiles.CORRELATIONS)));
        assertEquals("Variable", header(out.resolve(ResultFiles.TABLE1)).get(0));
        for (String name : TSV_FILES) {
            List<String> lines = lines(out.resolve(name));
            int width = lines.get(0).split("\t", -1).length;
            for (int i = 1; i < lines.size(); i++) {
                assertEquals(width, lines.get(i).split("\t", -1).length, name + " line " + (i + 1));
                assertFalse(lines.get(i).contains("NaN"), name + " line " + (i + 1) + " holds NaN: " + lines.get(i));
            }
        }
        checkProvenance(r, out);
    }

    static void checkProvenance(AnalysisResult r, Path out) throws IOException {
        JsonObject p = JsonParser.parseString(Files.readString(out.resolve(ResultFiles.PROVENANCE))).getAsJsonObject();
        assertEquals(ResultFiles.PROVENANCE_FORMAT, p.get("format").getAsInt());
        assertEquals(VagusInfo.VERSION, p.getAsJsonObject("generated_by").get("version").getAsString());
        assertEquals(r.started().toString(), p.get("date").getAsString());
        assertEquals(JsonParser.parseString(Recipes.format(r.recipe())), p.get("recipe"));
        assertEquals(sha256(Recipes.format(r.recipe()).getBytes(StandardCharsets.UTF_8)),
                p.get("recipe_sha256").getAsString());
        Set<String> inputs = new HashSet<>();
        for (JsonElement e : p.getAsJsonArray("inputs")) {
            JsonObject f = e.getAsJsonObject();
            Path file = r.study().resolve(f.get("path").getAsString());
            byte[] bytes = Files.readAllBytes(file);
            assertEquals(sha256(bytes), f.get("sha256").getAsString(), f.get("path").getAsString());
            assertEquals(bytes.length, f.get("bytes").getAsLong());
            inputs.add(f.get("path").getAsString());
        }
        assertTrue(inputs.contains("participants.tsv"), inputs.toString());
        for (var participant : r.participants()) {
            for (var rec : participant.recordings()) {
                assertTrue(inputs.contains(rec.physio()), rec.physio());
                assertTrue(inputs.contains(rec.physio().replace(".tsv.gz", ".json")), rec.physio());
                if (rec.events() != null) {
                    assertTrue(inputs.contains(rec.events()), rec.events());
                }
            }
        }
        Set<String> outputs = new HashSet<>();
        for (JsonElement e : p.getAsJsonArray("outputs")) {
            JsonObject f = e.getAsJsonObject();
            assertEquals(sha256(Files.readAllBytes(out.resolve(f.get("path").getAsString()))),
                    f.get("sha256").getAsString());
            outputs.add(f.get("path").getAsString());
        }
        assertEquals(new HashSet<>(TSV_FILES), outputs);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
