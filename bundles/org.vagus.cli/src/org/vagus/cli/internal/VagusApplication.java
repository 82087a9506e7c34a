package org.vagus.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.vagus.cli.CommandContext;

/**
 * The headless application {@code org.vagus.cli.vagus}: reads the extension registry at the edge and
 * hands it to {@link CommandLine}. The launcher passes the user's directory and the installation folder as
 * system properties {@code vagus.cwd} and {@code vagus.home}.
 */
public final class VagusApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = raw == null ? List.of() : Arrays.asList(raw);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        CommandRegistry commands = CommandRegistry.read(registry, w -> err.println("vagus: warning: " + w));
        String home = System.getProperty("vagus.home");
        CommandContext ctx = new CommandContext(out, err,
                Path.of(System.getProperty("vagus.cwd", System.getProperty("user.dir"))).toAbsolutePath(),
                home == null ? null : Path.of(home), System.getenv());
        int status = new CommandLine(commands).run(ctx, args);
        out.flush();
        err.flush();
        return Integer.valueOf(status);
    }

    @Override
    public void stop() {
        // commands are short-lived and run on the main thread; nothing to interrupt
    }
}
