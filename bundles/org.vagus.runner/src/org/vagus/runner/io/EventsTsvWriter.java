package org.vagus.runner.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.vagus.core.model.Event;
import org.vagus.core.model.Event.Columns;
import org.vagus.study.AtomicFiles;

/**
 * Writes a BIDS events file ({@code *_events.tsv}; BIDS 1.10, "Task events") with the columns pinned in
 * {@link Columns#ALL} (onset, duration, sample, trial_type, trial, item_code, response, response_time, feedback,
 * onset_scheduled) in that order, then any further columns the events carry, in order of first appearance. UTF-8,
 * tab-separated, {@code n/a} in unused cells (a duration still open, trial 0, an absent column); seconds with up to
 * 6 decimals (1 µs), trailing zeros dropped. Tabs and line breaks inside values become spaces. Read back by
 * {@link org.vagus.io.bids.EventsTsv}. Written atomically (temporary file, flush, rename).
 *
 * @since 0.1.0
 */
public final class EventsTsvWriter {
    private static final String NA = "n/a";

    private EventsTsvWriter() {
    }

    /** Writes the events to a file, atomically. */
    public static void write(Path file, List<Event> events) throws IOException {
        AtomicFiles.writeString(file, format(events));
    }

    /** The file text of the events. */
    public static String format(List<Event> events) {
        Set<String> extra = new LinkedHashSet<>();
        for (Event e : events) {
            for (String c : e.columns().keySet()) {
                if (!Columns.ALL.contains(c)) {
                    extra.add(c);
                }
            }
        }
        List<String> header = new ArrayList<>(Columns.ALL);
        header.addAll(extra);
        StringBuilder sb = new StringBuilder(64 * (events.size() + 1));
        sb.append(String.join("\t", header)).append('\n');
        for (Event e : events) {
            for (int i = 0; i < header.size(); i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                sb.append(cell(e, header.get(i)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String cell(Event e, String column) {
        return switch (column) {
            case Columns.ONSET -> seconds(e.onset());
            case Columns.DURATION -> e.hasDuration() ? seconds(e.duration()) : NA;
            case Columns.SAMPLE -> Long.toString(e.sample());
            case Columns.TRIAL_TYPE -> clean(e.trialType());
            case Columns.TRIAL -> e.trial() == 0 ? NA : Integer.toString(e.trial());
            default -> e.column(column).map(EventsTsvWriter::clean).orElse(NA);
        };
    }

    /** Seconds as written in events files: up to 6 decimals, trailing zeros dropped ({@code 20}, {@code 1.5}). */
    public static String seconds(double s) {
        if (!Double.isFinite(s)) {
            return NA;
        }
        BigDecimal d = new BigDecimal(s).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static String clean(String v) {
        String s = v.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        return s.isEmpty() ? NA : s;
    }
}
