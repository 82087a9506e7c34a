package org.vagus.signal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.vagus.signal.PanTompkins;
import org.vagus.signal.Parameters;
import org.vagus.signal.Processors;
import org.vagus.signal.beats.LipponenTarvainen;
import org.vagus.signal.registry.ProcessorExtensionReader;

/**
 * The processing steps by id, and the OSGi edge that reads the extension point {@code org.vagus.signal.processors}:
 * once with the running platform's registry (the bundle's own plugin.xml), once with hand-made elements
 * (dynamic proxies answering only the calls the reader makes) for the contributions that must be skipped.
 */
class ProcessorRegistryTest {
    private final List<String> warnings = new ArrayList<>();

    @Test
    void builtInStepsByIdAndIdsAreUnique() {
        Processors p = Processors.builtIn();
        assertEquals(List.of(Processors.PAN_TOMPKINS), p.detectorIds());
        assertEquals(List.of(LipponenTarvainen.ID), p.correctorIds());
        assertInstanceOf(PanTompkins.class, p.detector(Processors.PAN_TOMPKINS).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> p.withCorrector(new LipponenTarvainen()));
        assertThrows(IllegalArgumentException.class, () -> p.withDetector(" ", new PanTompkins()));
        assertTrue(p.corrector("org.example.none").isEmpty());
    }

    @Test
    void thePlatformRegistryHoldsTheBuiltInsOnce() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        assertNotNull(registry, "the tests run in Equinox, which has an extension registry");
        assertEquals(2, registry.getConfigurationElementsFor(ProcessorExtensionReader.EXTENSION_POINT).length,
                "plugin.xml declares Pan-Tompkins and Lipponen-Tarvainen");
        Processors p = new ProcessorExtensionReader(registry, warnings::add).read();
        assertEquals(List.of(Processors.PAN_TOMPKINS), p.detectorIds());
        assertEquals(List.of(LipponenTarvainen.ID), p.correctorIds());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aContributedCorrectorGetsItsParametersAndBadOnesAreSkippedWithTheirBundle() {
        IConfigurationElement good = element("org.example.lab", "artefactCorrector", "org.example.vagus.refractory",
                RefractoryCorrector::new, Map.of("min_interval_ms", "300"));
        IConfigurationElement throwing = element("org.example.broken", "artefactCorrector", "org.example.broken",
                () -> {
                    throw new IllegalStateException("cannot start");
                }, Map.of());
        IConfigurationElement wrongType = element("org.example.wrong", "peakDetector", "org.example.wrong",
                Object::new, Map.of());
        IConfigurationElement wrongId = element("org.example.liar", "artefactCorrector", "org.example.other",
                RefractoryCorrector::new, Map.of());
        Processors p = ProcessorExtensionReader.addAll(Processors.builtIn(),
                new IConfigurationElement[] {throwing, wrongType, wrongId, good}, warnings::add);
        assertEquals(List.of(LipponenTarvainen.ID, "org.example.vagus.refractory"), p.correctorIds());
        assertEquals(Parameters.format(300.0), p.corrector("org.example.vagus.refractory").orElseThrow().parameters()
                .get("min_interval_ms").orElseThrow(), "the <parameter> child reached the corrector");
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("org.example.broken") && warnings.get(0).contains("cannot start"));
        assertTrue(warnings.get(1).contains("org.example.wrong") && warnings.get(1).contains("PeakDetector"));
        assertTrue(warnings.get(2).contains("org.example.liar") && warnings.get(2).contains("org.example.vagus.refractory"));
    }

    private static IConfigurationElement element(String bundle, String kind, String id, Callable<Object> create,
            Map<String, String> parameters) {
        IContributor contributor = (IContributor) Proxy.newProxyInstance(IContributor.class.getClassLoader(),
                new Class<?>[] {IContributor.class}, (x, m, a) -> switch (m.getName()) {
                    case "getName" -> bundle;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        IConfigurationElement[] children = parameters.entrySet().stream().map(e -> parameter(e.getKey(), e.getValue()))
                .toArray(IConfigurationElement[]::new);
        return (IConfigurationElement) Proxy.newProxyInstance(IConfigurationElement.class.getClassLoader(),
                new Class<?>[] {IConfigurationElement.class}, (x, m, a) -> switch (m.getName()) {
                    case "getContributor" -> contributor;
                    case "getName" -> kind;
                    case "getAttribute" -> "id".equals(a[0]) ? id : null;
                    case "createExecutableExtension" -> create.call();
                    case "getChildren" -> children;
                    case "toString" -> "<" + kind + " id=" + id + ">";
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private static IConfigurationElement parameter(String name, String value) {
        return (IConfigurationElement) Proxy.newProxyInstance(IConfigurationElement.class.getClassLoader(),
                new Class<?>[] {IConfigurationElement.class}, (x, m, a) -> switch (m.getName()) {
                    case "getAttribute" -> "name".equals(a[0]) ? name : "value".equals(a[0]) ? value : null;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }
}
