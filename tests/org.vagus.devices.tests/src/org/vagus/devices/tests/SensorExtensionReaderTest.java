package org.vagus.devices.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.Status;
import org.junit.jupiter.api.Test;
import org.vagus.core.time.Clock;
import org.vagus.devices.DeviceInfo;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorProvider;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.registry.SensorExtensionReader;

class SensorExtensionReaderTest {

    /** A well-behaved provider. */
    public static final class GoodProvider implements SensorProvider {
        @Override
        public String id() {
            return "good";
        }

        @Override
        public String name() {
            return "Good sensor";
        }

        @Override
        public List<DeviceInfo> discover() {
            return List.of(new DeviceInfo("good", "/dev/good0", "Good on /dev/good0"));
        }

        @Override
        public Sensor open(String address, Clock clock) throws IOException {
            throw new IOException(address + ": no device in tests");
        }
    }

    /** Same id as {@link GoodProvider}. */
    public static final class DuplicateProvider extends Base {
        @Override
        public String id() {
            return "good";
        }
    }

    /** An id with capitals and a space. */
    public static final class BadIdProvider extends Base {
        @Override
        public String id() {
            return "Bad Id";
        }
    }

    /** id() throws. */
    public static final class ThrowingIdProvider extends Base {
        @Override
        public String id() {
            throw new IllegalStateException("not configured");
        }
    }

    /** discover() throws at run time. */
    public static final class BrokenDiscoveryProvider extends Base {
        @Override
        public String id() {
            return "broken-discovery";
        }

        @Override
        public List<DeviceInfo> discover() throws IOException {
            throw new IOException("serial library missing");
        }
    }

    abstract static class Base implements SensorProvider {
        @Override
        public String name() {
            return getClass().getSimpleName();
        }

        @Override
        public List<DeviceInfo> discover() throws IOException {
            return List.of();
        }

        @Override
        public Sensor open(String address, Clock clock) throws IOException {
            throw new IOException("none");
        }
    }

    /** A configuration element backed by a class name, as the registry would hand one over. */
    private static IConfigurationElement element(String bundle, String name, String className) {
        IContributor contributor = (IContributor) Proxy.newProxyInstance(IContributor.class.getClassLoader(),
                new Class<?>[] { IContributor.class }, (p, m, args) -> m.getName().equals("getName") ? bundle : null);
        return (IConfigurationElement) Proxy.newProxyInstance(IConfigurationElement.class.getClassLoader(),
                new Class<?>[] { IConfigurationElement.class }, (p, m, args) -> switch (m.getName()) {
                    case "getName" -> name;
                    case "getAttribute" -> "class".equals(args[0]) ? className : null;
                    case "getContributor" -> contributor;
                    case "createExecutableExtension" -> create(className);
                    case "toString" -> "element " + className;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private static Object create(String className) throws CoreException {
        if (className.equals("throws.in.Constructor")) {
            throw new CoreException(Status.error("Plug-in org.example.bad was unable to load class"
                    + " throws.in.Constructor.", new IllegalStateException("boom")));
        }
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
    void eachBadContributionIsReportedWithItsBundleAndSkipped() {
        String pkg = SensorExtensionReaderTest.class.getName() + "$";
        IConfigurationElement[] elements = {
                element("org.example.good", "sensor", pkg + "GoodProvider"),
                element("org.example.bad", "sensor", "throws.in.Constructor"),
                element("org.example.linkage", "sensor", "linkage.Error"),
                element("org.example.notprovider", "sensor", "java.lang.Object"),
                element("org.example.dup", "sensor", pkg + "DuplicateProvider"),
                element("org.example.badid", "sensor", pkg + "BadIdProvider"),
                element("org.example.throwingid", "sensor", pkg + "ThrowingIdProvider"),
                element("org.example.wrongelement", "provider", pkg + "GoodProvider"),
                element("org.example.broken", "sensor", pkg + "BrokenDiscoveryProvider") };
        List<String> warnings = new ArrayList<>();
        SensorRegistry r = SensorExtensionReader.addAll(SensorRegistry.empty(), elements, warnings::add);
        assertEquals(List.of("good", "broken-discovery"), r.providers().stream().map(SensorProvider::id).toList());
        assertEquals(7, warnings.size(), String.join("\n", warnings));
        String[] bundles = { "org.example.bad", "org.example.linkage", "org.example.notprovider", "org.example.dup",
                "org.example.badid", "org.example.throwingid", "org.example.wrongelement" };
        for (int i = 0; i < bundles.length; i++) {
            assertTrue(warnings.get(i).contains("bundle " + bundles[i]), warnings.get(i));
        }
        assertTrue(warnings.get(1).contains("NoClassDefFoundError"), warnings.get(1));
        assertTrue(warnings.get(3).contains("already registered"), warnings.get(3));
        assertTrue(warnings.get(5).contains("not configured"), warnings.get(5));

        List<String> discoveryWarnings = new ArrayList<>();
        List<DeviceInfo> devices = r.discoverAll(discoveryWarnings::add);
        assertEquals(List.of("/dev/good0"), devices.stream().map(DeviceInfo::address).toList());
        assertEquals(1, discoveryWarnings.size());
        assertTrue(discoveryWarnings.get(0).contains("broken-discovery")
                && discoveryWarnings.get(0).contains("serial library missing"), discoveryWarnings.get(0));
    }

    @Test
    void readerAsksTheInjectedRegistryForTheSensorsPoint() {
        List<String> asked = new ArrayList<>();
        org.eclipse.core.runtime.IExtensionRegistry registry = (org.eclipse.core.runtime.IExtensionRegistry) Proxy
                .newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] { org.eclipse.core.runtime.IExtensionRegistry.class }, (p, m, args) -> {
                            if (m.getName().equals("getConfigurationElementsFor") && args.length == 1) {
                                asked.add((String) args[0]);
                                return new IConfigurationElement[] { element("org.example.good", "sensor",
                                        SensorExtensionReaderTest.class.getName() + "$GoodProvider") };
                            }
                            throw new UnsupportedOperationException(m.getName());
                        });
        SensorRegistry r = new SensorExtensionReader(registry, w -> {
            throw new AssertionError(w);
        }).read();
        assertEquals(List.of("org.vagus.devices.sensors"), asked);
        assertEquals("good", r.byId("good").orElseThrow().id());
    }

    @Test
    void registryRefusesMalformedAndDuplicateIds() {
        SensorRegistry r = SensorRegistry.of(new GoodProvider());
        assertThrows(IllegalArgumentException.class, () -> r.plus(new DuplicateProvider()));
        assertThrows(IllegalArgumentException.class, () -> r.plus(new BadIdProvider()));
    }
}
