package org.vagus.paradigm.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vagus.paradigm.Timeline;

/**
 * The timeline preview's geometry, computed without a display: each screen of the session as a bar on the lane of
 * its event type (fixation, item, feedback, rest, ...), placed at its nominal onset. Self-paced screens take no
 * time on the axis and are marked where they start; a negative duration (a validation error) is drawn as a marker
 * too, so the bars never overlap. The total is {@link Timeline#fixedTotal()}, what {@code vagus paradigm show}
 * prints.
 *
 * @param bars the screens in session order
 * @param lanes the lanes' labels, in order of first appearance
 * @param totalMs the sum of the fixed durations, negative ones included (as the validator sees them)
 * @param spanMs the length of the axis: the sum of the non-negative fixed durations
 * @param summary the timeline's one-line summary
 * @since 0.1.0
 */
public record TimelineLayout(List<Bar> bars, List<String> lanes, long totalMs, long spanMs, String summary) {

    /**
     * One screen.
     *
     * @param path the element's path
     * @param label its event type
     * @param lane the index of its lane
     * @param startMs its nominal onset from the session start, not counting self-paced screens
     * @param lengthMs its length on the axis (0 for a marker)
     * @param selfPaced true if it lasts until a response
     * @param negative true if its duration is negative
     */
    public record Bar(String path, String label, int lane, long startMs, long lengthMs, boolean selfPaced,
            boolean negative) {
        /** True if the bar is drawn as a marker rather than a bar. */
        public boolean isMarker() {
            return selfPaced || negative || lengthMs == 0;
        }
    }

    public TimelineLayout {
        bars = List.copyOf(bars);
        lanes = List.copyOf(lanes);
    }

    /** Lays out a timeline. */
    public static TimelineLayout of(Timeline timeline) {
        List<Bar> bars = new ArrayList<>();
        List<String> lanes = new ArrayList<>();
        long t = 0;
        for (Timeline.Entry e : timeline.entries()) {
            int lane = lanes.indexOf(e.label());
            if (lane < 0) {
                lanes.add(e.label());
                lane = lanes.size() - 1;
            }
            long ms = e.fixed().toMillis();
            boolean negative = ms < 0;
            long length = negative ? 0 : ms;
            bars.add(new Bar(e.path(), e.label(), lane, t, length, e.timing().selfPaced(), negative));
            t += length;
        }
        return new TimelineLayout(bars, lanes, timeline.fixedTotal().toMillis(), t, timeline.summary());
    }

    /** The x of a time on an axis of {@code width} pixels starting at {@code left}. */
    public int x(long ms, int left, int width) {
        if (spanMs <= 0) {
            return left;
        }
        return left + (int) Math.round((double) ms * width / spanMs);
    }

    /** The time at an x on an axis of {@code width} pixels starting at {@code left}. */
    public long time(int x, int left, int width) {
        if (width <= 0) {
            return 0;
        }
        return Math.round((double) (x - left) * spanMs / width);
    }

    /**
     * The bar on a lane at a time, or the marker within {@code toleranceMs} of it (markers have no length).
     */
    public Optional<Bar> barAt(int lane, long ms, long toleranceMs) {
        Bar nearest = null;
        long best = Long.MAX_VALUE;
        for (Bar b : bars) {
            if (b.lane() != lane) {
                continue;
            }
            if (!b.isMarker() && ms >= b.startMs() && ms < b.startMs() + b.lengthMs()) {
                return Optional.of(b);
            }
            long d = Math.abs(b.startMs() - ms);
            if (b.isMarker() && d <= toleranceMs && d < best) {
                nearest = b;
                best = d;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** The bars of an element and of everything inside it (a trial's phases, a task's screens). */
    public List<Bar> within(String path) {
        return bars.stream().filter(b -> ParadigmPaths.isWithin(b.path(), path)).toList();
    }

    /**
     * A tick spacing for the axis: the smallest of 1, 2, 5 x 10^n seconds (from 1 s) that puts ticks at least
     * {@code minPixels} apart.
     */
    public long tickStepMs(int width, int minPixels) {
        if (spanMs <= 0 || width <= 0) {
            return 1000;
        }
        long step = 1000;
        int[] factors = {1, 2, 5};
        for (int i = 0;; i++) {
            long candidate = step * factors[i % 3];
            if ((double) candidate * width / spanMs >= minPixels) {
                return candidate;
            }
            if (i % 3 == 2) {
                step *= 10;
            }
        }
    }

    /** The total as text: {@code 656 s (10 min 56 s)}. */
    public String totalText() {
        String s = TimingText.format(java.time.Duration.ofMillis(totalMs)) + " s";
        long whole = Math.abs(totalMs / 1000);
        return whole >= 60 ? s + " (" + (totalMs < 0 ? "-" : "") + whole / 60 + " min " + whole % 60 + " s)" : s;
    }
}
