package org.vagus.devices.acquisition;

/**
 * The mapping between a sensor's sample index and the host's monotonic clock at one moment, as estimated by a
 * {@link DriftEstimator}: a straight line {@code host(i) = refNanos + offsetNanos + slopeNanos * (i - refIndex)}.
 * Immutable.
 * <p>
 * The slope is the host time per sample; against the nominal period it gives the clock drift:
 * {@code driftPpm = (slope / nominalPeriod - 1) * 1e6}, positive when the device samples slower than it claims
 * (as seen by the host clock), for example +50 ppm is 1000.05 &micro;s per sample at a nominal 1000 Hz, 3 ms per
 * minute.
 *
 * @param nominalPeriodNanos the period the sensor claims, {@code 1e9 / rate}
 * @param refIndex the sample index the line is anchored at (the oldest point of the window)
 * @param refNanos the host time anchoring the line (the arrival of {@code refIndex})
 * @param slopeNanos host nanoseconds per sample
 * @param offsetNanos host time of {@code refIndex} relative to {@code refNanos} on the line
 * @param rmsResidualNanos root mean square of the arrival times about the least-squares line
 * @param maxResidualNanos the largest absolute residual
 * @param points the number of arrivals in the window
 * @param spanSamples the window's extent in samples
 * @param fitted true if the slope was fitted; false while the window is too short (the nominal slope is used)
 * @since 0.1.0
 */
public record ClockFit(double nominalPeriodNanos, long refIndex, long refNanos, double slopeNanos, double offsetNanos,
        double rmsResidualNanos, double maxResidualNanos, int points, long spanSamples, boolean fitted) {

    /**
     * The mapping before any arrival: sample 0 at {@code startNanos}, nominal period.
     *
     * @param nominalPeriodNanos the nominal sampling period in nanoseconds
     * @param startNanos the host time of sample 0
     * @return the nominal mapping
     */
    public static ClockFit nominal(double nominalPeriodNanos, long startNanos) {
        return new ClockFit(nominalPeriodNanos, 0, startNanos, nominalPeriodNanos, 0, Double.NaN, Double.NaN, 0, 0,
                false);
    }

    /** @return the drift in parts per million: {@code (slope / nominal - 1) * 1e6}; 0 while not fitted */
    public double driftPpm() {
        return (slopeNanos / nominalPeriodNanos - 1) * 1e6;
    }

    /**
     * @param sampleIndex a sample index (any: before, within or beyond the window)
     * @return the host time of that sample on the line, in nanoseconds
     */
    public long hostNanosAt(long sampleIndex) {
        return refNanos + Math.round(offsetNanos + slopeNanos * (sampleIndex - refIndex));
    }

    /**
     * @param hostNanos a host clock time
     * @return the (fractional) sample index at that time on the line
     */
    public double sampleAt(long hostNanos) {
        return refIndex + ((hostNanos - refNanos) - offsetNanos) / slopeNanos;
    }

    /**
     * @param hostNanos a host clock time
     * @return the sample nearest to that time ({@link Math#round(double)} of {@link #sampleAt(long)})
     */
    public long nearestSample(long hostNanos) {
        return Math.round(sampleAt(hostNanos));
    }
}
