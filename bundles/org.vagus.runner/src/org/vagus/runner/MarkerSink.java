package org.vagus.runner;

import org.vagus.core.units.SamplingRate;

/**
 * Where the runner puts its markers: every screen onset and every response goes onto the recording's sample clock,
 * so that events and physiology share one time base. The acquisition engine implements it through
 * {@link org.vagus.runner.devices.AcquisitionMarkerSink}; without a recording (headless runs, tests) a
 * {@link NominalRecording} stands in with a nominal sample clock.
 *
 * @since 0.1.0
 */
public interface MarkerSink {

    /** The recording's sampling rate: onsets in the events file are {@code sample / rate}. */
    SamplingRate rate();

    /**
     * Places a marker.
     *
     * @param hostNanos when it happened, on the session's clock (which must be the clock the recording's samples
     *            are stamped with)
     * @param label what it marks (the events trial_type)
     * @return the sample index nearest to that time
     */
    long mark(long hostNanos, String label);

    /**
     * Maps a time to the sample clock without placing a marker (for scheduled onsets).
     *
     * @return the fractional sample index at that time
     */
    double sampleAt(long hostNanos);
}
