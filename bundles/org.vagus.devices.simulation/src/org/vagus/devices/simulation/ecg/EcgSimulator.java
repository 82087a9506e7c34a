package org.vagus.devices.simulation.ecg;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

import org.apache.commons.math3.ode.nonstiff.ClassicalRungeKuttaIntegrator;
import org.vagus.core.units.SamplingRate;

/**
 * A streaming ECG generator after ECGSYN (McSharry et al., A dynamical model for generating synthetic
 * electrocardiogram signals, IEEE Trans Biomed Eng 50:289-294, 2003), with the true R-peak times and event-locked
 * responses.
 * <p>
 * <b>Beats.</b> Each revolution of the trajectory on the limit cycle is one beat; a beat runs from one R peak
 * (angle 0) to the next. When a beat starts at time {@code t}, its RR interval is taken from the {@link RrProcess}
 * at {@code t}, with the LF and HF powers scaled and the heart rate shifted by the {@link EventResponse}s active at
 * {@code t}; the angular speed is then {@code 2 pi / RR} for the whole beat, so the next R peak lies exactly
 * {@code RR} later. Integration steps that straddle an R peak are split there, so these times are the true beat
 * times of the signal to within the integration error (the phase drifts by under 0.1 microsecond per hour at the
 * default 1 kHz), and they are reported as exact times and as the nearest sample index ({@link #beatSamples()},
 * {@link EcgBlock#beatSamples()}). The stream starts half a beat before the first R peak.
 * <p>
 * <b>Signal.</b> The three ODEs ({@link EcgsynEquations}) are integrated with a fixed-step fourth-order Runge-Kutta
 * scheme at {@link EcgsynParameters#effectiveInternalRateHz()}, an integer multiple of the output rate, so each
 * output sample is an integration point and no interpolation is needed. z is scaled to millivolts by a gain
 * calibrated once so that the R wave stands {@link EcgsynParameters#rPeakMv()} above the isoelectric line at the
 * mean heart rate; white Gaussian noise is added per output sample.
 * <p>
 * <b>Streaming and events.</b> {@link #next(int)} and {@link #next(double[], int, int)} produce the next samples;
 * {@link #schedule(long, EventResponse)} adds a response at a sample index not yet produced. The output depends
 * only on the parameters and the scheduled events, never on block sizes or on when an event was scheduled
 * (responses are zero before their event and a beat's interval is fixed when it starts), so runs are reproducible
 * from the seed. Thread-safe: the methods are synchronized, so a runner thread may schedule while an acquisition
 * thread reads.
 *
 * @since 0.1.0
 */
public final class EcgSimulator {
    /** RR intervals are kept within these bounds, in seconds (300 to 20 bpm), whatever the responses ask. */
    static final double MIN_RR_S = 0.2;
    static final double MAX_RR_S = 3.0;
    private static final double TWO_PI = 2 * Math.PI;
    /** Integration rate of the gain calibration, in Hz. */
    private static final double CALIBRATION_RATE_HZ = 10_000;

    private final EcgsynParameters parameters;
    private final SamplingRate rate;
    private final double fs;
    private final int stepsPerSample;
    private final double step;
    private final EcgsynEquations equations;
    private final RrProcess rr;
    private final ResponseSchedule schedule = new ResponseSchedule();
    private final SplittableRandom noise;
    private final double noiseSd;
    private final double gain;
    private final ClassicalRungeKuttaIntegrator commonsMath;
    private final double[] state = new double[3];
    private final double[] derivative = new double[3];
    private final double[] powerFactors = new double[2];

    private double x;
    private double y;
    private double z;
    private long stepIndex;
    private long position;
    private double nextBeatS;
    /** R peaks already known (each is known one beat ahead) but not yet logged, oldest first. */
    private final double[] upcoming = new double[4];
    private int upcomingCount;
    private long[] beatSamples = new long[256];
    private double[] beatTimes = new double[256];
    private int beatCount;

