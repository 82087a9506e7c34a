package org.vagus.devices.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.app.OpenStudy;
import org.vagus.core.model.Participant;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.simulation.SimulatedEcgProvider;
import org.vagus.devices.ui.internal.RecordDialog;
import org.vagus.devices.ui.model.RecordingRequest;
import org.vagus.study.StudyFolder;

/** The Record dialog, opened without blocking and driven through its widgets. */
class RecordDialogTest {
    private RecordDialog dialog;
    private Shell parent;

    @AfterEach
    void close() {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        if (parent != null) {
            parent.dispose();
        }
    }

    private RecordDialog open(OpenStudy study) {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        parent = new Shell(display);
        dialog = new RecordDialog(parent, SensorRegistry.of(new SimulatedEcgProvider()), study, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    private static <T extends Control> List<T> find(Control c, Class<T> type) {
        List<T> out = new ArrayList<>();
        if (type.isInstance(c)) {
            out.add(type.cast(c));
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                out.addAll(find(child, type));
            }
        }
        return out;
    }

    private Button button(String textStart) {
        return find(dialog.getShell(), Button.class).stream().filter(b -> b.getText().startsWith(textStart))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + textStart));
    }

    private static void select(Button radio, List<Button> others) {
        for (Button o : others) {
            o.setSelection(false);
        }
        radio.setSelection(true);
        radio.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void offersTheSimulatedSensorAndRecordsIntoAParticipantOfTheOpenStudy(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("study");
        try (StudyFolder f = StudyFolder.create(folder, "Dialog study")) {
            f.addParticipant(new Participant("01", Map.of(), List.of()));
            f.addParticipant(new Participant("02", Map.of(), List.of()));
        }
        OpenStudy study;
        try (StudyFolder f = StudyFolder.openReadOnly(folder)) {
            study = new OpenStudy(folder, f.study(), false);
        }
        open(study);
        Combo sensor = find(dialog.getShell(), Combo.class).get(0);
        assertEquals("simulated - Simulated ECG (ECGSYN model)", sensor.getText());
        Combo device = find(dialog.getShell(), Combo.class).get(1);
        assertEquals("simulated", device.getText(), "the only device the simulator lists");
        Button toStudy = button("Participant of Dialog study");
        assertTrue(toStudy.isEnabled());
        select(toStudy, List.of(button("Folder:"), button("Monitor only")));
        Combo participant = find(dialog.getShell(), Combo.class).stream().filter(c -> c.getItemCount() == 2
                && c.getItem(0).equals("01")).findFirst().orElseThrow();
        participant.select(1);
        participant.notifyListeners(SWT.Selection, new Event());
        Button record = button("Record");
        assertTrue(record.isEnabled(), dialog.getErrorMessage());
        record.notifyListeners(SWT.Selection, new Event());
        RecordingRequest r = dialog.request();
        assertNotNull(r);
        assertEquals("simulated", r.sensorId());
        assertEquals(new RecordingRequest.StudyParticipant(folder, "02", "01", "rest"), r.destination());
    }

    @Test
    void aRelativeFolderIsRefusedWithAMessage() {
        open(null);
        assertFalse(button("Participant").isEnabled(), "no study open");
        Text folder = find(dialog.getShell(), Text.class).stream().filter(t -> t.getText().endsWith("vagus-recordings"))
                .findFirst().orElseThrow();
        folder.setText("relative/dir");
        assertEquals("Folder: 'relative/dir' is not an absolute path.", dialog.getErrorMessage());
        assertFalse(button("Record").isEnabled());
        button("Record").notifyListeners(SWT.Selection, new Event());
        assertNull(dialog.request());
    }
}
