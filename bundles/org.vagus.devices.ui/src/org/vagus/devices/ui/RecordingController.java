package org.vagus.devices.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.jobs.Job;
import org.vagus.core.time.Clock;
import org.vagus.core.time.MonotonicClock;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.StreamFormat;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.devices.acquisition.AcquisitionSummary;
import org.vagus.devices.ui.model.LiveRecording;
import org.vagus.devices.ui.model.RecordingRequest;

/**
 * Starts and stops acquisitions for the workbench, one at a time, and publishes the one running (or the last one) as
 * a {@link LiveRecording} snapshot that the live monitor polls. The Record and Stop commands and the UI test go
 * through the same instance, found with {@link Controllers#recording}.
 * <p>
 * Each acquisition runs in a {@link Job} (never on the UI thread): the job opens the sensor and the file, starts the
 * acquisition engine, waits until stopped (Stop, the job's cancel button in the Progress view, the sensor ending on
 * its own or failing), then stops the sensor and completes the file. The samples flow from the sensor's thread into
 * the engine's ring buffers; the UI only reads those, so drawing never holds acquisition up.
 * <p>
 * Plain Java apart from the Jobs API (which also runs without OSGi), so it is tested headless. Thread-safe.
 *
 * @since 0.1.0
 */
public final class RecordingController {
    /** The job family of acquisitions started here, for {@link org.eclipse.core.runtime.jobs.IJobManager#join}. */
    public static final Object FAMILY = RecordingController.class;

    private final Supplier<SensorRegistry> sensors;
    private final Clock clock;
    private final AtomicLong serials = new AtomicLong();
    private final List<Consumer<LiveRecording>> listeners = new CopyOnWriteArrayList<>();
    private volatile LiveRecording current;
    private RecordingJob job;

    /**
     * A controller on the monotonic clock (real acquisitions).
     *
     * @param sensors supplies the sensor providers (read from the extension registry each time a recording starts, so
     *            bundles installed meanwhile count)
     */
    public RecordingController(Supplier<SensorRegistry> sensors) {
        this(sensors, MonotonicClock.INSTANCE);
    }

    /**
     * @param sensors supplies the sensor providers
     * @param clock the host clock sensors are opened with
     */
    public RecordingController(Supplier<SensorRegistry> sensors, Clock clock) {
        this.sensors = Objects.requireNonNull(sensors, "sensors");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return the sensor providers now */
    public SensorRegistry sensors() {
        return sensors.get();
    }

    /**
     * Starts an acquisition in a job and returns at once.
     *
     * @param request what to record
     * @return the scheduled job (join it to wait for the end of the recording)
     * @throws IllegalStateException if an acquisition is active; stop it first
     */
    public synchronized Job start(RecordingRequest request) {
        Objects.requireNonNull(request, "request");
        LiveRecording now = current;
        if (now != null && now.state().isActive()) {
            throw new IllegalStateException("an acquisition is running (" + now.request().describe()
                    + "); stop it first");
        }
        LiveRecording starting = LiveRecording.starting(serials.incrementAndGet(), request);
        publish(starting);
        job = new RecordingJob(this, starting, clock);
        job.schedule();
        return job;
    }

    /**
     * Shows an acquisition that another part of the workbench started and owns (the Session view's recording of a
     * session) as the current one, so that the live monitor draws it like its own. The controller never stops it: the
     * Stop command does nothing while it runs, and Record is refused until it has ended.
     *
     * @param request what is recorded (for the status line)
     * @param label the sensor's name and device id
     * @param format the stream's layout
     * @param acquisition the running engine
     * @param file the recording's data file
     * @return to call once the acquisition has stopped, with its summary (null if it failed)
     * @throws IllegalStateException if an acquisition is active
     * @since 0.1.0
     */
    public synchronized Consumer<AcquisitionSummary> show(RecordingRequest request, String label, StreamFormat format,
            Acquisition acquisition, Path file) {
        Objects.requireNonNull(acquisition, "acquisition");
        LiveRecording now = current;
        if (now != null && now.state().isActive()) {
            throw new IllegalStateException("an acquisition is running (" + now.request().describe()
                    + "); stop it first");
        }
        long serial = serials.incrementAndGet();
        job = null;
        publish(LiveRecording.starting(serial, request).running(label, format, acquisition, file));
        return summary -> update(serial, r -> r.ended(summary == null ? LiveRecording.State.FAILED
                : LiveRecording.State.STOPPED, summary));
    }

    /**
     * Asks the active acquisition to stop and returns at once; the job stops the sensor and completes the file.
     *
     * @return the job to join, or null if nothing was active
     */
    public synchronized Job stop() {
        RecordingJob j = job;
        LiveRecording now = current;
        if (j == null || now == null || !now.state().isActive()) {
            return null;
        }
        j.cancel();
        return j;
    }

    /**
     * Stops the active acquisition and waits for its file to be complete (workbench shut-down).
     *
     * @param timeoutMillis how long to wait at most
     * @return true if nothing is active any more
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean stopAndWait(long timeoutMillis) throws InterruptedException {
        Job j = stop();
        if (j != null) {
            j.join(timeoutMillis, null);
        }
        LiveRecording now = current;
        return now == null || !now.state().isActive();
    }

    /** @return the acquisition shown: the active one, else the last one, else null */
    public LiveRecording current() {
        return current;
    }

    /** @return true while an acquisition is starting, running or stopping */
    public boolean isActive() {
        LiveRecording now = current;
        return now != null && now.state().isActive();
    }

    /**
     * Adds a listener told of every new snapshot, on the thread that made it (the job's or the sensor's): it must
     * return quickly and not touch widgets (post to the display instead).
     *
     * @param listener the listener
     * @return removes it
     */
    public Runnable addListener(Consumer<LiveRecording> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    /**
     * Replaces the snapshot of acquisition {@code serial}, unless another has been started since.
     *
     * @param serial the acquisition
     * @param change makes the new snapshot from the current one
     * @return the new snapshot, or null if the acquisition is no longer current
     */
    LiveRecording update(long serial, UnaryOperator<LiveRecording> change) {
        LiveRecording next;
        synchronized (this) {
            LiveRecording now = current;
            if (now == null || now.serial() != serial) {
                return null;
            }
            next = change.apply(now);
            current = next;
        }
        notifyListeners(next);
        return next;
    }

    private void publish(LiveRecording r) {
        current = r;
        notifyListeners(r);
    }

    private void notifyListeners(LiveRecording r) {
        for (Consumer<LiveRecording> l : listeners) {
            try {
                l.accept(r);
            } catch (RuntimeException e) {
                System.getLogger(RecordingController.class.getName()).log(System.Logger.Level.WARNING,
                        "recording listener failed", e);
            }
        }
    }
}
