package org.vagus.signal.hrv;

import java.util.Objects;
import java.util.OptionalDouble;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;

/**
 * A stationary autoregressive model {@code y_t = -sum_(k=1..p) a_k y_(t-k) + e_t}, {@code var(e) = s2}, of a series
 * sampled at {@code rate}, with its spectrum (Kay &amp; Marple, Spectrum analysis - a modern perspective, Proc IEEE
 * 69:1380-1419, 1981, the AR power spectral density): {@code S(f) = s2 dt / |1 + sum_k a_k exp(-i 2 pi f k dt)|^2}.
 * Immutable.
 *
 * @param coefficients {@code a_1..a_p} (copied)
 * @param noiseVariance the innovation variance {@code s2} in {@code unit}
 * @param rate the sampling rate of the series
 * @param unit the unit of the innovation variance (ms^2 for an interval series in ms)
 * @since 0.1.0
 */
public record ArModel(double[] coefficients, double noiseVariance, SamplingRate rate, Unit unit) {
    public ArModel {
        coefficients = coefficients.clone();
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(unit, "unit");
        if (!(noiseVariance >= 0) || Double.isInfinite(noiseVariance)) {
            throw new IllegalArgumentException("noise variance " + noiseVariance + ": expected finite and >= 0");
        }
        for (double c : coefficients) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("AR coefficient " + c + ": expected finite values");
            }
        }
    }

    /** The order {@code p}. */
    public int order() {
        return coefficients.length;
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** The one-sided power spectral density at {@code f} hertz (0 &lt; f &lt; fs/2), in {@code unit}/Hz. */
    public double psd(double f) {
        double dt = rate.periodSeconds();
        double re = 1;
        double im = 0;
        for (int k = 0; k < coefficients.length; k++) {
            double w = 2 * Math.PI * f * (k + 1) * dt;
            re += coefficients[k] * Math.cos(w);
            im -= coefficients[k] * Math.sin(w);
        }
        return 2 * noiseVariance * dt / (re * re + im * im);
    }

    /**
     * The spectral peak inside {@code (loHz, hiHz)}: the frequency of the highest local maximum of the density
     * strictly inside the interval, on a 1e-4 Hz grid; empty when the density is monotonic there (the band holds
     * only the tail of a neighbouring peak).
     */
    public OptionalDouble peak(double loHz, double hiHz) {
        int n = Math.max(8, (int) Math.ceil((hiHz - loHz) / 1e-4));
        double step = (hiHz - loHz) / n;
        double before = psd(loHz);
        double here = psd(loHz + step);
        double best = Double.NaN;
        double bestValue = -1;
        for (int i = 1; i < n; i++) {
            double after = psd(loHz + (i + 1) * step);
            if (here > before && here >= after && here > bestValue) {
                bestValue = here;
                best = loHz + i * step;
            }
            before = here;
            here = after;
        }
        return bestValue < 0 ? OptionalDouble.empty() : OptionalDouble.of(best);
    }

    /**
     * The VLF, LF, HF powers by integrating the spectrum (midpoint rule, cells no wider than {@code stepHz}).
     * For an interval series in ms they are in ms^2.
     */
    public BandPowers bandPowers(FrequencyBands bands, double stepHz) {
        double[] out = new double[3];
        new BandIntegrator(order(), bands, rate.hertz(), stepHz).integrate(coefficients, 0, noiseVariance, out);
        return new BandPowers(out[0], out[1], out[2]);
    }

    /** {@link #bandPowers(FrequencyBands, double)} with 0.0005 Hz cells. */
    public BandPowers bandPowers(FrequencyBands bands) {
        return bandPowers(bands, 0.0005);
    }
}
