package org.vagus.devices.simulation;

import org.vagus.devices.simulation.ecg.EventResponse;

/**
 * The capability of a simulated ECG sensor ({@link SimulatedEcgSensor}, found with
 * {@code sensor.capability(SimulatedHeart.class)}) to take event-locked responses, as a paradigm's 'Wrong'
 * feedback triggers them, and to tell the true R peaks of what it produced, so detectors and analyses can be
 * checked against known truth.
 * <p>
 * Sample indices are those of the running acquisition (0 is its first frame). Thread-safe.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1.0
 */
public interface SimulatedHeart {

    /**
     * Schedules a response to an event at a sample index. While acquiring, the index must not have been produced
     * yet; before {@code start}, the response waits for the next acquisition.
     *
     * @throws IllegalArgumentException if acquiring and the sample has already been produced
     */
    void schedule(long sampleIndex, EventResponse response);

    /**
     * Schedules a response to an event at a host clock time, converted to the first sample due at or after it at
     * the acquisition's pace; if that sample has already been produced (the stream runs ahead of real time, or the
     * caller is late), the next sample not yet produced is used instead.
     *
     * @return the sample index the response was scheduled at
     * @throws IllegalStateException if the sensor is not acquiring
     */
    long scheduleAtHostTime(long hostNanos, EventResponse response);

    /** The number of samples produced by the current (or last) acquisition. */
    long producedSamples();

    /** Sample indices of the true R peaks among the samples produced by the current (or last) acquisition. */
    long[] trueBeatSamples();

    /** Exact times of those R peaks, in seconds from sample 0. */
    double[] trueBeatTimesS();
}
