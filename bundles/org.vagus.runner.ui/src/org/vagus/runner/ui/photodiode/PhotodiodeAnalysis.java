package org.vagus.runner.ui.photodiode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.vagus.runner.TimingAudit;

/**
 * Pairs the flips a light sensor saw under the {@link PhotodiodePatch} with the onsets the timing audit reports, and
 * summarises the latency from reported onset to light: the part of the display pipeline the presenter cannot see
 * (the compositor's next refresh, scan-out to the panel's corner, the panel's response), plus the sensor's own rise
 * to half-way (see {@link FlipDetector}).
 * <h2>Pairing</h2>
 * The onsets are taken in order; each gets the first unused flip in
 * {@code [onset + window.earliest, onset + window.latest]} that also comes before the next onset plus
 * {@code window.earliest}, so that a missing flip (a screen that never reached the panel, such as a screen shorter
 * than a refresh) leaves that onset unpaired instead of shifting every later pair. The latency can therefore be
 * measured up to the shortest screen's duration. A flip of the patch belongs to every screen onset, including the
 * last blank screen that is not in the audit, so one unpaired flip at the end is normal.
 * <h2>Reported onsets</h2>
 * An audit row's reported onset is {@code scheduledSeconds + errorNanos / 1e9}: the actual onset at the clock's
 * resolution on the recording's time base, rather than {@code actualSeconds}, which is rounded to the marker's
 * sample. The light channel must be on the same recording (the same time base) as the markers.
 *
 * @since 0.1.0
 */
public final class PhotodiodeAnalysis {

    private PhotodiodeAnalysis() {
    }

    /**
     * Where a flip may lie relative to its onset.
     *
     * @param earliest the earliest, usually slightly negative to show a presenter that reports onsets too late
     *            (negative latencies) rather than hide it
     * @param latest the latest
     */
    public record Window(Duration earliest, Duration latest) {
        /** From 5 ms before the onset to 100 ms after it. */
        public static final Window DEFAULT = new Window(Duration.ofMillis(-5), Duration.ofMillis(100));

        /** @throws IllegalArgumentException if {@code latest} is not after {@code earliest} */
        public Window {
            Objects.requireNonNull(earliest, "earliest");
            Objects.requireNonNull(latest, "latest");
            if (latest.compareTo(earliest) <= 0) {
                throw new IllegalArgumentException("photodiode window: latest " + latest + " must be after earliest "
                        + earliest);
            }
        }
    }

    /**
     * An onset as the timing audit reports it.
     *
     * @param screen the audit's screen number within its run
     * @param label the screen's trial_type
     * @param seconds the reported (actual) onset on the recording's time base
     */
    public record ReportedOnset(int screen, String label, double seconds) {
    }

    /**
     * An onset with its flip.
     *
     * @param onset the reported onset
     * @param flip the flip paired with it
     */
    public record Pair(ReportedOnset onset, Flip flip) {
        /** The latency from the reported onset to the flip, in milliseconds. */
        public double latencyMillis() {
            return (flip.seconds() - onset.seconds()) * 1e3;
        }
    }

    /**
     * The outcome.
     *
     * @param pairs the paired onsets, in order
     * @param unpairedOnsets the onsets without a flip in their window
     * @param unpairedFlips the flips paired with no onset
     * @param latency the distribution of the pairs' latencies in milliseconds (median, p99 by nearest rank, max,
     *            min, mean: the definitions of the timing audit's summary)
     */
    public record Result(List<Pair> pairs, List<ReportedOnset> unpairedOnsets, List<Flip> unpairedFlips,
            TimingAudit.Summary latency) {
        public Result {
            pairs = List.copyOf(pairs);
            unpairedOnsets = List.copyOf(unpairedOnsets);
            unpairedFlips = List.copyOf(unpairedFlips);
            Objects.requireNonNull(latency, "latency");
        }

        /** One line such as {@code 100 of 100 onsets paired (1 flip unpaired): latency median 16.2 ms, ...}. */
        public String describe() {
            int n = pairs.size() + unpairedOnsets.size();
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%d of %d onsets paired with a flip",
                    pairs.size(), n));
            if (!unpairedFlips.isEmpty()) {
                sb.append(String.format(Locale.ROOT, " (%d flip%s unpaired)", unpairedFlips.size(),
                        unpairedFlips.size() == 1 ? "" : "s"));
            }
            if (!pairs.isEmpty()) {
                sb.append(String.format(Locale.ROOT, ": latency to light median %.2f ms, p99 %.2f ms, max %.2f ms"
                        + " (min %.2f ms, mean %.2f ms)", latency.median(), latency.p99(), latency.max(),
                        latency.min(), latency.mean()));
            }
            return sb.toString();
        }
    }

    /** The reported onsets of one run of an audit, in screen order. */
    public static List<ReportedOnset> onsets(List<TimingAudit.Row> audit, int run) {
        List<ReportedOnset> out = new ArrayList<>();
        for (TimingAudit.Row r : audit) {
            if (r.run() == run) {
                out.add(new ReportedOnset(r.screen(), r.label(), r.scheduledSeconds() + r.errorNanos() / 1e9));
            }
        }
        return out;
    }

    /** Detects the flips in the light channel and pairs them with one run of the audit. */
    public static Result analyse(LightSignal light, List<TimingAudit.Row> audit, int run, FlipDetector detector,
            Window window) {
        return pair(onsets(audit, run), detector.detect(light), window);
    }

    /**
     * Pairs onsets with flips as the class comment says.
     *
     * @param onsets the reported onsets, in time order
     * @param flips the flips, in time order
     * @param window where a flip may lie relative to its onset
     */
    public static Result pair(List<ReportedOnset> onsets, List<Flip> flips, Window window) {
        double earliest = window.earliest().toNanos() / 1e9;
        double latest = window.latest().toNanos() / 1e9;
        boolean[] used = new boolean[flips.size()];
        List<Pair> pairs = new ArrayList<>();
        List<ReportedOnset> unpaired = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < onsets.size(); k++) {
            ReportedOnset o = onsets.get(k);
            double lo = o.seconds() + earliest;
            double hi = o.seconds() + latest;
            if (k + 1 < onsets.size()) {
                hi = Math.min(hi, onsets.get(k + 1).seconds() + earliest);
            }
            while (from < flips.size() && flips.get(from).seconds() < lo) {
                from++;
            }
            int found = -1;
            for (int f = from; f < flips.size() && flips.get(f).seconds() <= hi; f++) {
                if (!used[f]) {
                    found = f;
                    break;
                }
            }
            if (found < 0) {
                unpaired.add(o);
            } else {
                used[found] = true;
                pairs.add(new Pair(o, flips.get(found)));
            }
        }
        List<Flip> extra = new ArrayList<>();
        for (int f = 0; f < flips.size(); f++) {
            if (!used[f]) {
                extra.add(flips.get(f));
            }
        }
        double[] ms = pairs.stream().mapToDouble(Pair::latencyMillis).toArray();
        return new Result(pairs, unpaired, extra, TimingAudit.summarize(ms));
    }
}
