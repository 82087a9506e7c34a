package org.vagus.runner.devices;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.vagus.core.time.Clock;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.devices.acquisition.AcquisitionOptions;
import org.vagus.devices.acquisition.AcquisitionSummary;
import org.vagus.devices.acquisition.RecordingTarget;
import org.vagus.runner.MarkerSink;

/**
 * The physiological recording of one run of a session: a sensor recorded through the acquisition engine into the
 * session's {@code _physio.tsv.gz}, with the runner's markers on its sample clock ({@link AcquisitionMarkerSink}).
 * <p>
 * {@link #start} waits for a {@link #WARM_UP} of signal before it returns, so that the clock mapping has been fitted
 * to real arrivals before the first screen (before it, markers would be placed on the nominal mapping from the
 * moment the engine was created, which is off by the device's start-up latency). {@link #finish} keeps recording
 * for a {@link #TAIL} after the session's last onset, so that the last marker lies inside the data, then stops the
 * sensor and closes the file.
 * <p>
 * The session must run on the clock the sensor was opened with (the {@link org.vagus.core.time.MonotonicClock} for
 * a device).
 *
 * @since 0.1.0
 */
public final class SessionRecording implements AutoCloseable {
    /** The signal recorded before the session starts. */
    public static final Duration WARM_UP = Duration.ofSeconds(1);
    /** The signal recorded after the session's last onset. */
    public static final Duration TAIL = Duration.ofSeconds(1);
    /** How long the sensor may take to deliver its first samples (a Bluetooth link's start-up included). */
    public static final Duration FIRST_SAMPLES_LIMIT = Duration.ofSeconds(15);

    private final Acquisition acquisition;
    private final Clock clock;
    private final Path file;
    private final MarkerSink markers;
    private AcquisitionSummary summary;

    private SessionRecording(Acquisition acquisition, Clock clock, Path file) {
        this.acquisition = acquisition;
        this.clock = clock;
        this.file = file;
        this.markers = new AcquisitionMarkerSink(acquisition);
    }

    /**
     * Starts the sensor into a new recording and waits for the warm-up.
     *
     * @param sensor an open sensor
     * @param configuration the rate, channels and options (checked by the sensor)
     * @param clock the clock the sensor was opened with, which the session uses
     * @param physioFile the {@code *_physio.tsv.gz} to create (must not exist)
     * @param metadata extra sidecar fields
     * @param observer receives the sensor's events (gaps, errors); may be null
     * @throws IOException if the recording cannot be created, the sensor does not start, or it delivers no samples
     *             within {@link #FIRST_SAMPLES_LIMIT} (the sensor is then stopped and the file closed)
     * @throws InterruptedException if interrupted during the warm-up (the sensor is then stopped)
     */
    public static SessionRecording start(Sensor sensor, SensorConfiguration configuration, Clock clock,
            Path physioFile, Map<String, Object> metadata, Consumer<SensorEvent> observer)
            throws IOException, InterruptedException {
        Objects.requireNonNull(physioFile, "physioFile");
        Acquisition a = Acquisition.start(sensor, configuration, clock, AcquisitionOptions.defaults(),
                new RecordingTarget(physioFile, null, metadata), observer);
        SessionRecording r = new SessionRecording(a, clock, physioFile);
        try {
            r.warmUp();
            return r;
        } catch (IOException | InterruptedException | RuntimeException e) {
            try {
                r.close();
            } catch (IOException | RuntimeException closing) {
                e.addSuppressed(closing); // the warm-up's failure is what the user needs to see
            }
            throw e;
        }
    }

    private void warmUp() throws IOException, InterruptedException {
        long wanted = Math.max(1, acquisition.format().rate().secondsToSample(WARM_UP.toNanos() / 1e9));
        long limit = System.nanoTime() + FIRST_SAMPLES_LIMIT.toNanos() + WARM_UP.toNanos();
        while (acquisition.framesReceived() < wanted) {
            if (acquisition.isStopped()) {
                throw new IOException("the sensor stopped before the session began (" + acquisition.framesReceived()
                        + " samples received)");
            }
            if (System.nanoTime() - limit > 0) {
                throw new IOException("the sensor delivered " + acquisition.framesReceived() + " of " + wanted
                        + " samples within " + (FIRST_SAMPLES_LIMIT.plus(WARM_UP).toSeconds()) + " s; is it on?");
            }
            Thread.sleep(20);
        }
    }

    /** The markers' sink: onsets and responses onto this recording's sample clock. */
    public MarkerSink markers() {
        return markers;
    }

    /** The running acquisition engine (ring buffers for a live view, the clock fit, the markers). */
    public Acquisition acquisition() {
        return acquisition;
    }

    /** The physio file being written. */
    public Path file() {
        return file;
    }

    /**
     * Records on for the {@link #TAIL} after the last onset, then stops the sensor and closes the file.
     *
     * @param lastOnsetNanos the session's last onset (its end), on the session's clock
     * @return the summary (frames, lost frames, gaps, clock fit)
     * @throws IOException if the sensor did not stop cleanly or the recording failed (closed anyway)
     */
    public AcquisitionSummary finish(long lastOnsetNanos) throws IOException {
        if (summary != null) {
            return summary;
        }
        try {
            clock.sleepUntil(lastOnsetNanos + TAIL.toNanos());
        } catch (InterruptedException e) {
            // stop at once, keeping what was recorded; the interrupt stays set for the caller
            Thread.currentThread().interrupt();
        }
        summary = acquisition.stop();
        return summary;
    }

    /** Stops and closes if {@link #finish} was not called (a failure): what was recorded stays in the file. */
    @Override
    public void close() throws IOException {
        if (summary == null) {
            summary = acquisition.stop();
        }
    }
}
