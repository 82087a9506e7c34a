package org.vagus.analysis.ui.model;

/**
 * The stretch of a recording a viewer shows: {@code [start, start + span)} seconds of a recording of {@code total}
 * seconds. Zooming keeps the time under the cursor where it is on screen; panning moves by seconds or by a fraction
 * of the span; the window never leaves the recording and never gets shorter than {@code minSpan} (a few beats) nor
 * longer than the recording. Immutable: every change returns a new window.
 *
 * @param start the first second shown, {@code 0 <= start <= total - span}
 * @param span the seconds shown, {@code minSpan <= span <= total}
 * @param total the recording's duration in seconds, > 0
 * @param minSpan the shortest span zooming in reaches, > 0
 * @since 0.1.0
 */
public record TimeWindow(double start, double span, double total, double minSpan) {
    /** The shortest span by default: 0.5 s, a QRS complex at a few pixels per millisecond. */
    public static final double DEFAULT_MIN_SPAN_S = 0.5;

    public TimeWindow {
        if (!(total > 0) || !Double.isFinite(total) || !(minSpan > 0)) {
            throw new IllegalArgumentException("time window: total " + total + " s, min span " + minSpan
                    + " s; expected both positive and finite");
        }
        double lowest = Math.min(minSpan, total);
        span = Double.isFinite(span) ? Math.max(lowest, Math.min(total, span)) : total;
        start = Double.isFinite(start) ? Math.max(0, Math.min(total - span, start)) : 0;
    }

    /** The whole recording, with the default minimum span. */
    public static TimeWindow all(double totalSeconds) {
        return new TimeWindow(0, totalSeconds, totalSeconds, DEFAULT_MIN_SPAN_S);
    }

    /** @return the second after the last shown */
    public double end() {
        return start + span;
    }

    /** The window showing {@code [from, from + seconds)}, clamped. */
    public TimeWindow showing(double from, double seconds) {
        return new TimeWindow(from, seconds, total, minSpan);
    }

    /**
     * Zooms around an anchor: the span is multiplied by {@code factor} and the anchor keeps its relative position
     * in the window (the time under the mouse stays under the mouse).
     *
     * @param factor below 1 zooms in, above 1 out
     * @param anchorSeconds the time that stays put; clamped into the window
     */
    public TimeWindow zoom(double factor, double anchorSeconds) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("zoom factor " + factor + ": expected a positive finite number");
        }
        double anchor = Math.max(start, Math.min(end(), anchorSeconds));
        double f = (anchor - start) / span;
        double newSpan = Math.max(Math.min(minSpan, total), Math.min(total, span * factor));
        return new TimeWindow(anchor - f * newSpan, newSpan, total, minSpan);
    }

    /** Moves by {@code seconds} (negative: earlier). */
    public TimeWindow pan(double seconds) {
        return new TimeWindow(start + seconds, span, total, minSpan);
    }

    /** Moves by a fraction of the span (arrow keys: 0.1 of the span per press). */
    public TimeWindow panFraction(double fraction) {
        return pan(fraction * span);
    }
}
