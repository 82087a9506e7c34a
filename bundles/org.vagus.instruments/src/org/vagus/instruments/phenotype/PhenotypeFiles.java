package org.vagus.instruments.phenotype;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentScore;
import org.vagus.instruments.Item;
import org.vagus.instruments.Numbers;
import org.vagus.instruments.Scoring;
import org.vagus.instruments.ScoringException;
import org.vagus.instruments.Subscale;
import org.vagus.instruments.TotalRule;
import org.vagus.study.AtomicFiles;
import org.vagus.study.StudyFormatException;
import org.vagus.study.Tsv;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/**
 * Instrument scores in the study folder's BIDS {@code phenotype/} folder: one TSV per instrument,
 * {@code phenotype/<instrument-id>.tsv}, with its JSON sidecar describing every column. Rows: participant_id,
 * session_id, timepoint, then the answers {@code item_1 .. item_n} as given (before reverse keying), the subscale
 * columns, {@code total} by the instrument's own rule, {@code total_<rule>} for each further offered total, and
 * {@code band} when the instrument has bands.
 * <p>
 * Both files are written atomically (temporary file, flush, rename). Reading scores every row again from its
 * answers and refuses a row whose stored scores disagree (beyond the rounding the file shows), so a hand-edited
 * total is found rather than analysed. The caller holds the study's lock while writing.
 *
 * @since 0.1.0
 */
public final class PhenotypeFiles {
    /** The BIDS folder of phenotypic and assessment data. */
    public static final String FOLDER = "phenotype";

    private PhenotypeFiles() {
    }

    /** @return {@code study/phenotype/<id>.tsv} */
    public static Path tsvFile(Path studyDir, Instrument instrument) {
        return studyDir.resolve(FOLDER).resolve(instrument.id() + ".tsv");
    }

    /** @return {@code study/phenotype/<id>.json} */
    public static Path jsonFile(Path studyDir, Instrument instrument) {
        return studyDir.resolve(FOLDER).resolve(instrument.id() + ".json");
    }

    /** @return the columns of the instrument's phenotype TSV */
    public static List<String> header(Instrument instrument) {
        List<String> h = new ArrayList<>(List.of(Participant.ID_COLUMN, "session_id", "timepoint"));
        instrument.items().forEach(i -> h.add(itemColumn(i.number())));
        instrument.subscales().forEach(s -> h.add(s.id()));
        h.add("total");
        instrument.alternativeTotals().forEach(r -> h.add("total_" + r.columnName()));
        if (!instrument.bands().isEmpty()) {
            h.add("band");
        }
        return List.copyOf(h);
    }

    /** @return {@code item_4} */
    public static String itemColumn(int number) {
        return "item_" + number;
    }

