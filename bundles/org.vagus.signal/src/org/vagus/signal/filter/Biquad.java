package org.vagus.signal.filter;

/**
 * A second-order IIR section {@code H(z) = (b0 + b1 z^-1 + b2 z^-2) / (1 + a1 z^-1 + a2 z^-2)}, with the
 * second-order Butterworth designs by the bilinear transform with frequency pre-warping (Oppenheim & Schafer,
 * Discrete-Time Signal Processing, section 7.1): with {@code K = tan(pi fc / fs)},
 * the analogue prototype {@code 1 / (s^2 + sqrt(2) s + 1)} maps to the coefficients below. They equal
 * {@code scipy.signal.butter(2, fc, btype, fs=fs)}.
 *
 * @param b0 feed-forward coefficient of x[n]
 * @param b1 feed-forward coefficient of x[n-1]
 * @param b2 feed-forward coefficient of x[n-2]
 * @param a1 feedback coefficient of y[n-1] (with the sign of the denominator)
 * @param a2 feedback coefficient of y[n-2]
 * @since 0.1.0
 */
public record Biquad(double b0, double b1, double b2, double a1, double a2) {

    /** Second-order Butterworth low-pass with its -3 dB point at {@code cutoffHz}. */
    public static Biquad butterworthLowPass(double cutoffHz, double sampleRateHz) {
        double k = prewarp(cutoffHz, sampleRateHz);
        double norm = 1 / (1 + Math.sqrt(2) * k + k * k);
        double b0 = k * k * norm;
        return new Biquad(b0, 2 * b0, b0, 2 * (k * k - 1) * norm, (1 - Math.sqrt(2) * k + k * k) * norm);
    }

    /** Second-order Butterworth high-pass with its -3 dB point at {@code cutoffHz}. */
    public static Biquad butterworthHighPass(double cutoffHz, double sampleRateHz) {
        double k = prewarp(cutoffHz, sampleRateHz);
        double norm = 1 / (1 + Math.sqrt(2) * k + k * k);
        return new Biquad(norm, -2 * norm, norm, 2 * (k * k - 1) * norm, (1 - Math.sqrt(2) * k + k * k) * norm);
    }

    private static double prewarp(double cutoffHz, double sampleRateHz) {
        if (!(cutoffHz > 0) || !(cutoffHz < sampleRateHz / 2)) {
            throw new IllegalArgumentException("cut-off " + cutoffHz + " Hz must lie between 0 Hz and the Nyquist"
                    + " frequency " + sampleRateHz / 2 + " Hz");
        }
        return Math.tan(Math.PI * cutoffHz / sampleRateHz);
    }

    /** The complex frequency response at {@code f} Hz as {re, im}. */
    public double[] response(double frequencyHz, double sampleRateHz) {
        double w = 2 * Math.PI * frequencyHz / sampleRateHz;
        double c1 = Math.cos(w);
        double s1 = -Math.sin(w);
        double c2 = Math.cos(2 * w);
        double s2 = -Math.sin(2 * w);
        double nr = b0 + b1 * c1 + b2 * c2;
        double ni = b1 * s1 + b2 * s2;
        double dr = 1 + a1 * c1 + a2 * c2;
        double di = a1 * s1 + a2 * s2;
        double den = dr * dr + di * di;
        return new double[] {(nr * dr + ni * di) / den, (ni * dr - nr * di) / den};
    }

    /** The magnitude of the frequency response at {@code f} Hz. */
    public double gain(double frequencyHz, double sampleRateHz) {
        double[] h = response(frequencyHz, sampleRateHz);
        return Math.hypot(h[0], h[1]);
    }

    /**
     * The group delay {@code -d(phase)/d(omega)} at {@code f} Hz, in samples, by a central difference of the
     * unwrapped phase.
     */
    public double groupDelay(double frequencyHz, double sampleRateHz) {
        double df = sampleRateHz * 1e-6;
        double[] lo = response(frequencyHz - df, sampleRateHz);
        double[] hi = response(frequencyHz + df, sampleRateHz);
        double dphi = Math.atan2(hi[1], hi[0]) - Math.atan2(lo[1], lo[0]);
        if (dphi > Math.PI) {
            dphi -= 2 * Math.PI;
        } else if (dphi < -Math.PI) {
            dphi += 2 * Math.PI;
        }
        double dw = 2 * Math.PI * 2 * df / sampleRateHz;
        return -dphi / dw;
    }

    /**
     * Filters {@code x} into {@code y} (may be the same array), causally, starting from rest (zero state).
     * Transposed direct form II.
     */
    public void filter(double[] x, double[] y) {
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < x.length; i++) {
            double in = x[i];
            double out = b0 * in + s1;
            s1 = b1 * in - a1 * out + s2;
            s2 = b2 * in - a2 * out;
            y[i] = out;
        }
    }
}
