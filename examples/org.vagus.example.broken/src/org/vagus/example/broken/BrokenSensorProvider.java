package org.vagus.example.broken;

import java.util.List;

import org.vagus.core.time.Clock;
import org.vagus.devices.DeviceInfo;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorProvider;

/**
 * A sensor provider whose class fails to initialise, as one whose static set-up (a native library, a missing
 * dependency) fails would: loading it throws {@link ExceptionInInitializerError}. The sensors reader must log it with
 * the bundle id {@code org.vagus.example.broken} and go on.
 */
public final class BrokenSensorProvider implements SensorProvider {
    private static final String ID = initialise();

    private static String initialise() {
        if (Boolean.parseBoolean("true")) {
            throw new IllegalStateException("the broken example sensor fails on purpose when its class is loaded");
        }
        return "broken";
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Broken example sensor";
    }

    @Override
    public List<DeviceInfo> discover() {
        return List.of();
    }

    @Override
    public Sensor open(String address, Clock clock) {
        throw new UnsupportedOperationException("never opened");
    }
}