    /**
     * Replaces the instrument's phenotype TSV and sidecar with these rows, in this order.
     *
     * @throws IllegalArgumentException if a score is of another instrument or two rows share participant, session
     *             and time point
     */
    public static void write(Path studyDir, Instrument instrument, List<SessionScore> rows) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            SessionScore row = rows.get(r);
            if (!row.score().instrumentId().equals(instrument.id())) {
                throw new IllegalArgumentException(row.describeKey() + ": a score of " + row.score().instrumentId()
                        + " cannot go into the " + instrument.abbreviation() + " table");
            }
            for (int k = 0; k < r; k++) {
                if (rows.get(k).sameAdministration(row)) {
                    throw new IllegalArgumentException(row.describeKey() + ": two " + instrument.abbreviation()
                            + " rows for the same participant, session and time point");
                }
            }
            cells.add(cells(instrument, row));
        }
        Tsv.write(tsvFile(studyDir, instrument), header(instrument), cells);
        AtomicFiles.writeString(jsonFile(studyDir, instrument), sidecar(instrument));
    }

    /**
     * Adds one administration, or replaces the row of the same participant, session and time point.
     */
    public static void put(Path studyDir, Instrument instrument, SessionScore row) throws IOException {
        List<SessionScore> rows = new ArrayList<>(read(studyDir, instrument));
        int at = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).sameAdministration(row)) {
                at = i;
            }
        }
        if (at >= 0) {
            rows.set(at, row);
        } else {
            rows.add(row);
        }
        write(studyDir, instrument, rows);
    }

    /**
     * Reads the instrument's phenotype TSV, scoring every row again from its answers.
     *
     * @return the rows in file order; empty if the file does not exist
     * @throws StudyFormatException naming the file and line if the columns are not the instrument's, a label is
     *             malformed, an answer cannot be scored, or a stored score disagrees with the answers
     */
    public static List<SessionScore> read(Path studyDir, Instrument instrument) throws IOException {
        Path file = tsvFile(studyDir, instrument);
        if (!Files.exists(file)) {
            return List.of();
        }
        Tsv.Table table = Tsv.read(file);
        List<String> expected = header(instrument);
        if (!table.header().equals(expected)) {
            throw new StudyFormatException(file, 1, "columns " + String.join(", ", table.header())
                    + " are not those of " + instrument.abbreviation() + " version " + instrument.version()
                    + "; expected " + String.join(", ", expected));
        }
        List<SessionScore> rows = new ArrayList<>();
        for (Tsv.Row row : table.rows()) {
            rows.add(row(table, row, instrument));
        }
        return List.copyOf(rows);
    }

    private static SessionScore row(Tsv.Table table, Tsv.Row row, Instrument instrument) throws IOException {
        String participant = strip(table, row, Participant.ID_COLUMN, Participant.PREFIX);
        String session = strip(table, row, "session_id", Session.PREFIX);
        String timepoint = table.cell(row, "timepoint").orElseThrow(() -> table.error(row, "timepoint is n/a"));
        Map<Integer, Integer> answers = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            Optional<String> cell = table.cell(row, itemColumn(item.number()));
            if (cell.isPresent()) {
                try {
                    answers.put(item.number(), Integer.parseInt(cell.get()));
                } catch (NumberFormatException e) {
                    throw table.error(row, "column '" + itemColumn(item.number()) + "': '" + cell.get()
                            + "' is not a whole number; allowed " + item.scale().range());
                }
            }
        }
        InstrumentScore score;
        try {
            score = Scoring.score(instrument, answers);
        } catch (ScoringException e) {
            throw table.error(row, e.getMessage());
        }
        for (InstrumentScore.SubscaleScore s : score.subscales()) {
            check(table, row, s.id(), s.value(), instrument);
        }
        check(table, row, "total", score.total(), instrument);
        for (TotalRule r : instrument.alternativeTotals()) {
            check(table, row, "total_" + r.columnName(), score.total(r), instrument);
        }
        if (!instrument.bands().isEmpty()) {
            String stored = table.cell(row, "band").orElse(null);
            String computed = score.bandIfAny().map(b -> b.label()).orElse(null);
            if (stored == null ? computed != null : !stored.equals(computed)) {
                throw table.error(row, "column 'band' holds " + (stored == null ? "n/a" : "'" + stored + "'")
                        + " but the total " + Numbers.format(score.total()) + " is in the band "
                        + (computed == null ? "n/a" : "'" + computed + "'"));
            }
        }
        try {
            return new SessionScore(participant, session, timepoint, score);
        } catch (IllegalArgumentException e) {
            throw table.error(row, e.getMessage());
        }
    }

    private static String strip(Tsv.Table table, Tsv.Row row, String column, String prefix) throws IOException {
        String value = table.cell(row, column).orElseThrow(() -> table.error(row, column + " is n/a"));
        if (!value.startsWith(prefix)) {
            throw table.error(row, column + " '" + value + "': expected " + prefix + "<label>");
        }
        return value.substring(prefix.length());
    }

    /** A stored score agrees when it equals the computed one rounded to the decimals the file shows. */
    private static void check(Tsv.Table table, Tsv.Row row, String column, double computed, Instrument instrument)
            throws IOException {
        String cell = table.cell(row, column).orElse(null);
        double stored;
        try {
            stored = cell == null ? Double.NaN : Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw table.error(row, "column '" + column + "': '" + cell + "' is not a number");
        }
        int dot = cell == null ? -1 : cell.indexOf('.');
        int decimals = dot < 0 ? 0 : cell.length() - dot - 1;
        double tolerance = 0.5 * Math.pow(10, -decimals) + 1e-9;
        if (!(Math.abs(stored - computed) <= tolerance)) {
            throw table.error(row, "column '" + column + "' holds " + (cell == null ? "n/a" : cell) + " but the "
                    + instrument.abbreviation() + " answers give " + Numbers.format(computed)
                    + "; the scores were changed by hand or by another key");
        }
    }

    private static List<String> cells(Instrument instrument, SessionScore row) {
        InstrumentScore s = row.score();
        List<String> c = new ArrayList<>();
        c.add(Participant.PREFIX + row.participant());
        c.add(Session.PREFIX + row.session());
        c.add(row.timepoint());
        s.items().forEach(i -> c.add(Integer.toString(i.answer())));
        s.subscales().forEach(sub -> c.add(Numbers.format(sub.value())));
        c.add(Numbers.format(s.total(instrument.totalRule())));
        instrument.alternativeTotals().forEach(r -> c.add(Numbers.format(s.total(r))));
        if (!instrument.bands().isEmpty()) {
            c.add(s.bandIfAny().map(b -> b.label()).orElse(Tsv.NA));
        }
        return c;
    }

    /** The BIDS sidecar: the tool, then a description of every column. */
    static String sidecar(Instrument instrument) {
        JsonObject root = new JsonObject();
        JsonObject tool = new JsonObject();
        tool.addProperty("Description", instrument.name() + " (" + instrument.abbreviation() + ", "
                + instrument.version() + ")" + (instrument.reference() == null ? "" : ". " + instrument.reference()));
        root.add("MeasurementToolMetadata", tool);
        describe(root, Participant.ID_COLUMN, "the participant, as in participants.tsv");
        describe(root, "session_id", "the session, as in sub-<label>_sessions.tsv");
        describe(root, "timepoint", "when in the session the instrument was given (such as pre or post the task)");
        for (Item item : instrument.items()) {
            describe(root, itemColumn(item.number()), instrument.abbreviation() + " item " + item.label()
                    + ": the answer as given, " + item.scale().describe()
                    + (item.reverse() ? "; reverse-keyed, scored " + item.scale().reverseRule() : ""));
        }
        for (Subscale s : instrument.subscales()) {
            describe(root, s.id(), s.name() + ": " + s.rule().jsonName() + " of items "
                    + String.join(", ", s.items().stream().map(String::valueOf).toList()) + " after reverse keying");
        }
        describe(root, "total", instrument.describe(instrument.totalRule()) + " (rule "
                + instrument.totalRule().jsonName() + ")" + (instrument.totalNote() == null ? ""
                        : ". " + instrument.totalNote()));
        for (TotalRule r : instrument.alternativeTotals()) {
            describe(root, "total_" + r.columnName(), instrument.describe(r) + " (rule " + r.jsonName() + ")");
        }
        if (!instrument.bands().isEmpty()) {
            JsonObject band = new JsonObject();
            band.addProperty("Description", "severity band of the total");
            JsonObject levels = new JsonObject();
            instrument.bands().forEach(b -> levels.addProperty(b.label(), "total " + Numbers.format(b.min()) + "-"
                    + Numbers.format(b.max())));
            band.add("Levels", levels);
            root.add("band", band);
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private static void describe(JsonObject root, String column, String description) {
        JsonObject o = new JsonObject();
        o.addProperty("Description", description);
        root.add(column, o);
    }
}
