package org.vagus.devices.ui.model;

import java.nio.file.Path;
import java.util.Objects;

import org.vagus.devices.StreamFormat;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.devices.acquisition.AcquisitionSummary;

/**
 * One acquisition the monitor shows, as the controller last published it: an immutable snapshot, replaced (never
 * changed) when the state changes. The {@link #acquisition()} it refers to is live: its counters and ring buffers
 * move while it runs, and the monitor reads them without ever making the acquisition wait.
 *
 * @param serial a number that tells acquisitions apart (1, 2, ... per controller)
 * @param state where it is in its life
 * @param request what was asked for
 * @param sensorLabel the sensor's name and device id, such as {@code Simulated ECG (ECGSYN model), simulated}, or
 *            the request's sensor id before the sensor is open
 * @param format the stream's layout, or null before the sensor is open
 * @param acquisition the running (or finished) engine, or null before it starts
 * @param file the recording's data file, or null when monitoring only or before it is chosen
 * @param message what the user should know: the last sensor error, why it failed, or null
 * @param summary the summary once stopped, else null
 * @since 0.1.0
 */
public record LiveRecording(long serial, State state, RecordingRequest request, String sensorLabel, StreamFormat format,
        Acquisition acquisition, Path file, String message, AcquisitionSummary summary) {

    /** The life of an acquisition started from the UI. */
    public enum State {
        /** The job opens the sensor and the file. */
        STARTING,
        /** Blocks arrive; the monitor draws them. */
        RUNNING,
        /** Stop was asked; the job stops the sensor and completes the file. */
        STOPPING,
        /** Ended and the file is complete. */
        STOPPED,
        /** Could not start, or ended on an error; {@link LiveRecording#message()} says why. */
        FAILED;

        /** @return true while the acquisition has not ended */
        public boolean isActive() {
            return this == STARTING || this == RUNNING || this == STOPPING;
        }
    }

    /** @throws NullPointerException if the state, request or label is null */
    public LiveRecording {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(sensorLabel, "sensor label");
    }

    /**
     * @param serial the serial number
     * @param request what was asked for
     * @return a snapshot of a request whose job has just been scheduled
     */
    public static LiveRecording starting(long serial, RecordingRequest request) {
        return new LiveRecording(serial, State.STARTING, request, request.sensorId(), null, null, null, null, null);
    }

    /**
     * @param newState the new state
     * @return a copy in this state
     */
    public LiveRecording with(State newState) {
        return new LiveRecording(serial, newState, request, sensorLabel, format, acquisition, file, message, summary);
    }

    /**
     * @param text the message, or null
     * @return a copy with this message
     */
    public LiveRecording withMessage(String text) {
        return new LiveRecording(serial, state, request, sensorLabel, format, acquisition, file, text, summary);
    }

    /**
     * @param label the sensor's label
     * @param streamFormat the stream's layout
     * @param engine the running engine
     * @param dataFile the recording's file, or null
     * @return a copy that is running
     */
    public LiveRecording running(String label, StreamFormat streamFormat, Acquisition engine, Path dataFile) {
        return new LiveRecording(serial, State.RUNNING, request, label, streamFormat, engine, dataFile, message, null);
    }

    /**
     * @param end {@link State#STOPPED} or {@link State#FAILED}
     * @param s the summary, or null if the engine never ran
     * @return a copy that has ended
     */
    public LiveRecording ended(State end, AcquisitionSummary s) {
        return new LiveRecording(serial, end, request, sensorLabel, format, acquisition, file, message, s);
    }
}
