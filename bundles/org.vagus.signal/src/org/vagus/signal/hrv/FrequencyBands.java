package org.vagus.signal.hrv;

/**
 * The three contiguous HRV bands: VLF {@code [0, vlfUpperHz]}, LF {@code [vlfUpperHz, lfUpperHz]}, HF
 * {@code [lfUpperHz, hfUpperHz]}; the total power spans {@code [0, hfUpperHz]}, so total - VLF = LF + HF, the
 * denominator of the normalised powers. Defaults (Task Force 1996, Eur Heart J 17:354): 0.04, 0.15, 0.4 Hz.
 *
 * @param vlfUpperHz upper edge of VLF = lower edge of LF, in hertz
 * @param lfUpperHz upper edge of LF = lower edge of HF, in hertz
 * @param hfUpperHz upper edge of HF and of the total power, in hertz
 * @since 0.1.0
 */
public record FrequencyBands(double vlfUpperHz, double lfUpperHz, double hfUpperHz) {
    public FrequencyBands {
        if (!(vlfUpperHz > 0) || !(lfUpperHz > vlfUpperHz) || !(hfUpperHz > lfUpperHz)
                || Double.isInfinite(hfUpperHz)) {
            throw new IllegalArgumentException("band edges " + vlfUpperHz + ", " + lfUpperHz + ", " + hfUpperHz
                    + " Hz: expected 0 < VLF upper < LF upper < HF upper, finite");
        }
    }

    /** VLF 0-0.04 Hz, LF 0.04-0.15 Hz, HF 0.15-0.4 Hz (Task Force 1996). */
    public static FrequencyBands taskForce() {
        return new FrequencyBands(0.04, 0.15, 0.4);
    }

    /** The band edges {@code {0, vlfUpper, lfUpper, hfUpper}}. */
    double[] edges() {
        return new double[] {0, vlfUpperHz, lfUpperHz, hfUpperHz};
    }

    @Override
    public String toString() {
        return "VLF 0-" + vlfUpperHz + " Hz, LF " + vlfUpperHz + "-" + lfUpperHz + " Hz, HF " + lfUpperHz + "-"
                + hfUpperHz + " Hz";
    }
}
