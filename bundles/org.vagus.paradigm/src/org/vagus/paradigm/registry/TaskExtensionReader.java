package org.vagus.paradigm.registry;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.vagus.core.registry.ExtensionReader;
import org.vagus.paradigm.ParadigmTemplate;
import org.vagus.paradigm.PhasePresentation;
import org.vagus.paradigm.PhaseType;
import org.vagus.paradigm.TaskRegistry;

/**
 * Reads the contributions to the extension point {@code org.vagus.paradigm.tasks} into a {@link TaskRegistry}
 * (the built-in phase types and templates first). This is the OSGi edge of the paradigm model: the extension
 * registry is handed in (the platform's in the product, any implementation in tests) and a plain-Java registry
 * comes out.
 * <p>
 * Each element is guarded: a {@code <phaseType>} or {@code <template>} whose class cannot be loaded or created
 * (including a throwing constructor or a linkage error), that does not implement the contract, whose id throws,
 * is malformed or already taken, is reported with the contributing bundle's id and skipped; the others are
 * unaffected. A {@code presentation} class is created only when a presenter first asks for it (so a headless run
 * never loads toolkit classes); if that fails, the presenter gets an exception naming the bundle and falls back to
 * the phase's text.
 *
 * @since 0.1.0
 */
public final class TaskExtensionReader extends ExtensionReader {
    /** The extension point id. */
    public static final String EXTENSION_POINT = "org.vagus.paradigm.tasks";
    /** The element that declares a phase type. */
    public static final String PHASE_TYPE = "phaseType";
    /** The element that declares a template. */
    public static final String TEMPLATE = "template";
    /** The attribute naming the model class. */
    public static final String CLASS = "class";
    /** The optional attribute naming a phase type's presentation class. */
    public static final String PRESENTATION = "presentation";

    /** A reader that logs skipped contributions as warnings through {@link System.Logger}. */
    public TaskExtensionReader(IExtensionRegistry registry) {
        this(registry, logTo(TaskExtensionReader.class));
    }

    /**
     * @param registry the extension registry to read
     * @param warnings receives one line per skipped contribution, naming its bundle and the reason
     */
    public TaskExtensionReader(IExtensionRegistry registry, Consumer<String> warnings) {
        super(registry, EXTENSION_POINT, warnings);
    }

    /** @return the built-in types and templates plus the contributed ones, in contribution order */
    public TaskRegistry read() {
        return addAll(TaskRegistry.builtIn(), elements(), warnings());
    }

    /**
     * Adds what the elements declare to {@code base}, guarding each one; the seam tests use with their own elements.
     *
     * @param base the registry to add to
     * @param elements configuration elements of the extension point
     * @param warnings receives one line per skipped element
     * @return {@code base} with the good contributions
     */
    public static TaskRegistry addAll(TaskRegistry base, IConfigurationElement[] elements, Consumer<String> warnings) {
        TaskRegistry result = Objects.requireNonNull(base, "base");
        for (IConfigurationElement e : elements) {
            result = add(result, e, warnings);
        }
        return result;
    }

    static TaskRegistry add(TaskRegistry base, IConfigurationElement element, Consumer<String> warnings) {
        String bundle = contributor(element);
        String className = "?";
        String what = "contribution";
        try {
            className = String.valueOf(element.getAttribute(CLASS));
            String name = element.getName();
            if (PHASE_TYPE.equals(name)) {
                what = "phase type";
                Object created = element.createExecutableExtension(CLASS);
                if (!(created instanceof PhaseType<?> type)) {
                    warnings.accept(notImplementing("phase type", className, bundle, created, PhaseType.class));
                    return base;
                }
                TaskRegistry next = base.plus(type);
                String presentation = element.getAttribute(PRESENTATION);
                if (presentation != null && !presentation.isBlank()) {
                    next = next.withPresentation(type.id(), presentation(element, type.id(), presentation, bundle));
                }
                return next;
            }
            if (TEMPLATE.equals(name)) {
                what = "template";
                Object created = element.createExecutableExtension(CLASS);
                if (!(created instanceof ParadigmTemplate template)) {
                    warnings.accept(notImplementing("template", className, bundle, created, ParadigmTemplate.class));
                    return base;
                }
                return base.plus(template);
            }
            warnings.accept("skipped element <" + name + "> from bundle " + bundle + " in " + EXTENSION_POINT
                    + ": expected <" + PHASE_TYPE + "> or <" + TEMPLATE + ">");
            return base;
        } catch (Exception | LinkageError ex) {
            // CoreException (class not found, constructor threw), RuntimeException from id() or from the registry's
            // checks (malformed or duplicate id), NoClassDefFoundError, ExceptionInInitializerError
            warnings.accept("skipped " + what + " " + className + " from bundle " + bundle + ": " + describe(ex));
            return base;
        }
    }

    private static Supplier<PhasePresentation> presentation(IConfigurationElement element, String typeId,
            String className, String bundle) {
        return () -> {
            Object created;
            try {
                created = element.createExecutableExtension(PRESENTATION);
            } catch (Exception | LinkageError ex) {
                throw new IllegalStateException("presentation " + className + " of phase type '" + typeId
                        + "' from bundle " + bundle + " cannot be created: " + describe(ex), ex);
            }
            if (!(created instanceof PhasePresentation p)) {
                throw new IllegalStateException(notImplementing("presentation", className, bundle, created,
                        PhasePresentation.class));
            }
            if (!typeId.equals(p.phaseType())) {
                throw new IllegalStateException("presentation " + className + " from bundle " + bundle + " draws '"
                        + p.phaseType() + "', not '" + typeId + "'");
            }
            return p;
        };
    }

    private static String notImplementing(String what, String className, String bundle, Object created,
            Class<?> contract) {
        return "skipped " + what + " " + className + " from bundle " + bundle + ": "
                + (created == null ? "null" : created.getClass().getName()) + " does not implement " + contract.getName();
    }
}
