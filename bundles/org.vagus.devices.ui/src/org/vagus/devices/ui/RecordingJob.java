package org.vagus.devices.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.vagus.core.time.Clock;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorDefaults;
import org.vagus.devices.SensorDescription;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.SensorProvider;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.StreamFormat;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.devices.acquisition.AcquisitionOptions;
import org.vagus.devices.acquisition.AcquisitionSummary;
import org.vagus.devices.acquisition.RecordingTarget;
import org.vagus.devices.ui.model.LiveRecording;
import org.vagus.devices.ui.model.LiveRecording.State;
import org.vagus.devices.ui.model.RecordingFiles;
import org.vagus.devices.ui.model.RecordingRequest;
import org.vagus.study.StudyFolder;

/**
 * One acquisition started from the UI, from opening the sensor to the completed file. Cancelling the job (Stop, or
 * the Progress view's stop button) ends it cleanly: the sensor is stopped and the recording completed, and the job
 * ends OK. It ends with an error status if the sensor or file cannot be opened, or the sensor fails fatally.
 */
final class RecordingJob extends Job {
    /** Ring buffers hold 70 s: the longest window the monitor offers (60 s) and a column's worth of slack. */
    static final Duration RING = Duration.ofSeconds(70);
    private static final long POLL_MILLIS = 100;

    private final RecordingController controller;
    private final LiveRecording start;
    private final Clock clock;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile SensorEvent.Error fatal;

