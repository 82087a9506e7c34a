package org.vagus.devices.simulation.ecg;

/**
 * An event-locked change of heart-rate variability: for {@code durationS} seconds, starting {@code latencyS}
 * after the event, the power of the LF and HF components of the RR process is multiplied by
 * {@code 1 + lfPowerChange} and {@code 1 + hfPowerChange} (for example {@code hfPowerChange = -0.4}: HF power
 * reduced by 40 %, vagal withdrawal). The change fades in and out over raised-cosine ramps of {@code rampS}
 * seconds inside the duration, so the amplitude envelope has no steps. Several overlapping responses multiply.
 * <p>
 * The components' amplitudes are scaled by the square root of the power factor before the RR interval of each
 * beat is taken, so the normalised HF power (nHF) of the generated beats moves accordingly.
 *
 * @param lfPowerChange relative change of LF power, &gt;= -1 (-1 removes it)
 * @param hfPowerChange relative change of HF power, &gt;= -1
 * @param latencyS start after the event, in seconds, &gt;= 0
 * @param durationS length of the change including both ramps, in seconds, &gt; 0
 * @param rampS length of each ramp, in seconds, 0 to {@code durationS / 2}
 * @since 0.1.0
 */
public record VariabilityResponse(double lfPowerChange, double hfPowerChange, double latencyS, double durationS,
        double rampS) implements EventResponse {

    /**
     * @throws IllegalArgumentException if a value is out of range
     */
    public VariabilityResponse {
        if (!(lfPowerChange >= -1) || !(hfPowerChange >= -1) || Double.isInfinite(lfPowerChange)
                || Double.isInfinite(hfPowerChange)) {
            throw new IllegalArgumentException("variability response power changes: LF " + lfPowerChange + ", HF "
                    + hfPowerChange + ", expected finite values >= -1 (relative change of power)");
        }
        if (!(latencyS >= 0) || Double.isInfinite(latencyS)) {
            throw new IllegalArgumentException("variability response latency: " + latencyS + " s, expected >= 0");
        }
        if (!(durationS > 0) || Double.isInfinite(durationS)) {
            throw new IllegalArgumentException("variability response duration: " + durationS + " s, expected > 0");
        }
        if (!(rampS >= 0) || rampS > durationS / 2) {
            throw new IllegalArgumentException("variability response ramp: " + rampS + " s, expected 0 to half the "
                    + "duration (" + durationS / 2 + " s)");
        }
    }

    /** An HF power change alone: {@code new VariabilityResponse(0, hfPowerChange, latencyS, durationS, rampS)}. */
    public static VariabilityResponse hf(double hfPowerChange, double latencyS, double durationS, double rampS) {
        return new VariabilityResponse(0, hfPowerChange, latencyS, durationS, rampS);
    }

    /** The envelope, 0 to 1, at {@code s} seconds after the event: 0 before and after, 1 between the ramps. */
    public double envelopeAt(double s) {
        double u = s - latencyS;
        if (!(u > 0) || u >= durationS) {
            return 0;
        }
        double edge = Math.min(u, durationS - u);
        return edge >= rampS ? 1 : 0.5 * (1 - Math.cos(Math.PI * edge / rampS));
    }

    @Override
    public double extentS() {
        return latencyS + durationS;
    }
}
