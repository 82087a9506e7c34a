package org.vagus.devices.ui.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * Timing of the live monitor's redraws over a period: how long each frame took on the UI thread in wall time and in
 * the thread's CPU time (the wall time includes waiting for the X server and for the processor on a busy machine),
 * and how much CPU the UI thread used in all (frames, paints and whatever else the workbench did). Plain Java; the
 * caller measures (with {@link System#nanoTime()} and the thread's CPU time) and reports with {@link #summary}.
 *
 * @since 0.1.0
 */
public final class FrameStats {
    private long[] durations = new long[1024];
    private long[] cpuDurations = new long[1024];
    private int count;
    private long startWall;
    private long startCpu;

    /**
     * Starts a period.
     *
     * @param wallNanos the wall clock now ({@link System#nanoTime()})
     * @param cpuNanos the UI thread's CPU time now, or -1 if not measurable
     */
    public void start(long wallNanos, long cpuNanos) {
        count = 0;
        startWall = wallNanos;
        startCpu = cpuNanos;
    }

    /**
     * Adds one frame.
     *
     * @param nanos how long it took, wall time
     * @param cpuNanos the UI thread's CPU time it took, or -1 if not measurable
     */
    public void add(long nanos, long cpuNanos) {
        if (count == durations.length) {
            durations = Arrays.copyOf(durations, count * 2);
            cpuDurations = Arrays.copyOf(cpuDurations, count * 2);
        }
        cpuDurations[count] = cpuNanos;
        durations[count++] = nanos;
    }

    /** @return the frames added in this period */
    public int count() {
        return count;
    }

    /** @return the wall time the period started at */
    public long startWall() {
        return startWall;
    }

    /**
     * The figures of the period so far.
     *
     * @param wallNanos the wall clock now
     * @param cpuNanos the UI thread's CPU time now, or -1
     * @return the summary
     */
    public Summary summary(long wallNanos, long cpuNanos) {
        double wall = (wallNanos - startWall) / 1e9;
        double cpu = cpuNanos < 0 || startCpu < 0 || wall <= 0 ? Double.NaN : (cpuNanos - startCpu) / 1e9 / wall * 100;
        double[] w = figures(durations);
        double[] c = figures(cpuDurations);
        return new Summary(count, wall, w[0], w[1], w[2], c[0], c[1], cpu);
    }

    /** Mean, 95th percentile (nearest rank) and maximum in milliseconds; NaN without frames or measurements. */
    private double[] figures(long[] values) {
        long[] d = Arrays.copyOf(values, count);
        Arrays.sort(d);
        if (count == 0 || d[0] < 0) {
            return new double[] { Double.NaN, Double.NaN, Double.NaN };
        }
        double sum = 0;
        for (long v : d) {
            sum += v;
        }
        int p95 = (int) Math.min(count - 1, Math.ceil(0.95 * count) - 1);
        return new double[] { sum / count / 1e6, d[p95] / 1e6, d[count - 1] / 1e6 };
    }

    /**
     * @param frames the frames drawn
     * @param seconds the wall time of the period
     * @param meanMs the mean redraw time (wall)
     * @param p95Ms the 95th percentile (nearest rank, wall)
     * @param maxMs the longest (wall)
     * @param meanCpuMs the mean redraw time in UI-thread CPU time
     * @param p95CpuMs the 95th percentile in UI-thread CPU time
     * @param uiCpuPercent the UI thread's CPU use in percent of one core, NaN if not measurable
     */
    public record Summary(int frames, double seconds, double meanMs, double p95Ms, double maxMs, double meanCpuMs,
            double p95CpuMs, double uiCpuPercent) {
        /** @return frames per second */
        public double rate() {
            return seconds <= 0 ? Double.NaN : frames / seconds;
        }

        /** @return one line for the log */
        public String text() {
            return String.format(Locale.ROOT, "%d frames in %.1f s (%.1f/s), redraw wall mean %.2f ms, p95 %.2f ms,"
                    + " max %.2f ms; redraw CPU mean %.2f ms, p95 %.2f ms; UI thread CPU %.1f %%", frames, seconds,
                    rate(), meanMs, p95Ms, maxMs, meanCpuMs, p95CpuMs, uiCpuPercent);
        }
    }
}
