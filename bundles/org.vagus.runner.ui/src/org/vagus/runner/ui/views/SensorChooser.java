package org.vagus.runner.ui.views;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.vagus.devices.SensorProvider;
import org.vagus.devices.SensorRegistry;
import org.vagus.runner.devices.SessionSensor;

/**
 * The Session view's rows that choose the sensor recorded during a session: the sensor (or none), its port, its
 * channels, and an optional digital output pulsed at each onset (BITalino O1 wired to I1). Four columns of the
 * view's grid. The providers come from a supplier (the workbench's sensor registry, read when the view opens and
 * again when the list is dropped down, so that bundles installed meanwhile count).
 * <p>
 * Its controls carry {@link SessionView#KEY} names: {@code sensor}, {@code port}, {@code channels},
 * {@code pulse}, {@code pulseOutput}.
 *
 * @since 0.1.0
 */
public final class SensorChooser {
    /** The first choice: no recording. */
    public static final String NONE = "none (markers on a nominal 1000 Hz clock)";

    private final Combo sensor;
    private final Text port;
    private final Text channels;
    private final Button pulse;
    private final Text output;
    private Supplier<SensorRegistry> sensors = SensorRegistry::empty;
    private SensorRegistry shown = SensorRegistry.empty();

    /** Adds the rows to a composite with a 4-column grid layout. */
    public SensorChooser(Composite parent) {
        sensor = new Combo(parent, SWT.READ_ONLY);
        row(parent, "Sensor:", sensor, 3, "sensor");
        sensor.addListener(SWT.MouseDown, e -> refresh());
        port = new Text(parent, SWT.BORDER);
        port.setMessage("empty: the only device found (such as /dev/rfcomm0)");
        row(parent, "Port:", port, 3, "port");
        channels = new Text(parent, SWT.BORDER);
        channels.setMessage("empty: the first ECG channel; or A2,I1");
        row(parent, "Channels:", channels, 3, "channels");
        new Label(parent, SWT.NONE).setText("Pulses:");
        pulse = new Button(parent, SWT.CHECK);
        pulse.setText("At each onset on output");
        pulse.setData(SessionView.KEY, "pulse");
        output = new Text(parent, SWT.BORDER);
        output.setText("O1");
        output.setData(SessionView.KEY, "pulseOutput");
        output.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        sensor.addListener(SWT.Selection, e -> enable());
        refresh();
    }

    private static void row(Composite parent, String label, org.eclipse.swt.widgets.Control c, int span, String key) {
        new Label(parent, SWT.NONE).setText(label);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        c.setData(SessionView.KEY, key);
    }

    /** Sets where the sensor providers come from and lists them. */
    public void setSensors(Supplier<SensorRegistry> registry) {
        this.sensors = Objects.requireNonNull(registry, "registry");
        if (!sensor.isDisposed()) {
            refresh();
        }
    }

    /** Lists the providers now, keeping the selection if it is still offered. */
    private void refresh() {
        String selected = sensor.getSelectionIndex() > 0 ? shown.providers().get(sensor.getSelectionIndex() - 1).id()
                : null;
        try {
            shown = sensors.get();
        } catch (RuntimeException e) {
            shown = SensorRegistry.empty();
        }
        sensor.removeAll();
        sensor.add(NONE);
        int index = 0;
        List<SensorProvider> providers = shown.providers();
        for (int i = 0; i < providers.size(); i++) {
            sensor.add(providers.get(i).id() + ": " + providers.get(i).name());
            if (providers.get(i).id().equals(selected)) {
                index = i + 1;
            }
        }
        sensor.select(index);
        enable();
    }

    private void enable() {
        boolean on = sensor.getSelectionIndex() > 0;
        port.setEnabled(on);
        channels.setEnabled(on);
        pulse.setEnabled(on);
        output.setEnabled(on);
    }

    /** Selects a sensor by provider id ({@code null} for none); for tests and remembered settings. */
    public void select(String sensorId, String portText, String channelList) {
        refresh();
        int index = 0;
        for (int i = 0; i < shown.providers().size(); i++) {
            if (shown.providers().get(i).id().equals(sensorId)) {
                index = i + 1;
            }
        }
        sensor.select(index);
        port.setText(portText == null ? "" : portText);
        channels.setText(channelList == null ? "" : channelList);
        enable();
    }

    /**
     * @return what to record, or null for no sensor
     * @throws IllegalArgumentException if the pulse output is checked but blank
     */
    public SessionSensor.Plan plan() {
        int i = sensor.getSelectionIndex();
        if (i <= 0) {
            return null;
        }
        String id = shown.providers().get(i - 1).id();
        List<String> names = Arrays.stream(channels.getText().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        String pulseOutput = null;
        if (pulse.getSelection()) {
            pulseOutput = output.getText().strip();
            if (pulseOutput.isEmpty()) {
                throw new IllegalArgumentException("Pulses: name the digital output to pulse, such as O1.");
            }
        }
        return new SessionSensor.Plan(shown, new SessionSensor.Choice(id, port.getText(), names, null, pulseOutput));
    }
}
