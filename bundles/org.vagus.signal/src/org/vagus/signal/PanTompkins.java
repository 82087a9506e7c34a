package org.vagus.signal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.vagus.core.units.SamplingRate;
import org.vagus.io.Signal;
import org.vagus.signal.filter.Biquad;

/**
 * QRS detection after Pan &amp; Tompkins (A real-time QRS detection algorithm, IEEE Trans Biomed Eng
 * 32:230-236, 1985), with the decision rules as analysed by Hamilton &amp; Tompkins (Quantitative investigation
 * of QRS detection rules using the MIT/BIH arrhythmia database, IEEE Trans Biomed Eng 33:1157-1165, 1986),
 * working at any sampling rate:
 * <ol>
 * <li>band-pass 5-15 Hz: a second-order Butterworth high-pass and low-pass designed for the real rate
 * (the paper's integer filters are only right at 200 Hz); the input is offset by its first sample so the
 * filters start without a step;</li>
 * <li>derivative (central difference), squaring, moving-window integration over 150 ms;</li>
 * <li>candidate peaks: local maxima of the integrated signal that are the largest within one integration
 * window on either side (the integrator does not resolve events closer than its window);</li>
 * <li>the decision rules of {@link PanTompkinsDecision}: adaptive thresholds on both the integrated and the
 * band-passed signal, 200 ms refractory period, T-wave discrimination by slope within 360 ms, search-back at
 * 166 % of the RR average with the lower thresholds, halved thresholds for irregular rhythm;</li>
 * <li>the R peak on the ECG itself: the extreme of the band-passed signal over the integration window that
 * produced the candidate, shifted back by the band-pass group delay at the band's centre, gives the place;
 * the R peak is the sample of the raw ECG with the largest absolute deviation from the local baseline (the
 * median of about 16 evenly spaced samples over one integration window on either side) within
 * {@link Parameters#peakSearchS()} of that place, so inverted leads and QS complexes work.</li>
 * </ol>
 * All windows are given in seconds and converted at the signal's rate. The detector is amplitude-scale
 * invariant (every threshold adapts).
 * <p>
 * The chain runs in one pass over the ECG, block by block (a few thousand samples, see
 * {@link PanTompkinsFrontEnd}): each block is filtered into small sliding buffers, its settled candidates go
 * through the decision rules, and each new QRS is located on the ECG while the block is still in the cache. As
 * every rule looks only at the current candidate and earlier ones, and every value is computed by the same
 * floating-point operations in the same order, the result is the same as running each stage over the whole
 * signal in turn. Hot loops run over primitive arrays without allocation per sample.
 *
 * @since 0.1.0
 */
public final class PanTompkins implements PeakDetector {
    /** At most about this many samples estimate the local baseline (a median) around each R peak. */
    private static final int BASELINE_POINTS = 16;

