package org.vagus.runner.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Display;
import org.vagus.core.VagusInfo;
import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.acquisition.AcquisitionSummary;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.io.ParadigmJson;
import org.vagus.runner.MarkerSink;
import org.vagus.runner.NominalRecording;
import org.vagus.runner.RunListener;
import org.vagus.runner.SessionResult;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionSetup;
import org.vagus.runner.SessionState;
import org.vagus.runner.SessionStore;
import org.vagus.runner.devices.SessionSensor;
import org.vagus.runner.io.PhenotypeScores;
import org.vagus.runner.io.SessionFiles;
import org.vagus.study.StudyFolder;

/**
 * Runs a session on screen for the Session view (or any caller with a display): the study folder opened for writing
 * (its lock held for the session), the participant and session added if missing, the paradigm saved beside the
 * session's files, a {@link SwtPresenter} on the chosen monitor, and the {@link SessionRunner} on a dedicated
 * worker thread of maximum priority, never on the UI thread. The caller hears about it on the UI thread through a
 * {@link Listener}.
 * <p>
 * Markers go to a {@link MarkerSink} the request supplies (the live recording's, through
 * {@link org.vagus.runner.devices.AcquisitionMarkerSink}) or, without one, to a nominal 1000 Hz sample clock started
 * with the session; the provenance in the session's sidecars says which. A request with a {@link SessionSensor.Plan}
 * records that sensor into the run's {@code _physio.tsv.gz} ({@link SessionSensor}: started, and warmed up, before
 * the presentation opens; completed after the session's end, whether it completed or was aborted).
 *
 * @since 0.1.0
 */
public final class SessionLauncher {
    /** The nominal sampling rate used without a recording: the seed's ECG rate. */
    public static final SamplingRate NOMINAL_RATE = SamplingRate.ofHertz(1000);

    private SessionLauncher() {
    }

    /**
     * What to run.
     *
     * @param paradigm the paradigm (ignored when resuming: the saved one runs)
     * @param study the study folder
     * @param participant the participant label (without sub-)
     * @param session the session label (without ses-)
     * @param options the presentation options
     * @param imageFolder where the stimulus images are; null for none
     * @param resume true to continue the saved, unfinished session
     * @param seed the session's seed; null for a random one (recorded)
     * @param markers makes the marker sink for the session's clock; null for a nominal sample clock
     * @param questionnaires makes the questionnaire form on the presenter; null for none
     * @param sensor a sensor to record into the run's {@code _physio.tsv.gz}, its sample clock taking the markers
     *            ({@link SessionSensor}); null for none. Not with {@code markers}
     */
    public record Request(Paradigm paradigm, Path study, String participant, String session, PresenterOptions options,
            Path imageFolder, boolean resume, Long seed, Function<MonotonicClock, MarkerSink> markers,
            Function<SwtPresenter, QuestionnaireForm> questionnaires, SessionSensor.Plan sensor) {
        public Request {
            if (markers != null && sensor != null) {
                throw new IllegalArgumentException("session request: either a marker sink or a sensor, not both");
            }
            Objects.requireNonNull(study, "study");
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(options, "options");
            if (!resume) {
                Objects.requireNonNull(paradigm, "paradigm");
            }
        }

        /** A request without a sensor. */
        public Request(Paradigm paradigm, Path study, String participant, String session, PresenterOptions options,
                Path imageFolder, boolean resume, Long seed, Function<MonotonicClock, MarkerSink> markers,
                Function<SwtPresenter, QuestionnaireForm> questionnaires) {
            this(paradigm, study, participant, session, options, imageFolder, resume, seed, markers, questionnaires,
                    null);
        }
    }

    /**
     * How it ended.
     *
     * @param result the runner's result, or null if the session could not start or failed
     * @param failure what went wrong, or null
     * @param files the session's files, or null if the study could not be opened
     * @param traces the onset stages of every screen
     * @param physio the run's physio file when a sensor was recorded, else null
     * @param recording the recording's summary when it was completed, else null
     */
    public record Outcome(SessionResult result, Throwable failure, SessionFiles files, List<OnsetTrace> traces,
            Path physio, AcquisitionSummary recording) {
    }

