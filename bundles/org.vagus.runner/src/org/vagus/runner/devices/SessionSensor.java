package org.vagus.runner.devices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.vagus.core.time.Clock;
import org.vagus.core.units.SamplingRate;
import org.vagus.devices.DigitalOutputs;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorDefaults;
import org.vagus.devices.SensorDescription;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.SensorProvider;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.StreamFormat;
import org.vagus.devices.acquisition.AcquisitionSummary;
import org.vagus.runner.MarkerSink;

/**
 * A sensor chosen by the researcher, opened and recorded for one run of a session: the provider found in a
 * {@link SensorRegistry}, the device opened, the configuration resolved (defaults as {@code vagus run --sensor}), a
 * {@link SessionRecording} started into the run's physio file and, if asked, every onset pulsed on a digital output
 * ({@link OutputPulseMarkerSink}). {@link #finish} records the tail, stops the sensor and completes the file;
 * {@link #close} does the same at once after a failure. The sensor is closed either way.
 *
 * @since 0.1.0
 */
public final class SessionSensor implements AutoCloseable {
    /**
     * What to record.
     *
     * @param sensorId the provider's id ({@code simulated}, {@code bitalino})
     * @param address the device (a serial port), or null for the only one the provider finds
     * @param channels channel names in file order (matched case-insensitively), empty for the first ECG channel
     *            (else the first). Copied
     * @param rate the sampling rate, or null for 1000 Hz if offered, else the highest
     * @param pulseOutput a digital output to pulse at each onset (BITalino {@code O1}), or null for none
     */
    public record Choice(String sensorId, String address, List<String> channels, SamplingRate rate,
            String pulseOutput) {
        /** @throws IllegalArgumentException if the sensor id is blank */
        public Choice {
            Objects.requireNonNull(sensorId, "sensor id");
            if (sensorId.isBlank()) {
                throw new IllegalArgumentException("session sensor: expected a sensor id");
            }
            address = address == null || address.isBlank() ? null : address.strip();
            channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
            pulseOutput = pulseOutput == null || pulseOutput.isBlank() ? null : pulseOutput.strip();
        }

        /** @return {@code simulated (port) [A2] pulses O1} for logs and the status line */
        public String describe() {
            return sensorId + (address == null ? "" : " (" + address + ")")
                    + (channels.isEmpty() ? "" : " " + channels) + (pulseOutput == null ? "" : ", pulses on "
                            + pulseOutput);
        }
    }

    /**
     * A choice with the providers it is made among.
     *
     * @param sensors the sensor providers (the workbench's extension registry, or a test's)
     * @param choice what to record
     */
    public record Plan(SensorRegistry sensors, Choice choice) {
        /** @throws NullPointerException if either is null */
        public Plan {
            Objects.requireNonNull(sensors, "sensors");
            Objects.requireNonNull(choice, "choice");
        }
    }

    private final Sensor sensor;
    private final SessionRecording recording;
    private final OutputPulseMarkerSink pulses;
    private final String label;
    private final StreamFormat format;
    private final String address;
    private final SensorConfiguration configuration;

    private SessionSensor(Sensor sensor, SessionRecording recording, OutputPulseMarkerSink pulses, String label,
            StreamFormat format, String address, SensorConfiguration configuration) {
        this.sensor = sensor;
        this.recording = recording;
        this.pulses = pulses;
        this.label = label;
        this.format = format;
        this.address = address;
        this.configuration = configuration;
    }

