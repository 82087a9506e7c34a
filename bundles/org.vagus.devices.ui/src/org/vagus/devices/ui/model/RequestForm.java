package org.vagus.devices.ui.model;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vagus.core.units.SamplingRate;

/**
 * The Record dialog's fields as typed, and their checking into a {@link RecordingRequest}: the dialog only copies
 * widgets to and from a form, so the rules are plain Java and unit-tested. Every rule gives a message that names the
 * field and what is expected.
 *
 * @since 0.1.0
 */
public final class RequestForm {
    /** Where the recording goes. */
    public enum Target {
        /** A plain folder. */
        FOLDER,
        /** A participant of the open study. */
        STUDY,
        /** No file. */
        MONITOR
    }

    /** The sensor provider id. */
    public String sensor = "";
    /** The device address; blank for the only device found. */
    public String device = "";
    /** Channel names, comma-separated; blank for the default. */
    public String channels = "";
    /** The rate in Hz; blank for the default. */
    public String rate = "1000";
    /** Sensor options, {@code KEY=VALUE} comma-separated. */
    public String options = "";
    /** Where the recording goes. */
    public Target target = Target.FOLDER;
    /** The folder, for {@link Target#FOLDER}. */
    public String folder = "";
    /** The open study's folder, or null if none is open (or it is read-only). */
    public Path study;
    /** The participant label, for {@link Target#STUDY}. */
    public String participant = "";
    /** The session label, for {@link Target#STUDY}. */
    public String session = RecordingFiles.DEFAULT_SESSION;
    /** The task label, for {@link Target#STUDY}. */
    public String task = RecordingFiles.DEFAULT_TASK;

    /**
     * Checks the fields.
     *
     * @return the request
     * @throws IllegalArgumentException naming the first field that is wrong and what it expects
     */
    public RecordingRequest toRequest() {
        if (sensor == null || sensor.isBlank()) {
            throw new IllegalArgumentException("Choose a sensor.");
        }
        List<String> names = new ArrayList<>();
        for (String c : text(channels).split(",")) {
            if (!c.isBlank()) {
                if (names.stream().anyMatch(n -> n.equalsIgnoreCase(c.trim()))) {
                    throw new IllegalArgumentException("Channels: " + c.trim() + " is named twice.");
                }
                names.add(c.trim());
            }
        }
        return new RecordingRequest(sensor.trim(), text(device), names, rate(), options(), destination());
    }

    private SamplingRate rate() {
        String r = text(rate);
        if (r.isEmpty()) {
            return null;
        }
        try {
            double hz = Double.parseDouble(r);
            if (hz > 0 && Double.isFinite(hz)) {
                return SamplingRate.ofHertz(hz);
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException("Rate: '" + r + "' is not a number of hertz such as 1000.");
    }

    private Map<String, String> options() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String item : text(options).split(",")) {
            if (item.isBlank()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq <= 0 || item.substring(0, eq).isBlank()) {
                throw new IllegalArgumentException("Options: '" + item.trim() + "' is not KEY=VALUE (such as"
                        + " heartRate=60).");
            }
            map.put(item.substring(0, eq).trim(), item.substring(eq + 1).trim());
        }
        return map;
    }

    private RecordingRequest.Destination destination() {
        switch (target) {
        case MONITOR:
            return new RecordingRequest.MonitorOnly();
        case STUDY:
            if (study == null) {
                throw new IllegalArgumentException("No study is open for writing: open one (File > Open Study...) or"
                        + " record into a folder.");
            }
            if (text(participant).isEmpty()) {
                throw new IllegalArgumentException("Choose the participant.");
            }
            String s = text(session).isEmpty() ? RecordingFiles.DEFAULT_SESSION : session;
            String t = text(task).isEmpty() ? RecordingFiles.DEFAULT_TASK : task;
            return new RecordingRequest.StudyParticipant(study, participant, s, t);
        case FOLDER:
        default:
            String f = text(folder);
            if (f.isEmpty()) {
                throw new IllegalArgumentException("Folder: choose where to record.");
            }
            try {
                Path p = Path.of(f);
                if (!p.isAbsolute()) {
                    throw new IllegalArgumentException("Folder: '" + f + "' is not an absolute path.");
                }
                return new RecordingRequest.Folder(p);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("Folder: '" + f + "' is not a valid path (" + e.getReason() + ").");
            }
        }
    }

    private static String text(String s) {
        return s == null ? "" : s.trim();
    }
}