    /** Hears about a session, on the UI thread. */
    public interface Listener {
        /** The presentation is up and the runner starts; {@code runner.abort()} stops it. */
        default void started(SessionRunner runner, SwtPresenter presenter) {
        }

        /** A line of progress (a flow step, a trial). */
        default void progress(String message) {
        }

        /**
         * The sensor records (after its warm-up, before the presentation opens): a live view may show
         * {@code sensor.recording().acquisition()} until {@link #recordingEnded}.
         */
        default void recordingStarted(SessionSensor sensor) {
        }

        /** The recording has ended and its file is complete (summary) or closed after a failure (null). */
        default void recordingEnded(SessionSensor sensor, AcquisitionSummary summary) {
        }

        /** The session ended (completed, aborted or failed); the presentation is closed. */
        void finished(Outcome outcome);
    }

    /** A running session. */
    public static final class Handle {
        private final Thread thread;
        private volatile SessionRunner runner;

        private Handle(Thread thread) {
            this.thread = thread;
        }

        /** Stops the session as the confirmed Escape does; from any thread. */
        public void abort() {
            SessionRunner r = runner;
            if (r != null) {
                r.abort();
            } else {
                thread.interrupt();
            }
        }

        /** True while the worker runs. */
        public boolean isRunning() {
            return thread.isAlive();
        }

        /** Waits for the worker to end (tests). */
        public void join(long millis) throws InterruptedException {
            thread.join(millis);
        }
    }

    /**
     * Starts a session on a worker thread.
     *
     * @param display the display the presentation goes on
     * @param types the phase types (contributed ones included)
     * @param request what to run
     * @param listener hears about it on the UI thread
     */
    public static Handle launch(Display display, TaskRegistry types, Request request, Listener listener) {
        InstrumentRegistry builtIn = InstrumentRegistry.builtIn();
        return launch(display, types, builtIn::byId, request, listener);
    }

    /**
     * Starts a session on a worker thread; its questionnaires are scored with these instruments into the study's
     * phenotype tables ({@link PhenotypeScores}).
     *
     * @param display the display the presentation goes on
     * @param types the phase types (contributed ones included)
     * @param instruments finds an instrument by id (the registry's, contributed ones included)
     * @param request what to run
     * @param listener hears about it on the UI thread
     * @since 0.1.0
     */
    public static Handle launch(Display display, TaskRegistry types,
            Function<String, Optional<Instrument>> instruments, Request request, Listener listener) {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(instruments, "instruments");
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(listener, "listener");
        Handle[] handle = new Handle[1];
        Thread t = new Thread(() -> run(display, types, instruments, request, listener, handle[0]), "vagus-session");
        t.setPriority(Thread.MAX_PRIORITY);
        t.setDaemon(true);
        handle[0] = new Handle(t);
        t.start();
        return handle[0];
    }

