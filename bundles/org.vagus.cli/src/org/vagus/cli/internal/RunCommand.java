package org.vagus.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.vagus.cli.Arguments;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;
import org.vagus.core.VagusInfo;
import org.vagus.core.model.Event;
import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.core.time.Clock;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.time.SimulatedClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorDefaults;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.SensorProvider;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.acquisition.AcquisitionSummary;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.paradigm.FeedbackPlan;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.io.ParadigmJson;
import org.vagus.paradigm.validation.ParadigmValidator;
import org.vagus.paradigm.validation.Problem;
import org.vagus.paradigm.validation.ValidationContext;
import org.vagus.runner.HeadlessPresenter;
import org.vagus.runner.NominalRecording;
import org.vagus.runner.SessionResult;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionSetup;
import org.vagus.runner.SessionState;
import org.vagus.runner.SessionStore;
import org.vagus.runner.devices.SessionSensor;
import org.vagus.runner.io.PhenotypeScores;
import org.vagus.runner.io.SessionFiles;
import org.vagus.runner.simulation.SimulatedParticipant;
import org.vagus.runner.simulation.SimulationParameters;
import org.vagus.study.StudyFolder;

/**
 * {@code vagus run --paradigm FILE-or-TEMPLATE --participant ID --study DIR --simulate [--sensor ID ...]}: runs a
 * session of a paradigm for a participant and writes its events ({@code _events.tsv}), timing audit, questionnaire
 * answers and resumable state into {@code sub-ID/ses-01/} of the study, and the questionnaires' scores into the
 * study's {@code phenotype/} tables. Headless with {@code --simulate}: a simulated participant whose questionnaire
 * answers are drawn on each instrument's own scale (from the instrument registry).
 * <ul>
 * <li>Without {@code --sensor}: on a simulated clock, faster than real time, with the onsets and durations a real
 * session would have had (markers on a nominal 1000 Hz sample clock).</li>
 * <li>With {@code --sensor ID}: in real time on the monotonic clock, recording the sensor through the acquisition
 * engine into the run's {@code _physio.tsv.gz} beside its events; every onset and response is a marker on the
 * recording's sample clock, and with {@code --pulse-output O1} each onset also pulses that digital output (wired
 * to an input, the marker is in the data stream itself).</li>
 * </ul>
 * With {@code --presenter swt} instead of {@code --simulate}: on screen, full screen on {@code --monitor N}, through
 * the workbench's SWT presenter with real keyboard and mouse responses and the on-screen questionnaires
 * ({@link org.vagus.runner.ui.SwtSession}, loaded only then: without the bundle or a display the error says so),
 * recording {@code --sensor} if named.
 */
public final class RunCommand implements VagusCommand {
    /** The nominal sampling rate of headless runs: the seed's ECG rate. */
    static final SamplingRate NOMINAL_RATE = SamplingRate.ofHertz(1000);
    /** How long Ctrl-C waits for the aborted session to save and the recording to close. */
    private static final long CLOSE_WAIT_SECONDS = 15;

    private final Function<PrintStream, SensorRegistry> sensors;
    private final RecordCommand.InterruptSource interrupts;

    /** The command as the extension registry creates it: sensors from the extension point, Ctrl-C by hook. */
    public RunCommand() {
        this(Sensors::registry, RecordCommand.SHUTDOWN_HOOK);
    }

    /** A command over these sensor providers with another interrupt source (tests, embedding). */
    public RunCommand(SensorRegistry sensors, RecordCommand.InterruptSource interrupts) {
        this(warnings -> sensors, interrupts);
        Objects.requireNonNull(sensors, "sensors");
    }

    private RunCommand(Function<PrintStream, SensorRegistry> sensors, RecordCommand.InterruptSource interrupts) {
        this.sensors = sensors;
        this.interrupts = Objects.requireNonNull(interrupts, "interrupts");
    }

    @Override
    public String summary() {
        return "run a session of a paradigm (the seed's task: stress-task); headless with --simulate, recording a"
                + " sensor with --sensor";
    }

