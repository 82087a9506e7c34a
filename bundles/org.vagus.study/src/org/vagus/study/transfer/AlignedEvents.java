package org.vagus.study.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vagus.core.units.SamplingRate;
import org.vagus.io.FormatException;
import org.vagus.io.bids.EventsTsv;

/**
 * Moves a runner's events file onto a recording's time base: the onset and onset_scheduled columns are mapped with
 * an {@link Alignment} and the sample column is recomputed from the new onset at the recording's rate; every other
 * cell, the header and the line order stay as they were. The result is checked with {@link EventsTsv#parse}.
 *
 * @since 0.1.0
 */
public final class AlignedEvents {
    private static final String NA = "n/a";
    /** Events the runner does not pulse ({@code OutputPulseMarkerSink.ONSETS}): the participant's responses. */
    private static final String RESPONSE = "response";

    private AlignedEvents() {
    }

    /**
     * The onsets that have a trigger pulse: every event but responses, ascending.
     *
     * @throws FormatException if the file is not a valid events file
     */
    public static double[] pulsedOnsets(String text, Path source) throws FormatException {
        return EventsTsv.parse(text, source, null).stream().filter(e -> !RESPONSE.equals(e.trialType()))
                .mapToDouble(e -> e.onset()).sorted().toArray();
    }

    /** The number of events in the file. */
    public static int count(String text, Path source) throws FormatException {
        return EventsTsv.parse(text, source, null).size();
    }

    /**
     * The events text on the recording's time base.
     *
     * @param text the runner's events file
     * @param source its path, for messages
     * @param alignment runner time to recording time
     * @param rate the recording's sampling rate, for the sample column
     * @throws FormatException naming the line if an event falls before the recording's first sample (a negative
     *             onset), or if the input is malformed
     */
    public static String rewrite(String text, Path source, Alignment alignment, SamplingRate rate)
            throws FormatException {
        return rewrite(text, source, alignment, rate, Long.MAX_VALUE);
    }

    /**
     * As {@link #rewrite(String, Path, Alignment, SamplingRate)}, also refusing an event that falls after the
     * recording's last sample (a recording stopped before the task ended, or a wrong stated offset).
     *
     * @param samples the recording's sample count
     */
    public static String rewrite(String text, Path source, Alignment alignment, SamplingRate rate, long samples)
            throws FormatException {
        EventsTsv.parse(text, source, null);
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String[] lines = text.split("\r?\n", -1);
        String[] header = lines[0].replace("\uFEFF", "").split("\t", -1);
        int onset = indexOf(header, "onset");
        int scheduled = indexOf(header, "onset_scheduled");
        int sample = indexOf(header, "sample");
        List<String> out = new ArrayList<>(lines.length);
        out.add(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                out.add(lines[i]);
                continue;
            }
            String[] cells = lines[i].split("\t", -1);
            double t = alignment.toRecording(Double.parseDouble(cells[onset]));
            if (t < 0) {
                throw new FormatException(source, "line " + (i + 1) + ", column onset", "event at " + cells[onset]
                        + " s on the runner's clock falls at " + seconds(t) + " s, before the recording's first"
                        + " sample; the recording must start before the task's first event");
            }
            if (samples != Long.MAX_VALUE && rate.secondsToSample(t) > samples - 1) {
                throw new FormatException(source, "line " + (i + 1) + ", column onset", "event at " + cells[onset]
                        + " s on the runner's clock falls at " + seconds(t) + " s, after the recording's last sample ("
                        + seconds((samples - 1) / rate.hertz()) + " s); the recording must cover the whole task");
            }
            cells[onset] = seconds(t);
            if (scheduled >= 0 && !cells[scheduled].equals(NA)) {
                cells[scheduled] = seconds(alignment.toRecording(Double.parseDouble(cells[scheduled])));
            }
            if (sample >= 0) {
                cells[sample] = Long.toString(rate.secondsToSample(t));
            }
            out.add(String.join("\t", cells));
        }
        String result = String.join(newline, out);
        EventsTsv.parse(result, source, rate);
        return result;
    }

    private static int indexOf(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Seconds as the runner writes them: at most 6 decimals (1 µs), no trailing zeros. */
    static String seconds(double s) {
        BigDecimal d = new BigDecimal(s).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
