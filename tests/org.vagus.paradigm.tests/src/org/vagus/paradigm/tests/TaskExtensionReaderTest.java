package org.vagus.paradigm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Status;
import org.junit.jupiter.api.Test;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.ParadigmTemplate;
import org.vagus.paradigm.PhaseType;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.io.ParadigmJson;
import org.vagus.paradigm.registry.TaskExtensionReader;

class TaskExtensionReaderTest {

    /** A template using the contributed phase type. */
    public static final class TapTemplate implements ParadigmTemplate {
        @Override
        public String id() {
            return "tapping";
        }

        @Override
        public String name() {
            return "Tapping";
        }

        @Override
        public Paradigm create() {
            Task t = new Task("tap", "Tap", null, List.of(),
                    List.of(Trial.of(null, List.of(new TapPhase(5, Timing.millis(4000))))), List.of());
            return new Paradigm("tapping", "Tapping", "", "tap", null,
                    List.of(new FlowStep.RunTask("tap"), new FlowStep.End("Done", Timing.millis(1000))), List.of(t));
        }
    }

    /** Takes the id of the built-in fixation. */
    public static final class DuplicateType extends AbstractType {
        @Override
        public String id() {
            return "fixation";
        }
    }

    /** A malformed id. */
    public static final class BadIdType extends AbstractType {
        @Override
        public String id() {
            return "Bad Id";
        }
    }

    /** A template whose id throws. */
    public static final class ThrowingTemplate implements ParadigmTemplate {
        @Override
        public String id() {
            throw new IllegalStateException("not configured");
        }

        @Override
        public String name() {
            return "?";
        }

        @Override
        public Paradigm create() {
            throw new UnsupportedOperationException();
        }
    }

    abstract static class AbstractType implements PhaseType<TapPhase> {
        @Override
        public String name() {
            return getClass().getSimpleName();
        }

        @Override
        public Class<TapPhase> phaseClass() {
            return TapPhase.class;
        }

        @Override
        public TapPhase read(org.vagus.paradigm.io.JsonFields f) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void write(TapPhase p, org.vagus.paradigm.io.FieldWriter out) {
        }
    }

