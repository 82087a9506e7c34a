package org.vagus.devices.bitalino;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.vagus.core.time.Clock;
import org.vagus.devices.DeviceInfo;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorProvider;

import com.fazecast.jSerialComm.SerialPort;

/**
 * The BITalino driver as a {@link SensorProvider} ({@code --sensor bitalino}): discovery lists the serial ports
 * (USB serial, Bluetooth RFCOMM bindings such as {@code /dev/rfcomm0}, COM ports) without opening them, since any
 * of them may hold a board; {@link #open} connects and asks for the firmware version.
 *
 * @since 0.1.0
 */
public final class BitalinoSensorProvider implements SensorProvider {
    /** The provider id. */
    public static final String ID = "bitalino";

    private final BitalinoSettings settings;

    /** A provider with {@link BitalinoSettings#defaults()} (the extension registry's constructor). */
    public BitalinoSensorProvider() {
        this(BitalinoSettings.defaults());
    }

    /** A provider with other timing. */
    public BitalinoSensorProvider(BitalinoSettings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "BITalino (r)evolution / legacy";
    }

    @Override
    public List<DeviceInfo> discover() throws IOException {
        Map<String, String> ports = new LinkedHashMap<>();
        for (SerialPort p : SerialPort.getCommPorts()) {
            String path = p.getSystemPortPath();
            String what = p.getPortDescription();
            boolean named = p.getDescriptivePortName().contains("BITalino") || path.contains("BITalino");
            ports.put(path, (named ? "BITalino" : "serial port") + " " + path
                    + (what == null || what.isBlank() ? "" : " (" + what + ")"));
        }
        Path dev = Path.of("/dev");
        if (Files.isDirectory(dev)) {
            try (Stream<Path> list = Files.list(dev)) {
                list.filter(f -> f.getFileName().toString().startsWith("rfcomm")).sorted()
                        .forEach(f -> ports.putIfAbsent(f.toString(), "Bluetooth serial " + f));
            } catch (IOException | SecurityException e) {
                // /dev not listable: the ports jSerialComm found are all we can offer
            }
        }
        List<DeviceInfo> found = new ArrayList<>();
        ports.forEach((path, label) -> found.add(new DeviceInfo(ID, path, label)));
        return found;
    }

    @Override
    public Sensor open(String address, Clock clock) throws IOException {
        return BitalinoSensor.open(address, clock, settings);
    }
}
