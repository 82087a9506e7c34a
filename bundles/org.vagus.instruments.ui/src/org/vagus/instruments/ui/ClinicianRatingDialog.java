package org.vagus.instruments.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentScore;
import org.vagus.instruments.Item;
import org.vagus.instruments.ScoringException;
import org.vagus.instruments.phenotype.PhenotypeFiles;
import org.vagus.instruments.phenotype.SessionScore;
import org.vagus.study.StudyFolder;

/**
 * The clinician's entry form for a rating scale (HAMA-14, HAMD-17, or any instrument): the participant, session and
 * time point; one field per item with the item's allowed range beside it (the HAMD-17's items 4, 5, 6, 12, 13, 14,
 * 16 and 17 score 0-2, the others 0-4); the total and its severity band as the ratings are typed. A field out of
 * range or not a number is marked at once; Save refuses while any item is missing or wrong, listing each by item,
 * and otherwise writes the scores to the study's {@code phenotype/<instrument>.tsv} (replacing a row of the same
 * participant, session and time point), holding the study's lock for the write. Scores come from
 * {@link RatingSheet}, that is from org.vagus.instruments' scoring key.
 *
 * @since 0.1.0
 */
public final class ClinicianRatingDialog extends Dialog {
    /** The time point when none is typed: the intake interview (the seed's eligibility ratings). */
    public static final String DEFAULT_TIMEPOINT = "intake";

    private final List<Instrument> instruments;
    private final Path studyDir;
    private final List<String> participants;
    private final String initialParticipant;
    private Combo instrumentCombo;
    private Combo participant;
    private Text session;
    private Text timepoint;
    private Composite itemsArea;
    private ScrolledComposite scroller;
    private final List<Text> fields = new ArrayList<>();
    private final List<Label> marks = new ArrayList<>();
    private Label summary;
    private Label message;
    private RatingSheet sheet;
    private SessionScore saved;