    private static IConfigurationElement element(String bundle, String name, Map<String, String> attributes) {
        IContributor contributor = (IContributor) Proxy.newProxyInstance(IContributor.class.getClassLoader(),
                new Class<?>[] { IContributor.class }, (p, m, args) -> m.getName().equals("getName") ? bundle : null);
        return (IConfigurationElement) Proxy.newProxyInstance(IConfigurationElement.class.getClassLoader(),
                new Class<?>[] { IConfigurationElement.class }, (p, m, args) -> switch (m.getName()) {
                    case "getName" -> name;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "getContributor" -> contributor;
                    case "createExecutableExtension" -> create(attributes.get((String) args[0]));
                    case "toString" -> "element " + attributes;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private static Object create(String className) throws CoreException {
        if (className.equals("throws.in.Constructor")) {
            throw new CoreException(Status.error("Plug-in org.example.bad was unable to load class"
                    + " throws.in.Constructor.", new IllegalStateException("boom")));
        }
        if (className.equals("linkage.Error")) {
            throw new NoClassDefFoundError("org/eclipse/swt/widgets/Canvas");
        }
        try {
            return Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new CoreException(Status.error("cannot create " + className, e));
        }
    }

    @Test
    void eachBadContributionIsReportedWithItsBundleAndSkipped() throws Exception {
        String pkg = TaskExtensionReaderTest.class.getName() + "$";
        String tap = TapPhase.class.getName() + "$";
        TapPhase.Presentation.created = 0;
        IConfigurationElement[] elements = {
                element("org.example.tap", "phaseType", Map.of("class", tap + "Type", "presentation",
                        tap + "Presentation")),
                element("org.example.tap", "template", Map.of("class", pkg + "TapTemplate")),
                element("org.example.bad", "phaseType", Map.of("class", "throws.in.Constructor")),
                element("org.example.linkage", "template", Map.of("class", "linkage.Error")),
                element("org.example.notatype", "phaseType", Map.of("class", "java.lang.Object")),
                element("org.example.dup", "phaseType", Map.of("class", pkg + "DuplicateType")),
                element("org.example.badid", "phaseType", Map.of("class", pkg + "BadIdType")),
                element("org.example.throwingid", "template", Map.of("class", pkg + "ThrowingTemplate")),
                element("org.example.wrongelement", "task", Map.of("class", pkg + "TapTemplate")) };
        List<String> warnings = new ArrayList<>();
        TaskRegistry r = TaskExtensionReader.addAll(TaskRegistry.builtIn(), elements, warnings::add);
        assertEquals(List.of("fixation", "stimulus", "countdown", "response", "feedback", "message", "tap"),
                r.phaseTypes().stream().map(PhaseType::id).toList());
        assertEquals(List.of("stress-task", "tapping"), r.templates().stream().map(ParadigmTemplate::id).toList());
        assertEquals(7, warnings.size(), String.join("\n", warnings));
        String[] bundles = { "org.example.bad", "org.example.linkage", "org.example.notatype", "org.example.dup",
                "org.example.badid", "org.example.throwingid", "org.example.wrongelement" };
        for (int i = 0; i < bundles.length; i++) {
            assertTrue(warnings.get(i).contains("bundle " + bundles[i]), warnings.get(i));
        }
        assertTrue(warnings.get(1).contains("NoClassDefFoundError"), warnings.get(1));
        assertTrue(warnings.get(3).contains("already registered"), warnings.get(3));
        assertTrue(warnings.get(5).contains("not configured"), warnings.get(5));

        // the presentation part is created on first use only, once
        assertEquals(0, TapPhase.Presentation.created);
        assertEquals("tap", r.presentation("tap").orElseThrow().phaseType());
        r.presentation("tap");
        assertEquals(1, TapPhase.Presentation.created);
        assertTrue(r.presentation("fixation").isEmpty());

        // a paradigm of the contributed template round-trips through the file format with the contributed type
        Paradigm p = r.template("tapping").orElseThrow().create();
        ParadigmJson json = new ParadigmJson(r);
        String text = json.toJson(p);
        assertTrue(text.contains("\"type\": \"tap\"") && text.contains("\"taps\": 5"), text);
        assertEquals(p, json.parse(text, null));
    }

    @Test
    void aPresentationThatCannotBeCreatedFailsWhenAskedNamingTheBundle() {
        IConfigurationElement e = element("org.example.swt", "phaseType", Map.of("class",
                TapPhase.class.getName() + "$Type", "presentation", "linkage.Error"));
        TaskRegistry r = TaskExtensionReader.addAll(TaskRegistry.builtIn(), new IConfigurationElement[] { e }, w -> {
            throw new AssertionError(w);
        });
        IllegalStateException x = assertThrows(IllegalStateException.class, () -> r.presentation("tap"));
        assertTrue(x.getMessage().contains("org.example.swt") && x.getMessage().contains("NoClassDefFoundError"),
                x.getMessage());
    }

    @Test
    void readerAsksTheInjectedRegistryForTheTasksPoint() {
        List<String> asked = new ArrayList<>();
        IExtensionRegistry registry = (IExtensionRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { IExtensionRegistry.class }, (p, m, args) -> {
                    if (m.getName().equals("getConfigurationElementsFor") && args.length == 1) {
                        asked.add((String) args[0]);
                        return new IConfigurationElement[] { element("org.example.tap", "template",
                                Map.of("class", TaskExtensionReaderTest.class.getName() + "$TapTemplate")) };
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        TaskRegistry r = new TaskExtensionReader(registry, w -> {
            throw new AssertionError(w);
        }).read();
        assertEquals(List.of("org.vagus.paradigm.tasks"), asked);
        assertTrue(r.template("tapping").isPresent());
        assertTrue(r.template("stress-task").isPresent(), "built-ins first");
    }

    @Test
    void registryRefusesMalformedAndDuplicateIds() {
        TaskRegistry r = TaskRegistry.builtIn();
        assertThrows(IllegalArgumentException.class, () -> r.plus(new DuplicateType()));
        assertThrows(IllegalArgumentException.class, () -> r.plus(new BadIdType()));
        assertThrows(IllegalArgumentException.class, () -> r.plus(new TapTemplate()).plus(new TapTemplate()));
        assertThrows(IllegalArgumentException.class, () -> r.withPresentation("nope", TapPhase.Presentation::new));
    }
}
