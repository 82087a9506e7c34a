package org.vagus.study.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vagus.core.VagusInfo;
import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.study.AtomicFiles;
import org.vagus.study.Tsv;

/** Writes the TSV files and the README of a study folder; every write is atomic. */
public final class StudyWriter {
    public static final String README = "README.md";

    private StudyWriter() {
    }

    /** participants.tsv: participant_id, then {@code columns}; absent attributes are n/a. */
    public static void writeParticipants(Path dir, List<String> columns, List<Participant> participants) throws IOException {
        List<String> header = new ArrayList<>();
        header.add(Participant.ID_COLUMN);
        header.addAll(columns);
        List<List<String>> rows = new ArrayList<>();
        for (Participant p : participants) {
            List<String> row = new ArrayList<>();
            row.add(p.bidsName());
            for (String column : columns) {
                row.add(p.attributes().getOrDefault(column, Tsv.NA));
            }
            rows.add(row);
        }
        Tsv.write(dir.resolve(StudyReader.PARTICIPANTS_TSV), header, rows);
    }

    /**
     * Creates the session folders of a participant and rewrites its sessions.tsv with one row per session in model
     * order; further columns of an existing file are kept.
     */
    public static void writeSessions(Path dir, Participant p) throws IOException {
        Path participantDir = dir.resolve(p.bidsName());
        for (Session s : p.sessions()) {
            Files.createDirectories(participantDir.resolve(s.bidsName()));
        }
        AtomicFiles.forceDirectory(participantDir);
        Path file = StudyReader.sessionsFile(participantDir, p);
        List<String> header = new ArrayList<>(List.of(StudyReader.SESSION_ID, StudyReader.ACQ_TIME));
        Map<String, Tsv.Row> existing = new HashMap<>();
        Tsv.Table old = null;
        if (Files.exists(file)) {
            old = Tsv.read(file);
            for (String column : old.header()) {
                if (!header.contains(column)) {
                    header.add(column);
                }
            }
            int id = old.column(StudyReader.SESSION_ID);
            for (Tsv.Row row : old.rows()) {
                existing.put(row.cells().get(id), row);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (Session s : p.sessions()) {
            List<String> row = new ArrayList<>();
            Tsv.Row before = existing.get(s.bidsName());
            for (String column : header) {
                if (column.equals(StudyReader.SESSION_ID)) {
                    row.add(s.bidsName());
                } else if (column.equals(StudyReader.ACQ_TIME)) {
                    row.add(s.acquisitionTimeIfKnown().map(t -> t.truncatedTo(ChronoUnit.MICROS))
                            .map(DateTimeFormatter.ISO_LOCAL_DATE_TIME::format).orElse(Tsv.NA));
                } else {
                    row.add(before == null ? Tsv.NA : old.cell(before, column).orElse(Tsv.NA));
                }
            }
            rows.add(row);
        }
        Tsv.write(file, header, rows);
    }

    /**
     * Writes the files of a new study; .vagus/study.json first, so that an interrupted creation still reads as a
     * Vagus study.
     */
    public static void writeNewStudy(Path dir, String name, List<String> columns, int formatVersion) throws IOException {
        StudyJson.writeStudyJson(dir, formatVersion);
        StudyJson.writeDatasetDescription(dir, name);
        writeParticipants(dir, columns, List.of());
        describeParticipantColumns(dir, columns);
        writeReadme(dir, name);
    }

    /** Adds descriptions to participants.json for participant_id and any of {@code columns} it lacks. */
    public static void describeParticipantColumns(Path dir, List<String> columns) throws IOException {
        List<String> described = new ArrayList<>(List.of(Participant.ID_COLUMN));
        described.addAll(columns);
        StudyJson.describeParticipantColumns(dir, described);
    }

    /** A README stub for a new study. */
    public static void writeReadme(Path dir, String name) throws IOException {
        AtomicFiles.writeString(dir.resolve(README), "# " + name + "\n\n"
                + "A study in BIDS layout (BIDS " + StudyJson.BIDS_VERSION + "), created by " + VagusInfo.nameAndVersion()
                + ".\n\nDescribe the study here: aims, paradigm, equipment, ethics approval.\n\n"
                + "participants.tsv holds participant codes (sub-01, ...) and study variables only, never names,\n"
                + "contact details or birth dates. Keep the key that links codes to people outside this folder.\n");
    }
}
