package org.vagus.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.vagus.cli.Arguments;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;
import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.core.time.Clock;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.time.SimulatedClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.devices.SampleBlock;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorDefaults;
import org.vagus.devices.SensorDescription;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.SensorListener;
import org.vagus.devices.SensorProvider;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.StreamFormat;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.devices.acquisition.AcquisitionOptions;
import org.vagus.devices.acquisition.AcquisitionSummary;
import org.vagus.devices.acquisition.ClockFit;
import org.vagus.devices.acquisition.RecordingTarget;
import org.vagus.io.bids.PhysioSidecar;
import org.vagus.study.StudyFolder;

/**
 * {@code vagus record}: records a sensor into the study's physio format (BIDS {@code *_physio.tsv.gz} and
 * {@code .json}, crash-safe: one flushed gzip member per half second, the sidecar marked incomplete until closed)
 * through the acquisition engine, then prints a summary (frames, lost frames, gaps, clock drift, duration).
 * <p>
 * This class turns the arguments into a validated request: the provider (from the extension point
 * {@code org.vagus.devices.sensors}, through {@link Sensors}), the device, the channels, the rate, the clock
 * ({@code --speed max}: a {@link SimulatedClock}, so a simulated sensor runs as fast as it can compute, with arrival
 * stamps as a real device would have them) and the file; {@link Recorder} runs it. Bad input is a usage error that
 * lists what is offered: the known sensor ids, the sensor's channels, its rates.
 */
