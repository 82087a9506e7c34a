package org.vagus.cli.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.vagus.core.registry.ExtensionReader;
import org.vagus.cli.VagusCommand;

/**
 * The commands contributed to {@code org.vagus.cli.commands}. The registry is handed in, so tests can use
 * their own; each contribution is guarded: a bad one is reported with its bundle id and skipped.
 */
public final class CommandRegistry {
    public static final String EXTENSION_POINT = "org.vagus.cli.commands";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final Map<String, CommandDescriptor> commands;

    private CommandRegistry(Map<String, CommandDescriptor> commands) {
        this.commands = commands;
    }

    /**
     * Reads the contributions.
     *
     * @param registry the extension registry (Platform's in the product, any in tests)
     * @param warnings receives one line for each contribution that was skipped, naming its bundle
     */
    public static CommandRegistry read(IExtensionRegistry registry, Consumer<String> warnings) {
        List<CommandDescriptor> found = new ArrayList<>();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String bundle = ExtensionReader.contributor(e);
            String name = e.getAttribute("name");
            if (name == null || !NAME.matcher(name).matches()) {
                warnings.accept("skipped a command from bundle " + bundle + ": name '" + name
                        + "' is not lower-case letters, digits and '-'");
                continue;
            }
            int order;
            try {
                String o = e.getAttribute("order");
                order = o == null ? 100 : Integer.parseInt(o.trim());
            } catch (NumberFormatException ex) {
                warnings.accept("command '" + name + "' from bundle " + bundle + ": order '" + e.getAttribute("order")
                        + "' is not an integer; using 100");
                order = 100;
            }
            found.add(new CommandDescriptor(name, order, bundle, () -> create(e)));
        }
        found.sort(Comparator.comparingInt(CommandDescriptor::order).thenComparing(CommandDescriptor::name));
        Map<String, CommandDescriptor> byName = new LinkedHashMap<>();
        for (CommandDescriptor d : found) {
            CommandDescriptor first = byName.putIfAbsent(d.name(), d);
            if (first != null) {
                warnings.accept("skipped command '" + d.name() + "' from bundle " + d.contributor()
                        + ": bundle " + first.contributor() + " already contributes it");
            }
        }
        return new CommandRegistry(byName);
    }

    /** A registry made of the given descriptors, for tests and for embedding. */
    public static CommandRegistry of(List<CommandDescriptor> descriptors) {
        Map<String, CommandDescriptor> byName = new LinkedHashMap<>();
        descriptors.forEach(d -> byName.putIfAbsent(d.name(), d));
        return new CommandRegistry(byName);
    }

    private static VagusCommand create(IConfigurationElement e) {
        try {
            Object o = e.createExecutableExtension("class");
            if (o instanceof VagusCommand c) {
                return c;
            }
            throw new IllegalStateException(o.getClass().getName() + " does not implement " + VagusCommand.class.getName());
        } catch (CoreException ex) {
            throw new IllegalStateException(ex.getMessage(), ex);
        }
    }

    public List<CommandDescriptor> all() {
        return List.copyOf(commands.values());
    }

    public Optional<CommandDescriptor> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }
}
