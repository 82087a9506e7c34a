package org.vagus.devices.ui.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.vagus.core.units.SamplingRate;

/**
 * What the Record dialog asks for: which sensor and device, which channels at which rate, and where the recording
 * goes. Defaults follow {@code vagus record}: no address means the only device the sensor finds, no channels the
 * sensor's first ECG channel (else its first), no rate 1000 Hz if offered (else the highest).
 *
 * @param sensorId the {@link org.vagus.devices.SensorProvider#id()}, such as {@code simulated} or {@code bitalino}
 * @param address the device address (a serial port, {@code simulated}), or null for the only device found
 * @param channels channel names in file column order, empty for the default. Copied
 * @param rate the sampling rate, or null for the default
 * @param options sensor options ({@code heartRate=60}, {@code A2=ECG}). Copied
 * @param destination where to record
 * @since 0.1.0
 */
public record RecordingRequest(String sensorId, String address, List<String> channels, SamplingRate rate,
        Map<String, String> options, Destination destination) {
    /** @throws IllegalArgumentException if the sensor id is blank */
    public RecordingRequest {
        Objects.requireNonNull(sensorId, "sensor id");
        if (sensorId.isBlank()) {
            throw new IllegalArgumentException("recording request: expected a sensor id");
        }
        address = address == null || address.isBlank() ? null : address.trim();
        channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
        options = Map.copyOf(Objects.requireNonNull(options, "options"));
        Objects.requireNonNull(destination, "destination");
    }

    /** @return a short description for job names and logs: {@code simulated (simulated) -> /data/x} */
    public String describe() {
        return sensorId + (address == null ? "" : " (" + address + ")") + " -> " + destination.describe();
    }

    /**
     * Where a recording goes.
     *
     * @since 0.1.0
     */
    public sealed interface Destination {
        /** @return a short description */
        String describe();
    }

    /**
     * A plain folder: {@code DIR/SENSOR_yyyyMMddTHHmmss_physio.tsv.gz} and its sidecar.
     *
     * @param folder the folder, created if missing
     */
    public record Folder(Path folder) implements Destination {
        /** @throws NullPointerException if the folder is null */
        public Folder {
            Objects.requireNonNull(folder, "folder");
        }

        @Override
        public String describe() {
            return folder.toString();
        }
    }

    /**
     * A participant of a study: {@code sub-P/ses-S/beh/sub-P_ses-S_task-T[_run-N]_physio.tsv.gz}; the session is
     * added if missing; the study stays locked while recording.
     *
     * @param study the study folder
     * @param participant the participant label without {@code sub-}
     * @param session the session label without {@code ses-}
     * @param task the task label without {@code task-}
     */
    public record StudyParticipant(Path study, String participant, String session, String task) implements Destination {
        /** @throws IllegalArgumentException if a label is not letters and digits */
        public StudyParticipant {
            Objects.requireNonNull(study, "study");
            participant = RecordingFiles.label("participant", participant, "sub-");
            session = RecordingFiles.label("session", session, "ses-");
            task = RecordingFiles.label("task", task, "task-");
        }

        @Override
        public String describe() {
            return study + " sub-" + participant + " ses-" + session + " task-" + task;
        }
    }

    /** No file: the signals are only shown. */
    public record MonitorOnly() implements Destination {
        @Override
        public String describe() {
            return "monitor only, not recorded";
        }
    }
}
