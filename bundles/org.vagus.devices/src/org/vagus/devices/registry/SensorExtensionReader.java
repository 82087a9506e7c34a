package org.vagus.devices.registry;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.vagus.core.registry.ExtensionReader;
import org.vagus.devices.SensorProvider;
import org.vagus.devices.SensorRegistry;

/**
 * Reads the contributions to the extension point {@code org.vagus.devices.sensors} into a {@link SensorRegistry}.
 * This is the OSGi edge of the sensor API: the extension registry is handed in (the platform's in the product,
 * any implementation in tests) and the result is a plain-Java registry passed on to the acquisition code.
 * <p>
 * Each {@code <sensor class="..."/>} element is guarded: a class that cannot be loaded or created (including a
 * constructor that throws or a linkage error), that is not a {@link SensorProvider}, whose {@code id()} throws or
 * is malformed, or whose id an earlier contribution took, is reported with the contributing bundle's id and
 * skipped; the other contributions are unaffected.
 *
 * @since 0.1.0
 */
public final class SensorExtensionReader extends ExtensionReader {
    /** The extension point id. */
    public static final String EXTENSION_POINT = "org.vagus.devices.sensors";
    /** The element that declares a provider. */
    public static final String ELEMENT = "sensor";
    /** The attribute naming the {@link SensorProvider} class. */
    public static final String CLASS = "class";

    /**
     * A reader that logs skipped contributions as warnings through {@link System.Logger}.
     *
     * @param registry the extension registry to read
     */
    public SensorExtensionReader(IExtensionRegistry registry) {
        this(registry, logTo(SensorExtensionReader.class));
    }

    /**
     * @param registry the extension registry to read
     * @param warnings receives one line per skipped contribution, naming its bundle and the reason
     */
    public SensorExtensionReader(IExtensionRegistry registry, Consumer<String> warnings) {
        super(registry, EXTENSION_POINT, warnings);
    }

    /** @return the contributed providers, in contribution order */
    public SensorRegistry read() {
        return addAll(SensorRegistry.empty(), elements(), warnings());
    }

    /**
     * Adds the providers the elements declare to {@code base}, guarding each one; the seam tests use with their
     * own elements.
     *
     * @param base the registry to add to
     * @param elements configuration elements of the extension point
     * @param warnings receives one line per skipped element
     * @return {@code base} with the good contributions
     */
    public static SensorRegistry addAll(SensorRegistry base, IConfigurationElement[] elements,
            Consumer<String> warnings) {
        SensorRegistry result = Objects.requireNonNull(base, "base");
        for (IConfigurationElement e : elements) {
            result = add(result, e, warnings);
        }
        return result;
    }

    static SensorRegistry add(SensorRegistry base, IConfigurationElement element, Consumer<String> warnings) {
        String bundle = contributor(element);
        String className = "?";
        try {
            className = String.valueOf(element.getAttribute(CLASS));
            if (!ELEMENT.equals(element.getName())) {
                warnings.accept("skipped element <" + element.getName() + "> from bundle " + bundle + " in "
                        + EXTENSION_POINT + ": expected <" + ELEMENT + ">");
                return base;
            }
            Object created = element.createExecutableExtension(CLASS);
            if (!(created instanceof SensorProvider provider)) {
                warnings.accept("skipped sensor " + className + " from bundle " + bundle + ": "
                        + (created == null ? "null" : created.getClass().getName()) + " does not implement "
                        + SensorProvider.class.getName());
                return base;
            }
            return base.plus(provider);
        } catch (Exception | LinkageError ex) {
            // CoreException (class not found, constructor threw), RuntimeException from id() or from the
            // registry's checks (malformed or duplicate id), NoClassDefFoundError, ExceptionInInitializerError
            warnings.accept("skipped sensor " + className + " from bundle " + bundle + ": " + describe(ex));
            return base;
        }
    }
}
