package org.vagus.io.registry;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.vagus.core.registry.ExtensionReader;
import org.vagus.io.FormatRegistry;
import org.vagus.io.RecordFormat;

/**
 * Reads the contributions to the extension point {@code org.vagus.io.formats} into a {@link FormatRegistry}. This
 * is the OSGi edge of the format registry: the extension registry is handed in (the platform's in the product,
 * any implementation in tests), and the result is a plain-Java registry passed on to the code that reads files.
 * <p>
 * Each {@code <format class="..."/>} element is guarded: a class that cannot be loaded or created, that is not a
 * {@link RecordFormat}, whose methods throw or return malformed values, or whose name another bundle already
 * registered, is reported with the contributing bundle's id and skipped; the other contributions and the
 * built-in formats are unaffected. Contributions of the built-in formats themselves (this bundle's
 * {@code plugin.xml} declares them too, for tools that list contributions) are recognised by their class and
 * not added twice.
 *
 * @since 0.1.0
 */
public final class FormatExtensionReader extends ExtensionReader {
    /** The extension point id. */
    public static final String EXTENSION_POINT = "org.vagus.io.formats";
    /** The element that declares a format. */
    public static final String ELEMENT = "format";
    /** The attribute naming the {@link RecordFormat} class. */
    public static final String CLASS = "class";

    /** A reader that logs skipped contributions as warnings through {@link System.Logger}. */
    public FormatExtensionReader(IExtensionRegistry registry) {
        this(registry, logTo(FormatExtensionReader.class));
    }

    /**
     * @param registry the extension registry to read
     * @param warnings receives one line per skipped contribution, naming its bundle and the reason
     */
    public FormatExtensionReader(IExtensionRegistry registry, Consumer<String> warnings) {
        super(registry, EXTENSION_POINT, warnings);
    }

    /** The built-in formats followed by the contributed ones, in contribution order. */
    public FormatRegistry read() {
        return read(FormatRegistry.builtIn());
    }

    /** {@code base} followed by the contributed formats. */
    public FormatRegistry read(FormatRegistry base) {
        return addAll(base, elements(), warnings());
    }

    /**
     * Adds the formats the elements declare to {@code base}, guarding each one; the seam that tests use with
     * their own elements.
     */
    public static FormatRegistry addAll(FormatRegistry base, IConfigurationElement[] elements,
            Consumer<String> warnings) {
        FormatRegistry result = Objects.requireNonNull(base, "base");
        for (IConfigurationElement e : elements) {
            result = add(result, e, warnings);
        }
        return result;
    }

    /** {@code base} with the element's format, or {@code base} itself after a warning if the element is bad. */
    static FormatRegistry add(FormatRegistry base, IConfigurationElement element, Consumer<String> warnings) {
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
            if (!(created instanceof RecordFormat format)) {
                warnings.accept("skipped format " + className + " from bundle " + bundle + ": "
                        + (created == null ? "null" : created.getClass().getName()) + " does not implement "
                        + RecordFormat.class.getName());
                return base;
            }
            String name = format.name();
            Optional<RecordFormat> existing = base.byName(name);
            if (existing.isPresent()) {
                if (existing.get().getClass() != format.getClass()) {
                    warnings.accept("skipped format '" + name + "' (" + className + ") from bundle " + bundle
                            + ": a format of that name is already registered (" + existing.get().getClass().getName()
                            + ")");
                }
                return base;
            }
            return base.plus(format);
        } catch (Exception | LinkageError ex) {
            // CoreException (class not found, constructor failed), a RuntimeException from the contribution's own
            // methods or from validation, NoClassDefFoundError or ExceptionInInitializerError from its class
            warnings.accept("skipped format " + className + " from bundle " + bundle + ": " + describe(ex));
            return base;
        }
    }
}
