package org.vagus.devices.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vagus.app.OpenStudy;
import org.vagus.core.model.Participant;
import org.vagus.devices.DeviceInfo;
import org.vagus.devices.SensorProvider;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.ui.model.RecordingRequest;
import org.vagus.devices.ui.model.RequestForm;

/**
 * Record...: the sensor (from the sensor registry), its device, channels, rate and options, and where to record (a
 * folder, a participant of the open study, or nowhere). The fields are checked as they are typed through a
 * {@link RequestForm}; the last choices are remembered in the dialog settings.
 */
public final class RecordDialog extends TitleAreaDialog {
    private static final String[] RATES = { "1000", "500", "250", "100", "10", "1" };

    private final SensorRegistry sensors;
    private final OpenStudy study;
    private final IDialogSettings settings;
    private final RequestForm form = new RequestForm();
    private final List<String> sensorIds = new ArrayList<>();
    private Combo sensor;
    private Combo device;
    private Text channels;
    private Combo rate;
    private Text options;
    private Button toFolder;
    private Button toStudy;
    private Button toMonitor;
    private Text folder;
    private Button browse;
    private Combo participant;
    private Text session;
    private Text task;
    private RecordingRequest request;

    /**
     * @param parent the parent shell
     * @param sensors the sensor providers to offer
     * @param study the open study, or null
     * @param settings where the last choices are kept, or null
     */
    public RecordDialog(Shell parent, SensorRegistry sensors, OpenStudy study, IDialogSettings settings) {
        super(parent);
        this.sensors = sensors;
        this.study = study;
        this.settings = settings;
    }

    /** @return the request once the dialog was closed with Record, else null */
    public RecordingRequest request() {
        return request;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Record");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Record a sensor");
        setMessage("The signals are shown live in the Live Signals view. The simulated ECG needs no hardware.");
        Composite c = new Composite(area, SWT.NONE);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        c.setLayout(new GridLayout(3, false));

        sensor = combo(c, "Sensor:", SWT.READ_ONLY);
        for (SensorProvider p : sensors.providers()) {
            sensorIds.add(p.id());
            sensor.add(p.id() + " - " + p.name());
        }
        device = combo(c, "Device:", SWT.DROP_DOWN);
        device.setToolTipText("A serial port (/dev/rfcomm0, /dev/ttyUSB0, COM5) or simulated; blank: the only device"
                + " found");
        channels = text(c, "Channels:", "blank: the sensor's ECG channel; or names such as A2, A3");
        rate = combo(c, "Rate (Hz):", SWT.DROP_DOWN);
        rate.setItems(RATES);
        options = text(c, "Options:", "KEY=VALUE, ... such as heartRate=60 (simulated) or A2=ECG (BITalino)");

