package org.vagus.example.subtraction.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.vagus.example.subtraction.SerialSubtractionTemplate;
import org.vagus.example.subtraction.SubtractionPhase;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.registry.TaskExtensionReader;

/** The bundle's plugin.xml, read by Vagus's own reader in the OSGi test runtime. */
class ContributionTest {

    @Test
    void theExtensionRegistryOffersThePhaseTypeAndTheTemplate() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        assertNotNull(registry, "the tests run in Equinox, which has an extension registry");
        List<String> warnings = new ArrayList<>();
        TaskRegistry tasks = new TaskExtensionReader(registry, warnings::add).read();
        assertTrue(tasks.phaseType(SubtractionPhase.TYPE).isPresent(), tasks.toString());
        assertTrue(tasks.template(SerialSubtractionTemplate.ID).isPresent(), tasks.toString());
        assertTrue(tasks.template("stress-task").isPresent(), "the built-in template stays");
        assertEquals(List.of(), warnings);
    }
}
