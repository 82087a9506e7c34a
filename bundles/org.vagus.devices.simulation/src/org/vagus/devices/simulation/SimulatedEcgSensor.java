package org.vagus.devices.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.vagus.core.model.ChannelType;
import org.vagus.core.time.Clock;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.devices.ChannelDescription;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorDescription;
import org.vagus.devices.StreamFormat;
import org.vagus.devices.simulation.ecg.EcgSimulator;
import org.vagus.devices.simulation.ecg.EcgsynParameters;
import org.vagus.devices.simulation.ecg.EventResponse;

/**
 * A one-channel ECG sensor ({@code ECG}, mV) that simulates the heart with {@link EcgSimulator} (ECGSYN), paced by
 * the clock it was opened with: real time with a monotonic clock, as fast as the CPU allows with a simulated one.
 * Each {@code start} makes a new simulator from the sensor's default parameters overridden by the configuration's
 * rate and options, so the same options and seed give the same samples.
 * <p>
 * Options (all optional): {@code heartRate} (bpm), {@code rrSd} (ms), {@code lfHf}, {@code lf} and {@code hf}
 * (peak centres, Hz), {@code lfWidth} and {@code hfWidth} (Hz), {@code respiration} (Hz), {@code baselineWander},
 * {@code noise} and {@code rPeak} (mV), {@code internalRate} (Hz), {@code seed}; {@code speed} (a factor over real
 * time, or {@code max} for no pacing), {@code blockMs} (block length, 20 ms), {@code durationS} (end the stream
 * after this many seconds; unlimited by default). Responses to events are scheduled through the
 * {@link SimulatedHeart} capability.
 *
 * @since 0.1.0
 */
public final class SimulatedEcgSensor extends PacedSensor implements SimulatedHeart {
    /** The channel's name. */
    public static final String CHANNEL = "ECG";
    /** The rates offered. */
    public static final List<SamplingRate> RATES = List.of(100, 200, 250, 256, 360, 500, 1000, 2000).stream()
            .map(SamplingRate::ofHertz).toList();
    private static final Set<String> OPTIONS = Set.of("heartRate", "rrSd", "lfHf", "lf", "hf", "lfWidth", "hfWidth",
            "respiration", "baselineWander", "noise", "rPeak", "internalRate", "seed", "speed", "blockMs",
            "durationS");
    private static final ChannelDescription ECG = ChannelDescription.of(CHANNEL, Unit.MILLIVOLT, ChannelType.ECG, 0);

    private final String id;
    private final EcgsynParameters defaults;
    private final List<Pending> pending = new ArrayList<>();
    private volatile EcgSimulator current;

    private record Pending(long sampleIndex, EventResponse response) {
    }

    /**
     * @param id the device id, such as {@code simulated} or {@code simulated-2}
     * @param clock the host clock that paces the stream and stamps the blocks
     * @param defaults the parameters used where the configuration does not say otherwise
     */
    public SimulatedEcgSensor(String id, Clock clock, EcgsynParameters defaults) {
        super(clock);
        this.id = Objects.requireNonNull(id, "id");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
    }

    @Override
    public SensorDescription description() {
        return new SensorDescription(id, "Simulated ECG (ECGSYN model)", List.of(ECG), RATES);
    }

    @Override
    public StreamFormat streamFormat(SensorConfiguration configuration) {
        if (!RATES.contains(configuration.rate())) {
            throw new IllegalArgumentException(id + ": sampling rate " + configuration.rate() + " is not offered; "
                    + "offered: " + RATES);
        }
        if (!configuration.channels().equals(List.of(CHANNEL))) {
            throw new IllegalArgumentException(id + ": channels " + configuration.channels() + ", the simulator has "
                    + "one channel: " + CHANNEL);
        }
        parameters(configuration);
        return new StreamFormat(configuration.rate(), List.of(ECG), false);
    }

