package org.vagus.signal.hrv;

import java.util.List;

import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;
import org.vagus.core.units.Unit;

/**
 * Welch's averaged modified periodogram (Welch, The use of fast Fourier transform for the estimation of power
 * spectra, IEEE Trans Audio Electroacoust 15:70-73, 1967) of an evenly sampled series: segments of
 * {@code segmentS} seconds overlapping by {@code overlap}, each with its mean removed and a periodic Hann window,
 * zero-padded to the next power of two for Commons Math's FFT, scaled to a one-sided density
 * ({@code 2 |X_k|^2 / (fs sum w^2)}, DC and Nyquist not doubled). These are the conventions of
 * {@code scipy.signal.welch(x, fs, window='hann', nperseg, noverlap, nfft, detrend='constant')}. Segments lie within
 * the valid stretches of the series (each stretch is cut on its own from its first sample, a gap is never spanned)
 * and all segments are averaged with equal weight.
 *
 * @param segmentS segment length in seconds (default 256 s: 1024 samples at 4 Hz)
 * @param overlap overlap as a fraction of the segment, 0 to below 1 (default 0.5)
 * @since 0.1.0
 */
public record WelchPsd(double segmentS, double overlap) {
    public WelchPsd {
        if (!(segmentS > 0) || Double.isInfinite(segmentS)) {
            throw new IllegalArgumentException("Welch segment " + segmentS + " s: expected a finite length > 0");
        }
        if (!(overlap >= 0 && overlap < 1)) {
            throw new IllegalArgumentException("Welch overlap " + overlap + ": expected 0 <= overlap < 1");
        }
    }

    /** 256 s segments, 50 % overlap. */
    public static WelchPsd defaults() {
        return new WelchPsd(256, 0.5);
    }

    /**
     * The density of {@code series}.
     *
     * @throws IllegalArgumentException if no valid stretch holds one whole segment
     */
    public Spectrum estimate(UniformSeries series) {
        double fs = series.rate().hertz();
        int nseg = (int) Math.round(segmentS * fs);
        if (nseg < 8) {
            throw new IllegalArgumentException("Welch segment of " + segmentS + " s is only " + nseg + " samples at "
                    + fs + " Hz");
        }
        int step = Math.max(1, nseg - (int) Math.floor(overlap * nseg));
        int nfft = Integer.highestOneBit(nseg) == nseg ? nseg : Integer.highestOneBit(nseg) << 1;
        double[] window = new double[nseg];
        double wss = 0;
        for (int i = 0; i < nseg; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / nseg);
            wss += window[i] * window[i];
        }
        double[] v = series.valuesView();
        int bins = nfft / 2 + 1;
        double[] sum = new double[bins];
        double[] buf = new double[nfft];
        FastFourierTransformer fft = new FastFourierTransformer(DftNormalization.STANDARD);
        int segments = 0;
        List<int[]> runs = series.validRuns();
        int longest = 0;
        for (int[] r : runs) {
            longest = Math.max(longest, r[1] - r[0]);
            for (int s = r[0]; s + nseg <= r[1]; s += step) {
                double mean = 0;
                for (int i = 0; i < nseg; i++) {
                    mean += v[s + i];
                }
                mean /= nseg;
                java.util.Arrays.fill(buf, 0);
                for (int i = 0; i < nseg; i++) {
                    buf[i] = (v[s + i] - mean) * window[i];
                }
                Complex[] x = fft.transform(buf, TransformType.FORWARD);
                for (int k = 0; k < bins; k++) {
                    double re = x[k].getReal();
                    double im = x[k].getImaginary();
                    sum[k] += re * re + im * im;
                }
                segments++;
            }
        }
        if (segments == 0) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "too short for Welch: the longest"
                    + " uninterrupted stretch is %.1f s, one segment needs %.1f s", longest / fs, nseg / fs));
        }
        double scale = 1 / (fs * wss * segments);
        double[] density = new double[bins];
        for (int k = 0; k < bins; k++) {
            boolean edge = k == 0 || (nfft % 2 == 0 && k == bins - 1);
            density[k] = sum[k] * scale * (edge ? 1 : 2);
        }
        Unit u = series.unit();
        Unit du = Unit.of((u.equals(Unit.MILLISECOND) ? "ms^2" : u.symbol() + "^2") + "/Hz");
        return new Spectrum(fs / nfft, density, du, segments);
    }

    /**
     * A one-sided power spectral density on the bins {@code k * resolutionHz}, {@code k = 0..n-1}. Immutable.
     *
     * @param resolutionHz the bin spacing in hertz
     * @param density the densities (copied), in {@code unit}
     * @param unit the density unit (ms^2/Hz for an interval series in ms)
     * @param segments the number of averaged segments
     */
    public record Spectrum(double resolutionHz, double[] density, Unit unit, int segments) {
        public Spectrum {
            density = density.clone();
        }

        @Override
        public double[] density() {
            return density.clone();
        }

        /** The frequency of bin {@code k} in hertz. */
        public double frequency(int k) {
            return k * resolutionHz;
        }

        /**
         * Band powers as the sum of density times bin width over the bins with {@code lower <= f < upper} (VLF
         * includes the DC bin); the three bands tile {@code [0, hfUpper)}.
         */
        public BandPowers bandPowers(FrequencyBands bands) {
            double[] e = bands.edges();
            double[] p = new double[3];
            for (int k = 0; k < density.length; k++) {
                double f = k * resolutionHz;
                for (int b = 0; b < 3; b++) {
                    if (f >= e[b] - 1e-12 && f < e[b + 1] - 1e-12) {
                        p[b] += density[k] * resolutionHz;
                    }
                }
            }
            return new BandPowers(p[0], p[1], p[2]);
        }
    }
}
