package org.vagus.signal.tests.hrv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.hrv.BandPowers;
import org.vagus.signal.hrv.FrequencyBands;
import org.vagus.signal.hrv.RrIntervals;
import org.vagus.signal.hrv.StandardHrv;
import org.vagus.signal.hrv.TimeDomainHrv;
import org.vagus.signal.hrv.UniformSeries;
import org.vagus.signal.hrv.WelchPsd;

/**
 * Standard HRV against independent computations in python3 (numpy 2.4, scipy 1.17; the script is reference_hrv.py
 * beside this test). For the recordings the
 * reference script parses the MIT annotation file itself (16-bit words, SKIP/NUM/SUB/CHN/AUX), takes the beat codes
 * N L R B A a J S V r F e j n E / f Q ?, and computes with numpy: NN = intervals between two N beats not longer
 * than 4 s; mean, std(ddof=1), RMSSD and pNN50 over the differences of adjacent NN intervals, mean(60000/NN),
 * SD1 = std(d/sqrt 2, ddof=1), SD2 = std((NN_i+1 + NN_i)/sqrt 2, ddof=1); the NN series interpolated with np.interp
 * at 4 Hz on the grid k/4 s after the first beat, each stretch between gaps of more than 4 s on its own;
 * scipy.signal.welch(stretch, fs=4, window='hann', nperseg=1024, noverlap=512, nfft=1024, detrend='constant') on
 * every stretch of at least 1024 samples, averaged weighted by segment count; band power = sum of P * df for
 * lo &lt;= f &lt; hi; Burg order 16 by a vectorised numpy implementation over the stretches, its spectrum
 * {@code 2 E / fs / |1 + sum a_k exp(-2 pi i f k / fs)|^2} integrated by the midpoint rule on 0.0005 Hz cells.
 */
class StandardHrvTest {
    /** Relative agreement asked: the bar is 0.1 %, the implementations agree to the printed digits. */
    static final double REL = 1e-7; // the bar is 1e-3; the references are printed to 10 significant digits

    @Test
    void nsr001AgreesWithNumpyAndScipy() throws Exception {
        StandardHrv h = StandardHrv.of(HrvData.nsr001());
        TimeDomainHrv td = h.timeDomain();
        assertEquals(106295, td.nnCount());
        assertEquals(106212, td.differenceCount());
        close(760.4856326, td.meanNnMs(), "mean NN");
        close(168.5449476, td.sdnnMs(), "SDNN");
        close(32.09006999, td.rmssdMs(), "RMSSD");
        close(8.676044138, td.pnn50Percent(), "pNN50");
        close(82.56931269, td.meanHrBpm(), "mean HR");
        close(22.6912124, td.sd1Ms(), "SD1");
        close(237.3059218, td.sd2Ms(), "SD2");
        assertEquals(627, h.welch().orElseThrow().segments());
        BandPowers w = h.welchPowers().orElseThrow();
        close(2548.721078, w.vlf(), "Welch VLF");
        close(685.4652312, w.lf(), "Welch LF");
        close(334.0184909, w.hf(), "Welch HF");
        close(3568.2048, w.total(), "Welch total");
        close(0.6723650573, w.nLf(), "Welch nLF");
        close(0.3276349427, w.nHf(), "Welch nHF");
        close(2.052177499, w.lfHf(), "Welch LF/HF");
        close(0.7142866569, w.relativeVlf(), "Welch relative VLF");
        close(0.1921036683, w.relativeLf(), "Welch relative LF");
        close(0.09360967479, w.relativeHf(), "Welch relative HF");
        close(26.24986546, h.ar().orElseThrow().noiseVariance(), "Burg error power");
        close(-2.035685393, h.ar().orElseThrow().coefficients()[0], "Burg a1");
        BandPowers ar = h.arPowers().orElseThrow();
        close(29976.9322, ar.vlf(), "AR VLF");
        close(550.3447198, ar.lf(), "AR LF");
        close(362.7808691, ar.hf(), "AR HF");
        close(0.397295699, ar.nHf(), "AR nHF");
        assertEquals(1, h.notes().size(), "the masked gaps are reported: " + h.notes());
        assertTrue(h.notes().get(0).startsWith("79 of 323860"), h.notes().get(0));
    }