    /**
     * The simulation parameters an acquisition with this configuration uses: the defaults with the configuration's
     * rate and options.
     *
     * @throws IllegalArgumentException if an option is unknown or out of range
     */
    public EcgsynParameters parameters(SensorConfiguration configuration) {
        Options o = new Options(id, configuration.options(), OPTIONS);
        EcgsynParameters d = defaults;
        EcgsynParameters.Builder b = d.toBuilder().rate(configuration.rate())
                .meanHeartRateBpm(o.number("heartRate", d.meanHeartRateBpm(), 25, 220))
                .rrSdMs(o.number("rrSd", d.rrSdMs(), 0, 300))
                .lfHfRatio(o.number("lfHf", d.lfHfRatio(), 0, 1e6))
                .lf(o.number("lf", d.lfHz(), 0.01, 0.5), o.number("lfWidth", d.lfWidthHz(), 1e-4, 0.2))
                .hf(o.number("hf", d.hfHz(), 0.05, 1), o.number("hfWidth", d.hfWidthHz(), 1e-4, 0.2))
                .baselineWanderMv(o.number("baselineWander", d.baselineWanderMv(), 0, 10))
                .noiseSdMv(o.number("noise", d.noiseSdMv(), 0, 10))
                .rPeakMv(o.number("rPeak", d.rPeakMv(), 1e-3, 50))
                .internalRateHz(o.number("internalRate", d.internalRateHz(), 100, 100_000))
                .seed(o.integer("seed", d.seed()));
        if (o.has("respiration")) {
            b.respirationHz(o.number("respiration", d.respirationHz(), 0, 2));
        }
        o.speed();
        o.number("blockMs", 20, 1, 10_000);
        o.number("durationS", 0, 0, 1e7);
        return b.build();
    }

    @Override
    protected double speed(SensorConfiguration configuration) {
        return new Options(id, configuration.options(), OPTIONS).speed();
    }

    @Override
    protected int blockFrames(SensorConfiguration configuration, StreamFormat format) {
        double ms = new Options(id, configuration.options(), OPTIONS).number("blockMs", 20, 1, 10_000);
        return Math.max(1, (int) Math.round(ms / 1000 * format.rate().hertz()));
    }

    @Override
    protected Source open(SensorConfiguration configuration, StreamFormat format) {
        EcgSimulator simulator = new EcgSimulator(parameters(configuration));
        double durationS = new Options(id, configuration.options(), OPTIONS).number("durationS", 0, 0, 1e7);
        long limit = durationS > 0 ? format.rate().secondsToSample(durationS) : Long.MAX_VALUE;
        synchronized (pending) {
            for (Pending p : pending) {
                simulator.schedule(p.sampleIndex, p.response);
            }
            pending.clear();
            current = simulator;
        }
        return new Source() {
            @Override
            public int read(double[][] out, int n) {
                int k = (int) Math.min(n, limit - simulator.position());
                simulator.next(out[0], 0, k);
                return k;
            }

            @Override
            public String endReason() {
                return "end of simulation (" + durationS + " s)";
            }
        };
    }

    @Override
    protected String label() {
        return "simulated ECG " + id;
    }

    @Override
    public void schedule(long sampleIndex, EventResponse response) {
        Objects.requireNonNull(response, "response");
        synchronized (pending) {
            EcgSimulator s = current;
            if (isRunning() && s != null) {
                s.schedule(sampleIndex, response);
            } else {
                if (sampleIndex < 0) {
                    throw new IllegalArgumentException("event at sample " + sampleIndex + ": expected an index >= 0");
                }
                pending.add(new Pending(sampleIndex, response));
            }
        }
    }

    @Override
    public long scheduleAtHostTime(long hostNanos, EventResponse response) {
        Objects.requireNonNull(response, "response");
        Pace p = pace();
        EcgSimulator s = current;
        if (p == null || s == null) {
            throw new IllegalStateException(label() + " is not acquiring; schedule by sample index before start");
        }
        synchronized (s) {
            long index = Math.max(p.frameAt(hostNanos), s.position());
            s.schedule(index, response);
            return index;
        }
    }

    @Override
    public long producedSamples() {
        EcgSimulator s = current;
        return s == null ? 0 : s.position();
    }

    @Override
    public long[] trueBeatSamples() {
        EcgSimulator s = current;
        return s == null ? new long[0] : s.beatSamples();
    }

    @Override
    public double[] trueBeatTimesS() {
        EcgSimulator s = current;
        return s == null ? new double[0] : s.beatTimesS();
    }

    @Override
    public String toString() {
        return "SimulatedEcgSensor[" + id + ", " + clock + "]";
    }
}
