package org.vagus.core.registry;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * What every Vagus extension-point reader shares: the extension registry handed in (the platform's in the product,
 * any implementation in tests, never a static look-up), the sink for warnings about skipped contributions, and the
 * two ways a guarded reader names a bad contribution: by its bundle's id, and by the exception it threw. Subclasses
 * read their own elements and decide what a good contribution is; a bad one is reported and skipped, never
 * thrown.
 *
 * @since 0.1.0
 */
public abstract class ExtensionReader {
    private final IExtensionRegistry registry;
    private final String extensionPoint;
    private final Consumer<String> warnings;

    /**
     * @param registry the extension registry to read
     * @param extensionPoint the full id of the extension point read
     * @param warnings receives one line per skipped contribution, naming its bundle and the reason
     */
    protected ExtensionReader(IExtensionRegistry registry, String extensionPoint, Consumer<String> warnings) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.extensionPoint = Objects.requireNonNull(extensionPoint, "extensionPoint");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    /** A warnings sink that logs through {@link System.Logger} under the reader's class name. */
    protected static Consumer<String> logTo(Class<? extends ExtensionReader> reader) {
        System.Logger log = System.getLogger(reader.getName());
        return message -> log.log(Level.WARNING, message);
    }

    /** @return the configuration elements contributed to the extension point, in contribution order */
    protected final IConfigurationElement[] elements() {
        return registry.getConfigurationElementsFor(extensionPoint);
    }

    /** @return where the lines about skipped contributions go */
    protected final Consumer<String> warnings() {
        return warnings;
    }

    /** @return the extension registry read */
    protected final IExtensionRegistry registry() {
        return registry;
    }

    /**
     * The id of the bundle that contributed {@code element}, or {@code (unknown bundle)} when the bundle was
     * uninstalled meanwhile (the registry then throws InvalidRegistryObjectException).
     */
    public static String contributor(IConfigurationElement element) {
        try {
            return element.getContributor().getName();
        } catch (RuntimeException ex) {
            return "(unknown bundle)";
        }
    }

    /**
     * One line for a contribution's failure: the exception's simple class name and message, then its cause's when
     * the message does not already say it (a CoreException wraps the constructor's exception).
     */
    public static String describe(Throwable ex) {
        String message = ex.getMessage();
        Throwable cause = ex.getCause();
        String text = ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        if (cause != null && cause != ex && cause.getMessage() != null && !text.contains(cause.getMessage())) {
            text += " (caused by " + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
        }
        return text;
    }
}
