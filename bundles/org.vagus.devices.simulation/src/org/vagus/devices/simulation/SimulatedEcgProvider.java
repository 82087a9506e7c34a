package org.vagus.devices.simulation;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.vagus.core.time.Clock;
import org.vagus.devices.DeviceInfo;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorProvider;
import org.vagus.devices.simulation.ecg.EcgsynParameters;

/**
 * The simulated ECG ({@code --sensor simulated}): one device, {@code simulated}; any address that starts with
 * {@code simulated} (such as {@code simulated-2}) opens another independent instance under that id. See
 * {@link SimulatedEcgSensor} for the options.
 *
 * @since 0.1.0
 */
public final class SimulatedEcgProvider implements SensorProvider {
    /** The provider id and the address of the listed device. */
    public static final String ID = "simulated";

    private final EcgsynParameters defaults;

    /** A provider whose sensors start from {@link EcgsynParameters#builder()}'s defaults (for the extension point). */
    public SimulatedEcgProvider() {
        this(EcgsynParameters.builder().build());
    }

    /** A provider whose sensors start from the given parameters. */
    public SimulatedEcgProvider(EcgsynParameters defaults) {
        this.defaults = Objects.requireNonNull(defaults, "defaults");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Simulated ECG (ECGSYN model)";
    }

    @Override
    public List<DeviceInfo> discover() {
        return List.of(new DeviceInfo(ID, ID, "Simulated ECG, ECGSYN model (McSharry et al. 2003)"));
    }

    @Override
    public Sensor open(String address, Clock clock) throws IOException {
        Objects.requireNonNull(clock, "clock");
        if (address == null || !address.startsWith(ID) || address.isBlank()) {
            throw new IOException("simulated ECG: address '" + address + "', expected 'simulated' or 'simulated-NAME'");
        }
        return new SimulatedEcgSensor(address, clock, defaults);
    }
}