    @Test
    void afdb03665AgreesWithNumpyAndScipy() throws Exception {
        StandardHrv h = StandardHrv.of(HrvData.afdb03665());
        TimeDomainHrv td = h.timeDomain();
        assertEquals(52764, td.nnCount());
        close(682.2751118, td.meanNnMs(), "mean NN");
        close(164.142361, td.sdnnMs(), "SDNN");
        close(209.8728358, td.rmssdMs(), "RMSSD");
        close(48.38238917, td.pnn50Percent(), "pNN50");
        close(93.56454982, td.meanHrBpm(), "mean HR");
        close(148.4039117, td.sd1Ms(), "SD1");
        close(178.4993353, td.sd2Ms(), "SD2");
        BandPowers w = h.welchPowers().orElseThrow();
        assertEquals(280, h.welch().orElseThrow().segments());
        close(1808.972181, w.vlf(), "Welch VLF");
        close(2534.965984, w.lf(), "Welch LF");
        close(4920.262588, w.hf(), "Welch HF");
        BandPowers ar = h.arPowers().orElseThrow();
        close(9066.908821, ar.vlf(), "AR VLF");
        close(2964.43423, ar.lf(), "AR LF");
        close(4773.382976, ar.hf(), "AR HF");
        assertTrue(h.notes().isEmpty(), h.notes().toString());
    }

    @Test
    void timeDomainSmallExample() {
        // rr = [800, 810, 790, 850, 780, 820, 905, 760]: numpy mean, std(ddof=1), ...
        TimeDomainHrv td = TimeDomainHrv.of(RrIntervals.ofIntervalsMs(0,
                new double[] {800, 810, 790, 850, 780, 820, 905, 760}), 4);
        assertEquals(814.375, td.meanNnMs(), 1e-9);
        assertEquals(45.46878835295388, td.sdnnMs(), 1e-9);
        assertEquals(74.4983221287567, td.rmssdMs(), 1e-9);
        assertEquals(57.14285714285714, td.pnn50Percent(), 1e-9);
        assertEquals(73.86889950621031, td.meanHrBpm(), 1e-9);
        assertEquals(56.73140559648051, td.sd1Ms(), 1e-9);
        assertEquals(31.66979934379428, td.sd2Ms(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> TimeDomainHrv.of(RrIntervals.ofIntervalsMs(0,
                new double[] {800, 810}), 4));
    }

    @Test
    void welchSmallExampleAgreesWithScipy() {
        // scipy.signal.welch(x, fs=4, window='hann', nperseg=256, noverlap=128, nfft=256, detrend='constant'),
        // x as in DetrendingTest
        UniformSeries s = new UniformSeries(0, SamplingRate.ofHertz(4), Unit.MILLISECOND, DetrendingTest.x(2000));
        WelchPsd.Spectrum p = new WelchPsd(64, 0.5).estimate(s);
        assertEquals(129, p.density().length);
        assertEquals(Unit.of("ms^2/Hz"), p.unit());
        double[] d = p.density();
        assertEquals(42.4873372785059, d[0], 42.48 * 1e-9);
        assertEquals(4629.9402917048765, d[1], 4629.9 * 1e-9);
        assertEquals(0.0016314165466640694, d[8], 1e-12);
        assertEquals(0.14208493724534985, d[40], 1e-10);
        assertEquals(1.8035423685196294e-10, d[128], 1e-15);
        BandPowers b = p.bandPowers(FrequencyBands.taskForce());
        assertEquals(374.5381227937186, b.vlf(), 1e-8);
        assertEquals(83.27079201306611, b.lf(), 1e-9);
        assertEquals(1.5498779855886573e-05, b.hf(), 1e-12);
    }

    @Test
    void shortRecordingsHaveNoWelchButNeverNaN() {
        double[] rr = new double[120];
        for (int i = 0; i < rr.length; i++) {
            rr[i] = 800 + 40 * Math.sin(i * 0.9) + 20 * Math.sin(i * 0.31);
        }
        StandardHrv h = StandardHrv.of(RrIntervals.ofIntervalsMs(0, rr));
        assertFalse(h.welch().isPresent());
        assertTrue(h.notes().get(0).contains("too short for Welch"), h.notes().toString());
        BandPowers ar = h.arPowers().orElseThrow();
        assertTrue(Double.isFinite(ar.nHf()) && ar.hf() > 0);
    }

    static void close(double expected, double actual, String what) {
        assertTrue(Math.abs(actual - expected) <= REL * Math.abs(expected), what + ": expected " + expected + " (numpy/scipy),"
                + " got " + actual);
    }
}
