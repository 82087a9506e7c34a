package org.vagus.runner;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The timing audit of a session: for every screen its scheduled onset, its actual onset (as the
 * {@link Presenter} defines it) and the difference, with a summary. The error of a screen is
 * {@code actual - scheduled} on the session's clock, in nanoseconds; it is never negative with a well-behaved
 * presenter.
 *
 * @since 0.1.0
 */
public final class TimingAudit {

    private TimingAudit() {
    }

    /**
     * One screen of the audit.
     *
     * @param run the run (1 for a session without interruption)
     * @param screen the 1-based screen number within the run
     * @param label the screen's events trial_type
     * @param trial the 1-based trial, 0 outside trials
     * @param scheduledSeconds the scheduled onset in seconds on the recording's time base
     * @param actualSeconds the actual onset in seconds on the recording's time base (the marker's sample)
     * @param errorNanos actual minus scheduled onset on the session's clock
     */
    public record Row(int run, int screen, String label, int trial, double scheduledSeconds, double actualSeconds,
            long errorNanos) {
        public Row {
            Objects.requireNonNull(label, "label");
        }

        /** The onset error in milliseconds. */
        public double errorMillis() {
            return errorNanos / 1e6;
        }
    }

    /**
     * The distribution of onset errors, in milliseconds.
     *
     * @param screens how many screens
     * @param median the median (the mean of the two middle values for an even count)
     * @param p99 the 99th percentile by the nearest-rank method: the {@code ceil(0.99 n)}-th smallest error
     * @param max the largest
     * @param min the smallest
     * @param mean the mean
     */
    public record Summary(int screens, double median, double p99, double max, double min, double mean) {
        /** One line such as {@code 49 screens: onset error median 0.012 ms, p99 0.104 ms, max 0.231 ms}. */
        public String describe() {
            if (screens == 0) {
                return "no screens";
            }
            return String.format(Locale.ROOT, "%d screens: onset error median %.3f ms, p99 %.3f ms, max %.3f ms"
                    + " (min %.3f ms, mean %.3f ms)", screens, median, p99, max, min, mean);
        }
    }

    /** The summary of a list of rows; all zeros (and 0 screens) if empty. */
    public static Summary summarize(List<Row> rows) {
        double[] ms = rows.stream().mapToDouble(Row::errorMillis).toArray();
        return summarize(ms);
    }

    /** The summary of onset errors in milliseconds. */
    public static Summary summarize(double[] errorsMillis) {
        int n = errorsMillis.length;
        if (n == 0) {
            return new Summary(0, 0, 0, 0, 0, 0);
        }
        double[] s = errorsMillis.clone();
        Arrays.sort(s);
        double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        int rank = (int) Math.ceil(0.99 * n);
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        return new Summary(n, median, s[Math.max(0, rank - 1)], s[n - 1], s[0], sum / n);
    }

    /**
     * The audit as TSV: {@code run screen trial_type trial onset_scheduled onset_actual error_ms}, onsets in
     * seconds on the recording's time base, the error in milliseconds from the session's clock (not rounded to
     * samples).
     */
    public static String tsv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("run\tscreen\ttrial_type\ttrial\tonset_scheduled\tonset_actual\terror_ms\n");
        for (Row r : rows) {
            sb.append(r.run()).append('\t').append(r.screen()).append('\t').append(r.label()).append('\t')
                    .append(r.trial() == 0 ? "n/a" : Integer.toString(r.trial())).append('\t')
                    .append(String.format(Locale.ROOT, "%.6f\t%.6f\t%.4f", r.scheduledSeconds(), r.actualSeconds(),
                            r.errorMillis()))
                    .append('\n');
        }
        return sb.toString();
    }
}