    /**
     * The parameters, in hertz and seconds; {@link #defaults()} are the published values.
     *
     * @param lowCutHz band-pass lower edge (5 Hz)
     * @param highCutHz band-pass upper edge (15 Hz)
     * @param integrationWindowS moving-window integration length (0.150 s)
     * @param refractoryS refractory period after a QRS (0.200 s)
     * @param tWaveWindowS candidates closer than this to the last QRS get the T-wave slope test (0.360 s)
     * @param tWaveSlopeRatio a candidate whose maximal slope is under this fraction of the last QRS's is a T
     *        wave (0.5)
     * @param searchBackFactor search back when no QRS came within this multiple of the RR average (1.66)
     * @param learningS the learning phase that initialises the signal and noise levels (2 s)
     * @param peakSearchS half-width of the window on the raw ECG where the R peak is located (0.05 s)
     * @param halveThresholdsWhenIrregular halve the first thresholds while the rhythm is irregular (true)
     */
    public record Parameters(double lowCutHz, double highCutHz, double integrationWindowS, double refractoryS,
            double tWaveWindowS, double tWaveSlopeRatio, double searchBackFactor, double learningS,
            double peakSearchS, boolean halveThresholdsWhenIrregular) {

        public Parameters {
            if (!(lowCutHz > 0) || !(highCutHz > lowCutHz)) {
                throw new IllegalArgumentException("band " + lowCutHz + "-" + highCutHz + " Hz: expected 0 < low < high");
            }
            for (double s : new double[] {integrationWindowS, refractoryS, tWaveWindowS, searchBackFactor,
                    learningS, peakSearchS, tWaveSlopeRatio}) {
                if (!(s > 0) || Double.isInfinite(s)) {
                    throw new IllegalArgumentException("detector parameters must be finite and > 0: " + s);
                }
            }
        }

        /** The values of Pan &amp; Tompkins 1985. */
        public static Parameters defaults() {
            return new Parameters(5, 15, 0.150, 0.200, 0.360, 0.5, 1.66, 2.0, 0.05, true);
        }

        Map<String, String> describe() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("band", lowCutHz + "-" + highCutHz + " Hz (2nd-order Butterworth high-pass and low-pass)");
            m.put("integration_window", integrationWindowS + " s");
            m.put("refractory", refractoryS + " s");
            m.put("t_wave_window", tWaveWindowS + " s");
            m.put("t_wave_slope_ratio", Double.toString(tWaveSlopeRatio));
            m.put("search_back_factor", Double.toString(searchBackFactor));
            m.put("learning", learningS + " s");
            m.put("peak_search", "+-" + peakSearchS + " s on the raw ECG");
            m.put("halve_thresholds_when_irregular", Boolean.toString(halveThresholdsWhenIrregular));
            return m;
        }
    }

    private final Parameters parameters;

    /** A detector with the published parameters. */
    public PanTompkins() {
        this(Parameters.defaults());
    }

    public PanTompkins(Parameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    public Parameters parameters() {
        return parameters;
    }

    @Override
    public String name() {
        return "pan-tompkins";
    }

    /**
     * @throws IllegalArgumentException if the sampling rate is too low for the band-pass (below about 2.2
     *         times its upper edge)
     */
    @Override
    public RPeaks detect(Signal ecg) {
        SamplingRate rate = ecg.rate();
        double fs = rate.hertz();
        if (fs < 2.2 * parameters.highCutHz()) {
            throw new IllegalArgumentException("sampling rate " + fs + " Hz is too low for a band-pass up to "
                    + parameters.highCutHz() + " Hz");
        }
        int n = ecg.length();
        int w = Math.max(1, (int) Math.round(parameters.integrationWindowS() * fs));
        if (n < 2 * w + 3) {
            return new RPeaks(rate, new int[0], name(), parameters.describe());
        }
        Biquad hp = Biquad.butterworthHighPass(parameters.lowCutHz(), fs);
        Biquad lp = Biquad.butterworthLowPass(parameters.highCutHz(), fs);
        double centre = (parameters.lowCutHz() + parameters.highCutHz()) / 2;
        int delay = (int) Math.round(hp.groupDelay(centre, fs) + lp.groupDelay(centre, fs));
        int[] peaks = detect(ecg, hp, lp, w, delay, false);
        if (peaks == null) {
            // a NaN came through the filters: again, holding the last valid sample over invalid ones
            peaks = detect(ecg, hp, lp, w, delay, true);
        }
        return new RPeaks(rate, peaks, name(), parameters.describe());
    }

    /**
     * The whole chain in one pass over the ECG, block by block: the front end filters a block and hands over the
     * candidates it settled, the decision rules run over them, and each new QRS is located on the ECG while its
     * samples are still in the cache.
     *
     * @return the R peaks, or null if a NaN came through and {@code holdNaN} is false
     */
    private int[] detect(Signal ecg, Biquad hp, Biquad lp, int w, int delay, boolean holdNaN) {
        double fs = ecg.rate().hertz();
        int n = ecg.length();
        int learn = (int) Math.min(n, Math.max(1, Math.round(parameters.learningS() * fs)));
        int half = (int) Math.round(parameters.peakSearchS() * fs);
        PanTompkinsFrontEnd front = new PanTompkinsFrontEnd(ecg, hp, lp, w, learn, holdNaN);
        PanTompkinsDecision decision = new PanTompkinsDecision(parameters, fs);
        int[] peaks = new int[64];
        int count = 0;
        int located = 0;
        double[] scratch = new double[2 * w + 1];
        for (int end = 0; end < n;) {
            end = (int) Math.min(n, (long) end + front.blockLength());
            if (!front.advance(end, decision)) {
                return null;
            }
            if (end == n) {
                decision.finish(n);
            } else {
                decision.run();
            }
            for (; located < decision.detectedCount(); located++) {
                int peak = locate(ecg, decision.detected(located), delay, half, w, scratch);
                if (count == 0 || peak > peaks[count - 1]) {
                    if (count == peaks.length) {
                        peaks = Arrays.copyOf(peaks, 2 * count);
                    }
                    peaks[count++] = peak;
                }
            }
        }
        return Arrays.copyOf(peaks, count);
    }

    /**
     * The R peak of one detection on the raw ECG: the sample of largest absolute deviation from the local
     * baseline within {@code half} samples of the delay-compensated band-pass extreme {@code fiducial}. The
     * baseline is the median of about {@link #BASELINE_POINTS} evenly spaced raw samples over one integration
     * window on either side, which the isoelectric segments dominate; so the taller of R and S (or of a QS
     * complex) wins, whatever the lead's polarity.
     */
    private static int locate(Signal ecg, int fiducial, int delay, int half, int w, double[] scratch) {
        int n = ecg.length();
        int c = Math.max(0, Math.min(n - 1, fiducial - delay));
        int lo = Math.max(0, c - w);
        int hi = Math.min(n - 1, c + w);
        int stride = Math.max(1, (hi - lo + 1) / BASELINE_POINTS);
        int m = 0;
        for (int i = lo; i <= hi; i += stride) {
            double v = ecg.sample(i);
            if (v == v) {
                scratch[m++] = v;
            }
        }
        double baseline = m == 0 ? 0 : select(scratch, m, m / 2);
        int from = Math.max(0, c - half);
        int to = Math.min(n - 1, c + half);
        // the largest deviation by a plain reduction, then its first sample; over invalid (NaN) samples the
        // reduction gives NaN, and then a scan that skips them
        double largest = -1;
        for (int i = from; i <= to; i++) {
            largest = Math.max(largest, Math.abs(ecg.sample(i) - baseline));
        }
        int best = c;
        if (largest != largest) {
            double bestValue = -1;
            for (int i = from; i <= to; i++) {
                double v = Math.abs(ecg.sample(i) - baseline);
                if (v > bestValue) {
                    bestValue = v;
                    best = i;
                }
            }
        } else {
            for (int i = from; i <= to; i++) {
                if (Math.abs(ecg.sample(i) - baseline) == largest) {
                    best = i;
                    break;
                }
            }
        }
        return best;
    }

    /** The k-th smallest of {@code a[0..m)} (Hoare's selection; reorders {@code a}). */
    private static double select(double[] a, int m, int k) {
        int left = 0;
        int right = m - 1;
        while (left < right) {
            double pivot = a[(left + right) >>> 1];
            int i = left;
            int j = right;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }
}