    /**
     * Opens the sensor and starts recording (returns after the {@link SessionRecording#WARM_UP}).
     *
     * @param plan what to record, among which providers
     * @param clock the clock the session runs on (the monotonic clock)
     * @param physioFile the run's {@code _physio.tsv.gz} (must not exist)
     * @param metadata extra sidecar fields (such as {@code VagusEvents})
     * @param observer the sensor's events (gaps, errors); may be null
     * @param warnings warnings of the pulse output (a pulse that could not be sent)
     * @throws IOException if the sensor is unknown, finds no device, cannot open or deliver, or the file exists
     * @throws IllegalArgumentException if a channel, rate or output is not offered (the message names the offer)
     * @throws InterruptedException if interrupted during the warm-up
     */
    public static SessionSensor start(Plan plan, Clock clock, Path physioFile, Map<String, Object> metadata,
            Consumer<SensorEvent> observer, Consumer<String> warnings) throws IOException, InterruptedException {
        Choice c = plan.choice();
        SensorProvider provider = plan.sensors().byId(c.sensorId()).orElseThrow(() -> new IOException("unknown"
                + " sensor '" + c.sensorId() + "'; sensors: " + (plan.sensors().providers().isEmpty() ? "none"
                        : String.join(", ", plan.sensors().providers().stream().map(SensorProvider::id).toList()))));
        if (Files.exists(physioFile)) {
            throw new IOException(physioFile + " already exists (a run that ended before its state was saved?); move"
                    + " it away to record this run again");
        }
        Path folder = physioFile.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        String address = c.address() != null ? c.address() : onlyDevice(provider);
        Sensor sensor;
        try {
            sensor = Objects.requireNonNull(provider.open(address, clock), "the provider returned no sensor");
        } catch (RuntimeException | LinkageError e) {
            throw new IOException("sensor " + provider.id() + " cannot open " + address + ": " + e.getMessage(), e);
        }
        boolean ok = false;
        SessionRecording recording = null;
        try {
            SensorDescription d = sensor.description();
            SensorConfiguration config = new SensorConfiguration(SensorDefaults.rate(provider.id(), d, c.rate()),
                    SensorDefaults.channels(provider.id(), d, c.channels().stream().map(String::strip).toList()),
                    Map.of());
            StreamFormat format = sensor.streamFormat(config);
            DigitalOutputs outputs = null;
            if (c.pulseOutput() != null) {
                outputs = sensor.capability(DigitalOutputs.class).orElseThrow(() -> new IllegalArgumentException(
                        "sensor " + provider.id() + " (" + d.name() + ") has no digital outputs to pulse"));
                if (outputs.outputNames().stream().noneMatch(n -> n.equalsIgnoreCase(c.pulseOutput()))) {
                    throw new IllegalArgumentException("sensor " + provider.id() + " has no output '"
                            + c.pulseOutput() + "'; its outputs: " + String.join(", ", outputs.outputNames()));
                }
            }
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("VagusDevice", Map.of("Id", d.id(), "Name", d.name(), "Sensor", provider.id(), "Address",
                    address));
            meta.put("VagusClock", "monotonic");
            if (c.pulseOutput() != null) {
                meta.put("VagusMarkerPulses", "each onset: output " + c.pulseOutput() + " high for "
                        + OutputPulseMarkerSink.DEFAULT_PULSE.toMillis() + " ms");
            }
            meta.putAll(metadata);
            recording = SessionRecording.start(sensor, config, clock, physioFile, meta, observer);
            OutputPulseMarkerSink pulses = outputs == null ? null
                    : OutputPulseMarkerSink.onOutput(recording.markers(), outputs, c.pulseOutput(), warnings);
            SessionSensor s = new SessionSensor(sensor, recording, pulses, d.name() + ", " + d.id(), format, address,
                    config);
            ok = true;
            return s;
        } finally {
            if (!ok) {
                try {
                    if (recording != null) {
                        recording.close();
                    }
                } finally {
                    sensor.close(); // the port is freed even when closing the recording fails
                }
            }
        }
    }

    /** The markers' sink: the recording's sample clock, pulsing the output at each onset if asked. */
    public MarkerSink markers() {
        return pulses != null ? pulses : recording.markers();
    }

    /** The recording (its acquisition feeds a live view). */
    public SessionRecording recording() {
        return recording;
    }

    /** The sensor's name and device id, such as {@code Simulated ECG (ECGSYN model), simulated}. */
    public String label() {
        return label;
    }

    /** The stream's layout. */
    public StreamFormat format() {
        return format;
    }

    /** The device opened: the one chosen, or the only one the provider found. */
    public String address() {
        return address;
    }

    /** The configuration recorded: the channels and rate chosen, or their defaults ({@link SensorDefaults}). */
    public SensorConfiguration configuration() {
        return configuration;
    }

    /** The number of pulses sent, 0 without a pulse output. */
    public int pulses() {
        return pulses == null ? 0 : pulses.pulses();
    }

    /**
     * Ends the run's recording: stops pulsing, records the {@link SessionRecording#TAIL}, stops the sensor,
     * completes the file and closes the sensor.
     *
     * @param lastOnsetNanos the session's last onset (its end) on the session's clock
     * @return the recording's summary
     * @throws IOException if the recording did not end cleanly (closed anyway)
     */
    public AcquisitionSummary finish(long lastOnsetNanos) throws IOException {
        try {
            if (pulses != null) {
                pulses.close();
            }
            return recording.finish(lastOnsetNanos);
        } finally {
            sensor.close();
        }
    }

    /** Stops at once and completes the file if {@link #finish} was not called; closes the sensor. */
    @Override
    public void close() throws IOException {
        try {
            if (pulses != null) {
                pulses.close();
            }
            recording.close();
        } finally {
            sensor.close();
        }
    }

    private static String onlyDevice(SensorProvider provider) throws IOException {
        SensorDefaults.Discovery found = SensorDefaults.discover(provider);
        return found.only().orElseThrow(() -> new IOException(found.describe(true) + "; name its port"));
    }
}