public final class RecordCommand implements VagusCommand {
    /**
     * The BIDS datatype folder of a session's physio recordings: {@code sub-X/ses-Y/beh/}. BIDS keeps physio
     * beside the data it accompanies; a psychophysiology task without imaging is behavioural data.
     */
    public static final String DATATYPE = "beh";
    /** The BIDS task label when {@code --task} is not given. */
    public static final String DEFAULT_TASK = "rest";

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]+");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final Set<String> VALUED = Set.of("sensor", "port", "channels", "rate", "seconds", "out", "study",
            "participant", "session", "task", "speed", "options");

    /**
     * Where a user's interrupt (Ctrl-C) comes from. The recording registers a callback that asks it to stop and
     * returns once the recording is closed (or after {@link Recorder#CLOSE_WAIT_SECONDS}), so the process does not
     * end before the file is complete.
     */
    @FunctionalInterface
    public interface InterruptSource {
        /**
         * @param onInterrupt to run, on any thread, when the user interrupts
         * @return undoes the registration; called when the recording has ended
         */
        Runnable register(Runnable onInterrupt);
    }

    /** Ctrl-C (SIGINT) and SIGTERM through a JVM shutdown hook, which runs the callback and lets the JVM end after. */
    public static final InterruptSource SHUTDOWN_HOOK = onInterrupt -> {
        Thread hook = new Thread(onInterrupt, "vagus record: interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is running or has run, which is what it is for
            }
        };
    };

    private final Function<PrintStream, SensorRegistry> sensors;
    private final InterruptSource interrupts;

    /** The command as the extension registry creates it: providers from the extension point, Ctrl-C by hook. */
    public RecordCommand() {
        this(Sensors::registry, SHUTDOWN_HOOK);
    }

    /** A command over these providers, stopped by Ctrl-C through a shutdown hook. */
    public RecordCommand(SensorRegistry sensors) {
        this(sensors, SHUTDOWN_HOOK);
    }

    /** A command over these providers with another interrupt source (tests, embedding). */
    public RecordCommand(SensorRegistry sensors, InterruptSource interrupts) {
        this(warnings -> sensors, interrupts);
        Objects.requireNonNull(sensors, "sensors");
    }

    private RecordCommand(Function<PrintStream, SensorRegistry> sensors, InterruptSource interrupts) {
        this.sensors = sensors;
        this.interrupts = Objects.requireNonNull(interrupts, "interrupts");
    }

    @Override
    public String summary() {
        return "record a sensor (BITalino, simulated ECG, replay) into the study physio format, with a summary";
    }

    @Override
    public String usage() {
        return """
                vagus record --sensor ID [--port PATH] [--channels A2,...] [--rate HZ] [--seconds N]
                             (--out DIR | --study DIR --participant ID [--session ses-01] [--task rest])
                             [--speed max|FACTOR] [--options KEY=VALUE,...]
                  --sensor ID        the sensor provider: simulated, replay, bitalino, ... ('vagus devices' lists them)
                  --port PATH        the device: a serial port (/dev/rfcomm0, /dev/ttyUSB0, COM5), a replay file;
                                     default: the only device the sensor finds
                  --channels LIST    channel names, comma-separated, in file column order; default: the sensor's
                                     first ECG channel, else its first channel
                  --rate HZ          one of the sensor's sampling rates; default 1000 if offered, else the highest
                  --seconds N        stop after N seconds of signal (exactly N * rate rows); default: until Ctrl-C
                                     or until the sensor ends (the end of a replayed file)
                  --out DIR          write DIR/SENSOR_yyyyMMddTHHmmss_physio.tsv.gz and its .json
                  --study DIR        write into a Vagus study: DIR/sub-ID/ses-S/beh/sub-ID_ses-S_task-T_physio.tsv.gz
                                     (+ .json; _run-2, _run-3, ... if taken); the participant must exist, the
                                     session is added if missing; the study stays locked while recording
                  --speed max|F      simulated and replay sensors only: max runs on a simulated clock as fast as the
                                     samples can be made (needs --seconds); F is a factor over real time
                  --options K=V,...  sensor settings, such as A1=ECG (BITalino) or heartRate=60,noise=0.02 (simulated)
                Ctrl-C stops the recording and closes the file (crash-safe anyway: at most the last 0.5 s is lost).
                prints: file, frames, lost frames, gaps, clock drift (ppm), duration""";
    }

    @Override
    public int run(CommandContext ctx, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, VALUED, Set.of());
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
        }
        SensorRegistry registry = sensors.apply(ctx.err());
        String id = a.option("sensor", null);
        if (id == null) {
            throw new UsageException("name the sensor with --sensor ID; sensors: " + Sensors.knownIds(registry));
        }
        SensorProvider provider = registry.byId(id).orElseThrow(
                () -> new UsageException("unknown sensor '" + id + "'; known sensors: " + Sensors.knownIds(registry)));
        String speed = speed(a.option("speed", null));
        boolean max = "max".equals(speed);
        Double seconds = positive(a, "seconds");
        if (max && seconds == null) {
            throw new UsageException("--speed max needs --seconds N: a simulation at full speed would not end");
        }
        Destination destination = destination(ctx, a);
        Map<String, String> options = options(a.option("options", null));
        String port = a.option("port", null);
        if (port != null && port.isBlank()) {
            throw new UsageException("--port: expected a device path, got an empty text");
        }
        String address = address(provider, port == null ? null : Sensors.address(ctx, port));
        Clock clock = max ? new SimulatedClock() : MonotonicClock.INSTANCE;
        try (Sensor sensor = open(provider, address, clock)) {
            SensorDescription d = sensor.description();
            List<String> channels = channels(provider, d, a.option("channels", null));
            SensorConfiguration config = configuration(provider, sensor, channels,
                    rate(provider, d, a.option("rate", null)), options, speed);
            StreamFormat format = sensor.streamFormat(config);
            long limit = Long.MAX_VALUE;
            if (seconds != null) {
                limit = config.rate().secondsToSample(seconds);
                if (limit < 1) {
                    throw new UsageException("--seconds " + seconds + " is less than one sample at "
                            + Sensors.hertz(config.rate()) + " Hz");
                }
            }
            Map<String, Object> metadata = metadata(provider, address, d, max, speed, options);
            Recorder.Request request = new Recorder.Request(provider.id(), address, sensor, config, format, clock,
                    max ? Double.POSITIVE_INFINITY : speed == null ? 1 : Double.parseDouble(speed), seconds, limit,
                    metadata);
            Recorder recorder = new Recorder(ctx, interrupts);
            if (destination.study() == null) {
                if (Files.exists(destination.out()) && !Files.isDirectory(destination.out())) {
                    throw new IOException("--out " + destination.out() + " is a file; expected a folder");
                }
                Files.createDirectories(destination.out());
                return recorder.record(request, plainFile(destination.out(), provider.id()));
            }
            try (StudyFolder study = StudyFolder.open(destination.study())) {
                return recorder.record(request, studyFile(ctx, study, destination));
            }
        }
    }

    /** The sidecar fields that say how the recording was made (beside those the acquisition engine writes). */
    private static Map<String, Object> metadata(SensorProvider provider, String address, SensorDescription d,
            boolean simulatedClock, String speed, Map<String, String> options) {
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("Id", d.id());
        device.put("Name", d.name());
        device.put("Sensor", provider.id());
        device.put("Address", address);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("VagusDevice", device);
        metadata.put("VagusRecordedWith", "vagus record");
        metadata.put("VagusClock", simulatedClock ? "simulated (faster than real time)" : "monotonic");
        if (speed != null) {
            metadata.put("VagusSpeed", speed);
        }
        if (!options.isEmpty()) {
            metadata.put("VagusSensorOptions", options);
        }
        return metadata;
    }

    /** Where the recording goes: a plain folder, or a study with participant, session and task labels. */
    private record Destination(Path out, Path study, String participant, String session, String task) {
    }

    private static Destination destination(CommandContext ctx, Arguments a) throws UsageException {
        String out = a.option("out", null);
        String study = a.option("study", null);
        if ((out == null) == (study == null)) {
            throw new UsageException(out == null ? "say where to record: --out DIR, or --study DIR --participant ID"
                    : "--out and --study exclude each other: record into a plain folder or into a study");
        }
        String participant = a.option("participant", null);
        String session = a.option("session", null);
        String task = a.option("task", null);
        if (out != null) {
            if (participant != null || session != null || task != null) {
                throw new UsageException("--participant, --session and --task name a recording in a study: use them"
                        + " with --study DIR (--out DIR writes a plain file name)");
            }
            return new Destination(ctx.resolve(out), null, null, null, null);
        }
        if (participant == null) {
            throw new UsageException("--study needs --participant ID (a participant code such as 01 or sub-01)");
        }
        return new Destination(null, ctx.resolve(study), label("--participant", participant, Participant.PREFIX),
                label("--session", session == null ? "01" : session, Session.PREFIX),
                label("--task", task == null ? DEFAULT_TASK : task, "task-"));
    }

    /** A BIDS label without its prefix: letters and digits. */
    private static String label(String option, String value, String prefix) throws UsageException {
        String v = value.startsWith(prefix) ? value.substring(prefix.length()) : value;
        if (!LABEL.matcher(v).matches()) {
            throw new UsageException(option + " '" + value + "': expected letters and digits only (BIDS label),"
                    + " such as " + prefix + "01");
        }
        return v;
    }

    /** {@code max}, a factor over real time as typed, or null if not given. */
    private static String speed(String text) throws UsageException {
        if (text == null) {
            return null;
        }
        if (text.trim().equalsIgnoreCase("max")) {
            return "max";
        }
        try {
            double f = Double.parseDouble(text.trim());
            if (f > 0 && Double.isFinite(f)) {
                return text.trim();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--speed expects max or a factor over real time such as 10, got '" + text + "'");
    }

    private static Double positive(Arguments a, String name) throws UsageException {
        String text = a.option(name, null);
        if (text == null) {
            return null;
        }
        try {
            double v = Double.parseDouble(text.trim());
            if (v > 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + name + " expects a positive number, got '" + text + "'");
    }

    private static Map<String, String> options(String text) throws UsageException {
        Map<String, String> options = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return options;
        }
        for (String item : text.split(",")) {
            int eq = item.indexOf('=');
            if (eq <= 0 || item.substring(0, eq).isBlank()) {
                throw new UsageException("--options: '" + item + "' is not KEY=VALUE");
            }
            String key = item.substring(0, eq).trim();
            if (key.equals("speed")) {
                throw new UsageException("give the speed with --speed, not in --options");
            }
            options.put(key, item.substring(eq + 1).trim());
        }
        return options;
    }

    /** The device to open: {@code --port}, or the only device the provider finds. */
    private static String address(SensorProvider provider, String port) throws UsageException {
        if (port != null) {
            return port;
        }
        SensorDefaults.Discovery found = SensorDefaults.discover(provider);
        return found.only().orElseThrow(() -> new UsageException(found.describe(false)
                + (found.devices().isEmpty() ? "; name one with --port PATH" : "; choose one with --port PATH")));
    }

    private static Sensor open(SensorProvider provider, String address, Clock clock) throws IOException {
        try {
            return Objects.requireNonNull(provider.open(address, clock), "the provider returned no sensor");
        } catch (RuntimeException | LinkageError e) {
            // a driver fault (or a driver bundle that cannot load its native library): said, not a stack trace
            IOException io = new IOException("sensor " + provider.id() + " cannot open " + address + ": "
                    + Sensors.describe(e));
            io.addSuppressed(e);
            throw io;
        }
    }

    /** The channels named in {@code --channels} (case-insensitively), or the default one. */
    private static List<String> channels(SensorProvider provider, SensorDescription d, String text)
            throws UsageException {
        List<String> names = text == null ? List.of() : Stream.of(text.split(",")).map(String::trim).toList();
        if (text != null && names.isEmpty()) {
            return names; // --channels , names none: refused by the configuration, not defaulted
        }
        try {
            return SensorDefaults.channels(provider.id(), d, names, repeated -> {
                throw new UsageException("--channels names " + repeated + " twice");
            });
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The rate named by {@code --rate} among those offered, or the default. */
    private static SamplingRate rate(SensorProvider provider, SensorDescription d, String text) throws UsageException {
        if (text == null) {
            return SensorDefaults.defaultRate(d);
        }
        double hz;
        try {
            hz = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--rate expects a number of hertz such as 1000, got '" + text + "'");
        }
        return SensorDefaults.offeredRate(d, hz).orElseThrow(() -> new UsageException("sensor " + provider.id()
                + " does not offer " + text.trim() + " Hz; its rates: " + Sensors.rates(d.samplingRates())));
    }

    /**
     * The configuration, checked by the sensor itself ({@link Sensor#streamFormat}). A sensor that cannot be paced
     * (a real device) rejects the {@code speed} option; that is told as a {@code --speed} error.
     */
    private static SensorConfiguration configuration(SensorProvider provider, Sensor sensor, List<String> channels,
            SamplingRate rate, Map<String, String> options, String speed) throws UsageException {
        SensorConfiguration plain = new SensorConfiguration(rate, channels, options);
        if (speed == null) {
            check(sensor, plain);
            return plain;
        }
        // on the simulated clock the sensor's own sleeps move the time, so it is paced at 1 and runs at full speed
        SensorConfiguration paced = plain.withOption("speed", speed.equals("max") ? "1" : speed);
        try {
            sensor.streamFormat(paced);
            return paced;
        } catch (IllegalArgumentException e) {
            check(sensor, plain);
            throw new UsageException("--speed " + speed + ": sensor " + provider.id()
                    + " cannot be paced (a device records in real time): " + e.getMessage());
        }
    }

    private static void check(Sensor sensor, SensorConfiguration config) throws UsageException {
        try {
            sensor.streamFormat(config);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** {@code DIR/SENSOR_yyyyMMddTHHmmss_physio.tsv.gz}, with {@code _2}, {@code _3}, ... if taken. */
    private static Path plainFile(Path dir, String sensor) {
        String base = sensor + "_" + LocalDateTime.now().format(STAMP);
        return free(dir, base, "_");
    }

    /** The next free {@code sub-X_ses-Y_task-T[_run-N]_physio.tsv.gz} in the session's datatype folder. */
    private static Path studyFile(CommandContext ctx, StudyFolder study, Destination d)
            throws IOException, UsageException {
        Participant p = study.study().participant(d.participant()).orElseThrow(() -> new UsageException(
                "no participant " + Participant.PREFIX + d.participant() + " in study " + study.directory()
                        + "; participants: " + (study.study().participants().isEmpty() ? "none"
                                : String.join(", ", study.study().participants().stream().map(Participant::bidsName)
                                        .toList()))
                        + " (add one with 'vagus study add-participant')"));
        if (p.session(d.session()).isEmpty()) {
            study.addSession(p.label(), new Session(d.session(), LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)));
            ctx.err().println("vagus record: added session " + Session.PREFIX + d.session() + " to " + p.bidsName());
        }
        Path folder = study.sessionDirectory(p.label(), d.session()).resolve(DATATYPE);
        Files.createDirectories(folder);
        return free(folder, p.bidsName() + "_" + Session.PREFIX + d.session() + "_task-" + d.task(), "_run-");
    }

    private static Path free(Path dir, String base, String counter) {
        Path file = dir.resolve(base + "_physio.tsv.gz");
        for (int n = 2; Files.exists(file) || Files.exists(PhysioSidecar.sidecarOf(file)); n++) {
            file = dir.resolve(base + counter + n + "_physio.tsv.gz");
        }
        return file;
    }

    /**
     * Runs one validated recording: the acquisition engine writing the file, a {@link Limiter} cutting the stream at
     * the requested sample, the interrupt callback, progress and sensor events on standard error, the summary on
     * standard output. The sensor is opened and closed by the caller.
     */
    static final class Recorder {
        /** How long an interrupt waits for the recording to be closed before letting the process end anyway. */
        static final long CLOSE_WAIT_SECONDS = 15;
        /** Beyond the requested time, how long a real-time recording waits for the sensor's last samples. */
        private static final double GRACE_SECONDS = 5;
        /** A run on the simulated clock that gets no block for this long (wall time) is given up. */
        private static final long STALL_SECONDS = 30;
        private static final long PROGRESS_SECONDS = 10;

        /**
         * @param speed the factor over real time (infinite for {@code --speed max})
         * @param seconds the requested duration, or null for no limit
         * @param limit the requested number of rows ({@code seconds * rate}), {@link Long#MAX_VALUE} for no limit
         */
        record Request(String sensorId, String address, Sensor sensor, SensorConfiguration config, StreamFormat format,
                Clock clock, double speed, Double seconds, long limit, Map<String, Object> metadata) {
        }

        private final CommandContext ctx;
        private final InterruptSource interrupts;

        Recorder(CommandContext ctx, InterruptSource interrupts) {
            this.ctx = ctx;
            this.interrupts = interrupts;
        }

        /** Records into {@code file}; returns the exit status (1 if the sensor failed or fell short). */
        int record(Request r, Path file) throws IOException {
            CountDownLatch done = new CountDownLatch(1);
            CountDownLatch closed = new CountDownLatch(1);
            AtomicBoolean interrupted = new AtomicBoolean();
            // registered before the file exists: an interrupt from here on ends in a closed, complete file
            Runnable unregister = interrupts.register(() -> {
                interrupted.set(true);
                done.countDown();
                try {
                    closed.await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            boolean finished = false;
            boolean mainInterrupted = false;
            Acquisition acquisition = null;
            try {
                acquisition = new Acquisition(r.format(), r.clock(), AcquisitionOptions.defaults(),
                        new RecordingTarget(file, null, r.metadata()), this::report);
                Limiter limiter = new Limiter(acquisition, r.limit(), done);
                long wall = System.nanoTime();
                long start = r.clock().nanoTime();
                r.sensor().start(r.config(), limiter);
                ctx.err().println("vagus record: recording " + r.sensorId() + " (" + r.address() + ") "
                        + channels(r.format()) + " at " + Sensors.hertz(r.format().rate()) + " Hz"
                        + (r.seconds() == null ? " until Ctrl-C" : " for " + number(r.seconds()) + " s")
                        + (Double.isInfinite(r.speed()) ? ", faster than real time (simulated clock)"
                                : r.speed() != 1 ? ", at " + number(r.speed()) + "x real time" : "")
                        + " to " + file + "; Ctrl-C stops and closes the file");
                String shortfall;
                try {
                    shortfall = await(r, limiter, acquisition, done, start);
                } catch (InterruptedException e) {
                    mainInterrupted = true;
                    interrupted.set(true);
                    shortfall = null;
                }
                try {
                    r.sensor().stop();
                } catch (IOException e) {
                    ctx.err().println("vagus record: warning: " + r.sensorId() + " did not stop cleanly: "
                            + e.getMessage());
                }
                AcquisitionSummary summary = acquisition.finish();
                finished = true;
                double wallS = (System.nanoTime() - wall) / 1e9;
                String ended = interrupted.get() ? "interrupted (Ctrl-C); the file is closed"
                        : limiter.full ? "after the requested " + number(r.seconds()) + " s"
                                : shortfall != null ? shortfall : "the sensor stopped: " + limiter.stopReason;
                printSummary(r, file, summary, wallS, ended);
                if (limiter.fatal != null && !interrupted.get()) {
                    ctx.err().println("vagus record: the recording ended early because of the sensor error above;"
                            + " what came before it is in the file");
                    return 1;
                }
                if (shortfall != null && !interrupted.get()) {
                    ctx.err().println("vagus record: error: " + shortfall);
                    return 1;
                }
                return 0;
            } finally {
                if (!finished && acquisition != null) {
                    try {
                        r.sensor().stop();
                    } catch (IOException | RuntimeException e) {
                        // failing already; the sensor is closed by the caller
                    }
                    try {
                        acquisition.finish();
                    } catch (IOException e) {
                        ctx.err().println("vagus record: warning: closing " + file + ": " + e.getMessage());
                    }
                }
                closed.countDown();
                unregister.run();
                if (mainInterrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /**
         * Waits for the end: the requested rows, the sensor stopping, or an interrupt; prints progress. Returns why a
         * recording fell short on its own (null otherwise): a real-time sensor that did not deliver the requested
         * samples in time, or a simulated one that stalled.
         */
        private String await(Request r, Limiter limiter, Acquisition acquisition, CountDownLatch done, long start)
                throws InterruptedException {
            boolean realTime = !(r.clock() instanceof SimulatedClock);
            double expected = r.seconds() == null ? Double.POSITIVE_INFINITY : r.seconds() / r.speed();
            double allowed = realTime ? expected + Math.max(GRACE_SECONDS, 0.1 * expected) : Double.POSITIVE_INFINITY;
            double hz = r.format().rate().hertz();
            long nextProgress = System.nanoTime() + TimeUnit.SECONDS.toNanos(PROGRESS_SECONDS);
            while (!done.await(200, TimeUnit.MILLISECONDS)) {
                long now = System.nanoTime();
                if (now - nextProgress >= 0) {
                    nextProgress = now + TimeUnit.SECONDS.toNanos(PROGRESS_SECONDS);
                    ctx.err().printf(Locale.ROOT, "vagus record: %.1f s recorded, %d frames lost%n", limiter.end / hz,
                            acquisition.framesLost());
                }
                double elapsed = (r.clock().nanoTime() - start) / 1e9;
                if (elapsed > allowed) {
                    return String.format(Locale.ROOT, "the sensor delivered %d of the %d samples requested in %.1f s;"
                            + " recording stopped", limiter.end, r.limit(), elapsed);
                }
                if (!realTime && now - limiter.lastBlockWall > TimeUnit.SECONDS.toNanos(STALL_SECONDS)) {
                    return "the sensor delivered nothing for " + STALL_SECONDS + " s; recording stopped";
                }
            }
            return null;
        }

        /** Tells the user what the sensor reports, as it happens; gaps are counted in the progress and summary. */
        private void report(SensorEvent event) {
            PrintStream err = ctx.err();
            if (event instanceof SensorEvent.Error e) {
                err.println("vagus record: " + (e.fatal() ? "error: " : "warning: ") + e.message());
            } else if (event instanceof SensorEvent.PortVanished v) {
                err.println("vagus record: port " + v.address() + " vanished after sample " + v.lastSampleIndex()
                        + "; reconnecting (the frames missed meanwhile are recorded as a gap)");
            } else if (event instanceof SensorEvent.Reconnected c) {
                err.printf(Locale.ROOT, "vagus record: port %s is back after %.1f s%n", c.address(),
                        c.downtimeNanos() / 1e9);
            }
        }

        private void printSummary(Request r, Path file, AcquisitionSummary s, double wallS, String ended) {
            double hz = r.format().rate().hertz();
            double duration = s.sampleCount() / hz;
            ClockFit fit = s.clockFit();
            Map<String, String> rows = new LinkedHashMap<>();
            rows.put("file", file + "  (+ " + PhysioSidecar.sidecarOf(file).getFileName() + ")");
            rows.put("sensor", r.sensorId() + ", device " + r.address());
            rows.put("channels", channels(r.format()) + " at " + Sensors.hertz(r.format().rate()) + " Hz");
            rows.put("frames", Long.toString(s.sampleCount()));
            rows.put("received", Long.toString(s.framesReceived()));
            rows.put("lost", Long.toString(s.framesLost()));
            rows.put("gaps", Integer.toString(s.gaps().size()));
            String drift;
            if (!Double.isInfinite(r.speed()) && r.speed() != 1) {
                // the host clock times a stream paced faster or slower than the device's: no drift to measure
                drift = "n/a (paced at " + number(r.speed()) + "x real time)";
            } else if (fit.fitted()) {
                drift = String.format(Locale.ROOT, "%+.3f ppm (rms residual %.3f ms)", fit.driftPpm(),
                        fit.rmsResidualNanos() / 1e6);
            } else {
                drift = "n/a (the clock fit needs 5 s of signal)";
            }
            rows.put("drift", drift);
            rows.put("duration", String.format(Locale.ROOT, "%.3f s", duration));
            rows.put("wall", String.format(Locale.ROOT, "%.3f s", wallS)
                    + (wallS > 0 && duration > 0 ? String.format(Locale.ROOT, " (%.1fx real time)", duration / wallS)
                            : ""));
            rows.put("ended", ended);
            rows.forEach((k, v) -> ctx.out().printf("%-9s %s%n", k, v));
            ctx.out().flush();
        }

        private static String channels(StreamFormat format) {
            return String.join(", ", format.channels().stream().map(c -> c.name() + " (" + c.unit().symbol() + ")")
                    .toList());
        }

        private static String number(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
    }

    /**
     * Passes a sensor's stream on up to a sample index and no further: the block that crosses it is cut, later
     * blocks and gaps are dropped, and the end of the stream is moved back to it, so a recording of N seconds has
     * exactly {@code N * rate} rows whatever the sensor delivers after. Counts down {@code done} when the limit is
     * reached or the sensor stops.
     */
    static final class Limiter implements SensorListener {
        private final SensorListener next;
        private final long limit;
        private final CountDownLatch done;
        volatile long end;
        volatile long lastBlockWall = System.nanoTime();
        volatile boolean full;
        volatile String stopReason = "stopped";
        volatile SensorEvent.Error fatal;

        Limiter(SensorListener next, long limit, CountDownLatch done) {
            this.next = next;
            this.limit = limit;
            this.done = done;
        }

        @Override
        public void onBlock(SampleBlock block) {
            long first = block.firstSampleIndex();
            if (first >= limit) {
                full = true;
                done.countDown();
                return;
            }
            SampleBlock kept = block.endSampleIndex() > limit ? head(block, (int) (limit - first)) : block;
            next.onBlock(kept);
            end = kept.endSampleIndex();
            lastBlockWall = System.nanoTime();
            if (end >= limit) {
                full = true;
                done.countDown();
            }
        }

        @Override
        public void onEvent(SensorEvent event) {
            if (event instanceof SensorEvent.Stopped s) {
                stopReason = s.reason();
                next.onEvent(s.endSampleIndex() > limit ? new SensorEvent.Stopped(s.hostNanos(), limit, s.reason())
                        : s);
                done.countDown();
                return;
            }
            if (event instanceof SensorEvent.Gap g && g.firstLostIndex() >= limit) {
                return;
            }
            if (event instanceof SensorEvent.Error e && e.fatal()) {
                fatal = e;
            }
            next.onEvent(event);
        }

        /** The first {@code n} frames of a block. */
        private static SampleBlock head(SampleBlock b, int n) {
            int channels = b.channelCount();
            if (b.isIntegral()) {
                int[][] samples = new int[channels][n];
                for (int c = 0; c < channels; c++) {
                    b.copyChannel(c, 0, samples[c], 0, n);
                }
                return SampleBlock.ofInts(b.firstSampleIndex(), b.firstSequence(), b.arrivalNanos(), samples);
            }
            double[][] samples = new double[channels][n];
            for (int c = 0; c < channels; c++) {
                b.copyChannel(c, 0, samples[c], 0, n);
            }
            return SampleBlock.ofDoubles(b.firstSampleIndex(), b.firstSequence(), b.arrivalNanos(), samples);
        }
    }
}
