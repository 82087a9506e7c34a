package org.vagus.devices.acquisition;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.vagus.core.time.Clock;
import org.vagus.devices.ChannelDescription;
import org.vagus.devices.SampleBlock;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.SensorListener;
import org.vagus.devices.StreamFormat;
import org.vagus.io.bids.PhysioSidecar;
import org.vagus.io.bids.PhysioWriter;

/**
 * The acquisition engine for one run of a sensor: it listens to the sensor's blocks and events and
 * <ul>
 * <li>keeps each channel's recent samples in a {@link RingBuffer} in physical units for live display;</li>
 * <li>accounts for lost frames: a jump of the sample index is a gap, listed in {@link #gaps()} and written as NaN
 * (ring buffers) and {@code n/a} rows (recording), so indices stay true; a block that goes back in the index
 * (a driver fault) has its repeated frames dropped and is reported as a non-fatal error;</li>
 * <li>maps the sample clock to the host clock with drift estimation ({@link DriftEstimator}, refreshed every
 * {@link AcquisitionOptions#refitInterval()}), and places {@link #mark markers} on the sample clock with the
 * mapping valid when they are taken;</li>
 * <li>records, if given a {@link RecordingTarget}, through a {@link PhysioWriter} on its own thread.</li>
 * </ul>
 * Sensor events are kept ({@link #events()}) and passed on to an observer (the live monitor, the command line),
 * together with the engine's own errors (a failed write).
 * <p>
 * Threads: {@link #onBlock} and {@link #onEvent} come from the sensor's thread; {@link #mark}, the accessors and
 * the ring buffers may be used from any thread; the observer is called from the sensor's or the writer's thread
 * and must return quickly. Only the sensor thread writes the ring buffers, and nothing on its path waits for a
 * reader or for the disk.
 *
 * @since 0.1.0
 */
public final class Acquisition implements SensorListener {
    private static final System.Logger LOG = System.getLogger(Acquisition.class.getName());

    private final StreamFormat format;
    private final Clock clock;
    private final Consumer<SensorEvent> observer;
    private final RingBuffer[] rings;
    private final DriftEstimator drift;
    private final long refitSamples;
    private final RecordingWriter recording;
    private final RecordingTarget target;
    private final long startNanos;
    private final Object lock = new Object();
    private final List<AcquisitionGap> gaps = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final List<SensorEvent> events = new ArrayList<>();
    private final Map<Long, String> gapReasons = new HashMap<>();
    private double[] scratch = new double[256];
    private long nextIndex;
    private long lastFit;
    private volatile ClockFit fit;
    private volatile long framesReceived;
    private volatile long framesLost;
    private volatile boolean stopped;
    private volatile boolean finished;
    private Sensor sensor;

    /**
     * An engine ready for the first block of a stream of this format.
     *
     * @param format the stream's layout ({@link Sensor#streamFormat})
     * @param clock the host clock the sensor stamps with
     * @param options the settings
     * @param target where to record, or null for live display only
     * @param observer receives every sensor event and the engine's own errors; may be null
     * @throws IOException if the recording cannot be created
     */
    public Acquisition(StreamFormat format, Clock clock, AcquisitionOptions options, RecordingTarget target,
            Consumer<SensorEvent> observer) throws IOException {
        this.format = Objects.requireNonNull(format, "format");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.observer = observer == null ? e -> { } : observer;
        this.target = target;
        double hz = format.rate().hertz();
        double period = 1e9 / hz;
        this.rings = new RingBuffer[format.channelCount()];
        int ringSamples = (int) Math.min(1 << 30, Math.max(1, Math.ceil(seconds(options.ringLength()) * hz)));
        for (int c = 0; c < rings.length; c++) {
            rings[c] = new RingBuffer(ringSamples);
        }
        this.drift = new DriftEstimator(period, Math.max(1, Math.round(seconds(options.driftWindow()) * hz)),
                options.driftMaxPoints(), Math.round(seconds(options.minFitSpan()) * hz), options.latency().toNanos());
        this.refitSamples = Math.max(1, Math.round(seconds(options.refitInterval()) * hz));
        this.startNanos = clock.nanoTime();
        this.fit = ClockFit.nominal(period, startNanos);
        if (target != null) {
            List<String> names = format.channels().stream().map(ChannelDescription::name).toList();
            PhysioSidecar sidecar = PhysioSidecar.of(format.rate(), names,
                    format.channels().stream().map(ChannelDescription::unit).toList())
                    .withStartDateTime(Instant.now());
            sidecar = sidecar.withExtra("VagusChannelTypes",
                    format.channels().stream().map(c -> c.type().name()).toList());
            sidecar = sidecar.withExtra("VagusResolutionBits",
                    format.channels().stream().map(ChannelDescription::resolutionBits).toList());
            for (Map.Entry<String, Object> e : target.metadata().entrySet()) {
                sidecar = sidecar.withExtra(e.getKey(), e.getValue());
            }
            PhysioWriter writer = PhysioWriter.create(target.dataFile(), sidecar, options.chunk(), target.durable());
            this.recording = new RecordingWriter(writer, format, clock, options.idleFlush().toMillis(), this::report);
        } else {
            this.recording = null;
        }
    }

