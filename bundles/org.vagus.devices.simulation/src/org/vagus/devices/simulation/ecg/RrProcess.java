package org.vagus.devices.simulation.ecg;

import java.util.SplittableRandom;

import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * The RR-interval process of ECGSYN (McSharry et al., IEEE Trans Biomed Eng 50:289-294, 2003, section II.A): a
 * Gaussian-looking series with a bimodal power spectrum
 *
 * <pre>
 * S(f) = s_LF^2 G(f; f_LF, c_LF) + s_HF^2 G(f; f_HF, c_HF),   G a Gaussian density,   s_LF^2 / s_HF^2 = LF/HF
 * </pre>
 *
 * made in the frequency domain: amplitudes {@code sqrt(S(f))} with independent uniform random phases, then an
 * inverse FFT (Commons Math), scaled to the requested mean and standard deviation. The LF (Mayer wave) and HF
 * (respiratory) components are made separately, as the real and imaginary parts of one complex inverse FFT, each
 * normalised to unit variance, so an event can change their powers independently
 * ({@link #rrS(double, double, double)}).
 * <p>
 * Sessions of any length: the series is made in segments of {@value #SEGMENT_SAMPLES} samples at
 * {@value #RATE_HZ} Hz (1024 s); consecutive segments overlap by {@value #CROSSFADE_SAMPLES} samples (64 s) and
 * are cross-faded with weights {@code cos} and {@code sin} of a quarter turn, whose squares sum to one, so the
 * variance and spectrum stay the same across the joint. Between grid points the series is interpolated linearly
 * (at 8 Hz this loses under 0.3 % of HF power). Each segment is drawn from its own seed derived from the process
 * seed and the segment number, so any time can be queried in any order with the same result.
 * <p>
 * Not thread-safe (a small cache of segments).
 *
 * @since 0.1.0
 */
public final class RrProcess {
    /** Rate of the internal grid, in Hz. */
    public static final double RATE_HZ = 8;
    /** Samples per segment (a power of two for the FFT). */
    public static final int SEGMENT_SAMPLES = 8192;
    /** Samples shared by consecutive segments. */
    public static final int CROSSFADE_SAMPLES = 512;
    private static final int STRIDE = SEGMENT_SAMPLES - CROSSFADE_SAMPLES;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final double meanS;
    private final double lfSdS;
    private final double hfSdS;
    private final long seed;
    private final double[] lfAmplitude = new double[SEGMENT_SAMPLES / 2];
    private final double[] hfAmplitude = new double[SEGMENT_SAMPLES / 2];
    private final long[] cachedIndex = {-1, -1};
    private final double[][][] cached = new double[2][][];
    private final double[] scratch = new double[2];
    private int cacheVictim;

    /**
     * @param meanS mean RR interval, in seconds, &gt; 0
     * @param sdS standard deviation of the RR process, in seconds, &gt;= 0
     * @param lfHz centre of the LF peak, in Hz
     * @param lfWidthHz standard deviation of the LF peak, in Hz, &gt; 0
     * @param hfHz centre of the HF peak, in Hz
     * @param hfWidthHz standard deviation of the HF peak, in Hz, &gt; 0
     * @param lfHfRatio LF/HF power ratio, &gt;= 0
     * @param seed the seed of the phases
     * @throws IllegalArgumentException if a value is out of range or a peak lies outside 0 to {@code RATE_HZ / 2}
     */
    public RrProcess(double meanS, double sdS, double lfHz, double lfWidthHz, double hfHz, double hfWidthHz,
            double lfHfRatio, long seed) {
        if (!(meanS > 0) || !(sdS >= 0) || !(lfHfRatio >= 0) || Double.isInfinite(meanS) || Double.isInfinite(sdS)
                || Double.isInfinite(lfHfRatio)) {
            throw new IllegalArgumentException("RR process: mean " + meanS + " s, SD " + sdS + " s, LF/HF "
                    + lfHfRatio + "; expected mean > 0, SD >= 0, ratio >= 0, all finite");
        }
        for (double[] peak : new double[][] {{lfHz, lfWidthHz}, {hfHz, hfWidthHz}}) {
            if (!(peak[0] > 0 && peak[0] < RATE_HZ / 2) || !(peak[1] > 0 && peak[1] < RATE_HZ / 4)) {
                throw new IllegalArgumentException("RR spectrum peak at " + peak[0] + " Hz (SD " + peak[1]
                        + " Hz): expected a centre in (0, " + RATE_HZ / 2 + ") Hz and a positive width");
            }
        }
        this.meanS = meanS;
        this.lfSdS = sdS * Math.sqrt(lfHfRatio / (1 + lfHfRatio));
        this.hfSdS = sdS * Math.sqrt(1 / (1 + lfHfRatio));
        this.seed = seed;
        for (int k = 1; k < SEGMENT_SAMPLES / 2; k++) {
            double f = k * RATE_HZ / SEGMENT_SAMPLES;
            lfAmplitude[k] = Math.sqrt(gaussian(f, lfHz, lfWidthHz));
            hfAmplitude[k] = Math.sqrt(gaussian(f, hfHz, hfWidthHz));
        }
    }

    /** The process of a simulation's parameters, with the given seed. */
    public static RrProcess of(EcgsynParameters p, long seed) {
        return new RrProcess(p.meanRrS(), p.rrSdMs() / 1000, p.lfHz(), p.lfWidthHz(), p.hfHz(), p.hfWidthHz(),
                p.lfHfRatio(), seed);
    }

    private static double gaussian(double f, double centre, double sd) {
        double u = (f - centre) / sd;
        return Math.exp(-0.5 * u * u) / sd;
    }

    /** Mean RR interval, in seconds. */
    public double meanS() {
        return meanS;
    }

    /** Standard deviation of the LF component, in seconds. */
    public double lfSdS() {
        return lfSdS;
    }

    /** Standard deviation of the HF component, in seconds. */
    public double hfSdS() {
        return hfSdS;
    }

    /** The RR interval at time {@code t} (seconds, &gt;= 0), in seconds. */
    public double rrS(double t) {
        return rrS(t, 1, 1);
    }

    /**
     * The RR interval at time {@code t} with the LF and HF powers multiplied by the given factors (&gt;= 0), in
     * seconds: {@code mean + sqrt(lfFactor) lfSd lf(t) + sqrt(hfFactor) hfSd hf(t)}.
     */
    public double rrS(double t, double lfPowerFactor, double hfPowerFactor) {
        double[] c = scratch;
        components(t, c);
        return meanS + Math.sqrt(Math.max(0, lfPowerFactor)) * lfSdS * c[0]
                + Math.sqrt(Math.max(0, hfPowerFactor)) * hfSdS * c[1];
    }

    /**
     * The unit-variance LF and HF components at time {@code t} (seconds, &gt;= 0), written to {@code out[0]} and
     * {@code out[1]}.
     *
     * @throws IllegalArgumentException if {@code t} is negative or not finite
     */
    public void components(double t, double[] out) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("RR process time: " + t + " s, expected a finite time >= 0");
        }
        double p = t * RATE_HZ;
        long j = (long) Math.floor(p / STRIDE);
        double local = p - (double) j * STRIDE;
        double[][] seg = segment(j);
        double lf = interpolate(seg[0], local);
        double hf = interpolate(seg[1], local);
        if (j > 0 && local < CROSSFADE_SAMPLES) {
            double[][] previous = segment(j - 1);
            double turn = 0.5 * Math.PI * local / CROSSFADE_SAMPLES;
            double wNew = Math.sin(turn);
            double wOld = Math.cos(turn);
            lf = wNew * lf + wOld * interpolate(previous[0], local + STRIDE);
            hf = wNew * hf + wOld * interpolate(previous[1], local + STRIDE);
        }
        out[0] = lf;
        out[1] = hf;
    }

    private static double interpolate(double[] v, double position) {
        int i = (int) position;
        double frac = position - i;
        int next = Math.min(i + 1, v.length - 1);
        return v[i] + frac * (v[next] - v[i]);
    }

    private double[][] segment(long j) {
        for (int c = 0; c < 2; c++) {
            if (cachedIndex[c] == j) {
                return cached[c];
            }
        }
        double[][] made = generate(j);
        cachedIndex[cacheVictim] = j;
        cached[cacheVictim] = made;
        cacheVictim ^= 1;
        return made;
    }

    /** Segment {@code j}: unit-variance, zero-mean LF and HF series of {@link #SEGMENT_SAMPLES} samples. */
    private double[][] generate(long j) {
        SplittableRandom random = new SplittableRandom(mix(seed + (j + 1) * GOLDEN));
        int n = SEGMENT_SAMPLES;
        double[][] data = new double[2][n];
        double[] re = data[0];
        double[] im = data[1];
        for (int k = 1; k < n / 2; k++) {
            double pl = 2 * Math.PI * random.nextDouble();
            double ph = 2 * Math.PI * random.nextDouble();
            double lr = lfAmplitude[k] * Math.cos(pl);
            double li = lfAmplitude[k] * Math.sin(pl);
            double hr = hfAmplitude[k] * Math.cos(ph);
            double hi = hfAmplitude[k] * Math.sin(ph);
            // X = L + iH at +k and conj(L) + i conj(H) at -k: the inverse transform is lf + i hf, both real
            re[k] = lr - hi;
            im[k] = li + hr;
            re[n - k] = lr + hi;
            im[n - k] = hr - li;
        }
        FastFourierTransformer.transformInPlace(data, DftNormalization.STANDARD, TransformType.INVERSE);
        standardize(re);
        standardize(im);
        return data;
    }

    private static void standardize(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(ss / v.length);
        double scale = sd > 0 ? 1 / sd : 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (v[i] - mean) * scale;
        }
    }

    /** A 64-bit finaliser (Stafford's variant 13 of MurmurHash3's), so nearby seeds give unrelated streams. */
    static long mix(long z) {
        long v = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        v = (v ^ (v >>> 27)) * 0x94D049BB133111EBL;
        return v ^ (v >>> 31);
    }
}