        Group where = new Group(c, SWT.NONE);
        where.setText("Record into");
        where.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        where.setLayout(new GridLayout(4, false));
        toFolder = radio(where, "Folder:");
        folder = new Text(where, SWT.BORDER);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        browse = new Button(where, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> browse());
        toStudy = radio(where, "Participant:");
        participant = new Combo(where, SWT.READ_ONLY);
        participant.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        boolean writable = study != null && !study.readOnly();
        if (writable) {
            for (Participant p : study.study().participants()) {
                participant.add(p.label());
            }
            toStudy.setText("Participant of " + study.study().name() + ":");
        } else {
            toStudy.setText("Participant (no study open for writing)");
        }
        new Label(where, SWT.NONE);
        Composite labels = new Composite(where, SWT.NONE);
        labels.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        GridLayout labelsLayout = new GridLayout(4, false);
        labelsLayout.marginWidth = 0;
        labelsLayout.marginHeight = 0;
        labels.setLayout(labelsLayout);
        session = labelled(labels, "Session:");
        task = labelled(labels, "Task:");
        toMonitor = radio(where, "Monitor only (no file)");
        new Label(where, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        toStudy.setEnabled(writable);

        restore(writable);
        sensor.addListener(SWT.Selection, e -> {
            discover();
            update();
        });
        for (Control w : new Control[] { device, channels, rate, options, folder, participant, session, task }) {
            w.addListener(SWT.Modify, e -> update());
            w.addListener(SWT.Selection, e -> update());
        }
        for (Button b : new Button[] { toFolder, toStudy, toMonitor }) {
            b.addListener(SWT.Selection, e -> update());
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Record", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        update();
    }

    @Override
    protected void okPressed() {
        update();
        if (request == null) {
            return;
        }
        save();
        super.okPressed();
    }

    private void restore(boolean writable) {
        String last = settings == null ? null : settings.get("sensor");
        int index = sensorIds.indexOf(last);
        if (index < 0) {
            index = Math.max(0, sensorIds.indexOf("simulated"));
        }
        if (!sensorIds.isEmpty()) {
            sensor.select(index);
        }
        discover();
        device.setText(get("device", device.getItemCount() == 1 ? device.getItem(0) : ""));
        channels.setText(get("channels", ""));
        rate.setText(get("rate", "1000"));
        options.setText(get("options", ""));
        folder.setText(get("folder", Path.of(System.getProperty("user.home"), "vagus-recordings").toString()));
        session.setText(get("session", "01"));
        task.setText(get("task", "rest"));
        String target = get("target", writable ? RequestForm.Target.STUDY.name() : RequestForm.Target.FOLDER.name());
        if (target.equals(RequestForm.Target.STUDY.name()) && !writable) {
            target = RequestForm.Target.FOLDER.name();
        }
        toFolder.setSelection(target.equals(RequestForm.Target.FOLDER.name()));
        toStudy.setSelection(target.equals(RequestForm.Target.STUDY.name()));
        toMonitor.setSelection(target.equals(RequestForm.Target.MONITOR.name()));
        if (participant.getItemCount() > 0) {
            participant.select(Math.max(0, participant.indexOf(get("participant", ""))));
        }
    }

    private void save() {
        if (settings == null) {
            return;
        }
        settings.put("sensor", form.sensor);
        settings.put("device", form.device);
        settings.put("channels", form.channels);
        settings.put("rate", form.rate);
        settings.put("options", form.options);
        settings.put("folder", form.folder);
        settings.put("session", form.session);
        settings.put("task", form.task);
        settings.put("participant", form.participant);
        settings.put("target", form.target.name());
    }

    private String get(String key, String otherwise) {
        String v = settings == null ? null : settings.get(key);
        return v == null ? otherwise : v;
    }

    /** Lists the devices of the chosen sensor (serial ports are listed, not opened, so this is quick). */
    private void discover() {
        int i = sensor.getSelectionIndex();
        String typed = device.getText();
        device.removeAll();
        if (i < 0) {
            return;
        }
        SensorProvider p = sensors.providers().get(i);
        List<String> warnings = new ArrayList<>();
        List<DeviceInfo> found = new ArrayList<>();
        BusyIndicator.showWhile(getShell() == null ? null : getShell().getDisplay(),
                () -> found.addAll(SensorRegistry.of(p).discoverAll(warnings::add)));
        for (DeviceInfo d : found) {
            device.add(d.address());
        }
        device.setText(found.size() == 1 ? found.get(0).address() : typed);
        if (!warnings.isEmpty()) {
            setMessage(String.join("; ", warnings));
        }
    }

    private void update() {
        int i = sensor.getSelectionIndex();
        form.sensor = i < 0 ? "" : sensorIds.get(i);
        form.device = device.getText();
        form.channels = channels.getText();
        form.rate = rate.getText();
        form.options = options.getText();
        form.target = toStudy.getSelection() ? RequestForm.Target.STUDY
                : toMonitor.getSelection() ? RequestForm.Target.MONITOR : RequestForm.Target.FOLDER;
        form.folder = folder.getText();
        form.study = study == null || study.readOnly() ? null : study.folder();
        form.participant = participant.getText();
        form.session = session.getText();
        form.task = task.getText();
        folder.setEnabled(form.target == RequestForm.Target.FOLDER);
        browse.setEnabled(form.target == RequestForm.Target.FOLDER);
        for (Control w : new Control[] { participant, session, task }) {
            w.setEnabled(form.target == RequestForm.Target.STUDY);
        }
        try {
            request = form.toRequest();
            setErrorMessage(null);
        } catch (IllegalArgumentException e) {
            request = null;
            setErrorMessage(e.getMessage());
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(request != null);
        }
    }

    private void browse() {
        DirectoryDialog d = new DirectoryDialog(getShell());
        d.setText("Record into");
        d.setMessage("Choose the folder for the recording (created if missing)");
        d.setFilterPath(folder.getText());
        String chosen = d.open();
        if (chosen != null) {
            folder.setText(chosen);
        }
    }

    private static Combo combo(Composite c, String label, int style) {
        new Label(c, SWT.NONE).setText(label);
        Combo combo = new Combo(c, style | SWT.BORDER);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return combo;
    }

    private static Text text(Composite c, String label, String hint) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setMessage(hint);
        t.setToolTipText(hint);
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        d.widthHint = 360;
        t.setLayoutData(d);
        return t;
    }

    private static Button radio(Composite c, String label) {
        Button b = new Button(c, SWT.RADIO);
        b.setText(label);
        return b;
    }

    private static Text labelled(Composite c, String label) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }
}
