package org.vagus.devices.ui.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.io.bids.PhysioSidecar;
import org.vagus.study.StudyFolder;

/**
 * The names of recordings, the same as {@code vagus record} gives: {@code SENSOR_yyyyMMddTHHmmss_physio.tsv.gz} in a
 * plain folder, {@code sub-P/ses-S/beh/sub-P_ses-S_task-T_physio.tsv.gz} in a study (BIDS keeps physio beside the
 * data it accompanies; a psychophysiology task without imaging is behavioural data), with {@code _2} or
 * {@code _run-2} and so on when a name is taken. Plain Java.
 *
 * @since 0.1.0
 */
public final class RecordingFiles {
    /** The BIDS datatype folder of a session's physio recordings. */
    public static final String DATATYPE = "beh";
    /** The task label when none is given. */
    public static final String DEFAULT_TASK = "rest";
    /** The session label when none is given. */
    public static final String DEFAULT_SESSION = "01";

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]+");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

    private RecordingFiles() {
    }

    /**
     * A BIDS label without its prefix.
     *
     * @param what the field, for the message
     * @param value the label, with or without its prefix
     * @param prefix {@code sub-}, {@code ses-} or {@code task-}
     * @return the label without prefix
     * @throws IllegalArgumentException if it is not letters and digits
     */
    public static String label(String what, String value, String prefix) {
        String v = value == null ? "" : value.trim();
        if (v.startsWith(prefix)) {
            v = v.substring(prefix.length());
        }
        if (!LABEL.matcher(v).matches()) {
            throw new IllegalArgumentException(what + " '" + value + "': expected letters and digits only (a BIDS"
                    + " label), such as " + prefix + "01");
        }
        return v;
    }

    /**
     * The next free file in a plain folder.
     *
     * @param folder the folder
     * @param sensorId the sensor's id
     * @param now the time in the name
     * @return {@code folder/SENSOR_yyyyMMddTHHmmss[_N]_physio.tsv.gz}
     */
    public static Path plainFile(Path folder, String sensorId, LocalDateTime now) {
        return free(folder, sensorId + "_" + now.format(STAMP), "_");
    }

    /**
     * The next free file of a participant's session in a study, creating the session (in the study's
     * {@code _sessions.tsv}) and its datatype folder if missing.
     *
     * @param study the study, open for writing
     * @param participant the participant label
     * @param session the session label
     * @param task the task label
     * @return the file to record into
     * @throws IOException if the participant does not exist (the message lists those that do) or the session cannot
     *             be added
     */
    public static Path studyFile(StudyFolder study, String participant, String session, String task)
            throws IOException {
        List<String> known = study.study().participants().stream().map(Participant::bidsName).toList();
        Participant p = study.study().participant(participant).orElseThrow(() -> new IOException("no participant "
                + Participant.PREFIX + participant + " in study " + study.directory() + "; participants: "
                + (known.isEmpty() ? "none" : String.join(", ", known))));
        if (p.session(session).isEmpty()) {
            study.addSession(p.label(), new Session(session, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)));
        }
        Path folder = study.sessionDirectory(p.label(), session).resolve(DATATYPE);
        Files.createDirectories(folder);
        return free(folder, p.bidsName() + "_" + Session.PREFIX + session + "_task-" + task, "_run-");
    }

    private static Path free(Path dir, String base, String counter) {
        Path file = dir.resolve(base + "_physio.tsv.gz");
        for (int n = 2; Files.exists(file) || Files.exists(PhysioSidecar.sidecarOf(file)); n++) {
            file = dir.resolve(base + counter + n + "_physio.tsv.gz");
        }
        return file;
    }
}
