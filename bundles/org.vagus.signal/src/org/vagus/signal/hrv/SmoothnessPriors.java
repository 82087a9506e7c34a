package org.vagus.signal.hrv;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.interfaces.linsol.LinearSolverSparse;
import org.ejml.ops.DConvertMatrixStruct;
import org.ejml.sparse.FillReducing;
import org.ejml.sparse.csc.factory.LinearSolverFactory_DSCC;

/**
 * Smoothness-priors detrending (Tarvainen, Ranta-aho &amp; Karjalainen, An advanced detrending method with
 * application to HRV analysis, IEEE Trans Biomed Eng 49:172-175, 2002): the trend is the regularised
 * least-squares fit {@code (I + lambda^2 D2' D2)^-1 z} with {@code D2} the {@code (n-2) x n} second-difference
 * matrix, and the detrended series is {@code z - trend = (I - (I + lambda^2 D2' D2)^-1) z}. The system matrix is
 * symmetric positive definite and pentadiagonal; it is solved by EJML's sparse Cholesky ({@code ejml-dsparse}, no
 * fill-reducing ordering: a banded matrix factors without fill), so the cost is linear in the length (a 24 h
 * series at 4 Hz is no problem).
 * <p>
 * The detrending acts as a time-invariant high-pass {@code H(w) = lambda^2 u^2 / (1 + lambda^2 u^2)} with
 * {@code u = 4 sin^2(w / 2)} (edges aside), so its -3 dB cut-off is {@code fc = (fs / pi) asin(sqrt(c / lambda) / 2)}
 * with {@code c = 1 / sqrt(sqrt(2) - 1)}; lambda = 500 at 4 Hz gives 0.035 Hz, the value Tarvainen et al. quote.
 *
 * @param lambda the regularisation parameter (default 500)
 * @since 0.1.0
 */
public record SmoothnessPriors(double lambda) implements Detrending {
    /** Tarvainen et al.'s usual value. */
    public static final double DEFAULT_LAMBDA = 500;

    private static final double C = 1 / Math.sqrt(Math.sqrt(2) - 1);

    public SmoothnessPriors {
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("smoothness-priors lambda " + lambda + ": expected a finite value > 0");
        }
    }

    /** The lambda whose -3 dB cut-off is {@code cutoffHz} at {@code fs}. */
    public static SmoothnessPriors forCutoff(double cutoffHz, double fs) {
        if (!(cutoffHz > 0) || !(cutoffHz < fs / 2)) {
            throw new IllegalArgumentException("cut-off " + cutoffHz + " Hz must lie between 0 and " + fs / 2 + " Hz");
        }
        double s = Math.sin(Math.PI * cutoffHz / fs);
        return new SmoothnessPriors(C / (4 * s * s));
    }

    /** The -3 dB cut-off at {@code fs}, in hertz. */
    public double cutoffHz(double fs) {
        return fs / Math.PI * Math.asin(Math.sqrt(C / lambda) / 2);
    }

    @Override
    public double[] detrend(double[] z, double fs) {
        int n = z.length;
        if (n < 3) {
            double mean = 0;
            for (double v : z) {
                mean += v / n;
            }
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = z[i] - mean;
            }
            return y;
        }
        // the bands of D2'D2: each row r of D2 is (1, -2, 1) at columns r..r+2
        double[] d0 = new double[n];
        double[] d1 = new double[n - 1];
        double[] d2 = new double[n - 2];
        double[] w = {1, -2, 1};
        for (int r = 0; r < n - 2; r++) {
            for (int a = 0; a < 3; a++) {
                d0[r + a] += w[a] * w[a];
                if (a < 2) {
                    d1[r + a] += w[a] * w[a + 1];
                }
            }
            d2[r] += w[0] * w[2];
        }
        double l2 = lambda * lambda;
        DMatrixSparseTriplet t = new DMatrixSparseTriplet(n, n, 5 * n);
        for (int i = 0; i < n; i++) {
            t.addItem(i, i, 1 + l2 * d0[i]);
            if (i + 1 < n) {
                t.addItem(i, i + 1, l2 * d1[i]);
                t.addItem(i + 1, i, l2 * d1[i]);
            }
            if (i + 2 < n) {
                t.addItem(i, i + 2, l2 * d2[i]);
                t.addItem(i + 2, i, l2 * d2[i]);
            }
        }
        DMatrixSparseCSC a = DConvertMatrixStruct.convert(t, (DMatrixSparseCSC) null);
        LinearSolverSparse<DMatrixSparseCSC, DMatrixRMaj> solver = LinearSolverFactory_DSCC.cholesky(FillReducing.NONE);
        if (!solver.setA(a)) {
            throw new IllegalStateException("smoothness-priors system not positive definite (lambda " + lambda + ")");
        }
        DMatrixRMaj b = new DMatrixRMaj(n, 1, true, z);
        DMatrixRMaj trend = new DMatrixRMaj(n, 1);
        solver.solve(b, trend);
        double[] y = new double[n];
        double[] tr = trend.data;
        for (int i = 0; i < n; i++) {
            y[i] = z[i] - tr[i];
        }
        return y;
    }

    @Override
    public String describe() {
        return "smoothness priors (Tarvainen 2002), lambda " + lambda;
    }
}
