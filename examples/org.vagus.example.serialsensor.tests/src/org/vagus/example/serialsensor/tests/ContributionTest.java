package org.vagus.example.serialsensor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.vagus.devices.SensorProvider;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.registry.SensorExtensionReader;
import org.vagus.example.serialsensor.SerialAsciiSensorProvider;

/** The bundle's plugin.xml, read by Vagus's own reader in the OSGi test runtime. */
class ContributionTest {

    @Test
    void theExtensionRegistryOffersTheSensor() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        assertNotNull(registry, "the tests run in Equinox, which has an extension registry");
        List<String> warnings = new ArrayList<>();
        SensorRegistry sensors = new SensorExtensionReader(registry, warnings::add).read();
        assertTrue(sensors.providers().stream().map(SensorProvider::id).toList()
                .contains(SerialAsciiSensorProvider.ID), sensors.providers().toString());
        assertEquals(List.of(), warnings);
    }
}
