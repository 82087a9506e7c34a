package org.vagus.signal.tests.hrv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.hrv.ArModel;
import org.vagus.signal.hrv.BandPowers;
import org.vagus.signal.hrv.Burg;
import org.vagus.signal.hrv.FrequencyBands;
import org.vagus.signal.hrv.HrvTimeCourse;
import org.vagus.signal.hrv.TvarFit;
import org.vagus.signal.hrv.TvarModel;
import org.vagus.signal.hrv.UniformSeries;

/**
 * An AR(4) process with known poles must give back its spectrum: pole pairs at 0.1 Hz (radius 0.95) and 0.27 Hz
 * (radius 0.97) at 4 Hz sampling, driven by white noise of variance 100 ms^2: band-limited stochastic LF and HF
 * components (nHF 0.33), with the VLF the low-frequency tail gives.
 */
class ArSpectrumTest {
    static final double FS = 4;
    static final FrequencyBands BANDS = FrequencyBands.taskForce();

    /** The coefficients a_1..a_4 of prod_j (1 - 2 r_j cos(w_j) z^-1 + r_j^2 z^-2). */
    static double[] truth() {
        double[][] pairs = {{0.1, 0.95}, {0.27, 0.97}};
        double[] poly = {1};
        for (double[] p : pairs) {
            double w = 2 * Math.PI * p[0] / FS;
            double[] q = {1, -2 * p[1] * Math.cos(w), p[1] * p[1]};
            double[] next = new double[poly.length + 2];
            for (int i = 0; i < poly.length; i++) {
                for (int j = 0; j < 3; j++) {
                    next[i + j] += poly[i] * q[j];
                }
            }
            poly = next;
        }
        return java.util.Arrays.copyOfRange(poly, 1, poly.length);
    }

    static UniformSeries process(double seconds, long seed) {
        double[] a = truth();
        int n = (int) (seconds * FS);
        int burn = 4000;
        double[] y = new double[n + burn];
        Random rnd = new Random(seed);
        for (int t = 0; t < y.length; t++) {
            double v = 10 * rnd.nextGaussian();
            for (int k = 0; k < a.length && k < t; k++) {
                v -= a[k] * y[t - 1 - k];
            }
            y[t] = v;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = 1000 + y[burn + i];
        }
        return new UniformSeries(0, SamplingRate.ofHertz(FS), Unit.MILLISECOND, out);
    }

    static BandPowers truePowers() {
        return new ArModel(truth(), 100, SamplingRate.ofHertz(FS), Unit.MILLISECOND_SQUARED).bandPowers(BANDS, 0.0001);
    }

    @Test
    void integratedSpectrumIsTheVariance() {
        // AR(2): var = (1 - a2) / ((1 + a2)((1 - a2)^2 - a1^2)) s2 in the y = a1 y1 + a2 y2 + e convention
        double a1 = 2 * 0.9 * Math.cos(2 * Math.PI * 0.3 / FS);
        double a2 = -0.81;
        double var = (1 - a2) / ((1 + a2) * ((1 - a2) * (1 - a2) - a1 * a1));
        ArModel m = new ArModel(new double[] {-a1, -a2}, 1, SamplingRate.ofHertz(FS), Unit.MILLISECOND_SQUARED);
        BandPowers all = m.bandPowers(new FrequencyBands(0.5, 1, 2), 0.0005);
        assertEquals(var, all.total(), var * 1e-6);
    }

