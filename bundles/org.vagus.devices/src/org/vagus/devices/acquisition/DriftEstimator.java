package org.vagus.devices.acquisition;

/**
 * Estimates how a sensor's sample clock runs against the host clock from the arrival times of its blocks: an
 * ordinary least-squares line of arrival time against sample index over a sliding window of the most recent
 * arrivals, giving the drift (slope against the nominal period, in ppm) and the scatter of arrivals about it
 * (the residual, mostly transport jitter).
 * <p>
 * For the mapping the line is then lowered onto the earliest arrivals (the smallest residual in the window): a
 * block is never received before it was sampled and its delay varies upwards from a floor (USB polling, Bluetooth
 * scheduling), so the least-delayed arrivals are the best witnesses of the sampling instant; this is the
 * minimum-delay idea of NTP's clock filter (D. L. Mills, "Internet time synchronization: the Network Time
 * Protocol", IEEE Trans. Commun. 39(10), 1991). The constant part of the delay cannot be seen from the host; a
 * known value (measured once with a photodiode or loop-back) is subtracted as {@code latencyNanos}.
 * <p>
 * While the window spans less than {@code minFitSpanSamples}, the slope is not fitted (a few blocks would give a
 * wild slope) and the nominal period is used with the same lowering.
 * <p>
 * Not thread-safe: the acquisition thread feeds it and publishes the {@link ClockFit} snapshots it makes. Arrays
 * of primitives, no allocation per arrival.
 *
 * @since 0.1.0
 */
public final class DriftEstimator {
    private final double nominalPeriodNanos;
    private final long windowSamples;
    private final long minFitSpanSamples;
    private final long latencyNanos;
    private final long[] index;
    private final long[] nanos;
    private int head;
    private int size;

    /**
     * @param nominalPeriodNanos the sensor's nominal sampling period in ns (1e6 at 1000 Hz), > 0
     * @param windowSamples the sliding window's extent in samples (60 s at 1000 Hz: 60000), >= 1
     * @param maxPoints the most arrivals kept (older ones are dropped first), >= 2
     * @param minFitSpanSamples the least window extent, in samples, at which the slope is fitted
     * @param latencyNanos a known constant delay from sampling to arrival, subtracted in the mapping, >= 0
     */
    public DriftEstimator(double nominalPeriodNanos, long windowSamples, int maxPoints, long minFitSpanSamples,
            long latencyNanos) {
        if (!(nominalPeriodNanos > 0) || windowSamples < 1 || maxPoints < 2 || minFitSpanSamples < 0
                || latencyNanos < 0) {
            throw new IllegalArgumentException("drift estimator: period " + nominalPeriodNanos + " ns, window "
                    + windowSamples + " samples, " + maxPoints + " points, min span " + minFitSpanSamples
                    + ", latency " + latencyNanos + " ns; expected period > 0, window >= 1, points >= 2,"
                    + " span >= 0, latency >= 0");
        }
        this.nominalPeriodNanos = nominalPeriodNanos;
        this.windowSamples = windowSamples;
        this.minFitSpanSamples = minFitSpanSamples;
        this.latencyNanos = latencyNanos;
        this.index = new long[maxPoints];
        this.nanos = new long[maxPoints];
    }

    /**
     * Adds an arrival. Arrivals whose index is not above the previous one are ignored.
     *
     * @param sampleIndex the sample index of the frame that arrived (for a block, its last frame)
     * @param arrivalNanos the host time it arrived
     */
    public void add(long sampleIndex, long arrivalNanos) {
        if (size > 0 && sampleIndex <= index[(head + size - 1) % index.length]) {
            return;
        }
        if (size == index.length) {
            head = (head + 1) % index.length;
            size--;
        }
        int at = (head + size) % index.length;
        index[at] = sampleIndex;
        nanos[at] = arrivalNanos;
        size++;
        while (size > 2 && sampleIndex - index[head] > windowSamples) {
            head = (head + 1) % index.length;
            size--;
        }
    }

    /** @return the number of arrivals in the window */
    public int size() {
        return size;
    }

    /** Forgets every arrival (after the sensor restarted its sample index). */
    public void clear() {
        head = 0;
        size = 0;
    }

    /**
     * Fits the window.
     *
     * @param fallback returned while the window is empty (the nominal mapping from the start time)
     * @return the current mapping
     */
    public ClockFit fit(ClockFit fallback) {
        if (size == 0) {
            return fallback;
        }
        int n = size;
        int cap = index.length;
        long x0 = index[head];
        long t0 = nanos[head];
        long span = index[(head + n - 1) % cap] - x0;
        double mx = 0;
        double mt = 0;
        for (int k = 0; k < n; k++) {
            int j = (head + k) % cap;
            mx += index[j] - x0;
            mt += nanos[j] - t0;
        }
        mx /= n;
        mt /= n;
        boolean fitted = n >= 3 && span >= minFitSpanSamples && span > 0;
        double slope = nominalPeriodNanos;
        if (fitted) {
            double sxx = 0;
            double sxt = 0;
            for (int k = 0; k < n; k++) {
                int j = (head + k) % cap;
                double dx = index[j] - x0 - mx;
                sxx += dx * dx;
                sxt += dx * (nanos[j] - t0 - mt);
            }
            slope = sxt / sxx;
        }
        double intercept = mt - slope * mx;
        double sumSq = 0;
        double min = Double.POSITIVE_INFINITY;
        double maxAbs = 0;
        for (int k = 0; k < n; k++) {
            int j = (head + k) % cap;
            double r = (nanos[j] - t0) - (intercept + slope * (index[j] - x0));
            sumSq += r * r;
            min = Math.min(min, r);
            maxAbs = Math.max(maxAbs, Math.abs(r));
        }
        return new ClockFit(nominalPeriodNanos, x0, t0, slope, intercept + min - latencyNanos, Math.sqrt(sumSq / n),
                maxAbs, n, span, fitted);
    }
}
