package org.vagus.devices.ui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vagus.devices.ChannelDescription;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.devices.acquisition.ClockFit;

/**
 * What the live monitor's status line says, as a value: sensor, rate, time on the sample clock, frames received and
 * lost, gaps, clock drift and signal quality per channel, plus where the recording goes. Made a few times a second
 * from a {@link LiveRecording} by {@link #of}; {@link #text()} renders it.
 *
 * @param state the acquisition's state, or null when nothing was started
 * @param sensor the sensor's label
 * @param rateHz the sampling rate in Hz, NaN if unknown yet
 * @param seconds the time on the sample clock: frames received and lost over the rate (0 before any)
 * @param framesReceived frames that arrived
 * @param framesLost frames lost (the sum of the gaps)
 * @param gaps the number of gaps
 * @param driftPpm the sample clock's drift against the host clock in ppm, NaN until fitted (5 s of signal)
 * @param channels the channels' names, in stream order. Copied
 * @param qualities the channels' quality, in the same order. Copied
 * @param file the recording's file, or null
 * @param message the last error or notice, or null
 * @since 0.1.0
 */
public record MonitorStatus(LiveRecording.State state, String sensor, double rateHz, double seconds,
        long framesReceived, long framesLost, int gaps, double driftPpm, List<String> channels,
        List<ChannelQuality> qualities, Path file, String message) {

    /** Copies the lists. */
    public MonitorStatus {
        channels = List.copyOf(channels);
        qualities = List.copyOf(qualities);
        if (channels.size() != qualities.size()) {
            throw new IllegalArgumentException("monitor status: " + channels.size() + " channels, " + qualities.size()
                    + " qualities");
        }
    }

    /** @return the status when nothing has been started */
    public static MonitorStatus idle() {
        return new MonitorStatus(null, "", Double.NaN, 0, 0, 0, 0, Double.NaN, List.of(), List.of(), null, null);
    }

    /**
     * The status of an acquisition now.
     *
     * @param r the acquisition's snapshot
     * @param qualities the quality of each channel in stream order (empty before the stream's format is known)
     * @return the status
     */
    public static MonitorStatus of(LiveRecording r, List<ChannelQuality> qualities) {
        Acquisition a = r.acquisition();
        List<String> names = new ArrayList<>();
        if (r.format() != null && qualities.size() == r.format().channelCount()) {
            for (ChannelDescription c : r.format().channels()) {
                names.add(c.name());
            }
        }
        List<ChannelQuality> q = names.isEmpty() ? List.of() : qualities;
        double rate = r.format() == null ? Double.NaN : r.format().rate().hertz();
        if (a == null) {
            return new MonitorStatus(r.state(), r.sensorLabel(), rate, 0, 0, 0, 0, Double.NaN, names, q, r.file(),
                    r.message());
        }
        long received = r.summary() != null ? r.summary().framesReceived() : a.framesReceived();
        long lost = r.summary() != null ? r.summary().framesLost() : a.framesLost();
        int gaps = r.summary() != null ? r.summary().gaps().size() : a.gaps().size();
        ClockFit fit = r.summary() != null ? r.summary().clockFit() : a.clockFit();
        return new MonitorStatus(r.state(), r.sensorLabel(), rate, Double.isNaN(rate) ? 0 : (received + lost) / rate,
                received, lost, gaps,
                fit.fitted() ? fit.driftPpm() : Double.NaN, names, q, r.file(), r.message());
    }

    /**
     * The status line, such as
     * {@code RUNNING | Simulated ECG, simulated | 1000 Hz | 12.0 s | received 12000 | lost 0 | gaps 0 | drift +1.2 ppm
     * | ECG OK}.
     *
     * @return the text
     */
    public String text() {
        if (state == null) {
            return "No acquisition. Record... starts one (the simulated ECG needs no hardware).";
        }
        StringBuilder s = new StringBuilder();
        s.append(state.name()).append(" | ").append(sensor);
        if (!Double.isNaN(rateHz)) {
            s.append(" | ").append(hertz(rateHz)).append(" Hz | ")
                    .append(String.format(Locale.ROOT, "%.1f s", seconds));
        }
        s.append(" | received ").append(framesReceived).append(" | lost ").append(framesLost).append(" | gaps ")
                .append(gaps).append(" | drift ")
                .append(Double.isNaN(driftPpm) ? "n/a" : String.format(Locale.ROOT, "%+.1f ppm", driftPpm));
        for (int i = 0; i < channels.size(); i++) {
            s.append(i == 0 ? " | " : ", ").append(channels.get(i)).append(' ')
                    .append(qualities.get(i).quality().label());
        }
        return s.toString();
    }

    /** @return the second line: where the recording goes and the last message, or an empty text */
    public String detail() {
        StringBuilder s = new StringBuilder();
        if (file != null) {
            s.append("Recording to ").append(file);
        } else if (state != null) {
            s.append("Not recorded (monitor only or not started)");
        }
        if (message != null) {
            s.append(s.length() > 0 ? " | " : "").append(message);
        }
        return s.toString();
    }

    private static String hertz(double hz) {
        return hz == Math.rint(hz) ? Long.toString((long) hz) : Double.toString(hz);
    }
}
