package org.vagus.devices.simulation.ecg;

/**
 * A physiological response that an event (for example a 'Wrong' feedback screen) triggers in the simulated heart.
 * Scheduled on an {@link EcgSimulator} at a sample index with {@link EcgSimulator#schedule(long, EventResponse)};
 * it acts on the RR process, so the response is in the generated ECG itself and a detector finds it in the beats.
 *
 * @since 0.1.0
 */
public sealed interface EventResponse permits HeartRateResponse, VariabilityResponse {

    /**
     * How long after the event the response is still non-negligible, in seconds; the simulator forgets the event
     * afterwards. {@link Double#POSITIVE_INFINITY} for a response that never ends.
     */
    double extentS();
}
