package org.vagus.study.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.core.model.Study;
import org.vagus.study.StudyFormatException;
import org.vagus.study.Tsv;

/**
 * Reads participants and sessions: participants.tsv (file order), then any sub-* folder it lacks (name order);
 * for each participant its sub-X_sessions.tsv (file order), then any ses-* folder it lacks (name order).
 */
public final class StudyReader {
    public static final String PARTICIPANTS_TSV = "participants.tsv";
    public static final String SESSION_ID = "session_id";
    public static final String ACQ_TIME = "acq_time";

    /**
     * What was read.
     *
     * @param study the model
     * @param columns the participants.tsv columns after participant_id, including columns that are all n/a
     */
    public record Contents(Study study, List<String> columns) {
    }

    private StudyReader() {
    }

    public static Contents read(Path dir, String name) throws IOException {
        Map<String, Participant> participants = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>();
        Path tsv = dir.resolve(PARTICIPANTS_TSV);
        if (Files.exists(tsv)) {
            Tsv.Table table = Tsv.read(tsv);
            if (!table.header().get(0).equals(Participant.ID_COLUMN)) {
                throw new StudyFormatException(tsv, 1, "first column is '" + table.header().get(0) + "', expected "
                        + Participant.ID_COLUMN);
            }
            columns.addAll(table.header().subList(1, table.header().size()));
            Map<String, Integer> firstLine = new LinkedHashMap<>();
            for (Tsv.Row row : table.rows()) {
                String label = label(table, row, row.cells().get(0), Participant.PREFIX, Participant.ID_COLUMN);
                Integer previous = firstLine.putIfAbsent(label, row.line());
                if (previous != null) {
                    throw table.error(row, Participant.ID_COLUMN + " '" + row.cells().get(0)
                            + "' appears twice (first on line " + previous + ")");
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                for (String column : columns) {
                    table.cell(row, column).ifPresent(v -> attributes.put(column, v));
                }
                participants.put(label, new Participant(label, attributes, List.of()));
            }
        }
        for (String label : subfolderLabels(dir, Participant.PREFIX)) {
            participants.putIfAbsent(label, Participant.of(label));
        }
        List<Participant> result = new ArrayList<>();
        for (Participant p : participants.values()) {
            result.add(p.withSessions(readSessions(dir.resolve(p.bidsName()), p)));
        }
        return new Contents(new Study(idOf(dir), name, result), List.copyOf(columns));
    }

    /** The sessions.tsv of a participant: {@code sub-X/sub-X_sessions.tsv}. */
    public static Path sessionsFile(Path participantDir, Participant p) {
        return participantDir.resolve(p.bidsName() + "_sessions.tsv");
    }

    private static List<Session> readSessions(Path participantDir, Participant p) throws IOException {
        Map<String, Session> sessions = new LinkedHashMap<>();
        Path tsv = sessionsFile(participantDir, p);
        if (Files.exists(tsv)) {
            Tsv.Table table = Tsv.read(tsv);
            int idColumn = table.column(SESSION_ID);
            if (idColumn < 0) {
                throw new StudyFormatException(tsv, 1, "no " + SESSION_ID + " column; expected " + SESSION_ID + " and "
                        + ACQ_TIME + " (columns: " + String.join(", ", table.header()) + ")");
            }
            Map<String, Integer> firstLine = new LinkedHashMap<>();
            for (Tsv.Row row : table.rows()) {
                String label = label(table, row, row.cells().get(idColumn), Session.PREFIX, SESSION_ID);
                Integer previous = firstLine.putIfAbsent(label, row.line());
                if (previous != null) {
                    throw table.error(row, SESSION_ID + " '" + row.cells().get(idColumn) + "' appears twice (first on line "
                            + previous + ")");
                }
                LocalDateTime acq = null;
                String text = table.cell(row, ACQ_TIME).orElse(null);
                if (text != null) {
                    acq = parseAcqTime(table, row, text);
                }
                sessions.put(label, new Session(label, acq));
            }
        }
        for (String label : subfolderLabels(participantDir, Session.PREFIX)) {
            sessions.putIfAbsent(label, Session.of(label));
        }
        return List.copyOf(sessions.values());
    }

    /** BIDS acq_time: {@code YYYY-MM-DDThh:mm:ss[.000000][Z]}; a trailing Z is accepted and the time kept as written. */
    private static LocalDateTime parseAcqTime(Tsv.Table table, Tsv.Row row, String text) throws StudyFormatException {
        String local = text.endsWith("Z") ? text.substring(0, text.length() - 1) : text;
        try {
            return LocalDateTime.parse(local, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw table.error(row, ACQ_TIME + " '" + text + "' is not a date and time; expected YYYY-MM-DDThh:mm:ss"
                    + " such as 2025-03-01T09:30:00");
        }
    }

    private static String label(Tsv.Table table, Tsv.Row row, String id, String prefix, String column)
            throws StudyFormatException {
        if (!id.startsWith(prefix)) {
            throw table.error(row, column + " '" + id + "' lacks the '" + prefix + "' prefix; expected " + prefix
                    + "<label> such as " + prefix + "01");
        }
        String label = id.substring(prefix.length());
        try {
            return prefix.equals(Participant.PREFIX) ? Participant.of(label).label() : Session.of(label).label();
        } catch (IllegalArgumentException e) {
            throw table.error(row, column + " '" + id + "': the label after '" + prefix
                    + "' must be letters and digits only");
        }
    }

    private static List<String> subfolderLabels(Path dir, String prefix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> labels = new ArrayList<>();
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (!name.startsWith(prefix) || !Files.isDirectory(child)) {
                    continue;
                }
                String label = name.substring(prefix.length());
                if (!label.matches("[A-Za-z0-9]+")) {
                    throw new StudyFormatException(child, 0, "folder name is not " + prefix
                            + "<label> with a label of letters and digits only");
                }
                labels.add(label);
            }
        }
        return labels;
    }

    static String idOf(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? dir.toAbsolutePath().toString() : name.toString();
    }
}