    @Override
    public String usage() {
        return """
                vagus run --paradigm FILE-or-TEMPLATE --participant ID --study DIR [--session LABEL]
                          (--simulate | --presenter swt [--monitor N] [--photodiode])
                          [--seed S] [--images DIR] [--resume]
                          [--sensor ID [--port P] [--channels A2,I1,...] [--rate HZ] [--pulse-output O1]]
                  --paradigm     a paradigm file, or a template id such as stress-task (vagus paradigm templates)
                  --participant  the participant label (sub-ID); added to the study if missing
                  --study        the study folder (vagus study create)
                  --session      the session label (default 01); added if missing
                  --simulate     headless: a simulated participant (questionnaires answered on each instrument's
                                 scale); without --sensor on a simulated clock, faster than real time
                  --presenter swt  on screen: full screen through the SWT presenter, real key and mouse responses,
                                 questionnaires on screen; Escape asks whether to abort (needs a display)
                  --monitor N    the monitor to present on (0 = the first; default the primary)
                  --photodiode   show the photodiode patch (bottom left), flipped at every onset
                  --seed S       the session's seed (feedback randomisation, simulated answers); default random,
                                 printed and recorded
                  --images DIR   the folder of the stimulus images (default: the paradigm's imageFolder, relative to
                                 the paradigm file, or to the working directory for a template: ./raven-items for
                                 stress-task); a missing image shows its item code
                  --resume       continue an aborted session of this participant and session where it stopped
                  --sensor ID    record this sensor during the session, in real time (simulated, bitalino, ...;
                                 'vagus devices' lists them): the markers go onto its sample clock
                  --port P       the device (a serial port such as /dev/rfcomm0); default: the only one found
                  --channels L   channels to record, comma-separated; default the first ECG channel
                  --rate HZ      the sampling rate; default 1000 if offered, else the highest
                  --pulse-output O1  pulse this digital output for 10 ms at each onset (BITalino: wire O1 to I1
                                 and record I1 to have every onset in the data stream)
                writes sub-ID/ses-LABEL/sub-ID_ses-LABEL_task-T_events.tsv (+ .json), _timing.tsv (+ .json),
                _questionnaires.tsv, _runstate.json, _paradigm.json, with --sensor _physio.tsv.gz (+ .json), and the
                questionnaire scores into phenotype/INSTRUMENT.tsv (time point: the step's occasion, pre or post)""";
    }

