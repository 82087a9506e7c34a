package org.vagus.signal.tests.hrv;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.hrv.ArModel;
import org.vagus.signal.hrv.FrequencyBands;
import org.vagus.signal.hrv.RrIntervals;
import org.vagus.signal.hrv.UniformSeries;

/**
 * Synthetic interval series with known truth, made of band-limited stochastic components (never pure sines,
 * which make AR spectra ill-conditioned): each component is a second-order resonator
 * {@code x_t = 2 r cos(w_t) x_(t-1) - r^2 x_(t-2) + g_t e_t} driven by white noise, whose pole angle
 * {@code w_t = 2 pi f(t) / fs} may drift and whose gain {@code g_t} keeps its stationary variance at 1 for any
 * frequency; the series is a sum of such components times time-varying amplitudes (in ms).
 */
final class Synthetic {
    /** The rate of the generated continuous-time proxy, in hertz. */
    static final double FS = 4;

    private Synthetic() {
    }

    /** One component: centre frequency over time, -3 dB bandwidth in Hz, amplitude (ms, standard deviation) over time. */
    record Component(DoubleUnaryOperator frequencyHz, double bandwidthHz, DoubleUnaryOperator amplitudeMs) {
        /** The pole radius for the bandwidth at rate fs. */
        double radius(double fs) {
            return Math.exp(-Math.PI * bandwidthHz / fs);
        }

        /** The unit-variance AR(2) model of this component at time t, in the sign convention of ArModel. */
        ArModel model(double t, double fs) {
            double r = radius(fs);
            double a1 = 2 * r * Math.cos(2 * Math.PI * frequencyHz.applyAsDouble(t) / fs);
            double a2 = -r * r;
            return new ArModel(new double[] {-a1, -a2}, 1 / varianceFactor(a1, a2), SamplingRate.ofHertz(fs),
                    Unit.MILLISECOND_SQUARED);
        }
    }

    /** The stationary variance of x_t = a1 x_(t-1) + a2 x_(t-2) + e_t per unit innovation variance. */
    static double varianceFactor(double a1, double a2) {
        return (1 - a2) / ((1 + a2) * ((1 - a2) * (1 - a2) - a1 * a1));
    }

    /** The sum of the components at rate {@code fs} over {@code seconds}, after a 60 s burn-in. */
    static double[] series(double seconds, double fs, long seed, Component... components) {
        int n = (int) Math.round(seconds * fs);
        int burn = (int) Math.round(60 * fs);
        double[] out = new double[n];
        Random rnd = new Random(seed);
        for (Component c : components) {
            double r = c.radius(fs);
            double x1 = 0;
            double x2 = 0;
            for (int i = -burn; i < n; i++) {
                double t = Math.max(0, i) / fs;
                double a1 = 2 * r * Math.cos(2 * Math.PI * c.frequencyHz().applyAsDouble(t) / fs);
                double a2 = -r * r;
                double g = 1 / Math.sqrt(varianceFactor(a1, a2));
                double x = a1 * x1 + a2 * x2 + g * rnd.nextGaussian();
                x2 = x1;
                x1 = x;
                if (i >= 0) {
                    out[i] += c.amplitudeMs().applyAsDouble(t) * x;
                }
            }
        }
        return out;
    }

    /** An evenly sampled series in ms (mean {@code meanMs}) of the components: the TVAR input without beats. */
    static UniformSeries uniform(double seconds, double meanMs, long seed, Component... components) {
        double[] x = series(seconds, FS, seed, components);
        for (int i = 0; i < x.length; i++) {
            x[i] += meanMs;
        }
        return new UniformSeries(0, SamplingRate.ofHertz(FS), Unit.MILLISECOND, x);
    }

    /**
     * Beats whose intervals follow the continuous interval signal {@code meanMs + components}: beat {@code k + 1}
     * comes {@code rr(t_k)} after beat {@code k} (the interval signal sampled at each beat, linearly interpolated
     * from a 16 Hz proxy).
     */
    static RrIntervals beats(double seconds, double meanMs, long seed, Component... components) {
        double fs = 16;
        double[] x = series(seconds + 10, fs, seed, components);
        double[] times = new double[(int) (seconds * 3000 / meanMs) + 10];
        int k = 0;
        double t = 0;
        while (t < seconds) {
            times[k++] = t;
            double pos = t * fs;
            int i = (int) pos;
            double frac = pos - i;
            double rr = meanMs + x[i] * (1 - frac) + x[i + 1] * frac;
            t += rr / 1000;
        }
        return RrIntervals.ofBeatTimes(java.util.Arrays.copyOf(times, k));
    }

    /** The true band powers (ms^2) of the components at time t. */
    static double[] truePowers(double t, FrequencyBands bands, Component... components) {
        double[] p = new double[3];
        for (Component c : components) {
            double a = c.amplitudeMs().applyAsDouble(t);
            var bp = c.model(t, FS).bandPowers(bands, 0.0005);
            p[0] += a * a * bp.vlf();
            p[1] += a * a * bp.lf();
            p[2] += a * a * bp.hf();
        }
        return p;
    }
}
