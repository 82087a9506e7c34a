package org.vagus.signal.hrv;

import java.util.Objects;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Time-varying autoregressive model with coefficients that follow a random walk, estimated by a Kalman filter
 * and a Rauch-Tung-Striebel smoother (Tarvainen, Georgiadis, Ranta-aho &amp; Karjalainen, Time-varying analysis of
 * heart rate variability signals with a Kalman smoother algorithm, Physiol Meas 27:225-239, 2006: their state-space
 * form of the TVAR model, Kalman filter and fixed-interval smoother, as written below; Rauch, Tung &amp; Striebel,
 * AIAA J 3:1445-1450, 1965).
 * <ul>
 * <li>Model: {@code y_t = H_t theta_t + e_t} with {@code H_t = -(y_(t-1) ... y_(t-p))},
 * {@code theta_t = theta_(t-1) + w_t}, {@code w_t ~ N(0, q I)}, {@code e_t ~ N(0, s2)}.</li>
 * <li>Filter: {@code P- = P + qI}; {@code K = P- H' / (H P- H' + s2)}; {@code theta += K (y - H theta)};
 * {@code P = P- - K H P-}. Samples whose regressors reach into a gap skip the update (prediction only).</li>
 * <li>Smoother: {@code A_t = P_t (P_t + qI)^-1}, {@code theta_s(t) = theta(t) + A_t (theta_s(t+1) - theta(t))}, with
 * {@code (P_t + qI)^-1 d} from a Cholesky solve (EJML).</li>
 * </ul>
 * What keeps it well posed (the lesson of a first prototype, shared/ALGORITHMS.md): the series is normalised to
 * zero mean and unit variance; {@code theta_0} and the measurement variance {@code s2} come from a stationary Burg
 * fit of the whole series and {@code s2} stays fixed inside the filter (re-estimated sample by sample it collapses
 * and the spectrum goes flat); {@code q} is small, by default {@code 1e-4 s2} (see {@link TvarOptions}).
 * <p>
 * <b>Innovation variance over time.</b> The spectrum at {@code t} is {@code S(f, t) = s2(t) dt / |A_t(f)|^2}. Its
 * {@code s2(t)} is tracked so that the spectrum integrates to the local variance of the series:
 * {@code s2(t) = v(t) / g(theta_s(t))}, where {@code v(t)} is the local variance (a two-sided exponential average
 * of the squared series, time constant {@link TvarOptions#innovationTimeConstantS()}, 10 s by default) and
 * {@code g = 1 / prod (1 - k_m^2)} the variance gain of the AR model at {@code t}. The squared residuals of the
 * smoothed model, the obvious estimate, came out 35 % low on HF power in the tracking tests (the smoothed
 * coefficients blend neighbouring spectra and {@code s2 / |A|^2} is very sensitive near the unit circle); the
 * variance match brought the bias to 6 % with spline interpolation. It scales the absolute powers only; the
 * normalised powers (nHF, nLF, LF/HF) depend on the coefficients alone.
 * <p>
 * <b>Time resolution.</b> How fast nHF follows a step, measured on 800 s interval series (beats at 75 bpm, linear
 * interpolation at 4 Hz, 0.02 Hz high-pass, order 12) whose HF amplitude steps at 400 s so that the true nHF goes
 * from 0.22 to 0.72, nHF averaged over 40 realisations ({@code TvarStepResponseTest}); the smoother is two-sided,
 * so the response starts before the step. "sd" is the standard deviation of nHF over time within one recording
 * where the truth is constant:
 * <table>
 * <caption>10-90 % rise time of nHF against q (relative to s2)</caption>
 * <tr><th>q / s2</th><th>10 % crossing</th><th>90 % crossing</th><th>10-90 % rise</th><th>sd</th></tr>
 * <tr><td>1e-5</td><td>-69 s</td><td>+65 s</td><td>133 s</td><td>0.03</td></tr>
 * <tr><td>1e-4 (default)</td><td>-21 s</td><td>+29 s</td><td>50 s</td><td>0.07</td></tr>
 * <tr><td>3e-4</td><td>-11 s</td><td>+28 s</td><td>39 s</td><td>0.11</td></tr>
 * <tr><td>1e-3</td><td>-7 s</td><td>+28 s</td><td>35 s</td><td>0.15</td></tr>
 * <tr><td>3e-3</td><td>-6 s</td><td>+7 s</td><td>12 s</td><td>0.19 (levels pulled toward the flat-spectrum
 * ratio)</td></tr>
 * </table>
 * The seed study's effect lasts under 3 s: far below the resolution of any setting that keeps nHF usable (an LF
 * band down to 0.04 Hz cannot be resolved in a few seconds), so event-locked nHF averages show a smeared version
 * of any such effect, spread over tens of seconds and into the baseline.
 * <p>
 * Memory: the smoother needs every filtered covariance; when {@code n p^2} exceeds {@link #MAX_STORED_DOUBLES} the
 * filter keeps checkpoints and recomputes one block at a time during the backward pass (same results, twice the
 * filtering time). Cost: about {@code n (2 p^2 + p^3 / 3)} multiply-adds.
 *
 * @since 0.1.0
 */
public final class TvarModel {
    /** The default budget of covariance entries kept at once before the smoother checkpoints (32 MB of doubles). */
    public static final int MAX_STORED_DOUBLES = 1 << 22;

    private final TvarOptions options;
    private final int maxStoredDoubles;

    public TvarModel(TvarOptions options) {
        this(options, MAX_STORED_DOUBLES);
    }

    /**
     * @param options the settings
     * @param maxStoredDoubles the memory budget of the smoother's covariance store, in doubles (at least
     *        {@code p^2}); longer series are checkpointed
     */
    public TvarModel(TvarOptions options, int maxStoredDoubles) {
        this.options = Objects.requireNonNull(options, "options");
        int pp = options.order() * options.order();
        if (maxStoredDoubles < pp) {
            throw new IllegalArgumentException("covariance store of " + maxStoredDoubles + " doubles is smaller than"
                    + " one " + options.order() + " x " + options.order() + " covariance");
        }
        this.maxStoredDoubles = maxStoredDoubles;
    }

    /** A model with {@link TvarOptions#defaults()}. */
    public TvarModel() {
        this(TvarOptions.defaults());
    }

    public TvarOptions options() {
        return options;
    }

    /**
     * Fits the model to a detrended evenly sampled series (masked samples are skipped).
     *
     * @throws IllegalArgumentException with too few valid samples for the order, or a constant series
     */
    public TvarFit fit(UniformSeries series) {
        int n = series.length();
        int p = options.order();
        double[] x = series.valuesView();
        boolean[] valid = series.validView();
        double[] compact = new double[series.validCount()];
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (valid[i]) {
                compact[c++] = x[i];
            }
        }
        if (c < 2 * p + 1) {
            throw new IllegalArgumentException("too few samples for a TVAR(" + p + ") model: " + c
                    + " valid samples, at least " + (2 * p + 1) + " needed");
        }
        double mean = new Mean().evaluate(compact);
        double variance = new Variance(false).evaluate(compact, mean);
        if (!(variance > 0)) {
            throw new IllegalArgumentException("constant series: the TVAR model needs variation");
        }
        double sd = Math.sqrt(variance);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = valid[i] ? (x[i] - mean) / sd : 0;
        }
        boolean[] usable = new boolean[n];
        int invalidInWindow = 0;
        for (int t = 0; t < n; t++) {
            invalidInWindow += valid[t] ? 0 : 1;
            if (t > p) {
                invalidInWindow -= valid[t - p - 1] ? 0 : 1;
            }
            usable[t] = t >= p && invalidInWindow == 0;
        }
        UniformSeries normalised = UniformSeries.wrap(series.startS(), series.rate(), series.unit(), y,
                series.validMask());
        ArModel stationary = Burg.fit(normalised, p);
        double q = options.qRelative() ? options.q() * stationary.noiseVariance() : options.q();
        double[] theta = smooth(y, usable, stationary.coefficients(), stationary.noiseVariance(), q);
        int[] unstable = new int[1];
        double[] s2 = innovationVariance(y, valid, theta, stationary.noiseVariance(), series.rate().hertz(),
                unstable);
        return new TvarFit(series.startS(), series.rate(), p, theta, s2, variance, series.validMask(), stationary,
                options, unstable[0]);
    }

    /** Forward Kalman filter and backward RTS smoother; returns the smoothed coefficients, {@code n * p}. */
    private double[] smooth(double[] y, boolean[] usable, double[] theta0, double s2, double q) {
        int n = y.length;
        int p = theta0.length;
        int pp = p * p;
        int block = Math.max(1, Math.min(n, maxStoredDoubles / pp));
        int blocks = (n + block - 1) / block;
        double[] theta = new double[n * p];
        double[] checkpoints = new double[blocks * pp];
        double[] store = new double[Math.min(n, block) * pp];
        Kalman kf = new Kalman(p, q, s2);
        kf.resetInitial(theta0, options.initialCovariance());
        for (int b = 0; b < blocks; b++) {
            System.arraycopy(kf.p.data, 0, checkpoints, b * pp, pp);
            int start = b * block;
            int end = Math.min(n, start + block);
            for (int t = start; t < end; t++) {
                kf.step(y, t, usable[t]);
                System.arraycopy(kf.theta.data, 0, theta, t * p, p);
                System.arraycopy(kf.p.data, 0, store, (t - start) * pp, pp);
            }
        }
        Smoother rts = new Smoother(p, q);
        for (int b = blocks - 1; b >= 0; b--) {
            int start = b * block;
            int end = Math.min(n, start + block);
            if (b != blocks - 1) {
                if (start == 0) {
                    kf.resetFrom(theta0, 0, checkpoints, 0);
                } else {
                    kf.resetFrom(theta, (start - 1) * p, checkpoints, b * pp);
                }
                for (int t = start; t < end; t++) {
                    kf.step(y, t, usable[t]);
                    System.arraycopy(kf.p.data, 0, store, (t - start) * pp, pp);
                }
            }
            for (int t = Math.min(end, n - 1) - 1; t >= start; t--) {
                rts.step(theta, t, store, (t - start) * pp);
            }
        }
        return theta;
    }

    /**
     * {@code s2(t) = v(t) / g(theta_t)}: the local variance {@code v(t)} of the normalised series (its squares averaged
     * with the weights {@code exp(-|t - u| / (tau fs))} over the valid samples, by one forward and one backward
     * first-order recursion) divided by the variance gain {@code g} of the AR model at {@code t}. Steps whose model
     * is not stable fall back to the stationary gain {@code 1 / s2}.
     */
    private double[] innovationVariance(double[] y, boolean[] valid, double[] theta, double s2Stationary, double fs,
            int[] unstable) {
        int n = y.length;
        int p = options.order();
        double decay = Math.exp(-1 / (options.innovationTimeConstantS() * fs));
        double[] num = new double[n];
        double[] den = new double[n];
        double sn = 0;
        double sd = 0;
        for (int t = 0; t < n; t++) {
            double w = valid[t] ? 1 : 0;
            sn = decay * sn + w * y[t] * y[t];
            sd = decay * sd + w;
            num[t] = sn;
            den[t] = sd;
        }
        sn = 0;
        sd = 0;
        double[] s2 = new double[n];
        double[] work = new double[2 * p];
        for (int t = n - 1; t >= 0; t--) {
            double w = valid[t] ? 1 : 0;
            double v = w * y[t] * y[t];
            sn = decay * sn + v;
            sd = decay * sd + w;
            double local = (num[t] + sn - v) / Math.max(1e-300, den[t] + sd - w);
            double g = varianceGain(theta, t * p, p, work);
            if (g > 0) {
                s2[t] = local / g;
            } else {
                s2[t] = local * s2Stationary;
                unstable[0]++;
            }
        }
        return s2;
    }

    /**
     * The variance gain {@code var(y) / s2 = 1 / prod_m (1 - k_m^2)} of the AR model {@code a[off..off+p-1]}, with the
     * reflection coefficients {@code k_m} from the step-down (backward Levinson) recursion
     * {@code a_(m-1)(i) = (a_m(i) - k_m a_m(m-i)) / (1 - k_m^2)}, {@code k_m = a_m(m)} (the Levinson recursion run
     * backwards, Kay &amp; Marple 1981);
     * 0 when some {@code |k_m| >= 1} (the model is not stable).
     */
    static double varianceGain(double[] a, int off, int p, double[] work) {
        double[] cur = work;
        System.arraycopy(a, off, cur, 0, p);
        double g = 1;
        for (int m = p; m >= 1; m--) {
            double k = cur[m - 1];
            if (!(Math.abs(k) < 1)) {
                return 0;
            }
            double d = 1 - k * k;
            g /= d;
            for (int i = 1; i < m; i++) {
                work[p + i - 1] = (cur[i - 1] - k * cur[m - i - 1]) / d;
            }
            System.arraycopy(work, p, cur, 0, m - 1);
        }
        return g;
    }

    /** The filter state and one step of it, on EJML matrices. */
    private static final class Kalman {
        final int order;
        final double q;
        final double s2;
        final DMatrixRMaj p;
        final DMatrixRMaj theta;
        final DMatrixRMaj h;
        final DMatrixRMaj ph;

        Kalman(int order, double q, double s2) {
            this.order = order;
            this.q = q;
            this.s2 = s2;
            p = new DMatrixRMaj(order, order);
            theta = new DMatrixRMaj(order, 1);
            h = new DMatrixRMaj(order, 1);
            ph = new DMatrixRMaj(order, 1);
        }

        /** The initial state: theta from the stationary fit, {@code P = p0 I}. */
        void resetInitial(double[] theta0, double p0) {
            System.arraycopy(theta0, 0, theta.data, 0, order);
            CommonOps_DDRM.setIdentity(p);
            CommonOps_DDRM.scale(p0, p);
        }

        /** A checkpointed state: theta from {@code src[offset..]}, P from {@code checkpoints[cp..]}. */
        void resetFrom(double[] src, int offset, double[] checkpoints, int cp) {
            System.arraycopy(src, offset, theta.data, 0, order);
            System.arraycopy(checkpoints, cp, p.data, 0, order * order);
        }

        void step(double[] y, int t, boolean update) {
            double[] pd = p.data;
            for (int i = 0; i < order; i++) {
                pd[i * order + i] += q;
            }
            if (!update) {
                return;
            }
            double[] hd = h.data;
            for (int k = 0; k < order; k++) {
                hd[k] = -y[t - 1 - k];
            }
            CommonOps_DDRM.mult(p, h, ph);
            double s = CommonOps_DDRM.dot(h, ph) + s2;
            double e = y[t] - CommonOps_DDRM.dot(h, theta);
            CommonOps_DDRM.addEquals(theta, e / s, ph);
            CommonOps_DDRM.multAddTransB(-1 / s, ph, ph, p);
        }
    }

    /** One backward step of the Rauch-Tung-Striebel smoother, on EJML matrices. */
    private static final class Smoother {
        final int order;
        final double q;
        final DMatrixRMaj pt;
        final DMatrixRMaj m;
        final DMatrixRMaj d;
        final DMatrixRMaj x;
        final DMatrixRMaj px;
        final LinearSolverDense<DMatrixRMaj> chol;

        Smoother(int order, double q) {
            this.order = order;
            this.q = q;
            pt = new DMatrixRMaj(order, order);
            m = new DMatrixRMaj(order, order);
            d = new DMatrixRMaj(order, 1);
            x = new DMatrixRMaj(order, 1);
            px = new DMatrixRMaj(order, 1);
            chol = LinearSolverFactory_DDRM.chol(order);
        }

        /** {@code theta[t] <- theta[t] + P_t (P_t + qI)^-1 (theta[t+1] - theta[t])}, theta[t+1] already smoothed. */
        void step(double[] theta, int t, double[] store, int offset) {
            int pp = order * order;
            System.arraycopy(store, offset, pt.data, 0, pp);
            System.arraycopy(store, offset, m.data, 0, pp);
            for (int i = 0; i < order; i++) {
                m.data[i * order + i] += q;
            }
            int base = t * order;
            for (int k = 0; k < order; k++) {
                d.data[k] = theta[base + order + k] - theta[base + k];
            }
            if (!chol.setA(m)) {
                throw new IllegalStateException("TVAR smoother: covariance not positive definite at sample " + t);
            }
            chol.solve(d, x);
            CommonOps_DDRM.mult(pt, x, px);
            for (int k = 0; k < order; k++) {
                theta[base + k] += px.data[k];
            }
        }
    }
}
