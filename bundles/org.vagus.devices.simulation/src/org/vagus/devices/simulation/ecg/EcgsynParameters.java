package org.vagus.devices.simulation.ecg;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.vagus.core.units.SamplingRate;

/**
 * The parameters of the ECGSYN simulation (McSharry et al., IEEE Trans Biomed Eng 50:289-294, 2003): heart rate
 * and its variability, morphology, respiration, noise, rates and the seed. Immutable; build with
 * {@link #builder()}, whose defaults are listed on each setter.
 *
 * @param rate the output sampling rate (1000 Hz, the BITalino's)
 * @param internalRateHz the lowest internal integration rate; the integration runs at the smallest integer
 *            multiple of {@code rate} at or above it, and every output sample is an integration point (1000 Hz)
 * @param meanHeartRateBpm mean heart rate, {@code 60 / mean RR}, in bpm (70)
 * @param rrSdMs standard deviation of the RR process, in ms (50); the SDNN of the generated beats comes close
 * @param lfHz centre of the low-frequency (Mayer wave) peak of the RR spectrum, in Hz (0.1)
 * @param lfWidthHz standard deviation of the LF peak, in Hz (0.01)
 * @param hfHz centre of the high-frequency (respiratory sinus arrhythmia) peak, in Hz (0.25)
 * @param hfWidthHz standard deviation of the HF peak, in Hz (0.01)
 * @param lfHfRatio ratio of LF to HF power of the RR process (0.5, ECGSYN's default)
 * @param respirationHz frequency of the respiratory baseline wander, in Hz (the HF centre unless set)
 * @param baselineWanderMv amplitude {@code A} of the baseline {@code z0(t) = A sin(2 pi f t)}, in mV (0.15, the
 *            paper's); the z equation low-passes it, so the wander seen in the ECG is smaller
 * @param noiseSdMv standard deviation of additive white Gaussian noise, in mV (0.02)
 * @param rPeakMv height of the R wave above the isoelectric line at the mean heart rate, in mV (1.2)
 * @param morphology the PQRST waves ({@link WaveMorphology#standard()})
 * @param scaleMorphologyWithHeartRate adapt widths and angles to the mean heart rate as ECGSYN does (true)
 * @param integrator how the three ODEs are integrated ({@link Integrator#RUNGE_KUTTA_4})
 * @param seed the seed of every random choice (RR phases, respiration phase, noise): equal parameters give
 *            identical samples
 * @since 0.1.0
 */
