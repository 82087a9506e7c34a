package org.vagus.study.transfer;

import java.util.Arrays;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Aligns a recording made on another computer with the task runner's events by the trigger pulses the runner
 * sent into it ({@code vagus run --pulse-output O1} wired to the BITalino's I1): detects the pulses' rising edges
 * in the recorded channel and fits {@code pulse = offset + rate * onset} (seconds) to the event onsets.
 * <p>
 * Matching is robust to pulses that were lost (two onsets closer than a pulse merge into one, a loose wire) and
 * to extra pulses (noise, a test pulse before the task): every pulse-onset pair proposes an offset, each proposal
 * is scored by the number of onsets that then have a pulse within the tolerance (ties: the smaller sum of squared
 * residuals), and the best is refined by least squares on its matches (Commons Math {@link SimpleRegression}),
 * which also estimates the ratio of the two clocks' rates; matching and fitting are repeated until the matches
 * stop changing. Pairs are only proposed between pulse and onset numbers at most {@link #PAIR_WINDOW} (plus the
 * difference of the counts) apart, which keeps the search linear in practice: a pulse list that is off by more
 * than that many pulses at its start is not a trigger record of this task.
 * <p>
 * Plain Java, stateless, thread-safe.
 *
 * @since 0.1.0
 */
public final class PulseAlignment {
    /** The fewest onset-pulse pairs an alignment stands on. */
    static final int MIN_MATCHES = 3;
    /** The least share of the onsets that must find their pulse. */
    static final double MIN_MATCHED_FRACTION = 0.5;
    /** The largest accepted deviation of the clock-rate ratio from 1 (1000 ppm). */
    static final double MAX_RATE_DEVIATION = 1e-3;

    /** The default match tolerance, in seconds: far below the seconds between a task's onsets. */
    public static final double DEFAULT_TOLERANCE_S = 0.05;
    /** How far apart in number a pulse and an onset may be to propose an offset (see the class comment). */
    public static final int PAIR_WINDOW = 20;
    private static final int MAX_ROUNDS = 10;

    private PulseAlignment() {
    }

    /**
     * The times of the rising edges of a digital or analog pulse channel. The threshold is halfway between the
     * channel's lowest and highest sample (NaN samples are skipped); an edge is a crossing of the threshold from
     * below, and the channel must fall below a quarter of the range above the low level before the next edge counts
     * (hysteresis against noise on an analog channel). Each edge time is interpolated linearly between the two
     * samples around the crossing, so a digital step between samples i-1 and i gives (i - 0.5) / rate.
     *
     * @param samples the channel's samples
     * @param rateHz its sampling rate in Hz
     * @return the edge times in seconds from the first sample, ascending; empty for a flat channel
     */
    public static double[] risingEdges(double[] samples, double rateHz) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double v : samples) {
            if (!Double.isNaN(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        if (!(high > low)) {
            return new double[0];
        }
        double threshold = low + 0.5 * (high - low);
        double rearm = low + 0.25 * (high - low);
        double[] edges = new double[16];
        int n = 0;
        boolean armed = false;
        double previous = Double.NaN;
        for (int i = 0; i < samples.length; i++) {
            double v = samples[i];
            if (Double.isNaN(v)) {
                previous = v;
                continue;
            }
            if (armed && v >= threshold) {
                double position = Double.isNaN(previous) || previous >= threshold ? i
                        : i - 1 + (threshold - previous) / (v - previous);
                if (n == edges.length) {
                    edges = Arrays.copyOf(edges, 2 * n);
                }
                edges[n++] = position / rateHz;
                armed = false;
            } else if (!armed && v < rearm) {
                armed = true;
            } else if (i == 0 && v < threshold) {
                armed = true;
            }
            previous = v;
        }
        return Arrays.copyOf(edges, n);
    }

    /**
     * Matches pulses to onsets and fits the clock mapping.
     *
     * @param onsets the event onsets on the runner's clock, in seconds, ascending
     * @param pulses the pulse times on the recording's clock, in seconds, ascending
     * @param toleranceS the largest residual of a match, in seconds (see {@link #DEFAULT_TOLERANCE_S})
     * @return the alignment ({@link Alignment#TRIGGER})
     * @throws IllegalArgumentException if there are no onsets or pulses, the input is not ascending, or no pulse
     *             matches an onset
     */
    public static Alignment align(double[] onsets, double[] pulses, double toleranceS) {
        if (onsets.length == 0 || pulses.length == 0) {
            throw new IllegalArgumentException("trigger alignment needs onsets and pulses; found " + onsets.length
                    + " onset(s) and " + pulses.length + " pulse(s)");
        }
        if (!(toleranceS > 0)) {
            throw new IllegalArgumentException("match tolerance " + toleranceS + " s: expected > 0");
        }
        checkAscending("onsets", onsets);
        checkAscending("pulses", pulses);
        int window = PAIR_WINDOW + Math.abs(pulses.length - onsets.length);
        int[] best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        int bestCount = 0;
        for (int i = 0; i < onsets.length; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(pulses.length - 1, i + window);
            for (int j = from; j <= to; j++) {
                int[] match = match(onsets, pulses, pulses[j] - onsets[i], 1, toleranceS);
                int count = count(match);
                double score = sumOfSquares(onsets, pulses, match, pulses[j] - onsets[i], 1);
                if (count > bestCount || (count == bestCount && count > 0 && score < bestScore)) {
                    best = match;
                    bestCount = count;
                    bestScore = score;
                }
            }
        }
        if (bestCount == 0) {
            throw new IllegalArgumentException("no pulse lies within " + toleranceS * 1000 + " ms of an onset for"
                    + " any offset: " + pulses.length + " pulse(s), " + onsets.length + " onset(s)");
        }
        double[] fit = fit(onsets, pulses, best);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int[] next = match(onsets, pulses, fit[0], fit[1], toleranceS);
            if (count(next) == 0 || Arrays.equals(next, best)) {
                break;
            }
            best = next;
            fit = fit(onsets, pulses, best);
        }
        double sum = 0;
        double max = 0;
        int matched = 0;
        for (int i = 0; i < onsets.length; i++) {
            if (best[i] >= 0) {
                double r = pulses[best[i]] - (fit[0] + fit[1] * onsets[i]);
                sum += r * r;
                max = Math.max(max, Math.abs(r));
                matched++;
            }
        }
        // a pulse always matches its own onset, so one or two matches prove nothing (noise edges, a spike that moved
        // the threshold, the wrong channel): ask for at least half of the onsets and three pairs, and a clock-rate
        // ratio a real pair of clocks can have (crystals differ by tens of ppm; 1000 ppm is far beyond)
        int needed = Math.max(MIN_MATCHES, (int) Math.ceil(onsets.length * MIN_MATCHED_FRACTION));
        if (matched < needed) {
            throw new IllegalArgumentException("only " + matched + " of " + onsets.length + " onsets have a pulse within "
                    + toleranceS * 1000 + " ms; expected at least " + needed + " (is it the right channel, and does it"
                    + " carry one pulse per onset?)");
        }
        if (Math.abs(fit[1] - 1) > MAX_RATE_DEVIATION) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "the fitted clock-rate ratio %.6f"
                    + " is %.0f ppm from 1, more than the %.0f ppm two clocks can differ by: the pulses do not follow"
                    + " the onsets (%d of %d matched)", fit[1], (fit[1] - 1) * 1e6, MAX_RATE_DEVIATION * 1e6, matched,
                    onsets.length));
        }
        return new Alignment(Alignment.TRIGGER, fit[0], fit[1], Math.sqrt(sum / matched) * 1000, max * 1000, matched,
                onsets.length);
    }

    /**
     * For each onset the index of the pulse nearest to {@code offset + rate * onset} if within the tolerance, else
     * -1; each pulse is used once (onsets and pulses ascending, so a single forward sweep finds them).
     */
    private static int[] match(double[] onsets, double[] pulses, double offset, double rate, double tolerance) {
        int[] match = new int[onsets.length];
        int k = 0;
        int lastUsed = -1;
        for (int i = 0; i < onsets.length; i++) {
            double t = offset + rate * onsets[i];
            while (k + 1 < pulses.length && pulses[k + 1] <= t) {
                k++;
            }
            int nearest = -1;
            double distance = Double.POSITIVE_INFINITY;
            for (int c = k; c <= k + 1 && c < pulses.length; c++) {
                if (c > lastUsed && Math.abs(pulses[c] - t) < distance) {
                    nearest = c;
                    distance = Math.abs(pulses[c] - t);
                }
            }
            if (nearest >= 0 && distance <= tolerance) {
                match[i] = nearest;
                lastUsed = nearest;
            } else {
                match[i] = -1;
            }
        }
        return match;
    }

    private static int count(int[] match) {
        int n = 0;
        for (int m : match) {
            if (m >= 0) {
                n++;
            }
        }
        return n;
    }

    private static double sumOfSquares(double[] onsets, double[] pulses, int[] match, double offset, double rate) {
        double s = 0;
        for (int i = 0; i < onsets.length; i++) {
            if (match[i] >= 0) {
                double r = pulses[match[i]] - (offset + rate * onsets[i]);
                s += r * r;
            }
        }
        return s;
    }

    /** {offset, rate} by least squares on the matches; the rate is 1 with fewer than two distinct onsets. */
    private static double[] fit(double[] onsets, double[] pulses, int[] match) {
        SimpleRegression regression = new SimpleRegression(true);
        double first = Double.NaN;
        boolean spread = false;
        double meanDifference = 0;
        int n = 0;
        for (int i = 0; i < onsets.length; i++) {
            if (match[i] >= 0) {
                regression.addData(onsets[i], pulses[match[i]]);
                meanDifference += pulses[match[i]] - onsets[i];
                n++;
                if (Double.isNaN(first)) {
                    first = onsets[i];
                } else if (onsets[i] != first) {
                    spread = true;
                }
            }
        }
        if (!spread) {
            return new double[] {meanDifference / n, 1};
        }
        return new double[] {regression.getIntercept(), regression.getSlope()};
    }

    private static void checkAscending(String what, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i]) || (i > 0 && values[i] < values[i - 1])) {
                throw new IllegalArgumentException(what + "[" + i + "] = " + values[i]
                        + ": expected finite times in ascending order");
            }
        }
    }
}