    private static void run(Display display, TaskRegistry types, Function<String, Optional<Instrument>> instruments,
            Request request, Listener listener, Handle handle) {
        MonotonicClock clock = MonotonicClock.INSTANCE;
        SwtPresenter presenter = null;
        SessionFiles files = null;
        SessionResult result = null;
        Throwable failure = null;
        SessionSensor sensor = null;
        Path physio = null;
        AcquisitionSummary summary = null;
        try (StudyFolder study = StudyFolder.open(request.study())) {
            ensureSession(study, request.participant(), request.session());
            Paradigm paradigm;
            SessionState state;
            ParadigmJson json = new ParadigmJson(types);
            if (request.resume()) {
                String task = savedTask(study.sessionDirectory(request.participant(), request.session()),
                        request.participant(), request.session(),
                        request.paradigm() == null ? null : request.paradigm().bidsTask());
                SessionFiles saved = SessionFiles.in(study, request.participant(), request.session(), task, Map.of());
                state = saved.loadState();
                if (state.status() == SessionState.Status.COMPLETED) {
                    throw new IllegalStateException("sub-" + request.participant() + " ses-" + request.session()
                            + " task " + task + " is already completed");
                }
                paradigm = json.read(saved.paradigmFile());
            } else {
                paradigm = request.paradigm();
                if (SessionFiles.in(study, request.participant(), request.session(), paradigm.bidsTask(), Map.of())
                        .hasState()) {
                    throw new IllegalStateException("sub-" + request.participant() + " ses-" + request.session()
                            + " already has a session of task " + paradigm.bidsTask() + ": resume it, or choose"
                            + " another session label");
                }
                long seed = request.seed() != null ? request.seed() : new SecureRandom().nextLong();
                state = new SessionState(request.participant(), request.session(), paradigm.id(), seed);
            }
            MarkerSink markers;
            if (request.sensor() != null) {
                int run = state.runs().size() + 1;
                SessionFiles names = SessionFiles.in(study, request.participant(), request.session(),
                        paradigm.bidsTask(), Map.of());
                physio = names.physioFile(run);
                Map<String, Object> meta = new LinkedHashMap<>();
                meta.put("VagusRecordedWith", "Vagus Session view");
                meta.put("VagusEvents", names.eventsFile(run).getFileName().toString());
                ui(display, () -> listener.progress("Starting " + request.sensor().choice().describe() + "..."));
                System.Logger log = System.getLogger(SessionLauncher.class.getName());
                sensor = SessionSensor.start(request.sensor(), clock, physio, meta, e -> sensorEvent(log, e),
                        w -> log.log(System.Logger.Level.WARNING, w));
                SessionSensor started = sensor;
                ui(display, () -> listener.recordingStarted(started));
                markers = sensor.markers();
            } else {
                markers = request.markers() != null ? request.markers().apply(clock)
                        : new NominalRecording(NOMINAL_RATE, clock.nanoTime());
            }
            files = SessionFiles.in(study, request.participant(), request.session(), paradigm.bidsTask(),
                    provenance(request, markers, presenterOptions(request.options())));
            if (!request.resume()) {
                json.write(files.paradigmFile(), paradigm);
            }
            presenter = new SwtPresenter(display, clock, request.options(), types);
            if (request.questionnaires() != null) {
                presenter.responses().useQuestionnaireForm(request.questionnaires().apply(presenter));
            }
            SessionStore store = new PhenotypeScores(files, study.directory(), instruments,
                    w -> System.getLogger(SessionLauncher.class.getName()).log(System.Logger.Level.WARNING, w));
            SessionSetup setup = new SessionSetup(clock, presenter, presenter.responses(), markers, store,
                    request.imageFolder(), types, progress(display, listener, paradigm));
            SessionRunner runner = new SessionRunner(paradigm, state, setup);
            handle.runner = runner;
            presenter.onAbort(runner::abort);
            presenter.open();
            SwtPresenter p = presenter;
            ui(display, () -> listener.started(runner, p));
            result = runner.run();
            if (sensor != null) {
                summary = sensor.finish(clock.nanoTime());
            }
        } catch (Exception | LinkageError e) {
            failure = e;
            String what = "session of sub-" + request.participant() + " ses-" + request.session() + " failed";
            System.Logger log = System.getLogger(SessionLauncher.class.getName());
            if (e instanceof IllegalStateException || e instanceof IllegalArgumentException) {
                // a refusal with its reason (the view shows it): no stack trace
                log.log(System.Logger.Level.INFO, what + ": " + e.getMessage());
            } else {
                log.log(System.Logger.Level.WARNING, what, e);
            }
        } finally {
            if (sensor != null && summary == null) {
                try {
                    sensor.close();
                } catch (IOException | RuntimeException e) {
                    System.getLogger(SessionLauncher.class.getName()).log(System.Logger.Level.WARNING,
                            "closing the recording " + physio, e);
                }
            }
            if (sensor != null) {
                SessionSensor ended = sensor;
                AcquisitionSummary s = summary;
                ui(display, () -> listener.recordingEnded(ended, s));
            }
            List<OnsetTrace> traces = presenter == null ? List.of() : presenter.traces();
            if (presenter != null) {
                try {
                    presenter.close();
                } catch (RuntimeException e) {
                    // the display is gone: nothing left to close
                }
            }
            Outcome outcome = new Outcome(result, failure, files, traces, physio, summary);
            ui(display, () -> listener.finished(outcome));
        }
    }