    /**
     * @param parameters the simulation's parameters
     */
    public EcgSimulator(EcgsynParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.rate = parameters.rate();
        this.fs = rate.hertz();
        this.stepsPerSample = parameters.stepsPerSample();
        this.step = 1 / parameters.effectiveInternalRateHz();
        SplittableRandom root = new SplittableRandom(parameters.seed());
        this.rr = RrProcess.of(parameters, root.nextLong());
        double respirationPhase = TWO_PI * root.nextDouble();
        this.noise = root.split();
        this.noiseSd = parameters.noiseSdMv();
        WaveMorphology morphology = parameters.scaleMorphologyWithHeartRate()
                ? parameters.morphology().scaledForHeartRate(parameters.meanHeartRateBpm())
                : parameters.morphology();
        this.gain = calibrateGain(morphology, parameters.meanRrS(), parameters.rPeakMv());
        double firstRr = beatRr(0);
        this.equations = new EcgsynEquations(morphology, parameters.baselineWanderMv() / gain,
                parameters.respirationHz(), respirationPhase, TWO_PI / firstRr);
        this.commonsMath = parameters.integrator() == EcgsynParameters.Integrator.COMMONS_MATH_RUNGE_KUTTA_4
                ? new ClassicalRungeKuttaIntegrator(step * (1 + 1e-6))
                : null;
        // start at angle pi (between T and P, on the isoelectric line), so the first R peak comes half a beat in
        x = -1;
        y = 0;
        z = 0;
        nextBeatS = firstRr / 2;
        upcoming[upcomingCount++] = nextBeatS;
    }

    /**
     * The gain from model units to millivolts: integrates three beats at the mean RR without baseline or noise,
     * from angle pi, on a fixed fine grid ({@value #CALIBRATION_RATE_HZ} Hz, so the gain does not depend on the
     * output rate), and divides {@code rPeakMv} by the height of the third R wave (its maximum refined by a
     * parabola through the three highest grid points) above z at angle pi before it.
     */
    private static double calibrateGain(WaveMorphology morphology, double rrS, double rPeakMv) {
        double h = 1.0 / CALIBRATION_RATE_HZ;
        EcgsynEquations eq = new EcgsynEquations(morphology, 0, 0, 0, TWO_PI / rrS);
        long isoStep = Math.round(2 * rrS / h);
        long steps = Math.round(3 * rrS / h);
        double[] z = new double[(int) (steps - isoStep + 1)];
        double[] s = {-1, 0, 0};
        double[] d = new double[3];
        for (long i = 0; i < steps; i++) {
            if (i >= isoStep) {
                z[(int) (i - isoStep)] = s[2];
            }
            rk4(eq, i * h, h, s, d);
        }
        z[z.length - 1] = s[2];
        int top = 1;
        for (int i = 1; i < z.length - 1; i++) {
            if (z[i] > z[top]) {
                top = i;
            }
        }
        double curvature = z[top - 1] - 2 * z[top] + z[top + 1];
        double slope = 0.5 * (z[top + 1] - z[top - 1]);
        double max = curvature < 0 ? z[top] - slope * slope / (2 * curvature) : z[top];
        double height = max - z[0];
        if (!(height > 0)) {
            throw new IllegalArgumentException("the morphology gives no positive R wave (height " + height
                    + " model units); ECG cannot be scaled to an R-peak height");
        }
        return rPeakMv / height;
    }

