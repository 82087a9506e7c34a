package org.vagus.signal.hrv;

import org.vagus.signal.filter.Biquad;

/**
 * Zero-phase high-pass detrending: a second-order Butterworth high-pass designed by the bilinear transform with
 * pre-warping ({@link Biquad#butterworthHighPass}) run forward and then backward over the series (as
 * {@code scipy.signal.filtfilt} does). The phase cancels and the magnitude is squared: a fourth-order response
 * whose gain at {@code cutoffHz} is 1/2 (-6 dB), {@code 1/(1 + (fc/f)^4)} in the analogue limit. The seed study
 * high-passes at 0.02 Hz.
 * <p>
 * Edges: the series is extended at both ends by its point reflection about the end sample (odd extension, as
 * filtfilt's default padding) over three time constants {@code 3 fs / fc} samples (or the series length), and each
 * pass starts in the filter's steady state for that first value (the first value is subtracted; a high-pass maps
 * a constant to zero), so the output has no start-up transient.
 *
 * @param cutoffHz the -6 dB frequency of the forward-backward filter (default 0.02 Hz)
 * @since 0.1.0
 */
public record ZeroPhaseHighPass(double cutoffHz) implements Detrending {
    /** The seed study's cut-off, in hertz. */
    public static final double DEFAULT_CUTOFF_HZ = 0.02;

    public ZeroPhaseHighPass {
        if (!(cutoffHz > 0) || Double.isInfinite(cutoffHz)) {
            throw new IllegalArgumentException("high-pass cut-off " + cutoffHz + " Hz: expected a finite value > 0");
        }
    }

    @Override
    public double[] detrend(double[] x, double fs) {
        int n = x.length;
        if (n < 2) {
            return new double[n];
        }
        Biquad hp = Biquad.butterworthHighPass(cutoffHz, fs);
        int pad = (int) Math.min(n - 1, Math.ceil(3 * fs / cutoffHz));
        int m = n + 2 * pad;
        double[] e = new double[m];
        double first = x[0];
        double last = x[n - 1];
        for (int i = 0; i < pad; i++) {
            e[i] = 2 * first - x[pad - i];
            e[pad + n + i] = 2 * last - x[n - 2 - i];
        }
        System.arraycopy(x, 0, e, pad, n);
        pass(hp, e);
        reverse(e);
        pass(hp, e);
        reverse(e);
        double[] y = new double[n];
        System.arraycopy(e, pad, y, 0, n);
        return y;
    }

    /** One causal pass in place, started in the steady state of the first value. */
    private static void pass(Biquad hp, double[] e) {
        double e0 = e[0];
        for (int i = 0; i < e.length; i++) {
            e[i] -= e0;
        }
        hp.filter(e, e);
    }

    private static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    @Override
    public String describe() {
        return "zero-phase Butterworth high-pass (2nd order forward-backward), -6 dB at " + cutoffHz + " Hz";
    }
}
