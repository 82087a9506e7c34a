package org.vagus.study.transfer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the task runner's clock maps onto a recording made elsewhere: {@code t_recording = offset + rate * t_runner}
 * (seconds), with the residual error of the events that were matched to trigger pulses.
 *
 * @param method {@link #TRIGGER} (pulses in a recorded channel) or {@link #CLOCK} (an offset the user stated)
 * @param offsetSeconds the recording time of the runner's time zero, in seconds (negative when the recording
 *            started after it)
 * @param rateRatio recording seconds per runner second; 1 for {@link #CLOCK}. 1 + 50e-6 means the recording's
 *            clock runs 50 ppm fast relative to the runner's
 * @param residualRmsMs root mean square of {@code pulse - mapped onset} over the matches, in ms; NaN for {@link #CLOCK}
 * @param residualMaxMs the largest absolute residual, in ms; NaN for {@link #CLOCK}
 * @param matched the number of onsets matched to a pulse (0 for {@link #CLOCK})
 * @param onsets the number of onsets that could have been matched
 * @since 0.1.0
 */
public record Alignment(String method, double offsetSeconds, double rateRatio, double residualRmsMs,
        double residualMaxMs, int matched, int onsets) {
    /** Alignment by pulses detected in a trigger channel. */
    public static final String TRIGGER = "trigger";
    /** Alignment by a clock offset stated by the user. */
    public static final String CLOCK = "clock";
    /** The physio sidecar field holding {@link #toSidecar()}. */
    public static final String SIDECAR_FIELD = "VagusAlignment";

    /** @throws IllegalArgumentException if the offset or rate is not finite or the rate is not positive */
    public Alignment {
        Objects.requireNonNull(method, "method");
        if (!Double.isFinite(offsetSeconds) || !Double.isFinite(rateRatio) || rateRatio <= 0) {
            throw new IllegalArgumentException("alignment offset " + offsetSeconds + " s, rate " + rateRatio
                    + ": expected a finite offset and a positive rate ratio");
        }
    }

    /**
     * The alignment of a recording that started {@code recordingStartSeconds} after the runner's time zero, by the
     * user's word: the offset is its negative, the rate 1, no residuals.
     */
    public static Alignment clock(double recordingStartSeconds, int onsets) {
        return new Alignment(CLOCK, -recordingStartSeconds, 1, Double.NaN, Double.NaN, 0, onsets);
    }

    /** A runner time in seconds on the recording's time base. */
    public double toRecording(double runnerSeconds) {
        return offsetSeconds + rateRatio * runnerSeconds;
    }

    /**
     * The sidecar field value: method, offset_s, rate_ratio, and for {@link #TRIGGER} residual_rms_ms,
     * residual_max_ms, matched and onsets.
     */
    public Map<String, Object> toSidecar() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method);
        m.put("offset_s", offsetSeconds);
        m.put("rate_ratio", rateRatio);
        if (Double.isFinite(residualRmsMs)) {
            m.put("residual_rms_ms", residualRmsMs);
            m.put("residual_max_ms", residualMaxMs);
        }
        if (TRIGGER.equals(method)) {
            m.put("matched", matched);
        }
        m.put("onsets", onsets);
        return m;
    }

    /** One line for people, such as the command line's output. */
    public String describe() {
        if (!TRIGGER.equals(method)) {
            return String.format(java.util.Locale.ROOT, "clock alignment: runner time 0 at %.6f s of the recording"
                    + " (stated, not measured; %d onsets moved)", offsetSeconds, onsets);
        }
        return String.format(java.util.Locale.ROOT, "trigger alignment: offset %.6f s, rate ratio %.8f (%+.1f ppm),"
                + " %d/%d onsets matched, residual RMS %.3f ms, max %.3f ms", offsetSeconds, rateRatio,
                (rateRatio - 1) * 1e6, matched, onsets, residualRmsMs, residualMaxMs);
    }
}
