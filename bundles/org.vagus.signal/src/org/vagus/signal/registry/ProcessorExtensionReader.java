package org.vagus.signal.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.vagus.core.registry.ExtensionReader;
import org.vagus.signal.ArtefactCorrector;
import org.vagus.signal.PeakDetector;
import org.vagus.signal.Processors;

/**
 * Reads the contributions to the extension point {@code org.vagus.signal.processors} into {@link Processors}: the
 * OSGi edge of the processing steps. The extension registry is handed in (the platform's in the product, a fake in
 * tests). Each contribution is guarded: a class that cannot be created, that does not implement the contract the
 * element names, whose id differs from the declared one or is taken, or that rejects its {@code <parameter>}
 * children, is reported with the contributing bundle's id and skipped; the others are unaffected. The built-in
 * steps, which this bundle's {@code plugin.xml} also declares, are recognised by id and class and not added twice.
 *
 * @since 0.1.0
 */
public final class ProcessorExtensionReader extends ExtensionReader {
    /** The extension point id. */
    public static final String EXTENSION_POINT = "org.vagus.signal.processors";

    /** A reader that logs skipped contributions through {@link System.Logger}. */
    public ProcessorExtensionReader(IExtensionRegistry registry) {
        this(registry, logTo(ProcessorExtensionReader.class));
    }

    /**
     * @param registry the extension registry to read
     * @param warnings receives one line per skipped contribution, naming its bundle and the reason
     */
    public ProcessorExtensionReader(IExtensionRegistry registry, Consumer<String> warnings) {
        super(registry, EXTENSION_POINT, warnings);
    }

    /** The built-in steps followed by the contributed ones. */
    public Processors read() {
        return addAll(Processors.builtIn(), elements(), warnings());
    }

    /** Adds the steps the elements declare to {@code base}, guarding each; the seam tests use. */
    public static Processors addAll(Processors base, IConfigurationElement[] elements, Consumer<String> warnings) {
        Processors result = Objects.requireNonNull(base, "base");
        for (IConfigurationElement e : elements) {
            result = add(result, e, warnings);
        }
        return result;
    }

    static Processors add(Processors base, IConfigurationElement element, Consumer<String> warnings) {
        String bundle = contributor(element);
        String id = "?";
        try {
            id = String.valueOf(element.getAttribute("id"));
            String kind = element.getName();
            if (!"peakDetector".equals(kind) && !"artefactCorrector".equals(kind)) {
                warnings.accept("skipped element <" + kind + "> from bundle " + bundle + " in " + EXTENSION_POINT
                        + ": expected <peakDetector> or <artefactCorrector>");
                return base;
            }
            Object created = element.createExecutableExtension("class");
            if ("peakDetector".equals(kind)) {
                if (!(created instanceof PeakDetector detector)) {
                    return skip(base, warnings, bundle, id, className(created) + " does not implement "
                            + PeakDetector.class.getName());
                }
                if (base.detector(id).isPresent()) {
                    return sameClass(base.detector(id).get(), created) ? base
                            : skip(base, warnings, bundle, id, "a detector of that id is already registered");
                }
                return base.withDetector(id, detector);
            }
            if (!(created instanceof ArtefactCorrector corrector)) {
                return skip(base, warnings, bundle, id, className(created) + " does not implement "
                        + ArtefactCorrector.class.getName());
            }
            if (!id.equals(corrector.id())) {
                return skip(base, warnings, bundle, id, "the class reports the id '" + corrector.id() + "'");
            }
            if (base.corrector(id).isPresent()) {
                return sameClass(base.corrector(id).get(), created) ? base
                        : skip(base, warnings, bundle, id, "a corrector of that id is already registered");
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            for (IConfigurationElement p : element.getChildren("parameter")) {
                parameters.put(p.getAttribute("name"), p.getAttribute("value"));
            }
            return base.withCorrector(parameters.isEmpty() ? corrector : corrector.withParameters(parameters));
        } catch (Exception | LinkageError ex) {
            // CoreException (class not found, constructor failed), a rejected parameter, a contribution's own
            // RuntimeException, NoClassDefFoundError or ExceptionInInitializerError
            String message = ex.getMessage();
            return skip(base, warnings, bundle, id, ex.getClass().getSimpleName() + (message == null ? "" : ": " + message));
        }
    }

    private static boolean sameClass(Object existing, Object created) {
        return existing.getClass() == created.getClass();
    }

    private static String className(Object o) {
        return o == null ? "null" : o.getClass().getName();
    }

    private static Processors skip(Processors base, Consumer<String> warnings, String bundle, String id,
            String reason) {
        warnings.accept("skipped processing step '" + id + "' from bundle " + bundle + ": " + reason);
        return base;
    }
}
