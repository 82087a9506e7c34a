package org.vagus.runner.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.vagus.app.OpenStudy;
import org.vagus.core.model.Participant;
import org.vagus.core.time.MonotonicClock;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.acquisition.AcquisitionSummary;
import org.vagus.devices.ui.Controllers;
import org.vagus.devices.ui.RecordingController;
import org.vagus.devices.ui.model.RecordingRequest;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.registry.InstrumentExtensionReader;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.ParadigmTemplate;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.io.ParadigmJson;
import org.vagus.paradigm.registry.TaskExtensionReader;
import org.vagus.paradigm.validation.ValidationContext;
import org.vagus.runner.SessionResult;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.devices.SessionSensor;
import org.vagus.runner.ui.FormQuestionnaire;
import org.vagus.runner.ui.Monitors;
import org.vagus.runner.ui.PresenterOptions;
import org.vagus.runner.ui.SessionLauncher;
import org.vagus.runner.ui.SwtPresenter;
import org.vagus.runner.ui.photodiode.PhotodiodePatch;

/**
 * The Session view of the Run perspective: the paradigm (a template or a paradigm file), the participant and session
 * of the open study, the monitor and the photodiode patch; Start, Resume and Abort; the progress; and at the end the
 * timing audit summary (median, p99, max onset error). The session runs through {@link SessionLauncher} on a worker
 * thread; this part only collects the choices and shows what comes back. An e4 part (a POJO with injection): the
 * open study and the extension registry are injected.
 * <p>
 * Its controls carry the data key {@link #KEY} with a name (such as {@code "start"}) for tests that walk the widget
 * tree.
 *
 * @since 0.1.0
 */
