package org.vagus.signal.hrv;

import java.util.Locale;

import org.apache.commons.math3.analysis.interpolation.LinearInterpolator;
import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.interpolation.UnivariateInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialFunction;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;
import org.vagus.core.units.SamplingRate;

/**
 * RR intervals to an evenly sampled interval series (Task Force 1996: spectral analysis needs an evenly
 * sampled series; 4 Hz is usual). The points are the NN intervals at the times of their ending beats; the series
 * runs on the grid {@code firstBeat + k / rate} between the first and the last point, so its time counts from
 * the first beat.
 * <p>
 * <b>Gaps.</b> An interval longer than {@link #maxGapS()} is not a plausible beat-to-beat interval (missed beats or
 * lost signal) and is not used; where two successive usable points lie more than {@code maxGapS} apart the series
 * has a gap. Shorter holes (non-NN intervals around an ectopic beat) are bridged by the interpolation. With
 * {@link GapPolicy#MASK} a gap's samples are masked (they hold the straight line across the gap as a finite
 * placeholder) and each stretch between gaps is interpolated on its own, so a gap never bends the curve beside
 * it; with {@link GapPolicy#FAIL} a gap is an error naming its time. The default {@code maxGapS} of 4 s bridges
 * one ectopic beat (three intervals left out) down to 45 bpm.
 *
 * @param rateHz the output rate in hertz (default 4)
 * @param interpolation linear (the seed study, the default) or natural cubic spline (Kubios)
 * @param maxGapS the longest stretch without a usable point that is bridged, in seconds (default 4)
 * @param gapPolicy mask gaps (default) or fail on them
 * @since 0.1.0
 */
public record Resampler(double rateHz, Interpolation interpolation, double maxGapS, GapPolicy gapPolicy) {

    /** How the points are joined. */
    public enum Interpolation {
        /** Straight lines between points (Commons Math {@link LinearInterpolator}). */
        LINEAR,
        /** A natural cubic spline through each stretch (Commons Math {@link SplineInterpolator}). */
        CUBIC_SPLINE
    }

    /** What a gap longer than {@link Resampler#maxGapS()} does. */
    public enum GapPolicy {
        /** Mask the gap's samples; analyses skip them. */
        MASK,
        /** Throw an {@link IllegalArgumentException} naming the gap. */
        FAIL
    }

    public Resampler {
        if (!(rateHz > 0) || Double.isInfinite(rateHz)) {
            throw new IllegalArgumentException("resampling rate " + rateHz + " Hz: expected a finite rate > 0");
        }
        if (!(maxGapS > 0)) {
            throw new IllegalArgumentException("maximal gap " + maxGapS + " s: expected > 0 s");
        }
        java.util.Objects.requireNonNull(interpolation, "interpolation");
        java.util.Objects.requireNonNull(gapPolicy, "gapPolicy");
    }

    /** 4 Hz, linear, gaps over 4 s masked: the seed study's resampling. */
    public static Resampler defaults() {
        return new Resampler(4, Interpolation.LINEAR, 4, GapPolicy.MASK);
    }

    public Resampler withInterpolation(Interpolation i) {
        return new Resampler(rateHz, i, maxGapS, gapPolicy);
    }

    public Resampler withGapPolicy(GapPolicy p) {
        return new Resampler(rateHz, interpolation, maxGapS, p);
    }

    /**
     * The evenly sampled NN interval series in milliseconds.
     *
     * @throws IllegalArgumentException if fewer than two usable points lie within {@code maxGapS} of each other
     *         (too few beats), or on a gap with {@link GapPolicy#FAIL}
     */
    public UniformSeries resample(RrIntervals rr) {
        int n = rr.size();
        double[] pt = new double[n];
        double[] pv = new double[n];
        int m = 0;
        double maxMs = maxGapS * 1000;
        for (int i = 0; i < n; i++) {
            if (rr.isNn(i) && rr.interval(i) <= maxMs) {
                pt[m] = rr.intervalTime(i);
                pv[m] = rr.interval(i);
                m++;
            }
        }
        if (m < 2) {
            throw new IllegalArgumentException("too few beats: " + m + " usable NN interval(s) of " + n
                    + "; at least two are needed to interpolate");
        }
        double origin = rr.beatTime(0);
        double fs = rateHz;
        long k0 = (long) Math.ceil((pt[0] - origin) * fs - 1e-9);
        long k1 = (long) Math.floor((pt[m - 1] - origin) * fs + 1e-9);
        if (k1 - k0 + 1 > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("series too long for one array at " + fs + " Hz");
        }
        int len = (int) Math.max(0, k1 - k0 + 1);
        double[] y = new double[len];
        boolean[] valid = new boolean[len];
        double start = origin + k0 / fs;
        int runStart = 0;
        boolean anyValid = false;
        for (int j = 1; j <= m; j++) {
            boolean gap = j < m && pt[j] - pt[j - 1] > maxGapS;
            if (gap && gapPolicy == GapPolicy.FAIL) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "gap of %.3f s without a usable"
                        + " NN interval from %.3f s to %.3f s (longer than the %.3f s the interpolation may bridge)",
                        pt[j] - pt[j - 1], pt[j - 1], pt[j], maxGapS));
            }
            if (j == m || gap) {
                anyValid |= fill(pt, pv, runStart, j, origin, k0, y, valid, true);
                if (gap) {
                    fill(pt, pv, j - 1, j + 1, origin, k0, y, valid, false);
                }
                runStart = j;
            }
        }
        if (!anyValid) {
            throw new IllegalArgumentException("too few beats: no two usable NN intervals lie within " + maxGapS
                    + " s of each other");
        }
        return UniformSeries.wrap(start, SamplingRate.ofHertz(fs), RrIntervals.INTERVAL_UNIT, y, valid);
    }

    /**
     * Interpolates points {@code from..to-1} onto the grid samples between their first and last time (inclusive);
     * {@code mark} sets them valid (a stretch) or leaves them masked (a gap's straight-line placeholder).
     */
    private boolean fill(double[] pt, double[] pv, int from, int to, double origin, long k0, double[] y,
            boolean[] valid, boolean mark) {
        int count = to - from;
        if (count < 2) {
            return false;
        }
        double[] x = java.util.Arrays.copyOfRange(pt, from, to);
        double[] v = java.util.Arrays.copyOfRange(pv, from, to);
        UnivariateInterpolator interpolator = mark && interpolation == Interpolation.CUBIC_SPLINE && count >= 3
                ? new SplineInterpolator() : new LinearInterpolator();
        PolynomialSplineFunction f = (PolynomialSplineFunction) interpolator.interpolate(x, v);
        double[] knots = f.getKnots();
        PolynomialFunction[] pieces = f.getPolynomials();
        double fs = rateHz;
        long a = Math.max(k0, (long) Math.ceil((x[0] - origin) * fs - 1e-9));
        long b = Math.min(k0 + y.length - 1, (long) Math.floor((x[count - 1] - origin) * fs + 1e-9));
        int piece = 0;
        boolean any = false;
        for (long k = a; k <= b; k++) {
            double t = origin + k / fs;
            while (piece < pieces.length - 1 && t >= knots[piece + 1]) {
                piece++;
            }
            int idx = (int) (k - k0);
            if (mark || !valid[idx]) {
                y[idx] = pieces[piece].value(t - knots[piece]);
            }
            if (mark) {
                valid[idx] = true;
                any = true;
            }
        }
        return any;
    }
}