public record EcgsynParameters(SamplingRate rate, double internalRateHz, double meanHeartRateBpm, double rrSdMs,
        double lfHz, double lfWidthHz, double hfHz, double hfWidthHz, double lfHfRatio, double respirationHz,
        double baselineWanderMv, double noiseSdMv, double rPeakMv, WaveMorphology morphology,
        boolean scaleMorphologyWithHeartRate, Integrator integrator, long seed) {

    /**
     * The two implementations of the same classical fourth-order Runge-Kutta scheme with a fixed step. They give
     * the same samples to rounding (about 1e-12 mV); {@link #RUNGE_KUTTA_4} is the faster (see
     * {@link SimulationBenchmark}).
     */
    public enum Integrator {
        /** A fixed-step RK4 over primitive state, no allocation per step. */
        RUNGE_KUTTA_4,
        /** Commons Math's {@code ClassicalRungeKuttaIntegrator}, one call per integration step. */
        COMMONS_MATH_RUNGE_KUTTA_4
    }

    /**
     * @throws IllegalArgumentException naming the parameter and the expected range when a value is out of range
     */
    public EcgsynParameters {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(morphology, "morphology");
        Objects.requireNonNull(integrator, "integrator");
        range("internal rate", internalRateHz, "Hz", 100, 100_000);
        range("mean heart rate", meanHeartRateBpm, "bpm", 25, 220);
        range("SD of RR", rrSdMs, "ms", 0, 300);
        range("LF centre", lfHz, "Hz", 0.01, 0.5);
        range("LF width", lfWidthHz, "Hz", 1e-4, 0.2);
        range("HF centre", hfHz, "Hz", 0.05, 1);
        range("HF width", hfWidthHz, "Hz", 1e-4, 0.2);
        range("LF/HF ratio", lfHfRatio, "", 0, 1e6);
        range("respiration frequency", respirationHz, "Hz", 0, 2);
        range("baseline wander", baselineWanderMv, "mV", 0, 10);
        range("noise SD", noiseSdMv, "mV", 0, 10);
        range("R-peak height", rPeakMv, "mV", 1e-3, 50);
        if (rate.hertz() < 50) {
            throw new IllegalArgumentException("output rate " + rate + ": expected at least 50 Hz for an ECG");
        }
        double beatHz = meanHeartRateBpm / 60;
        if (hfHz + 4 * hfWidthHz >= beatHz / 2) {
            throw new IllegalArgumentException("HF peak " + hfHz + " Hz (+- " + hfWidthHz + " Hz) must lie well below"
                    + " half the mean heart rate (" + beatHz / 2 + " Hz), where beats cannot sample it");
        }
    }

    private static void range(String what, double v, String unit, double lo, double hi) {
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(what + ": " + v + (unit.isEmpty() ? "" : " " + unit) + ", expected "
                    + lo + " to " + hi + (unit.isEmpty() ? "" : " " + unit));
        }
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these parameters, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.rate = rate;
        b.internalRateHz = internalRateHz;
        b.meanHeartRateBpm = meanHeartRateBpm;
        b.rrSdMs = rrSdMs;
        b.lfHz = lfHz;
        b.lfWidthHz = lfWidthHz;
        b.hfHz = hfHz;
        b.hfWidthHz = hfWidthHz;
        b.lfHfRatio = lfHfRatio;
        b.respirationHz = respirationHz == hfHz ? Double.NaN : respirationHz;
        b.baselineWanderMv = baselineWanderMv;
        b.noiseSdMv = noiseSdMv;
        b.rPeakMv = rPeakMv;
        b.morphology = morphology;
        b.scaleMorphologyWithHeartRate = scaleMorphologyWithHeartRate;
        b.integrator = integrator;
        b.seed = seed;
        return b;
    }

    /** Mean RR interval, in seconds: {@code 60 / meanHeartRateBpm}. */
    public double meanRrS() {
        return 60 / meanHeartRateBpm;
    }

    /** The internal integration rate: the smallest integer multiple of the output rate at or above {@link #internalRateHz()}. */
    public double effectiveInternalRateHz() {
        return stepsPerSample() * rate.hertz();
    }

    /** Integration steps per output sample, at least 1. */
    public int stepsPerSample() {
        return Math.max(1, (int) Math.ceil(internalRateHz / rate.hertz() - 1e-9));
    }

    /** The parameters as text, for provenance (the recording's sidecar, the report). */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("model", "ECGSYN (McSharry et al. 2003, IEEE TBME 50:289)");
        m.put("sampling_rate", rate.hertz() + " Hz");
        m.put("internal_rate", effectiveInternalRateHz() + " Hz");
        m.put("mean_heart_rate", meanHeartRateBpm + " bpm");
        m.put("rr_sd", rrSdMs + " ms");
        m.put("lf", String.format(Locale.ROOT, "%s Hz (sd %s Hz)", lfHz, lfWidthHz));
        m.put("hf", String.format(Locale.ROOT, "%s Hz (sd %s Hz)", hfHz, hfWidthHz));
        m.put("lf_hf_ratio", Double.toString(lfHfRatio));
        m.put("respiration", respirationHz + " Hz");
        m.put("baseline_wander", baselineWanderMv + " mV");
        m.put("noise_sd", noiseSdMv + " mV");
        m.put("r_peak", rPeakMv + " mV");
        m.put("morphology", morphology.toString());
        m.put("scale_morphology_with_heart_rate", Boolean.toString(scaleMorphologyWithHeartRate));
        m.put("integrator", integrator.name());
        m.put("seed", Long.toString(seed));
        return m;
    }

    /** Builds {@link EcgsynParameters}; each setter names its default. */
    public static final class Builder {
        private SamplingRate rate = SamplingRate.ofHertz(1000);
        private double internalRateHz = 1000;
        private double meanHeartRateBpm = 70;
        private double rrSdMs = 50;
        private double lfHz = 0.1;
        private double lfWidthHz = 0.01;
        private double hfHz = 0.25;
        private double hfWidthHz = 0.01;
        private double lfHfRatio = 0.5;
        private double respirationHz = Double.NaN;
        private double baselineWanderMv = 0.15;
        private double noiseSdMv = 0.02;
        private double rPeakMv = 1.2;
        private WaveMorphology morphology = WaveMorphology.standard();
        private boolean scaleMorphologyWithHeartRate = true;
        private Integrator integrator = Integrator.RUNGE_KUTTA_4;
        private long seed = 1;

        private Builder() {
        }

        /** Output sampling rate (1000 Hz). */
        public Builder rate(SamplingRate value) {
            rate = Objects.requireNonNull(value, "rate");
            return this;
        }

        /** Output sampling rate in hertz (1000). */
        public Builder rateHz(double hertz) {
            return rate(SamplingRate.ofHertz(hertz));
        }

        /** Lowest internal integration rate, in Hz (1000). */
        public Builder internalRateHz(double value) {
            internalRateHz = value;
            return this;
        }

        /** Mean heart rate, in bpm (70). */
        public Builder meanHeartRateBpm(double value) {
            meanHeartRateBpm = value;
            return this;
        }

        /** Standard deviation of the RR process, in ms (50). */
        public Builder rrSdMs(double value) {
            rrSdMs = value;
            return this;
        }

        /** LF peak centre and width, in Hz (0.1, 0.01). */
        public Builder lf(double centreHz, double widthHz) {
            lfHz = centreHz;
            lfWidthHz = widthHz;
            return this;
        }

        /** HF peak centre and width, in Hz (0.25, 0.01). */
        public Builder hf(double centreHz, double widthHz) {
            hfHz = centreHz;
            hfWidthHz = widthHz;
            return this;
        }

        /** LF/HF power ratio (0.5). */
        public Builder lfHfRatio(double value) {
            lfHfRatio = value;
            return this;
        }

        /** Respiration frequency of the baseline wander, in Hz (the HF centre). */
        public Builder respirationHz(double value) {
            respirationHz = value;
            return this;
        }

        /** Amplitude of the respiratory baseline, in mV (0.15). */
        public Builder baselineWanderMv(double value) {
            baselineWanderMv = value;
            return this;
        }

        /** Standard deviation of white Gaussian noise, in mV (0.02). */
        public Builder noiseSdMv(double value) {
            noiseSdMv = value;
            return this;
        }

        /** R-wave height above the isoelectric line, in mV (1.2). */
        public Builder rPeakMv(double value) {
            rPeakMv = value;
            return this;
        }

        /** The PQRST morphology ({@link WaveMorphology#standard()}). */
        public Builder morphology(WaveMorphology value) {
            morphology = Objects.requireNonNull(value, "morphology");
            return this;
        }

        /** Whether widths and angles follow the mean heart rate (true). */
        public Builder scaleMorphologyWithHeartRate(boolean value) {
            scaleMorphologyWithHeartRate = value;
            return this;
        }

        /** The ODE integrator ({@link Integrator#RUNGE_KUTTA_4}). */
        public Builder integrator(Integrator value) {
            integrator = Objects.requireNonNull(value, "integrator");
            return this;
        }

        /** The seed (1). */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /**
         * @throws IllegalArgumentException if a value is out of range
         */
        public EcgsynParameters build() {
            double resp = Double.isNaN(respirationHz) ? hfHz : respirationHz;
            return new EcgsynParameters(rate, internalRateHz, meanHeartRateBpm, rrSdMs, lfHz, lfWidthHz, hfHz,
                    hfWidthHz, lfHfRatio, resp, baselineWanderMv, noiseSdMv, rPeakMv, morphology,
                    scaleMorphologyWithHeartRate, integrator, seed);
        }
    }
}
