package org.vagus.devices.acquisition;

import java.util.Objects;

/**
 * Frames the device produced but the host never received. In the ring buffers and the recording their samples
 * are NaN ({@code n/a} rows in the physio file), so sample indices stay true; the gaps are also listed here and
 * in the sidecar's {@code VagusGaps}.
 *
 * @param firstSample the sample index of the first lost frame
 * @param frames how many consecutive frames were lost, >= 1
 * @param hostNanos the host time the gap was noticed
 * @param reason why, from the sensor's {@link org.vagus.devices.SensorEvent.Gap} if it said, otherwise
 *            {@code sample index jump}
 * @since 0.1.0
 */
public record AcquisitionGap(long firstSample, long frames, long hostNanos, String reason) {
    /** @throws IllegalArgumentException if the index is negative or no frame was lost */
    public AcquisitionGap {
        Objects.requireNonNull(reason, "reason");
        if (firstSample < 0 || frames < 1) {
            throw new IllegalArgumentException("gap at " + firstSample + " of " + frames + " frames");
        }
    }

    /** @return the index after the last lost frame */
    public long endSample() {
        return firstSample + frames;
    }
}