    /** One classical RK4 step of {@code h} from time {@code t} on {@code s = (x, y, z)}, in place. */
    private static void rk4(EcgsynEquations eq, double t, double h, double[] s, double[] d) {
        double x0 = s[0];
        double y0 = s[1];
        double z0 = s[2];
        double hh = 0.5 * h;
        eq.derivatives(t, x0, y0, z0, d);
        double k1x = d[0];
        double k1y = d[1];
        double k1z = d[2];
        eq.derivatives(t + hh, x0 + hh * k1x, y0 + hh * k1y, z0 + hh * k1z, d);
        double k2x = d[0];
        double k2y = d[1];
        double k2z = d[2];
        eq.derivatives(t + hh, x0 + hh * k2x, y0 + hh * k2y, z0 + hh * k2z, d);
        double k3x = d[0];
        double k3y = d[1];
        double k3z = d[2];
        eq.derivatives(t + h, x0 + h * k3x, y0 + h * k3y, z0 + h * k3z, d);
        double sixth = h / 6;
        s[0] = x0 + sixth * (k1x + 2 * k2x + 2 * k3x + d[0]);
        s[1] = y0 + sixth * (k1y + 2 * k2y + 2 * k3y + d[1]);
        s[2] = z0 + sixth * (k1z + 2 * k2z + 2 * k3z + d[2]);
    }

    /** The parameters. */
    public EcgsynParameters parameters() {
        return parameters;
    }

    /** The output sampling rate. */
    public SamplingRate rate() {
        return rate;
    }

    /** The gain from model units to millivolts found by calibration. */
    public double gainMvPerUnit() {
        return gain;
    }

    /** The index of the next sample to be produced, which is the number of samples produced so far. */
    public synchronized long position() {
        return position;
    }

    /**
     * Schedules a response to an event at {@code sampleIndex}, which must not have been produced yet.
     *
     * @throws IllegalArgumentException if {@code sampleIndex} is before {@link #position()}
     */
    public synchronized void schedule(long sampleIndex, EventResponse response) {
        Objects.requireNonNull(response, "response");
        if (sampleIndex < position) {
            throw new IllegalArgumentException("event at sample " + sampleIndex + " is in the past: samples up to "
                    + (position - 1) + " have already been produced; schedule events at sample " + position
                    + " or later");
        }
        schedule.add(sampleIndex / fs, response);
    }