public final class SessionView {
    /** The view's id in the workbench. */
    public static final String ID = "org.vagus.runner.ui.views.session";
    /** The data key naming the view's controls. */
    public static final String KEY = "vagus.control";

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]+");

    private TaskRegistry types = TaskRegistry.builtIn();
    private InstrumentRegistry instruments;
    private OpenStudy study;
    private final List<Paradigm> paradigms = new ArrayList<>();
    private final List<Path> paradigmFiles = new ArrayList<>();
    private SessionLauncher.Handle running;
    private Supplier<SensorRegistry> sensors = SensorRegistry::empty;
    private RecordingController live;
    private SensorChooser sensorChooser;

    private Label studyLabel;
    private Combo paradigm;
    private Combo participant;
    private Text session;
    private Combo monitor;
    private Button photodiode;
    private Combo corner;
    private Spinner patchSize;
    private Text images;
    private Button start;
    private Button resume;
    private Button abort;
    private Label status;
    private Label audit;

    /**
     * Called by injection with the extension registry: the paradigm templates and phase types, and the instruments
     * (with the lab's item texts) of every bundle.
     */
    @Inject
    public void setRegistry(@Optional IExtensionRegistry registry) {
        if (registry != null) {
            types = new TaskExtensionReader(registry).read();
            instruments = new InstrumentExtensionReader(registry).read();
            if (paradigm != null && !paradigm.isDisposed()) {
                fillParadigms();
            }
        }
    }

    /**
     * Called by injection with the part's context: the sensors are those of the workbench's recording controller
     * (the extension point {@code org.vagus.devices.sensors}), and a session's recording is shown in the Live Signals
     * view through that controller.
     */
    @Inject
    public void setContext(@Optional IEclipseContext context) {
        if (context != null) {
            RecordingController c = Controllers.recording(context);
            setSensors(c::sensors, c);
        }
    }

    /**
     * Sets the sensor providers offered and the controller whose live monitor shows a session's recording (tests,
     * and {@link #setContext}).
     *
     * @param registry supplies the providers
     * @param liveMonitor the controller the Live Signals view shows; null for none
     */
    public void setSensors(Supplier<SensorRegistry> registry, RecordingController liveMonitor) {
        this.sensors = Objects.requireNonNull(registry, "registry");
        this.live = liveMonitor;
        if (sensorChooser != null) {
            sensorChooser.setSensors(registry);
        }
    }

    /** The sensor rows; for tests. */
    public SensorChooser sensorChooser() {
        return sensorChooser;
    }

    /** Called by injection whenever the open study changes (null when none is open). */
    @Inject
    public void setStudy(@Optional OpenStudy openStudy) {
        this.study = openStudy;
        if (studyLabel != null && !studyLabel.isDisposed()) {
            showStudy();
        }
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        studyLabel = wrapping(parent, 4, "study");
        paradigm = new Combo(parent, SWT.READ_ONLY);
        row(parent, "Paradigm:", paradigm, 2, "paradigm");
        button(parent, "Open...", "openParadigm").addListener(SWT.Selection, e -> openParadigmFile());
        participant = new Combo(parent, SWT.DROP_DOWN);
        row(parent, "Participant:", participant, 3, "participant");
        session = new Text(parent, SWT.BORDER);
        session.setText("01");
        row(parent, "Session:", session, 3, "session");
        monitor = new Combo(parent, SWT.READ_ONLY);
        row(parent, "Monitor:", monitor, 3, "monitor");
        List<String> monitors = Monitors.describe(parent.getDisplay());
        monitors.forEach(monitor::add);
        int primary = monitors.indexOf(monitors.stream().filter(m -> m.endsWith("(primary)")).findFirst()
                .orElse(monitors.isEmpty() ? "" : monitors.get(0)));
        monitor.select(Math.max(0, primary));
        new Label(parent, SWT.NONE).setText("Photodiode:");
        photodiode = button(parent, "Patch in the", "photodiode", SWT.CHECK);
        corner = new Combo(parent, SWT.READ_ONLY);
        corner.setData(KEY, "corner");
        for (PhotodiodePatch.Corner c : PhotodiodePatch.Corner.values()) {
            corner.add(c.label());
        }
        corner.select(PhotodiodePatch.Corner.BOTTOM_LEFT.ordinal());
        patchSize = new Spinner(parent, SWT.BORDER);
        patchSize.setData(KEY, "patchSize");
        patchSize.setValues(PhotodiodePatch.DEFAULT_SIZE, 8, 400, 0, 1, 10);
        patchSize.setToolTipText("side of the square in pixels");
        images = new Text(parent, SWT.BORDER);
        row(parent, "Images:", images, 2, "images");
        button(parent, "Browse...", "browseImages").addListener(SWT.Selection, e -> browseImages());
        sensorChooser = new SensorChooser(parent);
        sensorChooser.setSensors(sensors);
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        buttons.setLayout(new GridLayout(3, false));
        start = button(buttons, "Start", "start");
        resume = button(buttons, "Resume", "resume");
        abort = button(buttons, "Abort", "abort");
        start.addListener(SWT.Selection, e -> launch(false));
        resume.addListener(SWT.Selection, e -> launch(true));
        abort.addListener(SWT.Selection, e -> {
            if (running != null) {
                running.abort();
            }
        });
        status = wrapping(parent, 4, "status");
        audit = wrapping(parent, 4, "audit");
        fillParadigms();
        showStudy();
        idle("Escape on the presentation asks whether to abort; a session aborted resumes at its first unfinished"
                + " trial.");
    }

    private static Label wrapping(Composite parent, int span, String key) {
        Label l = new Label(parent, SWT.WRAP);
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
        gd.widthHint = 300;
        l.setLayoutData(gd);
        l.setData(KEY, key);
        return l;
    }

    private static void row(Composite parent, String label, Control control, int span, String key) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(label);
        control.moveBelow(l);
        control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        control.setData(KEY, key);
    }

    private static Button button(Composite parent, String text, String key) {
        return button(parent, text, key, SWT.PUSH);
    }

    private static Button button(Composite parent, String text, String key, int style) {
        Button b = new Button(parent, style);
        b.setText(text);
        b.setData(KEY, key);
        return b;
    }

    private void fillParadigms() {
        paradigms.clear();
        paradigmFiles.clear();
        paradigm.removeAll();
        for (ParadigmTemplate t : types.templates()) {
            try {
                paradigms.add(t.create());
                paradigmFiles.add(null);
                paradigm.add("template " + t.id() + ": " + t.name());
            } catch (RuntimeException e) {
                System.getLogger(SessionView.class.getName()).log(System.Logger.Level.WARNING,
                        "template " + t.id() + " failed to create its paradigm", e);
            }
        }
        if (paradigm.getItemCount() > 0) {
            paradigm.select(0);
        }
    }

    /** Adds a paradigm to the choices and selects it (the Open... button does this with a file's). */
    public void selectParadigm(Paradigm p, Path file) {
        paradigms.add(p);
        paradigmFiles.add(file);
        paradigm.add((file != null ? "file " + file.getFileName() : "paradigm " + p.id()) + ": " + p.name());
        paradigm.select(paradigm.getItemCount() - 1);
    }

    private void openParadigmFile() {
        FileDialog d = new FileDialog(paradigm.getShell(), SWT.OPEN);
        d.setFilterExtensions(new String[] { "*" + ParadigmJson.EXTENSION, "*.json", "*" });
        String f = d.open();
        if (f == null) {
            return;
        }
        try {
            Path file = Path.of(f);
            selectParadigm(new ParadigmJson(types).read(file), file);
        } catch (Exception e) {
            status.setText("Cannot read " + f + ": " + e.getMessage());
            layout();
        }
    }

    private void browseImages() {
        DirectoryDialog d = new DirectoryDialog(images.getShell());
        d.setMessage("The folder of the stimulus images (such as B12.png)");
        String f = d.open();
        if (f != null) {
            images.setText(f);
        }
    }

    private void showStudy() {
        participant.removeAll();
        if (study == null) {
            studyLabel.setText("No study open: File > Open Study... (Ctrl+O). Sessions are saved in the study.");
        } else {
            studyLabel.setText("Study: " + study.study().name() + " (" + study.folder() + ")"
                    + (study.readOnly() ? " - a plain BIDS dataset, read-only: sessions cannot be saved" : ""));
            for (Participant p : study.study().participants()) {
                participant.add(p.label());
            }
        }
        updateButtons();
        layout();
    }

    private void launch(boolean resumeSession) {
        String problem = check();
        if (problem != null) {
            status.setText(problem);
            layout();
            return;
        }
        int i = paradigm.getSelectionIndex();
        Paradigm p = i >= 0 ? paradigms.get(i) : null;
        Path file = i >= 0 ? paradigmFiles.get(i) : null;
        PresenterOptions options = PresenterOptions.defaults().withMonitor(monitor.getSelectionIndex())
                .withPhotodiode(photodiode.getSelection()
                        ? new PhotodiodePatch(PhotodiodePatch.Corner.values()[corner.getSelectionIndex()],
                                patchSize.getSelection())
                        : null);
        Path imageFolder = images.getText().isBlank() ? defaultImages(p, file) : Path.of(images.getText().strip());
        if (instruments == null) {
            instruments = InstrumentRegistry.builtIn();
        }
        InstrumentRegistry forms = instruments;
        SessionSensor.Plan plan;
        try {
            plan = sensorChooser.plan();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            layout();
            return;
        }
        SessionLauncher.Request request = new SessionLauncher.Request(p, study.folder(),
                participant.getText().strip(), session.getText().strip(), options, imageFolder, resumeSession, null,
                null, presenter -> new FormQuestionnaire(presenter, MonotonicClock.INSTANCE, forms::byId), plan);
        @SuppressWarnings("unchecked")
        Consumer<AcquisitionSummary>[] shown = new Consumer[1];
        running = SessionLauncher.launch(status.getDisplay(), types, forms::byId, request,
                new SessionLauncher.Listener() {
            @Override
            public void started(SessionRunner runner, SwtPresenter presenter) {
                show(status, (resumeSession ? "Resumed" : "Started") + " sub-" + request.participant() + " ses-"
                        + request.session() + " on monitor " + monitor.getText());
            }

            @Override
            public void progress(String message) {
                show(status, message);
            }

            @Override
            public void recordingStarted(SessionSensor sensor) {
                shown[0] = showLive(request, sensor);
            }

            @Override
            public void recordingEnded(SessionSensor sensor, AcquisitionSummary summary) {
                if (shown[0] != null) {
                    shown[0].accept(summary);
                    shown[0] = null;
                }
            }

            @Override
            public void finished(SessionLauncher.Outcome outcome) {
                running = null;
                finishedWith(outcome);
            }
        });
        audit.setText("");
        status.setText("Starting...");
        updateButtons();
        layout();
    }

    /** Publishes the session's acquisition to the Live Signals view; returns how to end it there, or null. */
    private Consumer<AcquisitionSummary> showLive(SessionLauncher.Request request, SessionSensor sensor) {
        if (live == null) {
            return null;
        }
        SessionSensor.Choice c = request.sensor().choice();
        Path file = sensor.recording().file();
        RecordingRequest shown = new RecordingRequest(c.sensorId(), c.address(), c.channels(), c.rate(),
                Map.of(), new RecordingRequest.Folder(file.toAbsolutePath().getParent()));
        try {
            return live.show(shown, sensor.label(), sensor.format(), sensor.recording().acquisition(), file);
        } catch (IllegalStateException e) {
            // a recording of the Devices menu runs: the session records anyway, the monitor keeps showing that one
            show(status, "Recording " + file.getFileName() + "; the Live Signals view shows another acquisition ("
                    + e.getMessage() + ")");
            return null;
        }
    }

    /** Images of a template: the study's {@code stimuli/} folder (BIDS), plus the paradigm's image folder. */
    private Path defaultImages(Paradigm p, Path file) {
        if (p == null) {
            return null;
        }
        return ValidationContext.imageFolder(p, file, study.folder().resolve("stimuli"));
    }

    private String check() {
        if (running != null) {
            return "A session is running.";
        }
        if (study == null || study.readOnly()) {
            return "Open a Vagus study first (File > Open Study...): the session is saved in it.";
        }
        if (!LABEL.matcher(participant.getText().strip()).matches()) {
            return "Participant: a label of letters and digits, such as 01 (codes only, never names).";
        }
        if (!LABEL.matcher(session.getText().strip()).matches()) {
            return "Session: a label of letters and digits, such as 01.";
        }
        if (paradigm.getSelectionIndex() < 0) {
            return "Choose a paradigm.";
        }
        return null;
    }

    private void finishedWith(SessionLauncher.Outcome o) {
        if (status.isDisposed()) {
            return;
        }
        if (o.failure() != null) {
            String m = o.failure().getMessage();
            status.setText("The session failed: " + (m == null ? o.failure().getClass().getSimpleName() : m));
        } else {
            SessionResult r = o.result();
            String where = (o.files() == null ? "" : "\nFiles: " + o.files().directory())
                    + (o.recording() == null ? "" : String.format(Locale.ROOT, "\nPhysio: %s (%d samples, %d lost,"
                            + " %d gaps)", o.physio().getFileName(), o.recording().sampleCount(),
                            o.recording().framesLost(), o.recording().gaps().size()));
            status.setText((r.completed() ? "Completed." : "Aborted: what was collected is saved; Resume continues at"
                    + " the first unfinished trial.") + where);
            audit.setText(String.format(Locale.ROOT, "Timing audit: %s.%nOnset = after the paint, the end of its"
                    + " frame and the display's flush; a photodiode measures the rest of the way to the light.",
                    r.audit().describe()));
        }
        updateButtons();
        layout();
    }

    private void show(Label l, String text) {
        if (!l.isDisposed()) {
            l.setText(text);
            layout();
        }
    }

    private void idle(String text) {
        status.setText(text);
        layout();
    }

    private void updateButtons() {
        boolean idle = running == null;
        boolean canRun = idle && study != null && !study.readOnly();
        start.setEnabled(canRun);
        resume.setEnabled(canRun);
        abort.setEnabled(!idle);
    }

    private void layout() {
        if (!status.isDisposed()) {
            status.getParent().layout(true, true);
        }
    }

    /** The text of the audit line (empty until a session ended); for tests. */
    public String auditText() {
        return audit.getText();
    }

    /** The text of the status line; for tests. */
    public String statusText() {
        return status.getText();
    }

    /** True while a session runs. */
    public boolean isRunning() {
        return running != null;
    }

    @PreDestroy
    public void dispose() {
        if (running != null) {
            running.abort();
        }
    }
}
