package org.vagus.cli.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.vagus.io.FormatRegistry;
import org.vagus.io.registry.FormatExtensionReader;

/**
 * The recording formats the commands read: the built-in ones plus those contributed through the extension point
 * {@code org.vagus.io.formats}. This is the edge where the extension registry is read; without a running
 * platform (plain unit tests) only the built-in formats are there.
 */
final class Formats {
    private Formats() {
    }

    /**
     * @param warnings where a contribution that cannot be loaded is reported (with its bundle id) and skipped
     */
    static FormatRegistry registry(PrintStream warnings) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return FormatRegistry.builtIn();
        }
        return new FormatExtensionReader(registry, w -> warnings.println("vagus: " + w)).read();
    }
}
