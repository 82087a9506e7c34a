package org.vagus.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Status;
import org.junit.jupiter.api.Test;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentFiles;
import org.vagus.instruments.InstrumentProvider;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.registry.InstrumentExtensionReader;
import org.vagus.instruments.registry.ResourceOpener;

/** The extension point's edge: contributions by file, by class and texts, each bad one reported and skipped. */
class InstrumentExtensionReaderTest {

    /** A provider that builds the schema example under another id. */
    public static final class ExampleProvider implements InstrumentProvider {
        @Override
        public List<Instrument> instruments() throws IOException {
            return List.of(InstrumentFiles.readDefinition("provided.json", new StringReader(
                    Definitions.SLEEP.replace("\"lab-sleep-3\"", "\"lab-sleep-provided\""))));
        }
    }

    /** A provider whose definitions cannot be read. */
    public static final class FailingProvider implements InstrumentProvider {
        @Override
        public List<Instrument> instruments() throws IOException {
            throw new IOException("item bank offline");
        }
    }

    private static final String TEXTS = """
            {"format": 1, "instrument": "lab-sleep-3", "language": "en",
             "items": {"1": "Placeholder one.", "2": "Placeholder two.", "3": "Placeholder three."}}
            """;

    /** Files of the fake bundles: "bundle/path" -> content. */
    private static final Map<String, String> FILES = Map.of(
            "org.example.lab/instruments/lab-sleep-3.json", Definitions.SLEEP,
            "org.example.lab/texts/lab-sleep-3.en.json", TEXTS,
            "org.example.broken/instruments/broken.json", Definitions.SLEEP.replace("\"items\": [1, 3]",
                    "\"items\": [1, 4]").replace("lab-sleep-3", "broken"),
            "org.example.dup/instruments/scs.json", Definitions.SLEEP.replace("\"lab-sleep-3\"", "\"scs-26\""),
            "org.example.orphan/texts/bdi.json", TEXTS.replace("lab-sleep-3", "bdi-2"));

    private static final ResourceOpener OPENER = (contributor, path) -> {
        String content = FILES.get(contributor.getName() + "/" + path);
        if (content == null) {
            throw new FileNotFoundException("no file " + path + " in bundle " + contributor.getName());
        }
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    };

