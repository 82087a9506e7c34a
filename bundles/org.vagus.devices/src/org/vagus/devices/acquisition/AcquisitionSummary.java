package org.vagus.devices.acquisition;

import java.util.List;

import org.vagus.devices.SensorEvent;
import org.vagus.io.bids.PhysioSidecar;

/**
 * What an acquisition produced, returned by {@link Acquisition#finish()}.
 *
 * @param sampleCount samples per channel on the sample clock, lost ones included (the recording's rows)
 * @param framesReceived frames that arrived
 * @param framesLost frames lost (the sum of the gaps)
 * @param gaps the gaps in order
 * @param markers the markers in sample order
 * @param clockFit the last clock fit (drift, residual)
 * @param sidecar the recording's final sidecar, or null if nothing was recorded
 * @param events every event the sensor reported, in order
 * @since 0.1.0
 */
public record AcquisitionSummary(long sampleCount, long framesReceived, long framesLost, List<AcquisitionGap> gaps,
        List<Marker> markers, ClockFit clockFit, PhysioSidecar sidecar, List<SensorEvent> events) {
    /** Copies the lists. */
    public AcquisitionSummary {
        gaps = List.copyOf(gaps);
        markers = List.copyOf(markers);
        events = List.copyOf(events);
    }
}
