package org.vagus.study.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.vagus.study.ParticipantColumns;
import org.vagus.study.Tsv;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Copies a study to a new folder, de-identified unless asked otherwise. De-identification:
 * <ul>
 * <li>participants.tsv loses the columns participants.json marks {@code "VagusIdentifying": true} and those whose
 * name identifies ({@link ParticipantColumns#isIdentifying}, plus {@code initials}), case-insensitively; their
 * descriptions leave participants.json;</li>
 * <li>exact dates are removed, not shifted: the {@code acq_time} column of every {@code *_sessions.tsv} and
 * {@code *_scans.tsv} becomes {@code n/a}, and every JSON field whose name contains "Date" (VagusStartDateTime,
 * AcquisitionDateTime, ...) is dropped;</li>
 * <li>in derivatives/, JSON strings holding absolute paths (which name user folders) become the path relative to
 * the study if inside it, else the file name; checksums and sizes are kept;</li>
 * <li>.vagus/ contributes only study.json (not the lock, nor import leftovers).</li>
 * </ul>
 * Every other file is copied byte for byte. The source is read without its lock; do not import while exporting.
 *
 * @since 0.1.0
 */
public final class StudyExport {
    private static final Pattern ABSOLUTE = Pattern.compile("^(/|[A-Za-z]:[\\\\/]|\\\\\\\\).*");
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
            .create();

    private StudyExport() {
    }

    /**
     * Exports a study.
     *
     * @param study the study folder
     * @param out the target, new or empty, not inside the study
     * @param identifying true to copy as is (only the lock and temporary files are left out)
     * @return one line per removal, for the user
     * @throws IllegalArgumentException if the target is inside the study or not empty
     * @throws IOException if reading or writing fails
     */
    public static List<String> run(Path study, Path out, boolean identifying) throws IOException {
        Path source = study.toAbsolutePath().normalize();
        Path target = out.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source.resolve("dataset_description.json"))) {
            throw new IllegalArgumentException(source + " is not a study: no dataset_description.json");
        }
        if (target.startsWith(source) || (Files.exists(target) && target.toRealPath().startsWith(source.toRealPath()))) {
            throw new IllegalArgumentException("export folder " + target + " is inside the study " + source
                    + "; choose a folder outside it");
        }
        if (Files.exists(target)) {
            try (Stream<Path> children = Files.list(target)) {
                if (children.findAny().isPresent()) {
                    throw new IllegalArgumentException("export folder " + target + " is not empty; choose a new or"
                            + " empty folder");
                }
            }
        }
        // written into a hidden sibling and renamed at the end, so that a failure never leaves a folder that looks
        // like a finished export
        Path finalTarget = target;
        Files.createDirectories(finalTarget.getParent());
        target = Files.createTempDirectory(finalTarget.getParent(), "." + finalTarget.getFileName() + ".partial-");
        try {
            List<String> removed = copyAll(source, target, identifying);
            if (Files.exists(finalTarget)) {
                Files.delete(finalTarget); // empty, checked above
            }
            Files.move(target, finalTarget, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return removed;
        } finally {
            if (Files.exists(target)) {
                try (Stream<Path> all = Files.walk(target)) {
                    for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private static List<String> copyAll(Path source, Path target, boolean identifying) throws IOException {
        List<String> removed = new ArrayList<>();
        List<String> dropColumns = identifying ? List.of() : identifyingColumns(source);
        List<Path> files;
        try (Stream<Path> all = Files.walk(source)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Path rel = source.relativize(file);
            String relText = rel.toString().replace('\\', '/');
            if (relText.startsWith(".vagus/") && !relText.equals(".vagus/study.json")) {
                continue;
            }
            Path dest = target.resolve(rel);
            Files.createDirectories(dest.getParent());
            String name = file.getFileName().toString();
            if (identifying) {
                Files.copy(file, dest);
            } else if (relText.equals("participants.tsv")) {
                Tsv.Table t = Tsv.read(file);
                List<Integer> keep = new ArrayList<>();
                for (int c = 0; c < t.header().size(); c++) {
                    if (dropColumns.stream().anyMatch(t.header().get(c)::equalsIgnoreCase)) {
                        removed.add("participants.tsv: column " + t.header().get(c));
                    } else {
                        keep.add(c);
                    }
                }
                List<List<String>> rows = t.rows().stream().map(r -> keep.stream().map(r.cells()::get).toList())
                        .toList();
                Files.writeString(dest, Tsv.format(keep.stream().map(t.header()::get).toList(), rows),
                        StandardCharsets.UTF_8);
            } else if (name.endsWith("_sessions.tsv") || name.endsWith("_scans.tsv")) {
                Tsv.Table t = Tsv.read(file);
                int acq = t.header().indexOf("acq_time");
                List<List<String>> rows = new ArrayList<>();
                int cleared = 0;
                for (Tsv.Row r : t.rows()) {
                    List<String> cells = new ArrayList<>(r.cells());
                    if (acq >= 0 && !cells.get(acq).equals(Tsv.NA)) {
                        cells.set(acq, Tsv.NA);
                        cleared++;
                    }
                    rows.add(cells);
                }
                if (cleared > 0) {
                    removed.add(relText + ": " + cleared + " acq_time date(s)");
                    Files.writeString(dest, Tsv.format(t.header(), rows), StandardCharsets.UTF_8);
                } else {
                    Files.copy(file, dest);
                }
            } else if (name.endsWith(".json")) {
                copyJson(file, dest, relText, source, relText.startsWith("derivatives/"),
                        relText.equals("participants.json") ? dropColumns : List.of(), removed);
            } else {
                Files.copy(file, dest);
            }
        }
        return removed;
    }

    /** Columns marked identifying in participants.json plus the built-in identifying names found in the header. */
    private static List<String> identifyingColumns(Path source) throws IOException {
        List<String> drop = new ArrayList<>();
        Path tsv = source.resolve("participants.tsv");
        if (Files.isRegularFile(tsv)) {
            for (String column : Tsv.read(tsv).header()) {
                if (ParticipantColumns.isIdentifying(column) || column.strip().equalsIgnoreCase("initials")) {
                    drop.add(column);
                }
            }
        }
        Path json = source.resolve("participants.json");
        if (Files.isRegularFile(json)) {
            JsonElement root = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8));
            if (root.isJsonObject()) {
                for (Map.Entry<String, JsonElement> e : root.getAsJsonObject().entrySet()) {
                    JsonElement v = e.getValue();
                    if (v.isJsonObject() && v.getAsJsonObject().has("VagusIdentifying")
                            && v.getAsJsonObject().get("VagusIdentifying").isJsonPrimitive()
                            && v.getAsJsonObject().get("VagusIdentifying").getAsBoolean() && !drop.contains(e.getKey())) {
                        drop.add(e.getKey());
                    }
                }
            }
        }
        drop.removeIf(c -> c.equals("participant_id"));
        return drop;
    }

    private static void copyJson(Path file, Path dest, String relText, Path study, boolean derivative,
            List<String> dropKeys, List<String> removed) throws IOException {
        JsonElement root;
        try {
            root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            Files.copy(file, dest);
            return;
        }
        int before = removed.size();
        if (root.isJsonObject()) {
            for (String k : dropKeys) {
                if (root.getAsJsonObject().remove(k) != null) {
                    removed.add(relText + ": description of column " + k);
                }
            }
        }
        root = clean(root, relText, "", study, derivative, removed);
        if (removed.size() == before) {
            Files.copy(file, dest);
        } else {
            Files.writeString(dest, GSON.toJson(root) + "\n", StandardCharsets.UTF_8);
        }
    }

    private static JsonElement clean(JsonElement e, String relText, String path, Path study, boolean derivative,
            List<String> removed) {
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            for (Iterator<Map.Entry<String, JsonElement>> it = o.entrySet().iterator(); it.hasNext();) {
                Map.Entry<String, JsonElement> entry = it.next();
                String where = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
                if (entry.getKey().toLowerCase(Locale.ROOT).contains("date")) {
                    it.remove();
                    removed.add(relText + ": " + where);
                } else {
                    entry.setValue(clean(entry.getValue(), relText, where, study, derivative, removed));
                }
            }
        } else if (e.isJsonArray()) {
            for (int i = 0; i < e.getAsJsonArray().size(); i++) {
                e.getAsJsonArray().set(i, clean(e.getAsJsonArray().get(i), relText, path + "[" + i + "]", study,
                        derivative, removed));
            }
        } else if (derivative && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()
                && ABSOLUTE.matcher(e.getAsString()).matches()) {
            String text = e.getAsString();
            Path p = Path.of(text.replace('\\', '/')).normalize();
            String replacement = p.startsWith(study) ? study.relativize(p).toString().replace('\\', '/')
                    : String.valueOf(p.getFileName());
            removed.add(relText + ": absolute path at " + path + " (now " + replacement + ")");
            return new JsonPrimitive(replacement);
        }
        return e;
    }
}