    private static IConfigurationElement element(String bundle, String name, Map<String, String> attributes) {
        IContributor contributor = (IContributor) Proxy.newProxyInstance(IContributor.class.getClassLoader(),
                new Class<?>[] { IContributor.class }, (p, m, args) -> m.getName().equals("getName") ? bundle : null);
        return (IConfigurationElement) Proxy.newProxyInstance(IConfigurationElement.class.getClassLoader(),
                new Class<?>[] { IConfigurationElement.class }, (p, m, args) -> switch (m.getName()) {
                    case "getName" -> name;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "getContributor" -> contributor;
                    case "createExecutableExtension" -> create(attributes.get("class"));
                    case "toString" -> "element " + attributes;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private static Object create(String className) throws CoreException {
        if (className.equals("linkage.Error")) {
            throw new NoClassDefFoundError("org/example/Missing");
        }
        try {
            return Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new CoreException(Status.error("cannot create " + className, e));
        }
    }

    @Test
    void goodContributionsAreAddedAndBadOnesReportedWithTheirBundle() {
        String pkg = InstrumentExtensionReaderTest.class.getName() + "$";
        IConfigurationElement[] elements = {
                element("org.example.lab", "texts", Map.of("file", "texts/lab-sleep-3.en.json")),
                element("org.example.lab", "instrument", Map.of("file", "instruments/lab-sleep-3.json")),
                element("org.example.lab", "instrument", Map.of("class", pkg + "ExampleProvider")),
                element("org.example.missing", "instrument", Map.of("file", "instruments/none.json")),
                element("org.example.broken", "instrument", Map.of("file", "instruments/broken.json")),
                element("org.example.dup", "instrument", Map.of("file", "instruments/scs.json")),
                element("org.example.both", "instrument", Map.of("file", "a.json", "class", "A")),
                element("org.example.notprovider", "instrument", Map.of("class", "java.lang.Object")),
                element("org.example.failing", "instrument", Map.of("class", pkg + "FailingProvider")),
                element("org.example.linkage", "instrument", Map.of("class", "linkage.Error")),
                element("org.example.wrong", "questionnaire", Map.of("file", "q.json")),
                element("org.example.orphan", "texts", Map.of("file", "texts/bdi.json")) };
        List<String> warnings = new ArrayList<>();
        InstrumentRegistry r = InstrumentExtensionReader.addAll(InstrumentRegistry.builtIn(), elements, OPENER,
                warnings::add);
        assertEquals(List.of("scs-26", "stai-y1", "perceived-stress", "hama-14", "hamd-17", "lab-sleep-3",
                "lab-sleep-provided"), r.ids());
        assertEquals("Placeholder two.", r.get("lab-sleep-3").prompt(2), "texts read after every instrument");
        assertEquals(null, r.get("scs-26").texts(), "the built-in SCS-26 was not replaced");

        String all = String.join("\n", warnings);
        assertEquals(9, warnings.size(), all);
        String[] bundles = { "org.example.missing", "org.example.broken", "org.example.dup", "org.example.both",
                "org.example.notprovider", "org.example.failing", "org.example.linkage", "org.example.wrong",
                "org.example.orphan" };
        for (int i = 0; i < bundles.length; i++) {
            assertTrue(warnings.get(i).contains("bundle " + bundles[i]), warnings.get(i));
        }
        assertTrue(warnings.get(0).contains("no file instruments/none.json"), warnings.get(0));
        assertEquals("skipped instrument instruments/broken.json from bundle org.example.broken:"
                + " instruments/broken.json: $.subscales[0].items[1]: no item 4; the items are 1-3", warnings.get(1));
        assertTrue(warnings.get(2).contains("'scs-26'") && warnings.get(2).contains("already registered"),
                warnings.get(2));
        assertTrue(warnings.get(4).contains("does not implement org.vagus.instruments.InstrumentProvider"),
                warnings.get(4));
        assertTrue(warnings.get(5).contains("item bank offline"), warnings.get(5));
        assertTrue(warnings.get(6).contains("NoClassDefFoundError"), warnings.get(6));
        assertTrue(warnings.get(8).contains("no instrument 'bdi-2'"), warnings.get(8));
    }

    @Test
    void readerAsksTheInjectedRegistryForTheInstrumentsPoint() {
        List<String> asked = new ArrayList<>();
        IExtensionRegistry registry = (IExtensionRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { IExtensionRegistry.class }, (p, m, args) -> {
                    if (m.getName().equals("getConfigurationElementsFor") && args.length == 1) {
                        asked.add((String) args[0]);
                        return new IConfigurationElement[] { element("org.example.lab", "instrument",
                                Map.of("file", "instruments/lab-sleep-3.json")) };
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        InstrumentRegistry r = new InstrumentExtensionReader(registry, OPENER, w -> {
            throw new AssertionError(w);
        }).read();
        assertEquals(List.of("org.vagus.instruments.instruments"), asked);
        assertEquals(6, r.instruments().size(), "five built-ins and the contribution");
        assertEquals("SLEEP-3", r.get("lab-sleep-3").abbreviation());
    }

    @Test
    void registryRefusesDuplicateIdsAndFindsByAbbreviation() {
        InstrumentRegistry r = InstrumentRegistry.builtIn();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> r.plus(r.get("hama-14")));
        assertTrue(e.getMessage().contains("already registered"), e.getMessage());
        assertEquals("hamd-17", r.get("HAMD-17").id());
        assertEquals("hamd-17", r.byId("Hamd-17").orElseThrow().id());
        assertTrue(r.byId("bdi-2").isEmpty());
    }
}