    @Override
    public int run(CommandContext ctx, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("paradigm", "participant", "study", "session", "seed", "images",
                "sensor", "port", "channels", "rate", "pulse-output", "presenter", "monitor"),
                Set.of("simulate", "resume", "photodiode"));
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
        }
        String paradigmArg = required(a, "paradigm");
        String participant = required(a, "participant");
        Path studyDir = ctx.resolve(required(a, "study"));
        String session = a.option("session", "01");
        String presenter = a.option("presenter", null);
        if (presenter != null && !presenter.equals("swt")) {
            throw new UsageException("--presenter expects swt (the full-screen presenter), got '" + presenter + "'");
        }
        if (presenter != null && a.flag("simulate")) {
            throw new UsageException("--presenter swt and --simulate exclude each other: on screen with a person,"
                    + " or headless with a simulated participant");
        }
        if (presenter == null && (a.option("monitor", null) != null || a.flag("photodiode"))) {
            throw new UsageException("--monitor and --photodiode configure the on-screen presenter: add --presenter"
                    + " swt");
        }
        if (presenter == null && !a.flag("simulate")) {
            throw new UsageException("say how the session is presented: --presenter swt (on screen, full screen on"
                    + " --monitor N, a person responding on the keyboard) or --simulate (headless, a simulated"
                    + " participant)");
        }
        String sensorId = a.option("sensor", null);
        if (sensorId == null) {
            for (String o : List.of("port", "channels", "rate", "pulse-output")) {
                if (a.option(o, null) != null) {
                    throw new UsageException("--" + o + " configures a sensor: name it with --sensor ID");
                }
            }
        }
        Long seedOption = seed(a.option("seed", null));
        TaskRegistry types = ParadigmCommand.registry(ctx.err());
        InstrumentRegistry instruments = InstrumentsCommand.registry(ctx.err());
        ParadigmCommand.Loaded loaded = ParadigmCommand.load(ctx, types, paradigmArg);
        Paradigm paradigm = loaded.paradigm();
        if (presenter != null) {
            return onScreen(ctx, a, types, instruments, loaded, studyDir, participant, session, sensorId, seedOption);
        }
        try (StudyFolder study = StudyFolder.open(studyDir)) {
            ensureSession(ctx, study, participant, session);
            Map<String, Object> provenance = new LinkedHashMap<>();
            provenance.put("GeneratedBy", VagusInfo.nameAndVersion());
            provenance.put("VagusPresenter", "headless (no display): the actual onset is the end of the wait for the"
                    + " scheduled onset");
            provenance.put("VagusClock", sensorId == null ? "simulated (faster than real time)"
                    : "monotonic (real time)");
            provenance.put("VagusParticipant", "simulated");
            if (sensorId != null) {
                provenance.put("VagusSensor", sensorId);
            }
            SessionFiles files = SessionFiles.in(study, participant, session, paradigm.bidsTask(), provenance);
            SessionState state;
            if (files.hasState()) {
                if (!a.flag("resume")) {
                    throw new IllegalStateException("sub-" + participant + " ses-" + session + " already has a session"
                            + " of task " + paradigm.bidsTask() + " (" + files.stateFile() + "); add --resume to"
                            + " continue it, or choose another --session");
                }
                state = files.loadState();
                if (state.status() == SessionState.Status.COMPLETED) {
                    throw new IllegalStateException("sub-" + participant + " ses-" + session + " is already completed");
                }
                paradigm = new ParadigmJson(types).read(files.paradigmFile());
                ctx.err().println("resuming at flow step " + (state.step() + 1) + " of " + paradigm.flow().size()
                        + " (trials done: " + state.trialsDone() + "), run " + (state.runs().size() + 1));
            } else {
                if (a.flag("resume")) {
                    throw new IllegalStateException("no session to resume in " + files.directory());
                }
                long seed = seedOption != null ? seedOption : new SecureRandom().nextLong();
                state = new SessionState(participant, session, paradigm.id(), seed);
                new ParadigmJson(types).write(files.paradigmFile(), paradigm);
            }
            Path images = a.option("images", null) != null ? ctx.resolve(a.option("images", null))
                    : ValidationContext.imageFolder(paradigm, loaded.file(), ctx.workingDirectory());
            List<Problem> problems = new ParadigmValidator(types).validate(paradigm,
                    new ValidationContext(images, new LinkedHashSet<>(instruments.ids())));
            if (ParadigmValidator.hasErrors(problems)) {
                problems.stream().filter(Problem::isError).forEach(p -> ctx.err().println("  " + p));
                throw new IllegalStateException("the paradigm has errors (vagus paradigm validate lists them)");
            }
            SessionStore store = new PhenotypeScores(files, study.directory(), instruments::byId,
                    w -> ctx.err().println("vagus run: warning: " + w));
            SimulationParameters behaviour = SimulationParameters.forInstruments(instruments.instruments());
            Prepared setup = new Prepared(paradigm, state, files, store, images, types, behaviour);
            if (sensorId == null) {
                return simulate(ctx, setup);
            }
            return record(ctx, a, sensorId, setup);
        }
    }

    /** What both kinds of run share. */
    private record Prepared(Paradigm paradigm, SessionState state, SessionFiles files, SessionStore store, Path images,
            TaskRegistry types, SimulationParameters behaviour) {
        SimulatedParticipant participant(Clock clock) {
            return new SimulatedParticipant(clock, behaviour, state.seed() * 31 + state.runs().size() + 1);
        }
    }

    private static int simulate(CommandContext ctx, Prepared s) throws IOException {
        SimulatedClock clock = new SimulatedClock();
        NominalRecording recording = new NominalRecording(NOMINAL_RATE, clock.nanoTime());
        SessionSetup setup = new SessionSetup(clock, new HeadlessPresenter(clock), s.participant(clock), recording,
                s.store(), s.images(), s.types(), null);
        long wall = System.nanoTime();
        SessionResult result = new SessionRunner(s.paradigm(), s.state(), setup).run();
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        report(ctx, s.paradigm(), result, s.files(), clock.nanoTime() / 1e9, wallSeconds,
                recording.markers().size(), "simulated in");
        return result.completed() ? 0 : 1;
    }

    /**
     * A real-time session recording a sensor through {@link SessionSensor} (as the Session view does), with its
     * markers on the sensor's sample clock.
     */
    private int record(CommandContext ctx, Arguments a, String sensorId, Prepared s) throws Exception {
        SensorRegistry registry = sensors.apply(ctx.err());
        SensorProvider provider = registry.byId(sensorId).orElseThrow(() -> new UsageException("unknown sensor '"
                + sensorId + "'; known sensors: " + Sensors.knownIds(registry)));
        String port = a.option("port", null);
        // the device: --port, or the only one the provider finds
        SensorDefaults.Discovery found = port != null ? null : SensorDefaults.discover(provider);
        String address = port != null ? Sensors.address(ctx, port) : found.only().orElseThrow(
                () -> new UsageException(found.describe(true) + "; name one with --port P"));
        Clock clock = MonotonicClock.INSTANCE;
        int run = s.state().runs().size() + 1;
        Path physio = s.files().physioFile(run);
        if (Files.exists(physio)) {
            throw new IllegalStateException(physio + " already exists (a run that ended before its state was saved?);"
                    + " move it away to record run " + run + " again");
        }
        SessionSensor.Choice choice = choice(sensorId, address, a);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("VagusRecordedWith", "vagus run");
        metadata.put("VagusEvents", s.files().eventsFile(run).getFileName().toString());
        PrintStream err = ctx.err();
        SessionSensor sensor;
        try {
            sensor = SessionSensor.start(new SessionSensor.Plan(registry, choice), clock, physio, metadata,
                    event -> sensorEvent(err, event), w -> err.println("vagus run: warning: " + w));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage()); // a channel, rate or output the sensor does not offer
        }
        AcquisitionSummary summary = null;
        try {
            SensorConfiguration config = sensor.configuration();
            err.println("vagus run: recording " + provider.id() + " (" + address + ") " + config.channels() + " at "
                    + Sensors.hertz(config.rate()) + " Hz to " + physio + "; the session runs in real time, Ctrl-C"
                    + " aborts it (resumable with --resume)");
            SessionSetup setup = new SessionSetup(clock, new HeadlessPresenter(clock), s.participant(clock),
                    sensor.markers(), s.store(), s.images(), s.types(), null);
            SessionRunner runner = new SessionRunner(s.paradigm(), s.state(), setup);
            CountDownLatch closed = new CountDownLatch(1);
            Runnable unregister = interrupts.register(() -> {
                runner.abort();
                try {
                    closed.await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            SessionResult result;
            long wall = System.nanoTime();
            try {
                result = runner.run();
                summary = sensor.finish(clock.nanoTime());
            } finally {
                closed.countDown();
                unregister.run();
            }
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            report(ctx, s.paradigm(), result, s.files(), wallSeconds, wallSeconds, sensor.recording().acquisition()
                    .markers().size(), "in");
            ctx.out().printf(Locale.ROOT, "physio: %s (%d samples, %d lost, %d gaps%s)%n", physio,
                    summary.sampleCount(), summary.framesLost(), summary.gaps().size(),
                    choice.pulseOutput() == null ? "" : ", " + sensor.pulses() + " pulses on " + choice.pulseOutput());
            return result.completed() ? 0 : 1;
        } finally {
            if (summary == null) {
                sensor.close();
            }
        }
    }

    /** What {@code --sensor} and its options ask for; the device already resolved, or null for the only one. */
    private static SessionSensor.Choice choice(String sensorId, String address, Arguments a) throws UsageException {
        String channelList = a.option("channels", null);
        List<String> channels = channelList == null ? List.of()
                : List.of(channelList.split(",")).stream().map(String::strip).toList();
        SamplingRate rate = null;
        if (a.option("rate", null) != null) {
            try {
                rate = SamplingRate.ofHertz(Double.parseDouble(a.option("rate", null).trim()));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--rate expects a number of hertz such as 1000, got '"
                        + a.option("rate", null) + "'");
            }
        }
        return new SessionSensor.Choice(sensorId, address, channels, rate, a.option("pulse-output", null));
    }

    /** {@code --presenter swt}: the session on screen through the runner UI's launcher, which opens the study. */
    private int onScreen(CommandContext ctx, Arguments a, TaskRegistry types, InstrumentRegistry instruments,
            ParadigmCommand.Loaded loaded, Path studyDir, String participant, String session, String sensorId,
            Long seed) throws Exception {
        int monitor = a.option("monitor", null) == null ? -1 : a.intOption("monitor", -1, 0);
        Path images = a.option("images", null) != null ? ctx.resolve(a.option("images", null))
                : ValidationContext.imageFolder(loaded.paradigm(), loaded.file(), ctx.workingDirectory());
        if (!a.flag("resume")) {
            List<Problem> problems = new ParadigmValidator(types).validate(loaded.paradigm(),
                    new ValidationContext(images, new LinkedHashSet<>(instruments.ids())));
            if (ParadigmValidator.hasErrors(problems)) {
                problems.stream().filter(Problem::isError).forEach(p -> ctx.err().println("  " + p));
                throw new IllegalStateException("the paradigm has errors (vagus paradigm validate lists them)");
            }
        }
        SessionSensor.Plan plan = null;
        if (sensorId != null) {
            SensorRegistry registry = sensors.apply(ctx.err());
            if (registry.byId(sensorId).isEmpty()) {
                throw new UsageException("unknown sensor '" + sensorId + "'; known sensors: "
                        + Sensors.knownIds(registry));
            }
            String port = a.option("port", null);
            plan = new SessionSensor.Plan(registry, choice(sensorId, port == null ? null : Sensors.address(ctx, port),
                    a));
        }
        OnScreen.Result r;
        try {
            r = OnScreen.run(ctx, interrupts, types, instruments, a.flag("resume") ? null : loaded.paradigm(),
                    studyDir, participant, session, monitor, a.flag("photodiode"), images, a.flag("resume"), seed,
                    plan);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("the on-screen presenter is not installed with this command line (bundle"
                    + " org.vagus.runner.ui and SWT): " + e.getMessage() + "; use --simulate for a headless session",
                    e);
        }
        return r.status();
    }

    /**
     * The SWT part of {@code --presenter swt}, in a class of its own so that the runner UI and SWT are only loaded
     * when it runs.
     */
    private static final class OnScreen {
        record Result(int status) {
        }

        static Result run(CommandContext ctx, RecordCommand.InterruptSource interrupts, TaskRegistry types,
                InstrumentRegistry instruments, Paradigm paradigm, Path study, String participant, String session,
                int monitor, boolean photodiode, Path images, boolean resume, Long seed, SessionSensor.Plan plan) {
            org.vagus.runner.ui.PresenterOptions options = org.vagus.runner.ui.PresenterOptions.defaults()
                    .withMonitor(monitor).withPhotodiode(photodiode ? new org.vagus.runner.ui.photodiode
                            .PhotodiodePatch(org.vagus.runner.ui.photodiode.PhotodiodePatch.Corner.BOTTOM_LEFT,
                                    org.vagus.runner.ui.photodiode.PhotodiodePatch.DEFAULT_SIZE) : null);
            org.vagus.runner.ui.SessionLauncher.Request request = new org.vagus.runner.ui.SessionLauncher.Request(
                    paradigm, study, participant, session, options, images, resume, seed, null,
                    p -> new org.vagus.runner.ui.FormQuestionnaire(p, MonotonicClock.INSTANCE, instruments::byId),
                    plan);
            ctx.err().println("vagus run: presenting on " + (monitor < 0 ? "the primary monitor" : "monitor "
                    + monitor) + (plan == null ? "" : ", recording " + plan.choice().describe())
                    + "; Escape asks whether to abort (resumable with --resume)");
            Runnable[] unregister = { () -> { } };
            org.vagus.runner.ui.SessionLauncher.Outcome o;
            try {
                o = org.vagus.runner.ui.SwtSession.run(types, instruments::byId, request,
                        m -> ctx.err().println("vagus run: " + m),
                        h -> unregister[0] = interrupts.register(h::abort));
            } finally {
                unregister[0].run();
            }
            if (o.failure() != null) {
                Throwable f = o.failure();
                throw f instanceof RuntimeException re ? re : new IllegalStateException(f.getMessage(), f);
            }
            SessionState s = o.result().state();
            ctx.out().printf(Locale.ROOT, "sub-%s ses-%s %s: %s, seed %d (on screen)%n", s.participant(),
                    s.session(), s.paradigmId(), s.status().name().toLowerCase(Locale.ROOT), s.seed());
            ctx.out().println("timing audit: " + o.result().audit().describe());
            ctx.out().println("events: " + o.files().eventsFile(s.runs().size()));
            if (o.recording() != null) {
                ctx.out().printf(Locale.ROOT, "physio: %s (%d samples, %d lost, %d gaps)%n", o.physio(),
                        o.recording().sampleCount(), o.recording().framesLost(), o.recording().gaps().size());
            }
            if (s.status() == SessionState.Status.ABORTED) {
                ctx.out().println("aborted: continue with --resume");
            }
            return new Result(o.result().completed() ? 0 : 1);
        }
    }

    private static void sensorEvent(PrintStream err, SensorEvent event) {
        if (event instanceof SensorEvent.Error e) {
            err.println("vagus run: sensor " + (e.fatal() ? "error: " : "warning: ") + e.message());
        } else if (event instanceof SensorEvent.PortVanished v) {
            err.println("vagus run: port " + v.address() + " vanished after sample " + v.lastSampleIndex()
                    + "; reconnecting (the frames missed meanwhile are recorded as a gap)");
        }
    }


    private static void report(CommandContext ctx, Paradigm paradigm, SessionResult r, SessionFiles files,
            double sessionSeconds, double wallSeconds, int markers, String how) {
        SessionState s = r.state();
        ctx.out().printf(Locale.ROOT, "sub-%s ses-%s %s: %s, seed %d (simulated participant)%n", s.participant(),
                s.session(), paradigm.id(), s.status().name().toLowerCase(Locale.ROOT), s.seed());
        List<Event> events = s.allEvents();
        long trials = events.stream().filter(ev -> ev.trial() > 0).mapToInt(Event::trial).distinct().count();
        List<Event> feedback = events.stream().filter(ev -> ev.trialType().equals("feedback")).toList();
        long correct = feedback.stream().filter(ev -> ev.column(Event.Columns.FEEDBACK).orElse("").equals("Correct"))
                .count();
        ctx.out().printf(Locale.ROOT, "%d trials; feedback shown: %d Correct, %d Wrong%n", trials, correct,
                feedback.size() - correct);
        for (Map.Entry<String, FeedbackPlan> e : s.plans().entrySet()) {
            ctx.out().printf(Locale.ROOT, "task %s: planned Correct on trials %s (seed %d)%n", e.getKey(),
                    e.getValue().correctTrials(), e.getValue().seed());
        }
        ctx.out().println("timing audit: " + r.audit().describe());
        ctx.out().printf(Locale.ROOT, "%d markers; session time %.1f s %s %.2f s%n", markers, sessionSeconds, how,
                wallSeconds);
        int run = s.runs().size();
        ctx.out().println("events: " + files.eventsFile(run));
        ctx.out().println("timing: " + files.timingFile());
        if (r.status() == SessionState.Status.ABORTED) {
            ctx.out().println("aborted: continue with --resume");
        }
    }

    private static void ensureSession(CommandContext ctx, StudyFolder study, String participant, String session)
            throws IOException {
        Participant p = study.study().participant(participant).orElse(null);
        if (p == null) {
            study.addParticipant(Participant.of(participant));
            ctx.err().println("added participant sub-" + participant + " to " + study.directory());
            p = study.study().participant(participant).orElseThrow();
        }
        if (p.session(session).isEmpty()) {
            study.addSession(participant, Session.of(session)
                    .withAcquisitionTime(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)));
        }
    }

    private static String required(Arguments a, String name) throws UsageException {
        String v = a.option(name, null);
        if (v == null || v.isBlank()) {
            throw new UsageException("--" + name + " is required");
        }
        return v;
    }

    private static Long seed(String v) throws UsageException {
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed expects a whole number, got '" + v + "'");
        }
    }
}
