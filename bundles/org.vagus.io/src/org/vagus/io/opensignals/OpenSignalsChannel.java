package org.vagus.io.opensignals;

import java.util.Objects;

/**
 * One analog channel of a device as the OpenSignals header describes it.
 *
 * @param number the channel (port) number: {@code 2} for BITalino A2, {@code 1} for biosignalsplux CH1
 * @param label the label ({@code A2}, {@code CH1})
 * @param sensor the sensor name ({@code ECG}, {@code EDA}, ...)
 * @param resolution the ADC resolution in bits
 * @since 0.1.0
 */
public record OpenSignalsChannel(int number, String label, String sensor, int resolution) {
    public OpenSignalsChannel {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(sensor, "sensor");
    }

    /** The largest ADC code: {@code 2^resolution - 1}. */
    public long maxCode() {
        return (1L << resolution) - 1;
    }
}
