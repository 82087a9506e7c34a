package org.vagus.io.bids;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.vagus.core.model.Event;
import org.vagus.core.model.Event.Columns;
import org.vagus.core.units.SamplingRate;
import org.vagus.io.FormatException;

/**
 * Reads a BIDS events file ({@code *_events.tsv}; BIDS 1.10, "Task events"): UTF-8, tab-separated, a header
 * line naming the columns, one event per line, {@code n/a} in unused cells. The columns Vagus writes are pinned
 * in {@link Columns#ALL}: onset (s from the recording's first sample), duration (s), sample (index in the
 * recording), trial_type, trial (1-based), item_code, response, response_time (s), feedback (Correct or Wrong),
 * onset_scheduled (s); other columns are kept as text.
 * <ul>
 * <li>Required columns: onset and duration (BIDS), trial_type (Vagus selects events by it), and sample unless
 * the recording's sampling rate is given, which then fills an {@code n/a} or missing sample from the onset
 * ({@link SamplingRate#secondsToSample(double)}).</li>
 * <li>Values: onset a number &gt;= 0; duration a number &gt;= 0 or n/a; sample a whole number &gt;= 0;
 * trial_type text, not n/a; trial a whole number &gt;= 1 or n/a; response_time and onset_scheduled numbers or
 * n/a. A cell is never empty (BIDS writes n/a).</li>
 * </ul>
 * Any other content is rejected with a {@link FormatException} naming the file, the line and the column (number
 * and name) and what was expected; nothing is skipped silently.
 *
 * @since 0.1.0
 */
public final class EventsTsv {
    private static final String NA = "n/a";
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("\\d+");

    private EventsTsv() {
    }

    /** Reads an events file whose sample column is filled in. */
    public static List<Event> read(Path file) throws IOException {
        return read(file, null);
    }