    private static void sensorEvent(System.Logger log, SensorEvent event) {
        if (event instanceof SensorEvent.Error e) {
            log.log(e.fatal() ? System.Logger.Level.ERROR : System.Logger.Level.WARNING, "sensor: " + e.message());
        } else if (event instanceof SensorEvent.PortVanished v) {
            log.log(System.Logger.Level.WARNING, "port " + v.address() + " vanished after sample "
                    + v.lastSampleIndex() + "; reconnecting (the frames missed are recorded as a gap)");
        }
    }

    /**
     * The BIDS task label of the saved, resumable session in a session folder: {@code preferred} if its state file
     * exists, otherwise the only task with a state file.
     *
     * @throws IllegalStateException if there is none, or several and none preferred
     */
    public static String savedTask(Path sessionDir, String participant, String session, String preferred)
            throws IOException {
        List<String> tasks = savedTasks(sessionDir, participant, session);
        if (preferred != null && tasks.contains(preferred)) {
            return preferred;
        }
        if (tasks.size() == 1) {
            return tasks.get(0);
        }
        throw new IllegalStateException(tasks.isEmpty() ? "no saved session to resume in " + sessionDir
                : "several saved sessions in " + sessionDir + " (tasks " + String.join(", ", tasks)
                        + "): choose the paradigm of the one to resume");
    }

    /** The BIDS task labels of the sessions saved in a session folder ({@code sub-P_ses-S_task-T_runstate.json}). */
    public static List<String> savedTasks(Path sessionDir, String participant, String session) throws IOException {
        String prefix = "sub-" + participant + "_ses-" + session + "_task-";
        String suffix = "_runstate.json";
        if (!Files.isDirectory(sessionDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(sessionDir)) {
            return s.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(prefix) && n.endsWith(suffix))
                    .map(n -> n.substring(prefix.length(), n.length() - suffix.length())).sorted().toList();
        }
    }

    private static void ensureSession(StudyFolder study, String participant, String session) throws IOException {
        Participant p = study.study().participant(participant).orElse(null);
        if (p == null) {
            study.addParticipant(Participant.of(participant));
            p = study.study().participant(participant).orElseThrow();
        }
        if (p.session(session).isEmpty()) {
            study.addSession(participant, Session.of(session)
                    .withAcquisitionTime(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)));
        }
    }

    private static Map<String, Object> provenance(Request r, MarkerSink markers, String presenter) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("GeneratedBy", VagusInfo.nameAndVersion());
        m.put("VagusPresenter", presenter);
        m.put("VagusClock", "monotonic (System.nanoTime)");
        m.put("VagusParticipant", "on screen: keys and mouse buttons stamped when SWT dispatched them");
        m.put("VagusMarkers", markers instanceof NominalRecording
                ? "nominal " + NOMINAL_RATE + " sample clock started with the session (no recording)"
                : "the recording's sample clock (" + markers.rate() + ")");
        return m;
    }

    private static String presenterOptions(PresenterOptions o) {
        return "full-screen SWT on monitor " + (o.monitor() < 0 ? "primary" : Integer.toString(o.monitor()))
                + "; actual onset: after the paint, the end of its frame, Display.update() and a window-system round"
                + " trip" + (o.photodiode() == null ? "" : "; photodiode patch " + o.photodiode()
                        + ", flipped at every onset");
    }

    private static RunListener progress(Display display, Listener listener, Paradigm paradigm) {
        return new RunListener() {
            @Override
            public void stepStarted(int index, FlowStep step) {
                String what = "step " + (index + 1) + " of " + paradigm.flow().size() + ": " + step.kind();
                ui(display, () -> listener.progress(what));
            }

            @Override
            public void trialCompleted(String taskId, int trial) {
                int of = paradigm.task(taskId).map(t -> t.trials().size()).orElse(0);
                ui(display, () -> listener.progress("task " + taskId + ": trial " + trial + " of " + of + " done"));
            }
        };
    }

    private static void ui(Display display, Runnable r) {
        if (!display.isDisposed()) {
            try {
                display.asyncExec(r);
            } catch (RuntimeException e) {
                // the display closed meanwhile
            }
        }
    }
}
