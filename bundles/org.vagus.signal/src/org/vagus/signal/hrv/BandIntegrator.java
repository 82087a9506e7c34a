package org.vagus.signal.hrv;

/**
 * Band powers of autoregressive spectra by numerical integration, shared by the stationary ({@link ArModel}) and
 * the time-varying ({@link TvarFit#bandPowers()}) spectra. The spectrum of {@code y_t = -sum_k a_k y_(t-k) + e_t}
 * with innovation variance {@code s2} sampled every {@code dt} seconds is
 * {@code S(f) = s2 dt / |A(f)|^2}, {@code A(f) = 1 + sum_k a_k exp(-i 2 pi f k dt)} (two-sided; Kay &amp; Marple 1981,
 * Tarvainen et al. 2006); the one-sided band power is {@code 2 * integral of S over the band}.
 * <p>
 * {@code |A(f)|^2 = r_0 + 2 sum_(m=1..p) r_m cos(2 pi f m dt)} with {@code r_m = sum_k a_k a_(k+m)} ({@code a_0 = 1}),
 * the autocorrelation of the coefficient sequence: p + 1 cosine terms per frequency instead of 2p sines and
 * cosines. Each band is cut into equal cells no wider than the step and integrated by the midpoint rule, so the
 * band edges are exact and VLF + LF + HF is the integral over {@code [0, hfUpper]}. The cosine table is laid out
 * lag-major so that the inner loop runs over contiguous frequencies.
 */
final class BandIntegrator {
    private final int order;
    private final int cells;
    private final int[] bandEnd;
    /** {@code cos[m * cells + j] = c_m cos(2 pi f_j m dt)} with {@code c_0 = 1}, {@code c_m = 2}. */
    private final double[] cos;
    private final double[] weight;
    private final double[] den;
    private final double[] r;

    /**
     * @param order the AR order
     * @param bands the band edges
     * @param fs the sampling rate of the series, in hertz
     * @param stepHz the widest integration cell, in hertz
     */
    BandIntegrator(int order, FrequencyBands bands, double fs, double stepHz) {
        if (!(stepHz > 0)) {
            throw new IllegalArgumentException("spectral step " + stepHz + " Hz: expected > 0");
        }
        if (bands.hfUpperHz() > fs / 2) {
            throw new IllegalArgumentException("HF upper edge " + bands.hfUpperHz() + " Hz lies above the Nyquist"
                    + " frequency " + fs / 2 + " Hz of the " + fs + " Hz series");
        }
        this.order = order;
        double[] edges = bands.edges();
        int[] perBand = new int[3];
        int total = 0;
        for (int b = 0; b < 3; b++) {
            perBand[b] = (int) Math.ceil((edges[b + 1] - edges[b]) / stepHz - 1e-9);
            total += perBand[b];
        }
        cells = total;
        bandEnd = new int[3];
        cos = new double[(order + 1) * total];
        weight = new double[total];
        den = new double[total];
        r = new double[order + 1];
        double dt = 1 / fs;
        int j = 0;
        for (int b = 0; b < 3; b++) {
            double width = (edges[b + 1] - edges[b]) / perBand[b];
            for (int c = 0; c < perBand[b]; c++, j++) {
                double f = edges[b] + (c + 0.5) * width;
                for (int m = 0; m <= order; m++) {
                    cos[m * total + j] = (m == 0 ? 1 : 2) * Math.cos(2 * Math.PI * f * m * dt);
                }
                weight[j] = 2 * dt * width;
            }
            bandEnd[b] = j;
        }
    }

    /**
     * Writes the one-sided VLF, LF, HF powers of one AR spectrum into {@code out[0..2]}. Not thread-safe (scratch
     * arrays are reused).
     *
     * @param a the coefficients {@code a_1..a_p} at {@code a[offset..offset+p-1]}
     * @param s2 the innovation variance (in the squared unit wanted for the powers)
     */
    void integrate(double[] a, int offset, double s2, double[] out) {
        int p = order;
        for (int m = 0; m <= p; m++) {
            double sum = m == 0 ? 1 : a[offset + m - 1];
            for (int k = 1; k + m <= p; k++) {
                sum += a[offset + k - 1] * a[offset + k + m - 1];
            }
            r[m] = sum;
        }
        int n = cells;
        double r0 = r[0];
        for (int j = 0; j < n; j++) {
            den[j] = r0;
        }
        for (int m = 1; m <= p; m++) {
            double rm = r[m];
            int base = m * n;
            for (int j = 0; j < n; j++) {
                den[j] += rm * cos[base + j];
            }
        }
        int j = 0;
        for (int b = 0; b < 3; b++) {
            double sum = 0;
            for (; j < bandEnd[b]; j++) {
                sum += weight[j] / den[j];
            }
            out[b] = s2 * sum;
        }
    }
}