    /**
     * Produces the next {@code n} samples with the true beats among them.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public synchronized EcgBlock next(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("sample count: " + n + ", expected >= 0");
        }
        double[] out = new double[n];
        long first = position;
        int beatsBefore = beatCount;
        next(out, 0, n);
        return new EcgBlock(first, rate, out, Arrays.copyOfRange(beatSamples, beatsBefore, beatCount),
                Arrays.copyOfRange(beatTimes, beatsBefore, beatCount));
    }

    /**
     * Writes the next {@code n} samples, in mV, to {@code out[offset .. offset + n - 1]}; the allocation-free form
     * for the acquisition loop. The true beats are appended to {@link #beatSamples()}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws IndexOutOfBoundsException if the range does not fit in {@code out}
     */
    public synchronized void next(double[] out, int offset, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("sample count: " + n + ", expected >= 0");
        }
        Objects.checkFromIndexSize(offset, n, out.length);
        for (int i = 0; i < n; i++) {
            // sample i is the state at its own time, i / rate; then integrate on to the next sample
            double v = gain * z;
            if (noiseSd > 0) {
                v += noiseSd * noise.nextGaussian();
            }
            out[offset + i] = v;
            position++;
            for (int q = 0; q < stepsPerSample; q++) {
                advanceStep();
            }
        }
        logProducedBeats();
    }

    /** Logs, in order, the known R peaks that round to a sample already produced. */
    private void logProducedBeats() {
        int logged = 0;
        while (logged < upcomingCount && Math.round(upcoming[logged] * fs) < position) {
            logBeat(upcoming[logged]);
            logged++;
        }
        if (logged > 0) {
            System.arraycopy(upcoming, logged, upcoming, 0, upcomingCount - logged);
            upcomingCount -= logged;
        }
    }

    /** One integration step on the internal grid, split at an R peak that falls inside it. */
    private void advanceStep() {
        double t0 = stepIndex * step;
        double t1 = (stepIndex + 1) * step;
        double minPiece = Math.max(1e-9, 4e-12 * t1);
        while (nextBeatS <= t1) {
            if (nextBeatS - t0 > minPiece) {
                integrate(t0, nextBeatS);
                t0 = nextBeatS;
            }
            startBeat(nextBeatS);
        }
        if (t1 - t0 > minPiece) {
            integrate(t0, t1);
        }
        stepIndex++;
    }

    private void integrate(double from, double to) {
        if (commonsMath == null) {
            rk4Fast(from, to - from);
        } else {
            state[0] = x;
            state[1] = y;
            state[2] = z;
            commonsMath.integrate(equations, from, state, to, state);
            x = state[0];
            y = state[1];
            z = state[2];
        }
    }

    /** {@link #rk4} on the fields: the hot path, no allocation. */
    private void rk4Fast(double t, double h) {
        EcgsynEquations eq = equations;
        double[] d = derivative;
        double hh = 0.5 * h;
        eq.derivatives(t, x, y, z, d);
        double k1x = d[0];
        double k1y = d[1];
        double k1z = d[2];
        eq.derivatives(t + hh, x + hh * k1x, y + hh * k1y, z + hh * k1z, d);
        double k2x = d[0];
        double k2y = d[1];
        double k2z = d[2];
        eq.derivatives(t + hh, x + hh * k2x, y + hh * k2y, z + hh * k2z, d);
        double k3x = d[0];
        double k3y = d[1];
        double k3z = d[2];
        eq.derivatives(t + h, x + h * k3x, y + h * k3y, z + h * k3z, d);
        double sixth = h / 6;
        x += sixth * (k1x + 2 * k2x + 2 * k3x + d[0]);
        y += sixth * (k1y + 2 * k2y + 2 * k3y + d[1]);
        z += sixth * (k1z + 2 * k2z + 2 * k3z + d[2]);
    }

    /** An R peak at {@code t}: starts the next beat with its own RR interval; the R peak that ends it is now known. */
    private void startBeat(double t) {
        double interval = beatRr(t);
        equations.setAngularSpeed(TWO_PI / interval);
        nextBeatS = t + interval;
        logProducedBeats();
        upcoming[upcomingCount++] = nextBeatS;
    }

    /** The RR interval of a beat starting at {@code t}: the RR process with the responses active at {@code t}. */
    private double beatRr(double t) {
        schedule.forgetBefore(t);
        schedule.powerFactors(t, powerFactors);
        double base = Math.max(MIN_RR_S, rr.rrS(t, powerFactors[0], powerFactors[1]));
        double bpm = 60 / base + schedule.heartRateChangeBpm(t);
        double interval = bpm > 60 / MAX_RR_S ? 60 / bpm : MAX_RR_S;
        return Math.min(MAX_RR_S, Math.max(MIN_RR_S, interval));
    }

    private void logBeat(double t) {
        if (beatCount == beatSamples.length) {
            beatSamples = Arrays.copyOf(beatSamples, 2 * beatCount);
            beatTimes = Arrays.copyOf(beatTimes, 2 * beatCount);
        }
        beatSamples[beatCount] = Math.round(t * fs);
        beatTimes[beatCount] = t;
        beatCount++;
    }

    /** The number of true R peaks in the samples produced so far. */
    public synchronized int beatCount() {
        return beatCount;
    }

    /** Sample indices of the true R peaks in the samples produced so far, increasing. */
    public synchronized long[] beatSamples() {
        return Arrays.copyOf(beatSamples, beatCount);
    }

    /** Exact times of the true R peaks in the samples produced so far, in seconds from sample 0. */
    public synchronized double[] beatTimesS() {
        return Arrays.copyOf(beatTimes, beatCount);
    }

    /** The number of scheduled responses not yet over (for tests and diagnostics). */
    synchronized int activeResponses() {
        return schedule.size();
    }

    @Override
    public String toString() {
        return "EcgSimulator[" + rate + ", " + parameters.meanHeartRateBpm() + " bpm, seed " + parameters.seed()
                + ", at sample " + position() + "]";
    }
}
