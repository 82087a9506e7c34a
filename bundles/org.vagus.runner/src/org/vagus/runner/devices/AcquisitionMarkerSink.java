package org.vagus.runner.devices;

import java.util.Objects;

import org.vagus.core.units.SamplingRate;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.runner.MarkerSink;

/**
 * Puts the runner's markers onto a running recording: each onset and response becomes an
 * {@link Acquisition#mark(long, String) acquisition marker}, placed on the sample clock through the clock mapping
 * (with drift estimation) valid at that moment. The session and the sensor must use the same clock.
 *
 * @since 0.1.0
 */
public final class AcquisitionMarkerSink implements MarkerSink {
    private final Acquisition acquisition;

    /** @param acquisition the running acquisition engine */
    public AcquisitionMarkerSink(Acquisition acquisition) {
        this.acquisition = Objects.requireNonNull(acquisition, "acquisition");
    }

    @Override
    public SamplingRate rate() {
        return acquisition.format().rate();
    }

    @Override
    public long mark(long hostNanos, String label) {
        return acquisition.mark(hostNanos, label).sampleIndex();
    }

    @Override
    public double sampleAt(long hostNanos) {
        return acquisition.clockFit().sampleAt(hostNanos);
    }
}