    /**
     * @param parent the parent shell
     * @param instruments the scales offered (first one selected); at least one
     * @param studyDir the study folder the scores go to
     * @param participants the study's participant labels (without sub-)
     * @param participant the participant to rate (the one selected in the study explorer), or null
     */
    public ClinicianRatingDialog(Shell parent, List<Instrument> instruments, Path studyDir, List<String> participants,
            String participant) {
        super(parent);
        if (instruments.isEmpty()) {
            throw new IllegalArgumentException("no rating scale to enter");
        }
        this.instruments = List.copyOf(instruments);
        this.studyDir = Objects.requireNonNull(studyDir, "studyDir");
        this.participants = List.copyOf(participants);
        this.initialParticipant = participant;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Clinician Rating");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite head = new Composite(area, SWT.NONE);
        head.setLayout(new GridLayout(4, false));
        head.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(head, SWT.NONE).setText("Scale:");
        instrumentCombo = new Combo(head, SWT.READ_ONLY);
        instruments.forEach(i -> instrumentCombo.add(i.abbreviation() + " - " + i.name()));
        instrumentCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        new Label(head, SWT.NONE).setText("Participant: sub-");
        participant = new Combo(head, SWT.DROP_DOWN);
        participants.forEach(participant::add);
        participant.setText(initialParticipant != null ? initialParticipant
                : participants.isEmpty() ? "" : participants.get(0));
        participant.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        new Label(head, SWT.NONE).setText("Session: ses-");
        session = new Text(head, SWT.BORDER);
        session.setText("01");
        session.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(head, SWT.NONE).setText("Time point:");
        timepoint = new Text(head, SWT.BORDER);
        timepoint.setText(DEFAULT_TIMEPOINT);
        timepoint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        scroller = new ScrolledComposite(area, SWT.V_SCROLL | SWT.BORDER);
        GridData sd = new GridData(SWT.FILL, SWT.FILL, true, true);
        sd.heightHint = 420;
        sd.widthHint = 560;
        scroller.setLayoutData(sd);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        summary = new Label(area, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        message = new Label(area, SWT.WRAP);
        GridData md = new GridData(SWT.FILL, SWT.TOP, true, false);
        md.widthHint = 560;
        message.setLayoutData(md);
        message.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        instrumentCombo.addListener(SWT.Selection, e -> showInstrument(instruments.get(instrumentCombo
                .getSelectionIndex())));
        instrumentCombo.select(0);
        showInstrument(instruments.get(0));
        return area;
    }

    /** Builds the item fields of an instrument (dropping what was typed for another). */
    private void showInstrument(Instrument instrument) {
        sheet = new RatingSheet(instrument);
        if (itemsArea != null) {
            itemsArea.dispose();
        }
        fields.clear();
        marks.clear();
        itemsArea = new Composite(scroller, SWT.NONE);
        itemsArea.setLayout(new GridLayout(4, false));
        for (Item item : instrument.items()) {
            Label name = new Label(itemsArea, SWT.NONE);
            name.setText(instrument.prompt(item.number()));
            name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Text field = new Text(itemsArea, SWT.BORDER | SWT.RIGHT);
            GridData fd = new GridData(SWT.LEFT, SWT.CENTER, false, false);
            fd.widthHint = 40;
            field.setLayoutData(fd);
            field.setToolTipText("allowed " + item.scale().describe());
            int number = item.number();
            field.addListener(SWT.Modify, e -> {
                sheet.set(number, field.getText());
                refresh(number);
            });
            fields.add(field);
            Label range = new Label(itemsArea, SWT.NONE);
            range.setText(item.scale().range());
            Label mark = new Label(itemsArea, SWT.NONE);
            mark.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
            mark.setForeground(itemsArea.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            marks.add(mark);
        }
        scroller.setContent(itemsArea);
        scroller.setMinSize(itemsArea.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        summary.setText(sheet.summary());
        message.setText("");
        itemsArea.getParent().layout(true, true);
    }

    /** Marks one item's field as it is typed and updates the total. */
    private void refresh(int item) {
        String text = sheet.get(item);
        String problem = text == null || text.isEmpty() ? null : sheet.problem(item);
        Label mark = marks.get(item - 1);
        mark.setText(problem == null ? "" : "allowed " + sheet.instrument().item(item).scale().range());
        mark.getParent().layout(new Control[] { mark });
        summary.setText(sheet.summary());
        summary.getParent().layout(new Control[] { summary });
    }

    /** Types a rating into an item's field (tests and tools); UI thread. */
    public void enter(int item, String text) {
        fields.get(item - 1).setText(text);
    }

    /** Selects the scale by id; UI thread. */
    public void selectInstrument(String id) {
        for (int k = 0; k < instruments.size(); k++) {
            if (instruments.get(k).id().equals(id)) {
                instrumentCombo.select(k);
                showInstrument(instruments.get(k));
                return;
            }
        }
        throw new IllegalArgumentException("no scale '" + id + "' in this form");
    }

    /** Sets the participant, session and time point fields; UI thread. */
    public void administration(String participantLabel, String sessionLabel, String timepointLabel) {
        participant.setText(participantLabel);
        session.setText(sessionLabel);
        timepoint.setText(timepointLabel);
    }

    /** The message shown (what stops Save), or an empty text. */
    public String message() {
        return message.getText();
    }

    /** The total line. */
    public String summary() {
        return summary.getText();
    }

    /** The scores saved by the last successful Save, or null. */
    public SessionScore saved() {
        return saved;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Save", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        if (save()) {
            super.okPressed();
        }
    }

    /**
     * Checks the form and writes the scores; on a problem shows it and returns false (the dialog stays open).
     * Called by Save; public for tests and tools.
     */
    public boolean save() {
        String p = strip(participant.getText().trim(), Participant.PREFIX);
        String s = strip(session.getText().trim(), Session.PREFIX);
        String t = timepoint.getText().trim();
        InstrumentScore score;
        SessionScore row;
        try {
            if (!participants.isEmpty() && !participants.contains(p)) {
                throw new IllegalArgumentException("participant sub-" + p + " is not in the study (its participants: "
                        + participants.stream().collect(Collectors.joining(", ")) + ")");
            }
            score = sheet.score();
            row = new SessionScore(p, s, t, score);
        } catch (ScoringException e) {
            show(e.problems());
            return false;
        } catch (IllegalArgumentException e) {
            show(List.of(e.getMessage()));
            return false;
        }
        try (StudyFolder study = StudyFolder.open(studyDir)) {
            PhenotypeFiles.put(study.directory(), sheet.instrument(), row);
        } catch (IOException e) {
            show(List.of("not saved: " + e.getMessage()));
            return false;
        }
        saved = row;
        return true;
    }

    private void show(List<String> problems) {
        int shown = Math.min(problems.size(), 6);
        String text = String.join("\n", problems.subList(0, shown));
        if (problems.size() > shown) {
            text += "\n... and " + (problems.size() - shown) + " more";
        }
        message.setText(text);
        message.getParent().layout(true, true);
    }

    private static String strip(String label, String prefix) {
        return label.startsWith(prefix) ? label.substring(prefix.length()) : label;
    }

    /** The scales among these instruments (respondent: clinician), in order. */
    public static List<Instrument> clinicianScales(List<Instrument> all) {
        return all.stream().filter(i -> i.respondent() == org.vagus.instruments.Respondent.CLINICIAN).toList();
    }
}