    /**
     * Starts a sensor with a new engine as its listener; {@link #stop()} later stops both.
     *
     * @param sensor an open sensor
     * @param configuration rate, channels, options
     * @param clock the clock the sensor was opened with
     * @param options the engine's settings
     * @param target where to record, or null
     * @param observer receives events, may be null
     * @return the running engine
     * @throws IOException if the recording cannot be created or the sensor does not start (the recording is then
     *             closed, empty)
     */
    public static Acquisition start(Sensor sensor, SensorConfiguration configuration, Clock clock,
            AcquisitionOptions options, RecordingTarget target, Consumer<SensorEvent> observer) throws IOException {
        StreamFormat format = sensor.streamFormat(configuration);
        RecordingTarget withDevice = target;
        if (target != null) {
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("VagusDevice", Map.of("Id", sensor.description().id(), "Name", sensor.description().name()));
            meta.putAll(target.metadata());
            withDevice = new RecordingTarget(target.dataFile(), target.markersFile(), meta);
        }
        Acquisition a = new Acquisition(format, clock, options, withDevice, observer);
        a.sensor = sensor;
        try {
            sensor.start(configuration, a);
        } catch (IOException | RuntimeException e) {
            try {
                a.finish();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return a;
    }

    @Override
    public void onBlock(SampleBlock block) {
        if (finished) {
            return;
        }
        if (block.channelCount() != rings.length) {
            report(new SensorEvent.Error(clock.nanoTime(), "block with " + block.channelCount() + " channels dropped,"
                    + " expected " + rings.length + " (driver fault)", null, false));
            return;
        }
        long first = block.firstSampleIndex();
        int skip = 0;
        long gap = 0;
        if (first < nextIndex) {
            skip = (int) Math.min(block.frameCount(), nextIndex - first);
            report(new SensorEvent.Error(clock.nanoTime(), "block " + first + ".." + (block.endSampleIndex() - 1)
                    + " goes back before sample " + nextIndex + "; " + skip + " repeated frame(s) dropped (driver fault)",
                    null, false));
            if (skip == block.frameCount()) {
                return;
            }
        } else if (first > nextIndex) {
            gap = first - nextIndex;
            recordGap(nextIndex, gap, block.arrivalNanos());
        }
        int n = block.frameCount() - skip;
        if (scratch.length < n) {
            scratch = new double[Math.max(n, scratch.length * 2)];
        }
        for (int c = 0; c < rings.length; c++) {
            rings[c].writeMissing(gap);
            block.copyChannel(c, skip, scratch, 0, n);
            ChannelDescription ch = format.channels().get(c);
            if (block.isIntegral() && !ch.isIdentity()) {
                double scale = ch.scale();
                double offset = ch.offset();
                for (int i = 0; i < n; i++) {
                    scratch[i] = scratch[i] * scale + offset;
                }
            }
            rings[c].write(scratch, 0, n);
        }
        if (recording != null) {
            recording.submit(gap, block, skip);
        }
        nextIndex = block.endSampleIndex();
        framesReceived += n;
        drift.add(nextIndex - 1, block.arrivalNanos());
        if (nextIndex - lastFit >= refitSamples) {
            lastFit = nextIndex;
            fit = drift.fit(fit);
        }
    }

    @Override
    public void onEvent(SensorEvent event) {
        synchronized (lock) {
            events.add(event);
            if (event instanceof SensorEvent.Gap g) {
                boolean named = false;
                for (int i = 0; i < gaps.size(); i++) {
                    AcquisitionGap a = gaps.get(i);
                    if (a.firstSample() == g.firstLostIndex()) {
                        gaps.set(i, new AcquisitionGap(a.firstSample(), a.frames(), a.hostNanos(), g.reason()));
                        named = true;
                    }
                }
                if (!named) {
                    gapReasons.put(g.firstLostIndex(), g.reason());
                }
            }
        }
        if (event instanceof SensorEvent.Stopped s) {
            if (!finished && s.endSampleIndex() > nextIndex) {
                long lost = s.endSampleIndex() - nextIndex;
                recordGap(nextIndex, lost, s.hostNanos());
                for (RingBuffer r : rings) {
                    r.writeMissing(lost);
                }
                if (recording != null) {
                    recording.submitGap(lost);
                }
                nextIndex = s.endSampleIndex();
            }
            fit = drift.fit(fit);
            stopped = true;
        }
        notify(event);
    }

    private void recordGap(long firstSample, long frames, long hostNanos) {
        synchronized (lock) {
            String reason = gapReasons.remove(firstSample);
            gaps.add(new AcquisitionGap(firstSample, frames, hostNanos, reason == null ? "sample index jump" : reason));
        }
        framesLost += frames;
    }

    /**
     * Places a marker now.
     *
     * @param label what it marks
     * @return the marker, on the sample clock
     */
    public Marker mark(String label) {
        return mark(clock.nanoTime(), label);
    }

    /**
     * Places a marker taken at a host time (for example the flip time of a screen) on the sample clock, with the
     * clock mapping valid now.
     *
     * @param hostNanos when it happened, on the engine's clock
     * @param label what it marks
     * @return the marker
     */
    public Marker mark(long hostNanos, String label) {
        Marker m = new Marker(fit.nearestSample(hostNanos), hostNanos, label);
        synchronized (lock) {
            markers.add(m);
        }
        return m;
    }

    /**
     * Stops the sensor this engine was {@link #start started} with, then {@link #finish()}es.
     *
     * @return the summary
     * @throws IOException if the sensor did not stop cleanly or the recording failed; the recording is closed
     *             anyway as far as possible
     */
    public AcquisitionSummary stop() throws IOException {
        IOException stopFailure = null;
        if (sensor != null) {
            try {
                sensor.stop();
            } catch (IOException e) {
                stopFailure = e;
            }
        }
        try {
            AcquisitionSummary s = finish();
            if (stopFailure != null) {
                throw stopFailure;
            }
            return s;
        } catch (IOException e) {
            if (stopFailure != null && stopFailure != e) {
                e.addSuppressed(stopFailure);
            }
            throw e;
        }
    }

    /**
     * Ends this engine: later blocks are ignored, the recording is completed (the sidecar gets the row count,
     * the gaps, the drift) and the markers file written. Call after the sensor has stopped (its
     * {@link Sensor#stop()} returned), so that no block is in flight. Idempotent in effect: a second call returns
     * a fresh summary without writing again.
     *
     * @return the summary
     * @throws IOException if the recording failed or cannot be completed
     */
    public AcquisitionSummary finish() throws IOException {
        boolean first;
        synchronized (lock) {
            first = !finished;
            finished = true;
        }
        ClockFit f = fit;
        PhysioSidecar sidecar = null;
        if (first && recording != null) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("VagusFramesLost", framesLost);
            if (f.fitted()) {
                extra.put("VagusClockDriftPpm", round(f.driftPpm(), 3));
                extra.put("VagusClockResidualMs", round(f.rmsResidualNanos() / 1e6, 4));
            }
            sidecar = recording.finish(extra);
            if (target.markersFile() != null) {
                MarkersTsv.write(target.markersFile(), markers(), format.rate());
            }
        }
        List<AcquisitionGap> g;
        List<SensorEvent> ev;
        synchronized (lock) {
            g = List.copyOf(gaps);
            ev = List.copyOf(events);
        }
        return new AcquisitionSummary(nextIndex, framesReceived, framesLost, g, markers(), f, sidecar, ev);
    }

    /** @return the stream's layout */
    public StreamFormat format() {
        return format;
    }

    /**
     * @param channel a channel index in {@link StreamFormat} order
     * @return its ring buffer, in physical units
     */
    public RingBuffer ring(int channel) {
        return rings[channel];
    }

    /** @return the current mapping between sample index and host time */
    public ClockFit clockFit() {
        return fit;
    }

    /** @return the host time the engine was created at (sample 0's time before the first block) */
    public long startNanos() {
        return startNanos;
    }

    /** @return frames received so far */
    public long framesReceived() {
        return framesReceived;
    }

    /** @return frames lost so far */
    public long framesLost() {
        return framesLost;
    }

    /** @return true once the sensor reported {@link SensorEvent.Stopped} */
    public boolean isStopped() {
        return stopped;
    }

    /** @return the gaps so far, in order */
    public List<AcquisitionGap> gaps() {
        synchronized (lock) {
            return List.copyOf(gaps);
        }
    }

    /** @return the markers so far, in sample order */
    public List<Marker> markers() {
        synchronized (lock) {
            return markers.stream().sorted(Comparator.comparingLong(Marker::sampleIndex)).toList();
        }
    }

    /** @return the sensor events so far, in order */
    public List<SensorEvent> events() {
        synchronized (lock) {
            return List.copyOf(events);
        }
    }

    private void report(SensorEvent event) {
        synchronized (lock) {
            events.add(event);
        }
        notify(event);
    }

    private void notify(SensorEvent event) {
        try {
            observer.accept(event);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "acquisition observer threw on " + event, e);
        }
    }

    private static double seconds(java.time.Duration d) {
        return d.toNanos() / 1e9;
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
