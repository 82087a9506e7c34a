package org.vagus.analysis.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.vagus.analysis.internal.Pipeline;
import org.vagus.analysis.results.ParticipantResult;
import org.vagus.analysis.ui.internal.AnalysisAccess;
import org.vagus.analysis.ui.model.BeatReview;
import org.vagus.analysis.ui.model.BeatReview.PeakMark;
import org.vagus.analysis.ui.model.RecordingRef;
import org.vagus.analysis.ui.model.ReviewedRecording;
import org.vagus.app.OpenStudy;
import org.vagus.core.model.Participant;
import org.vagus.signal.beats.BeatEditLayer;

/**
 * The signal viewer of the Analyze perspective: a participant's recording from the open study, its ECG with the
 * recipe's R peaks and the corrector's artefacts, the manual beat edits with undo and redo saved as the edit layer
 * beside the recording, and, on a second tab, the participant's averaged heart-rate and nHF epochs. An e4 part (a
 * POJO with injection) contributed as an {@code e4view}. Reading and detecting run as Jobs; the part only presents
 * what {@link AnalysisAccess} computes with the engine's own steps.
 *
 * @since 0.1.0
 */
public final class SignalViewerView {
    /** The view id. */
    public static final String ID = "org.vagus.analysis.ui.views.signalViewer";
    /** What the part says when no study is open. */
    public static final String NO_STUDY = "No study open. Open one with File > Open Study... (Ctrl+O); then choose a "
            + "participant and a recording here.";

    private Composite root;
    private Label message;
    private Combo participants;
    private Combo recordings;
    private Button undo;
    private Button redo;
    private Button save;
    private Label status;
    private CTabFolder tabs;
    private SignalCanvas canvas;
    private EpochCharts epochs;
    private OpenStudy study;
    private Pipeline pipeline;
    private List<Participant> people = List.of();
    private List<RecordingRef> refs = List.of();
    private BeatReview review;
    private Participant participant;
    private BeatEditLayer epochsLayer;
    private Job loading;
    private Job epochJob;
    private MPart part;
    private String lastMessage = "";

    /** @param parent the part's composite */
    @PostConstruct
    public void createControls(Composite parent) {
        root = parent;
        parent.setLayout(new GridLayout(1, false));
        message = new Label(parent, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(new GridLayout(7, false));
        new Label(bar, SWT.NONE).setText("Participant:");
        participants = new Combo(bar, SWT.READ_ONLY);
        participants.addListener(SWT.Selection, e -> participantChosen());
        new Label(bar, SWT.NONE).setText("Recording:");
        recordings = new Combo(bar, SWT.READ_ONLY);
        recordings.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        recordings.addListener(SWT.Selection, e -> {
            if (participant != null && recordings.getSelectionIndex() >= 0) {
                show(participant.label(), recordings.getSelectionIndex());
            }
        });
        undo = button(bar, "Undo", () -> review.undo());
        redo = button(bar, "Redo", () -> review.redo());
        save = button(bar, "Save Edits", this::save);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.BORDER);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = new SignalCanvas(tabs);
        canvas.setMessages(m -> {
            lastMessage = m;
            updateStatus();
        });
        canvas.setSave(this::save);
        CTabItem ecg = new CTabItem(tabs, SWT.NONE);
        ecg.setText("ECG, peaks and beats");
        ecg.setControl(canvas.control());
        epochs = new EpochCharts(tabs);
        CTabItem ep = new CTabItem(tabs, SWT.NONE);
        ep.setText("HR and nHF epochs");
        ep.setControl(epochs.control());
        tabs.setSelection(ecg);
        tabs.addListener(SWT.Selection, e -> {
            if (tabs.getSelection() == ep && review != null && epochsLayer != review.layer()) {
                updateEpochs();
            }
        });
        showStudy();
    }

    private Button button(Composite bar, String text, Runnable action) {
        Button b = new Button(bar, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> {
            if (review != null) {
                action.run();
                canvas.control().redraw();
            }
        });
        return b;
    }

    /** Called by injection whenever the open study changes (null when none is open). */
    @Inject
    public void setStudy(@Optional OpenStudy s) {
        if (s != null && study != null && s.folder().equals(study.folder())) {
            study = s;
            return; // refreshed: keep the review going
        }
        study = s;
        pipeline = null;
        if (root != null && !root.isDisposed()) {
            showReview(null);
            showStudy();
        }
    }