    @Test
    void burgGivesBackTheCoefficientsAndSpectrum() {
        UniformSeries s = process(7200, 1);
        ArModel m = Burg.fit(s, 4);
        double[] a = m.coefficients();
        double[] t = truth();
        for (int k = 0; k < 4; k++) {
            assertEquals(t[k], a[k], 0.02, "a_" + (k + 1));
        }
        assertEquals(100, m.noiseVariance(), 3, "innovation variance");
        BandPowers truth = truePowers();
        BandPowers est = m.bandPowers(BANDS);
        System.out.printf(java.util.Locale.ROOT, "AR(4) known poles: truth %s%n  Burg(4) %s%n  Burg(16) %s%n", truth, est,
                Burg.fit(s, 16).bandPowers(BANDS));
        assertRelative(truth.vlf(), est.vlf(), 0.15, "VLF");
        assertRelative(truth.lf(), est.lf(), 0.10, "LF");
        assertRelative(truth.hf(), est.hf(), 0.10, "HF");
        assertEquals(truth.nHf(), est.nHf(), 0.02);
        // the spectral peaks of two resonances lie near (not exactly at) the pole angles
        ArModel exact = new ArModel(truth(), 100, SamplingRate.ofHertz(FS), Unit.MILLISECOND_SQUARED);
        assertEquals(exact.peak(0.15, 0.4).getAsDouble(), m.peak(0.15, 0.4).getAsDouble(), 0.003);
        assertEquals(exact.peak(0.04, 0.15).getAsDouble(), m.peak(0.04, 0.15).getAsDouble(), 0.003);
        assertEquals(0.27, exact.peak(0.15, 0.4).getAsDouble(), 0.01);
    }

    /** Four realisations of 30 min; the time average of the TVAR spectrum against the truth. */
    @Test
    void tvarGivesBackTheStationarySpectrum() {
        BandPowers truth = truePowers();
        double lf = 0;
        double hf = 0;
        double nhf = 0;
        double errLf = 0;
        double errHf = 0;
        double errN = 0;
        int n = 0;
        TvarFit fit = null;
        HrvTimeCourse c = null;
        for (int seed = 1; seed <= 4; seed++) {
            fit = new TvarModel().fit(process(1800, seed));
            assertEquals(0, fit.unstableSteps());
            c = fit.bandPowers();
            for (int i = 240; i < c.length() - 240; i++) {
                lf += c.lf(i);
                hf += c.hf(i);
                nhf += c.nHf(i);
                errLf += Math.abs(c.lf(i) / truth.lf() - 1);
                errHf += Math.abs(c.hf(i) / truth.hf() - 1);
                errN += Math.abs(c.nHf(i) - truth.nHf());
                n++;
            }
        }
        System.out.printf(java.util.Locale.ROOT, "TVAR(12) on AR(4), 4 x 30 min: time-averaged LF %.1f %%, HF %.1f %% off the"
                + " truth, mean nHF %.3f (truth %.3f); at one step: mean |error| LF %.1f %%, HF %.1f %%, nHF %.3f%n",
                100 * (lf / n / truth.lf() - 1), 100 * (hf / n / truth.hf() - 1), nhf / n, truth.nHf(), 100 * errLf / n,
                100 * errHf / n, errN / n);
        assertRelative(truth.lf(), lf / n, 0.08, "time-averaged LF");
        assertRelative(truth.hf(), hf / n, 0.08, "time-averaged HF");
        assertEquals(truth.nHf(), nhf / n, 0.03, "mean nHF");
        assertTrue(errLf / n < 0.45 && errHf / n < 0.45 && errN / n < 0.12, "errors at one step");
        ArModel exact = new ArModel(truth(), 100, SamplingRate.ofHertz(FS), Unit.MILLISECOND_SQUARED);
        assertEquals(exact.peak(0.15, 0.4).getAsDouble(),
                fit.model(c.length() / 2, Unit.MILLISECOND_SQUARED).peak(0.15, 0.4).getAsDouble(), 0.01);
    }

    @Test
    void burgNeedsSamples() {
        UniformSeries s = new UniformSeries(0, SamplingRate.ofHertz(4), Unit.MILLISECOND, new double[10]);
        assertThrows(IllegalArgumentException.class, () -> Burg.fit(s, 16));
    }

    static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertTrue(Math.abs(actual / expected - 1) < tolerance, what + ": expected " + expected + " got " + actual);
    }
}
