package org.vagus.example.serialsensor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.vagus.core.time.Clock;
import org.vagus.devices.DeviceInfo;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorProvider;

import com.fazecast.jSerialComm.SerialPort;

/**
 * A generic serial ASCII sensor ({@code --sensor serial-ascii}): a device on a serial port that prints one line per
 * sample, the values of its channels as decimal numbers separated by commas (or semicolons, tabs, spaces), such as
 * an Arduino sketch that prints {@code analogRead(A0)} of a pulse sensor 100 times a second. The device has no
 * sample clock of its own: the lab declares the rate it prints at ({@code --rate}), the sample index counts lines,
 * and the acquisition engine's drift estimate shows how far the device's pace is from the declared one.
 * <p>
 * Contributed through the extension point {@code org.vagus.devices.sensors}; the extension registry creates it
 * with the no-argument constructor, which touches no port.
 */
public final class SerialAsciiSensorProvider implements SensorProvider {
    /** The provider id, the {@code --sensor} argument. */
    public static final String ID = "serial-ascii";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Serial ASCII sensor (one line of numbers per sample, e.g. an Arduino)";
    }

    /** Lists the serial ports the system reports without opening them; any of them may hold such a device. */
    @Override
    public List<DeviceInfo> discover() {
        List<DeviceInfo> found = new ArrayList<>();
        for (SerialPort p : SerialPort.getCommPorts()) {
            String what = p.getPortDescription();
            found.add(new DeviceInfo(ID, p.getSystemPortPath(), "serial port " + p.getSystemPortPath()
                    + (what == null || what.isBlank() ? "" : " (" + what + ")")));
        }
        return found;
    }

    /**
     * Opens a serial port (a path such as {@code /dev/ttyACM0}, a pseudo-terminal, or {@code COM5}) at
     * 115200 baud; the {@code baud} option of the acquisition changes it.
     */
    @Override
    public Sensor open(String address, Clock clock) throws IOException {
        return SerialAsciiSensor.open(address, clock);
    }
}