    /** The part's model element, when running in the workbench: its dirty flag follows the edit layer. */
    @Inject
    public void setPart(@Optional MPart p) {
        part = p;
    }

    /** Shows a recording the Open Recording command asked for. */
    @Inject
    public void request(@Optional ReviewRequest r) {
        if (r != null && root != null && !root.isDisposed() && study != null) {
            show(r.participant(), r.recording());
        }
    }

    /** Follows a participant selected elsewhere (the study explorer), when nothing is being edited. */
    @Inject
    public void selected(@Optional @Named("org.eclipse.ui.selection") Participant p) {
        if (p != null && root != null && !root.isDisposed() && study != null && (review == null || !review.isDirty())
                && (participant == null || !participant.label().equals(p.label()))) {
            show(p.label(), 0);
        }
    }

    private void showStudy() {
        boolean open = study != null;
        message.setText(open ? study.study().name() + " (" + study.folder() + ")" : NO_STUDY);
        people = open ? study.study().participants() : List.of();
        participants.setItems(people.stream().map(Participant::bidsName).toArray(String[]::new));
        recordings.setItems();
        participant = null;
        participants.setEnabled(open);
        recordings.setEnabled(open);
        updateStatus();
        root.layout(true, true);
    }

    private void participantChosen() {
        int i = participants.getSelectionIndex();
        if (i >= 0) {
            show(people.get(i).label(), 0);
        }
    }

    /**
     * Shows a participant's recording: lists the participant's recordings and loads one in a Job.
     *
     * @param label the participant label (without {@code sub-})
     * @param index the recording's index among the participant's recordings
     * @return the loading Job, or null if there is nothing to load (the status says why)
     */
    public Job show(String label, int index) {
        if (study == null) {
            return null;
        }
        if (review != null && review.isDirty() && !askToLeave()) {
            return null;
        }
        Participant p = study.study().participant(label).orElse(null);
        if (p == null) {
            lastMessage = "no participant sub-" + label + " in the study";
            updateStatus();
            return null;
        }
        participant = p;
        participants.select(people.indexOf(p));
        try {
            refs = AnalysisAccess.recordings(study.folder(), p, AnalysisAccess.recipeFor(study.folder()));
        } catch (IOException e) {
            refs = List.of();
            lastMessage = e.getMessage();
        }
        recordings.setItems(refs.stream().map(RecordingRef::title).toArray(String[]::new));
        showReview(null);
        if (index < 0 || index >= refs.size()) {
            lastMessage = refs.isEmpty() ? p.bidsName() + " has no physio recording (*_physio.tsv.gz)" : lastMessage;
            updateStatus();
            return null;
        }
        recordings.select(index);
        return load(refs.get(index));
    }

    private boolean askToLeave() {
        int answer = new MessageDialog(root.getShell(), "Unsaved beat edits", null, "The beat edits of "
                + review.recording().title() + " are not saved.", MessageDialog.QUESTION,
                new String[] {"Save", "Discard", "Cancel"}, 0).open();
        if (answer == 0) {
            save();
            return !review.isDirty();
        }
        return answer == 1;
    }

    private Job load(RecordingRef ref) {
        Path folder = study.folder();
        Display display = root.getDisplay();
        if (loading != null) {
            loading.cancel();
        }
        lastMessage = "reading " + ref.title() + " and detecting R peaks...";
        updateStatus();
        Job job = Job.create("Reading " + ref.title(), (IProgressMonitor m) -> {
            try {
                Pipeline steps = pipeline(folder);
                ReviewedRecording r = AnalysisAccess.load(ref, steps);
                if (!m.isCanceled()) {
                    display.asyncExec(() -> {
                        if (!root.isDisposed() && study != null && study.folder().equals(folder)) {
                            lastMessage = String.join("; ", r.warnings());
                            showReview(new BeatReview(r));
                            updateEpochs();
                        }
                    });
                }
                return Status.OK_STATUS;
            } catch (IOException | RuntimeException e) {
                display.asyncExec(() -> {
                    if (!root.isDisposed()) {
                        lastMessage = ref.title() + ": " + e.getMessage();
                        updateStatus();
                    }
                });
                return Status.error(ref.physio() + ": " + e.getMessage(), e);
            }
        });
        job.setUser(false);
        loading = job;
        job.schedule();
        return job;
    }

    private synchronized Pipeline pipeline(Path folder) throws IOException {
        if (pipeline == null) {
            pipeline = AnalysisAccess.pipeline(AnalysisAccess.recipeFor(folder), AnalysisAccess.processors());
        }
        return pipeline;
    }

