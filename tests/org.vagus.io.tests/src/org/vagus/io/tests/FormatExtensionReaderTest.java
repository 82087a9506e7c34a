package org.vagus.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.junit.jupiter.api.Test;
import org.vagus.io.FormatRegistry;
import org.vagus.io.RecordFormat;
import org.vagus.io.RecordReader;
import org.vagus.io.RecordWriter;
import org.vagus.io.edf.EdfFormat;
import org.vagus.io.edf.EdfReader;
import org.vagus.io.registry.FormatExtensionReader;

/**
 * The OSGi edge of the format registry, fed with tiny fakes of the registry interfaces (dynamic proxies that
 * answer only the calls the reader makes), so no framework runs.
 */
class FormatExtensionReaderTest {
    private final List<String> warnings = new ArrayList<>();

    /** A third-party format, as a contributed class would be. */
    public static class CsvFormat implements RecordFormat {
        @Override
        public String name() {
            return "csv";
        }

        @Override
        public String description() {
            return "comma-separated samples";
        }

        @Override
        public List<String> extensions() {
            return List.of("csv");
        }

        @Override
        public RecordReader reader() {
            return new EdfReader();
        }

        @Override
        public Optional<RecordWriter> writer() {
            return Optional.empty();
        }
    }

    /** An element {@code <name class="className"/>} of bundle {@code bundle}, whose class is made by {@code create}. */
    private static IConfigurationElement element(String bundle, String name, String className, Callable<Object> create) {
        IContributor contributor = (IContributor) Proxy.newProxyInstance(IContributor.class.getClassLoader(),
                new Class<?>[] {IContributor.class}, (p, m, a) -> switch (m.getName()) {
                    case "getName" -> bundle;
                    case "toString" -> "contributor " + bundle;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        return (IConfigurationElement) Proxy.newProxyInstance(IConfigurationElement.class.getClassLoader(),
                new Class<?>[] {IConfigurationElement.class}, (p, m, a) -> switch (m.getName()) {
                    case "getContributor" -> contributor;
                    case "getName" -> name;
                    case "getAttribute" -> "class".equals(a[0]) ? className : null;
                    case "createExecutableExtension" -> create.call();
                    case "toString" -> "<" + name + " class=" + className + ">";
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private static IConfigurationElement format(String bundle, String className, Callable<Object> create) {
        return element(bundle, "format", className, create);
    }

    private FormatRegistry read(IConfigurationElement... elements) {
        return FormatExtensionReader.addAll(FormatRegistry.builtIn(), elements, warnings::add);
    }

    @Test
    void aGoodContributionIsAddedAfterTheBuiltIns() {
        FormatRegistry r = read(format("org.example.csv", "org.example.CsvFormat", CsvFormat::new));
        assertEquals(List.of("wfdb", "edf", "bdf", "opensignals-txt", "opensignals-h5", "csv"), r.formats().stream().map(RecordFormat::name).toList());
        assertEquals(List.of(), warnings);
    }

    @Test
    void badContributionsAreLoggedWithTheirBundleAndSkipped() {
        FormatRegistry r = read(
                format("org.example.missing", "org.example.Missing", () -> {
                    throw new CoreException(new Status(IStatus.ERROR, "org.example.missing", "Plug-in"
                            + " org.example.missing was unable to load class org.example.Missing."));
                }),
                format("org.example.ctor", "org.example.Ctor", () -> {
                    throw new IllegalStateException("constructor failed");
                }),
                format("org.example.linkage", "org.example.Linkage", () -> {
                    throw new NoClassDefFoundError("org/example/Dependency");
                }),
                format("org.example.wrongtype", "java.lang.String", () -> "not a format"),
                format("org.example.throwing", "org.example.Throwing", () -> new CsvFormat() {
                    @Override
                    public List<String> extensions() {
                        throw new UnsupportedOperationException("not yet");
                    }
                }),
                format("org.example.dup", "org.example.OtherEdf", () -> new CsvFormat() {
                    @Override
                    public String name() {
                        return "edf";
                    }
                }),
                element("org.example.typo", "fromat", "org.example.CsvFormat", CsvFormat::new),
                format("org.example.csv", "org.example.CsvFormat", CsvFormat::new));
        assertEquals(List.of("wfdb", "edf", "bdf", "opensignals-txt", "opensignals-h5", "csv"), r.formats().stream().map(RecordFormat::name).toList(),
                "the good contribution after the bad ones still counts");
        assertEquals(7, warnings.size(), String.join("\n", warnings));
        String[] bundles = {"org.example.missing", "org.example.ctor", "org.example.linkage", "org.example.wrongtype",
            "org.example.throwing", "org.example.dup", "org.example.typo"};
        for (int i = 0; i < bundles.length; i++) {
            assertTrue(warnings.get(i).contains("from bundle " + bundles[i]), warnings.get(i));
        }
        assertTrue(warnings.get(0).contains("unable to load class org.example.Missing"), warnings.get(0));
        assertTrue(warnings.get(2).contains("NoClassDefFoundError"), warnings.get(2));
        assertTrue(warnings.get(3).contains("does not implement org.vagus.io.RecordFormat"), warnings.get(3));
        assertTrue(warnings.get(4).contains("not yet"), warnings.get(4));
        assertTrue(warnings.get(5).contains("already registered"), warnings.get(5));
        assertTrue(warnings.get(6).contains("expected <format>"), warnings.get(6));
    }

    @Test
    void theBuiltInsDeclaredInPluginXmlAreNotAddedTwice() {
        FormatRegistry r = read(format("org.vagus.io", EdfFormat.class.getName(), EdfFormat::new));
        assertEquals(5, r.formats().size());
        assertEquals(List.of(), warnings, "no warning for the bundle's own declaration");
    }

    @Test
    void readsTheExtensionPointOfAnInjectedRegistry() {
        List<String> asked = new ArrayList<>();
        IConfigurationElement csv = format("org.example.csv", "org.example.CsvFormat", CsvFormat::new);
        IExtensionRegistry registry = (IExtensionRegistry) Proxy.newProxyInstance(
                IExtensionRegistry.class.getClassLoader(), new Class<?>[] {IExtensionRegistry.class},
                (p, m, a) -> {
                    if (m.getName().equals("getConfigurationElementsFor") && a.length == 1) {
                        asked.add((String) a[0]);
                        return new IConfigurationElement[] {csv};
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        FormatRegistry r = new FormatExtensionReader(registry, warnings::add).read();
        assertEquals(List.of("org.vagus.io.formats"), asked);
        assertEquals(List.of("wfdb", "edf", "bdf", "opensignals-txt", "opensignals-h5", "csv"), r.formats().stream().map(RecordFormat::name).toList());
        assertEquals("csv", r.byExtension("csv").get(0).name());
        assertEquals(List.of(), warnings);
    }

    @Test
    void noContributionsLeaveTheBaseAsItIs() {
        FormatRegistry empty = FormatRegistry.empty();
        assertSame(empty, FormatExtensionReader.addAll(empty, new IConfigurationElement[0], warnings::add));
    }
}