    /**
     * Reads an events file.
     *
     * @param recordingRate the sampling rate of the recording the events belong to, used to compute a sample
     *        that is n/a (or a missing sample column) from the onset; null to require the samples
     * @throws FormatException naming the line and column of the first bad cell
     */
    public static List<Event> read(Path file, SamplingRate recordingRate) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file, recordingRate);
    }

    /**
     * Reads events from file text.
     *
     * @param source the file the text came from, named in errors
     * @param recordingRate as in {@link #read(Path, SamplingRate)}, may be null
     */
    public static List<Event> parse(String text, Path source, SamplingRate recordingRate) throws FormatException {
        String[] lines = text.split("\r?\n", -1);
        if (lines[0].startsWith("\uFEFF")) {
            lines[0] = lines[0].substring(1);
        }
        String[] header = lines[0].split("\t", -1);
        Map<String, Integer> col = new HashMap<>();
        for (int c = 0; c < header.length; c++) {
            if (header[c].isBlank()) {
                throw new FormatException(source, "line 1, column " + (c + 1), "empty column name; expected a header"
                        + " such as 'onset<TAB>duration<TAB>sample<TAB>trial_type ...'");
            }
            if (col.put(header[c], c) != null) {
                throw new FormatException(source, "line 1, column " + (c + 1), "column '" + header[c]
                        + "' appears twice");
            }
        }
        for (String required : new String[] {Columns.ONSET, Columns.DURATION, Columns.TRIAL_TYPE}) {
            if (!col.containsKey(required)) {
                throw new FormatException(source, "line 1", "no '" + required + "' column; expected at least onset,"
                        + " duration and trial_type (found " + String.join(", ", header) + ")");
            }
        }
        if (!col.containsKey(Columns.SAMPLE) && recordingRate == null) {
            throw new FormatException(source, "line 1", "no 'sample' column and no sampling rate given to compute"
                    + " samples from onsets");
        }
        int last = lines.length;
        while (last > 1 && lines[last - 1].isEmpty()) {
            last--;
        }
        List<Event> events = new ArrayList<>(last - 1);
        for (int i = 1; i < last; i++) {
            String[] cells = lines[i].split("\t", -1);
            if (cells.length != header.length) {
                throw new FormatException(source, "line " + (i + 1), cells.length + " cell(s), expected "
                        + header.length + " as in the header (tab-separated, n/a for an unused cell)");
            }
            Row row = new Row(source, i + 1, header, cells);
            events.add(row.event(col, recordingRate));
        }
        return List.copyOf(events);
    }

    /** One line being read, for error messages that name the line and the column. */
    private record Row(Path source, int line, String[] header, String[] cells) {
        Event event(Map<String, Integer> col, SamplingRate rate) throws FormatException {
            int onsetCol = col.get(Columns.ONSET);
            double onset = number(onsetCol, false);
            if (onset < 0) {
                throw error(onsetCol, "'" + cells[onsetCol] + "', expected seconds >= 0 from the recording's"
                        + " first sample");
            }
            int durationCol = col.get(Columns.DURATION);
            double duration = number(durationCol, true);
            if (duration < 0) {
                throw error(durationCol, "'" + cells[durationCol] + "', expected seconds >= 0 or n/a");
            }
            Integer sampleCol = col.get(Columns.SAMPLE);
            long sample;
            if (sampleCol == null || cells[sampleCol].equals(NA)) {
                if (rate == null) {
                    throw error(sampleCol, "n/a, and no sampling rate was given to compute the sample from the onset");
                }
                sample = rate.secondsToSample(onset);
            } else {
                sample = whole(sampleCol);
            }
            int typeCol = col.get(Columns.TRIAL_TYPE);
            String type = text(typeCol);
            if (type == null || type.isBlank()) {
                throw error(typeCol, "'" + cells[typeCol] + "', expected an event type such as fixation, item or"
                        + " feedback");
            }
            Integer trialCol = col.get(Columns.TRIAL);
            int trial = 0;
            if (trialCol != null && !cells[trialCol].equals(NA)) {
                long t = whole(trialCol);
                if (t < 1 || t > Integer.MAX_VALUE) {
                    throw error(trialCol, "'" + cells[trialCol] + "', expected a 1-based trial number or n/a");
                }
                trial = (int) t;
            }
            Map<String, String> further = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                String name = header[c];
                if (Columns.FIXED.contains(name)) {
                    continue;
                }
                if (name.equals(Columns.RESPONSE_TIME) || name.equals(Columns.ONSET_SCHEDULED)) {
                    number(c, true);
                }
                String v = text(c);
                if (v != null) {
                    further.put(name, v);
                }
            }
            return new Event(onset, duration, sample, type, trial, further);
        }

        /** The cell as text, null for n/a; an empty cell is an error. */
        String text(int c) throws FormatException {
            String v = cells[c];
            if (v.isEmpty()) {
                throw error(c, "empty cell, expected a value or n/a");
            }
            return v.equals(NA) ? null : v;
        }

        double number(int c, boolean naAllowed) throws FormatException {
            String v = cells[c];
            if (naAllowed && v.equals(NA)) {
                return Double.NaN;
            }
            if (DECIMAL.matcher(v).matches()) {
                double d = Double.parseDouble(v);
                if (Double.isFinite(d)) {
                    return d;
                }
            }
            throw error(c, "'" + v + "', expected a number in seconds" + (naAllowed ? " or n/a" : ""));
        }

        long whole(int c) throws FormatException {
            String v = cells[c];
            if (WHOLE.matcher(v).matches() && v.length() <= 18) {
                return Long.parseLong(v);
            }
            throw error(c, "'" + v + "', expected a whole number >= 0");
        }

        FormatException error(Integer c, String problem) {
            String where = c == null ? "line " + line + " (no sample column)"
                    : "line " + line + ", column " + (c + 1) + " (" + header[c] + ")";
            return new FormatException(source, where, problem);
        }
    }
}