    private void showReview(BeatReview r) {
        review = r;
        epochsLayer = null;
        canvas.setReview(r);
        epochs.show(null);
        if (r != null) {
            r.addListener(this::updateStatus);
        }
        updateStatus();
    }

    /**
     * Recomputes the participant's epochs with the edits as they stand (unsaved ones included) in a Job.
     *
     * @return the Job, or null with nothing shown
     */
    public Job updateEpochs() {
        if (review == null || study == null) {
            return null;
        }
        BeatReview r = review;
        BeatEditLayer layer = r.layer();
        Participant p = participant;
        Path folder = study.folder();
        Display display = root.getDisplay();
        Map<Path, BeatEditLayer> unsaved = r.isDirty() ? Map.of(r.recording().physio(), layer) : Map.of();
        Job job = Job.create("Heart-rate and nHF epochs of " + p.bidsName(), (IProgressMonitor m) -> {
            try {
                ParticipantResult result = AnalysisAccess.epochs(folder, p, pipeline(folder), unsaved);
                display.asyncExec(() -> {
                    if (!root.isDisposed() && review == r) {
                        epochsLayer = layer;
                        epochs.show(result);
                    }
                });
                return Status.OK_STATUS;
            } catch (IOException | RuntimeException e) {
                return Status.error(p.bidsName() + ": epochs: " + e.getMessage(), e);
            }
        });
        epochJob = job;
        job.schedule();
        return job;
    }

    /** Saves the edit layer beside the recording (atomically); a failure is shown in a dialog. */
    public void save() {
        if (review == null || !review.isDirty()) {
            return;
        }
        try {
            review.save();
            lastMessage = "saved " + review.recording().beatEdits().getFileName();
        } catch (IOException e) {
            MessageDialog.openError(root.getShell(), "Save beat edits", "Could not save "
                    + review.recording().beatEdits() + ":\n" + e.getMessage());
        }
        updateStatus();
    }

    private void updateStatus() {
        if (status == null || status.isDisposed()) {
            return;
        }
        boolean has = review != null;
        undo.setEnabled(has && review.canUndo());
        redo.setEnabled(has && review.canRedo());
        save.setEnabled(has && review.isDirty());
        if (part != null) {
            part.setDirty(has && review.isDirty());
        }
        String text = has ? describe(review) : study == null ? "" : "Choose a participant and a recording.";
        status.setText(text + (lastMessage.isEmpty() ? "" : "\n" + lastMessage));
        status.getParent().layout(true);
    }

    /** The status line of a review: recording, peaks by mark, beats, edits, dirty state. */
    static String describe(BeatReview r) {
        ReviewedRecording rec = r.recording();
        Map<PeakMark, Integer> marks = new EnumMap<>(PeakMark.class);
        for (int i = 0; i < r.peakCount(); i++) {
            marks.merge(r.peakMark(i), 1, Integer::sum);
        }
        long s = Math.round(rec.durationSeconds());
        return String.format(Locale.ROOT, "%s: %d:%02d:%02d at %.0f Hz. %d R peaks (%d ectopic, %d missed, %d extra, "
                + "%d long/short); %d beats after correction and %d edits%s, %d unusable stretches.",
                rec.title(), s / 3600, s / 60 % 60, s % 60, rec.rate().hertz(), r.peakCount(),
                marks.getOrDefault(PeakMark.ECTOPIC, 0), marks.getOrDefault(PeakMark.MISSED, 0),
                marks.getOrDefault(PeakMark.EXTRA, 0), marks.getOrDefault(PeakMark.LONG_SHORT, 0),
                r.edited().beats().count(), r.layer().edits().size(), r.isDirty() ? " (unsaved)" : "",
                r.edited().unusable().size());
    }

    @Focus
    public void setFocus() {
        if (canvas != null && review != null) {
            canvas.control().setFocus();
        } else if (participants != null) {
            participants.setFocus();
        }
    }

    /** @return the signal canvas, for tests and the benchmark */
    public SignalCanvas canvas() {
        return canvas;
    }

    /** @return the epoch charts */
    public EpochCharts epochs() {
        return epochs;
    }

    /** @return the review shown, or null */
    public BeatReview review() {
        return review;
    }

    /** @return the status text */
    public String statusText() {
        return message.getText() + "\n" + status.getText();
    }

    /** @return the tab folder (ECG, epochs) */
    public CTabFolder tabs() {
        return tabs;
    }
}
