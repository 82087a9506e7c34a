package org.vagus.cli.internal;

import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;

/** {@code vagus version}: the Vagus build, the Java runtime and the operating system. */
public final class VersionCommand implements VagusCommand {

    @Override
    public String summary() {
        return "print the Vagus version, Java runtime and operating system";
    }

    @Override
    public String usage() {
        return "vagus version";
    }

    @Override
    public int run(CommandContext ctx, List<String> args) throws UsageException {
        if (!args.isEmpty()) {
            throw new UsageException("takes no arguments");
        }
        Bundle b = FrameworkUtil.getBundle(VersionCommand.class);
        String version = b == null ? "(not running in OSGi)" : b.getVersion().toString();
        ctx.out().println("Vagus " + version);
        ctx.out().println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        ctx.out().println(System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        return 0;
    }
}
