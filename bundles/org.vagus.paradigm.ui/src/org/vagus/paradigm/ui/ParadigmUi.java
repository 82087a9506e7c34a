package org.vagus.paradigm.ui;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.ui.services.IServiceLocator;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.registry.TaskExtensionReader;

/**
 * The workbench edge of the paradigm editor: the phase types and templates of every bundle, read from the extension
 * registry the workbench holds (its service locator's, else the platform's), or the built-in ones without a registry.
 *
 * @since 0.1.0
 */
public final class ParadigmUi {
    /** This bundle's id. */
    public static final String PLUGIN_ID = "org.vagus.paradigm.ui";

    private ParadigmUi() {
    }

    /** The task registry of the running workbench. */
    public static TaskRegistry taskRegistry(IServiceLocator locator) {
        IExtensionRegistry registry = locator == null ? null : locator.getService(IExtensionRegistry.class);
        if (registry == null) {
            registry = RegistryFactory.getRegistry();
        }
        if (registry == null) {
            return TaskRegistry.builtIn();
        }
        Consumer<String> warnings = message -> ILog.of(ParadigmUi.class).warn(message);
        return new TaskExtensionReader(registry, warnings).read();
    }
}