    RecordingJob(RecordingController controller, LiveRecording start, Clock clock) {
        super("Recording " + start.request().describe());
        this.controller = controller;
        this.start = start;
        this.clock = clock;
        setPriority(LONG);
        setSystem(false);
        setUser(false);
        // a job cancelled before it ran never reaches run(): end its snapshot here
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                LiveRecording last = controller.current();
                if (last != null && last.serial() == start.serial() && last.state().isActive()) {
                    controller.update(start.serial(), r -> r.withMessage("stopped before it started")
                            .ended(State.STOPPED, null));
                }
            }
        });
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == RecordingController.FAMILY;
    }

    @Override
    protected void canceling() {
        stopRequested.countDown();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        RecordingRequest request = start.request();
        long serial = start.serial();
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        Sensor sensor = null;
        StudyFolder study = null;
        Acquisition acquisition = null;
        boolean finished = false;
        try {
            SensorProvider provider = provider(controller.sensors(), request.sensorId());
            String address = request.address() != null ? request.address() : onlyDevice(provider);
            monitor.subTask("Opening " + provider.id() + " " + address);
            sensor = open(provider, address);
            SensorDescription d = sensor.description();
            SensorConfiguration config = new SensorConfiguration(SensorDefaults.rate(provider.id(), d, request.rate()),
                    SensorDefaults.channels(provider.id(), d, request.channels().stream().map(String::trim).toList()),
                    request.options());
            StreamFormat format = sensor.streamFormat(config);
            Path file = null;
            if (request.destination() instanceof RecordingRequest.Folder f) {
                Files.createDirectories(f.folder());
                file = RecordingFiles.plainFile(f.folder(), provider.id(), LocalDateTime.now());
            } else if (request.destination() instanceof RecordingRequest.StudyParticipant p) {
                study = StudyFolder.open(p.study());
                file = RecordingFiles.studyFile(study, p.participant(), p.session(), p.task());
            }
            RecordingTarget target = file == null ? null
                    : new RecordingTarget(file, null, metadata(provider, address, d, request.options()));
            if (stopRequested.getCount() == 0) {
                controller.update(serial, r -> r.withMessage("stopped before it started").ended(State.STOPPED, null));
                return Status.OK_STATUS;
            }
            acquisition = Acquisition.start(sensor, config, clock, options(), target, this::onEvent);
            String label = d.name() + ", " + d.id();
            Acquisition running = acquisition;
            Path recorded = file;
            controller.update(serial, r -> r.running(label, format, running, recorded));
            double hz = format.rate().hertz();
            String shown = "";
            while (!stopRequested.await(POLL_MILLIS, TimeUnit.MILLISECONDS) && !acquisition.isStopped()) {
                String progress = String.format(Locale.ROOT, "%.0f s, %d frames lost",
                        acquisition.framesReceived() / hz, acquisition.framesLost());
                if (!progress.equals(shown)) { // once a second: the Progress view redraws for each call
                    monitor.subTask(progress);
                    shown = progress;
                }
            }
            controller.update(serial, r -> r.with(State.STOPPING));
            AcquisitionSummary summary = acquisition.stop();
            finished = true;
            SensorEvent.Error error = fatal;
            controller.update(serial, r -> r.ended(error == null ? State.STOPPED : State.FAILED, summary));
            if (error != null) {
                return Status.error("The acquisition from " + request.sensorId() + " ended on an error: "
                        + error.message() + (recorded == null ? "" : "; what came before it is in " + recorded),
                        error.cause());
            }
            return Status.OK_STATUS;
        } catch (IOException | IllegalArgumentException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            controller.update(serial, r -> r.withMessage(message).ended(State.FAILED, null));
            // a bad request or a missing device is the user's to fix, told without a stack trace
            return Status.error("Cannot record " + request.describe() + ": " + message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            controller.update(serial, r -> r.withMessage("interrupted").ended(State.FAILED, null));
            return Status.CANCEL_STATUS;
        } finally {
            if (acquisition != null && !finished) {
                try {
                    acquisition.stop();
                } catch (IOException | RuntimeException e) {
                    controller.update(serial, r -> r.withMessage("closing the recording: " + e.getMessage()));
                }
            }
            if (sensor != null) {
                sensor.close();
            }
            if (study != null) {
                try {
                    study.close();
                } catch (IOException e) {
                    controller.update(serial, r -> r.withMessage("closing the study: " + e.getMessage()));
                }
            }
            LiveRecording last = controller.current();
            if (last != null && last.serial() == serial && last.state().isActive()) {
                controller.update(serial, r -> r.ended(State.FAILED, null));
            }
            monitor.done();
        }
    }

    /** Sensor events and engine errors, on the sensor's or writer's thread: noted for the status line. */
    private void onEvent(SensorEvent event) {
        String text = null;
        if (event instanceof SensorEvent.Error e) {
            if (e.fatal()) {
                fatal = e;
            }
            text = (e.fatal() ? "error: " : "warning: ") + e.message();
        } else if (event instanceof SensorEvent.PortVanished v) {
            text = "port " + v.address() + " vanished after sample " + v.lastSampleIndex() + "; reconnecting";
        } else if (event instanceof SensorEvent.Reconnected c) {
            text = String.format(Locale.ROOT, "port %s is back after %.1f s", c.address(), c.downtimeNanos() / 1e9);
        } else if (event instanceof SensorEvent.Stopped s && !"stopped".equals(s.reason())) {
            text = "the sensor stopped: " + s.reason();
        }
        if (text != null) {
            String message = text;
            controller.update(start.serial(), r -> r.withMessage(message));
        }
    }

    private static AcquisitionOptions options() {
        AcquisitionOptions d = AcquisitionOptions.defaults();
        return new AcquisitionOptions(RING, d.driftWindow(), d.minFitSpan(), d.driftMaxPoints(), d.refitInterval(),
                d.latency(), d.chunk(), d.idleFlush());
    }

    private static SensorProvider provider(SensorRegistry registry, String id) throws IOException {
        return registry.byId(id).orElseThrow(() -> new IOException("unknown sensor '" + id + "'; sensors: "
                + (registry.providers().isEmpty() ? "none (no sensor bundle is installed)"
                        : String.join(", ", registry.providers().stream().map(SensorProvider::id).toList()))));
    }

    private static String onlyDevice(SensorProvider provider) throws IOException {
        SensorDefaults.Discovery found = SensorDefaults.discover(provider);
        return found.only().orElseThrow(() -> new IOException(found.describe(false)
                + (found.devices().isEmpty() ? "; name its port" : "; choose one")));
    }

    private Sensor open(SensorProvider provider, String address) throws IOException {
        try {
            return Objects.requireNonNull(provider.open(address, clock), "the provider returned no sensor");
        } catch (RuntimeException | LinkageError e) {
            throw new IOException("sensor " + provider.id() + " cannot open " + address + ": " + e, e);
        }
    }

    /** The sidecar fields that say how the recording was made, as {@code vagus record} writes them. */
    private static Map<String, Object> metadata(SensorProvider provider, String address, SensorDescription d,
            Map<String, String> options) {
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("Id", d.id());
        device.put("Name", d.name());
        device.put("Sensor", provider.id());
        device.put("Address", address);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("VagusDevice", device);
        metadata.put("VagusRecordedWith", "Vagus live monitor");
        metadata.put("VagusClock", "monotonic");
        if (!options.isEmpty()) {
            metadata.put("VagusSensorOptions", new LinkedHashMap<>(options));
        }
        return metadata;
    }
}
