package org.vagus.io.bids;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.io.FormatException;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The JSON sidecar of a BIDS physio file ({@code *_physio.json} beside {@code *_physio.tsv.gz}; BIDS 1.10,
 * "Physiological recordings"). Standard fields: {@code SamplingFrequency} (Hz), {@code StartTime} (s, the time
 * of the first sample relative to the events' time origin; 0 for a Vagus recording, whose events count from
 * its first sample), {@code Columns}, and one object per column with its {@code Units}, e.g.
 * {@code "ECG": {"Units": "mV"}}. The physio data file has no header line; the columns are named here.
 * <p>
 * Vagus fields, which BIDS validators accept as additional metadata:
 * <ul>
 * <li>{@code VagusStatus}: {@code "incomplete"} from the moment the recording is created until it is closed,
 * then {@code "complete"}. A recording cut by a crash keeps {@code "incomplete"}, and
 * {@link PhysioReader} then reads the data up to its last complete chunk;</li>
 * <li>{@code VagusSampleCount}: the number of rows (samples per column), written on close;</li>
 * <li>{@code VagusStartDateTime}: the acquisition computer's wall-clock instant of sample 0 (ISO-8601, UTC), if
 * known;</li>
 * <li>{@code VagusGaps}: frames the device produced but the host did not receive, as
 * {@code [{"Sample": first missing row, "Frames": count}]}. Their rows are in the data file with every cell
 * {@code n/a}, so row numbers stay sample indices;</li>
 * <li>any other fields a writer adds ({@link #extra()}), such as the device and the clock drift.</li>
 * </ul>
 * Written atomically (temporary file, flush to disk, rename), so a crash leaves the old or the new sidecar,
 * never half of one.
 *
 * @param samplingFrequency the sampling rate of every column
 * @param startTime {@code StartTime} in seconds, finite
 * @param columns the column names, at least one, unique, no tabs or line breaks. Copied
 * @param units the unit of each column, as many as columns. Copied
 * @param startDateTime the wall-clock instant of sample 0, or null if unknown
 * @param complete false while written or after a crash, true once closed
 * @param sampleCount the number of rows, or -1 if not recorded (a recording still being written)
 * @param gaps the gaps, in ascending order of sample. Copied
 * @param extra additional top-level fields: values are text, numbers, booleans, or lists and maps of those; keys
 *            must not be standard or Vagus field names nor column names. Copied, order kept
 * @since 0.1.0
 */
public record PhysioSidecar(SamplingRate samplingFrequency, double startTime, List<String> columns, List<Unit> units,
        Instant startDateTime, boolean complete, long sampleCount, List<Gap> gaps, Map<String, Object> extra) {

    /** The value of {@code VagusStatus} while written or after a crash. */
    public static final String INCOMPLETE = "incomplete";
    /** The value of {@code VagusStatus} once closed. */
    public static final String COMPLETE = "complete";

    private static final Set<String> RESERVED = Set.of("SamplingFrequency", "StartTime", "Columns", "VagusStatus",
            "VagusSampleCount", "VagusStartDateTime", "VagusGaps");
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
            .create();

    /**
     * Frames lost between the device and the host, stored as rows of {@code n/a}.
     *
     * @param sample the first missing row (sample index), >= 0
     * @param frames how many, >= 1
     */
    public record Gap(long sample, long frames) {
        /** @throws IllegalArgumentException if sample is negative or frames below 1 */
        public Gap {
            if (sample < 0 || frames < 1) {
                throw new IllegalArgumentException("gap at sample " + sample + " of " + frames
                        + " frames: expected sample >= 0 and frames >= 1");
            }
        }
    }

    /** @throws IllegalArgumentException naming the field that is out of range or inconsistent */
    public PhysioSidecar {
        Objects.requireNonNull(samplingFrequency, "SamplingFrequency");
        if (!Double.isFinite(startTime)) {
            throw new IllegalArgumentException("StartTime: " + startTime + ", expected a finite number of seconds");
        }
        columns = List.copyOf(Objects.requireNonNull(columns, "Columns"));
        units = List.copyOf(Objects.requireNonNull(units, "Units"));
        gaps = List.copyOf(Objects.requireNonNull(gaps, "gaps"));
        extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(extra, "extra")));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Columns: expected at least one column");
        }
        if (units.size() != columns.size()) {
            throw new IllegalArgumentException("Units: " + units.size() + " units for " + columns.size() + " columns "
                    + columns + ", expected one unit per column");
        }
        if (Set.copyOf(columns).size() != columns.size()) {
            throw new IllegalArgumentException("Columns " + columns + ": column names repeat");
        }
        for (String c : columns) {
            if (c.isBlank() || c.indexOf('\t') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0
                    || RESERVED.contains(c)) {
                throw new IllegalArgumentException("column name '" + c + "': expected non-blank text without tabs or"
                        + " line breaks, not a sidecar field name");
            }
        }
        if (sampleCount < -1) {
            throw new IllegalArgumentException("VagusSampleCount: " + sampleCount + ", expected >= 0 or -1 (unknown)");
        }
        for (int i = 1; i < gaps.size(); i++) {
            if (gaps.get(i).sample() < gaps.get(i - 1).sample() + gaps.get(i - 1).frames()) {
                throw new IllegalArgumentException("VagusGaps: gap " + gaps.get(i) + " overlaps or precedes "
                        + gaps.get(i - 1));
            }
        }
        for (String k : extra.keySet()) {
            if (k == null || k.isBlank() || RESERVED.contains(k) || columns.contains(k)) {
                throw new IllegalArgumentException("extra sidecar field '" + k
                        + "': expected a non-blank name that is neither a standard field nor a column");
            }
        }
    }

    /**
     * The sidecar of a recording about to be written: start time 0, incomplete, no count, no gaps, no extras.
     *
     * @param rate the sampling rate
     * @param columns the column names
     * @param units one unit per column
     * @return the sidecar
     */
    public static PhysioSidecar of(SamplingRate rate, List<String> columns, List<Unit> units) {
        return new PhysioSidecar(rate, 0, columns, units, null, false, -1, List.of(), Map.of());
    }

    /**
     * @param instant the wall-clock instant of sample 0, or null
     * @return a copy with this start date-time
     */
    public PhysioSidecar withStartDateTime(Instant instant) {
        return new PhysioSidecar(samplingFrequency, startTime, columns, units, instant, complete, sampleCount, gaps,
                extra);
    }

    /**
     * @param rows the number of rows written
     * @param allGaps the gaps recorded
     * @return a copy marked complete with this count and these gaps
     */
    public PhysioSidecar completed(long rows, List<Gap> allGaps) {
        return new PhysioSidecar(samplingFrequency, startTime, columns, units, startDateTime, true, rows, allGaps,
                extra);
    }

    /**
     * @param key a field name (by convention starting with {@code Vagus})
     * @param value text, a number, a boolean, or a list or map of those
     * @return a copy with this extra field added or replaced
     */
    public PhysioSidecar withExtra(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(extra);
        copy.put(key, Objects.requireNonNull(value, key));
        return new PhysioSidecar(samplingFrequency, startTime, columns, units, startDateTime, complete, sampleCount,
                gaps, copy);
    }

    /**
     * The sidecar beside a physio data file: {@code X_physio.tsv.gz} gives {@code X_physio.json}.
     *
     * @param dataFile the data file, whose name ends in {@code .tsv.gz}
     * @return the JSON file in the same folder
     * @throws IllegalArgumentException if the name does not end in {@code .tsv.gz}
     */
    public static Path sidecarOf(Path dataFile) {
        String name = dataFile.getFileName().toString();
        if (!name.endsWith(".tsv.gz")) {
            throw new IllegalArgumentException("physio data file " + dataFile + ": expected a name ending in .tsv.gz");
        }
        return dataFile.resolveSibling(name.substring(0, name.length() - ".tsv.gz".length()) + ".json");
    }

    /** @return the sidecar as pretty-printed JSON */
    public String toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("SamplingFrequency", samplingFrequency.hertz());
        o.addProperty("StartTime", startTime);
        JsonArray cols = new JsonArray();
        columns.forEach(cols::add);
        o.add("Columns", cols);
        for (int i = 0; i < columns.size(); i++) {
            JsonObject col = new JsonObject();
            col.addProperty("Units", units.get(i).symbol());
            o.add(columns.get(i), col);
        }
        o.addProperty("VagusStatus", complete ? COMPLETE : INCOMPLETE);
        if (sampleCount >= 0) {
            o.addProperty("VagusSampleCount", sampleCount);
        }
        if (startDateTime != null) {
            o.addProperty("VagusStartDateTime", startDateTime.toString());
        }
        JsonArray gapArray = new JsonArray();
        for (Gap g : gaps) {
            JsonObject go = new JsonObject();
            go.addProperty("Sample", g.sample());
            go.addProperty("Frames", g.frames());
            gapArray.add(go);
        }
        o.add("VagusGaps", gapArray);
        extra.forEach((k, v) -> o.add(k, GSON.toJsonTree(v)));
        return GSON.toJson(o) + "\n";
    }

    /**
     * Writes the sidecar atomically: a temporary file in the same folder, forced to disk, renamed over
     * {@code file}, and the folder forced so the rename survives a power cut where the file system allows.
     *
     * @param file the target
     * @throws IOException if writing fails; {@code file} is then unchanged
     */
    public void write(Path file) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(toJson().getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        forceDirectory(file.toAbsolutePath().getParent());
    }

    static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not possible on every platform (Windows cannot open folders); the rename itself is still atomic
        }
    }

    /**
     * Reads a sidecar.
     *
     * @param file the JSON file
     * @return the sidecar; a missing {@code VagusStatus} (a sidecar from another tool) counts as complete, a
     *         column without {@code Units} gets the unit {@code n/a}
     * @throws FormatException naming the field that is missing or malformed
     * @throws IOException if the file cannot be read
     */
    public static PhysioSidecar read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file);
    }

    /**
     * Parses sidecar JSON.
     *
     * @param json the text
     * @param file the file it came from, for messages
     * @return the sidecar
     * @throws FormatException naming the field that is missing or malformed
     */
    public static PhysioSidecar parse(String json, Path file) throws FormatException {
        JsonObject o;
        try {
            JsonElement root = JsonParser.parseString(json);
            if (!root.isJsonObject()) {
                throw new FormatException(file, "top level", "expected a JSON object");
            }
            o = root.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new FormatException(file, "JSON", "not valid JSON: " + e.getMessage());
        }
        double hz = number(o, "SamplingFrequency", file);
        SamplingRate rate;
        try {
            rate = SamplingRate.ofHertz(hz);
        } catch (IllegalArgumentException e) {
            throw new FormatException(file, "SamplingFrequency", e.getMessage());
        }
        double start = o.has("StartTime") ? number(o, "StartTime", file) : 0;
        JsonElement colsEl = o.get("Columns");
        if (colsEl == null || !colsEl.isJsonArray() || colsEl.getAsJsonArray().isEmpty()) {
            throw new FormatException(file, "Columns", "expected a non-empty array of column names");
        }
        List<String> cols = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        for (JsonElement c : colsEl.getAsJsonArray()) {
            if (!c.isJsonPrimitive() || !c.getAsJsonPrimitive().isString()) {
                throw new FormatException(file, "Columns", "expected column names as strings, found " + c);
            }
            String name = c.getAsString();
            cols.add(name);
            units.add(unitOf(o, name, file));
        }
        String status = o.has("VagusStatus") ? text(o, "VagusStatus", file) : COMPLETE;
        if (!status.equals(COMPLETE) && !status.equals(INCOMPLETE)) {
            throw new FormatException(file, "VagusStatus", "'" + status + "', expected complete or incomplete");
        }
        long count = o.has("VagusSampleCount") ? whole(o.get("VagusSampleCount"), "VagusSampleCount", file) : -1;
        Instant startInstant = null;
        if (o.has("VagusStartDateTime")) {
            String t = text(o, "VagusStartDateTime", file);
            try {
                startInstant = Instant.parse(t);
            } catch (DateTimeException e) {
                throw new FormatException(file, "VagusStartDateTime", "'" + t + "', expected an ISO-8601 instant");
            }
        }
        List<Gap> gaps = new ArrayList<>();
        if (o.has("VagusGaps")) {
            JsonElement g = o.get("VagusGaps");
            if (!g.isJsonArray()) {
                throw new FormatException(file, "VagusGaps", "expected an array of {Sample, Frames}");
            }
            for (JsonElement e : g.getAsJsonArray()) {
                if (!e.isJsonObject() || !e.getAsJsonObject().has("Sample") || !e.getAsJsonObject().has("Frames")) {
                    throw new FormatException(file, "VagusGaps", "expected {Sample, Frames}, found " + e);
                }
                gaps.add(new Gap(whole(e.getAsJsonObject().get("Sample"), "VagusGaps Sample", file),
                        whole(e.getAsJsonObject().get("Frames"), "VagusGaps Frames", file)));
            }
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            if (!RESERVED.contains(e.getKey()) && !cols.contains(e.getKey())) {
                extra.put(e.getKey(), GSON.fromJson(e.getValue(), Object.class));
            }
        }
        try {
            return new PhysioSidecar(rate, start, cols, units, startInstant, status.equals(COMPLETE), count, gaps,
                    extra);
        } catch (IllegalArgumentException e) {
            throw new FormatException(file, "sidecar", e.getMessage());
        }
    }

    private static Unit unitOf(JsonObject o, String column, Path file) throws FormatException {
        JsonElement c = o.get(column);
        if (c == null || !c.isJsonObject() || !c.getAsJsonObject().has("Units")) {
            return Unit.of("n/a");
        }
        JsonElement u = c.getAsJsonObject().get("Units");
        try {
            return Unit.of(u.getAsString());
        } catch (RuntimeException e) {
            throw new FormatException(file, column + ".Units", "'" + u + "', expected a unit symbol such as mV");
        }
    }

    private static double number(JsonObject o, String field, Path file) throws FormatException {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonPrimitive() || !((JsonPrimitive) e).isNumber()) {
            throw new FormatException(file, field, (e == null ? "missing" : "'" + e + "'") + ", expected a number");
        }
        return e.getAsDouble();
    }

    private static String text(JsonObject o, String field, Path file) throws FormatException {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonPrimitive() || !((JsonPrimitive) e).isString()) {
            throw new FormatException(file, field, "'" + e + "', expected a string");
        }
        return e.getAsString();
    }

    private static long whole(JsonElement e, String field, Path file) throws FormatException {
        if (e == null || !e.isJsonPrimitive() || !((JsonPrimitive) e).isNumber()) {
            throw new FormatException(file, field, "'" + e + "', expected a whole number");
        }
        double d = e.getAsDouble();
        if (d != Math.rint(d) || d < 0 || d > 0x1p62) {
            throw new FormatException(file, field, "'" + e + "', expected a whole number >= 0");
        }
        return e.getAsLong();
    }
}
