package org.vagus.cli.internal;

import java.util.List;
import java.util.Optional;

import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;

/**
 * Dispatches {@code vagus [--help|--version|help [NAME]|NAME ARGS...]} to the contributed commands, turning
 * failures into messages and exit statuses (0 success, 1 failure, 2 usage). Plain Java, so it is tested
 * without a running framework.
 */
public final class CommandLine {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final CommandRegistry registry;

    public CommandLine(CommandRegistry registry) {
        this.registry = registry;
    }

    public int run(CommandContext ctx, List<String> args) {
        if (args.isEmpty() || List.of("--help", "-h", "help").contains(args.get(0))) {
            if (args.size() > 1) {
                return helpFor(ctx, args.get(1));
            }
            printOverview(ctx);
            return OK;
        }
        if (args.get(0).equals("--version")) {
            return run(ctx, List.of("version"));
        }
        String name = args.get(0);
        Optional<CommandDescriptor> d = registry.find(name);
        if (d.isEmpty()) {
            ctx.err().println("vagus: unknown command '" + name + "'. Run 'vagus --help' for the list.");
            return USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        VagusCommand command;
        try {
            command = d.get().factory().get();
        } catch (RuntimeException e) {
            ctx.err().println("vagus " + name + ": cannot load the command from bundle " + d.get().contributor() + ": "
                    + rootMessage(e));
            return FAILED;
        }
        if (rest.contains("--help") || rest.contains("-h")) {
            ctx.out().println(command.usage());
            return OK;
        }
        try {
            return command.run(ctx, rest);
        } catch (UsageException e) {
            ctx.err().println("vagus " + name + ": " + e.getMessage());
            ctx.err().println("usage: " + command.usage());
            return USAGE;
        } catch (Exception e) {
            ctx.err().println("vagus " + name + ": error: " + rootMessage(e));
            if (ctx.environment().containsKey("VAGUS_DEBUG")) {
                e.printStackTrace(ctx.err());
            }
            return FAILED;
        }
    }

    private int helpFor(CommandContext ctx, String name) {
        Optional<CommandDescriptor> d = registry.find(name);
        if (d.isEmpty()) {
            ctx.err().println("vagus: unknown command '" + name + "'. Run 'vagus --help' for the list.");
            return USAGE;
        }
        try {
            ctx.out().println(d.get().factory().get().usage());
            return OK;
        } catch (RuntimeException e) {
            ctx.err().println("vagus help: cannot load '" + name + "' from bundle " + d.get().contributor() + ": "
                    + rootMessage(e));
            return FAILED;
        }
    }

    private void printOverview(CommandContext ctx) {
        ctx.out().println("Vagus: research workbench for psychophysiology stress studies.");
        ctx.out().println();
        ctx.out().println("usage: vagus                    start the workbench");
        ctx.out().println("       vagus COMMAND [ARGS...]  run a headless command (no display needed)");
        ctx.out().println("       vagus help COMMAND       show a command's usage");
        ctx.out().println();
        ctx.out().println("commands:");
        int width = registry.all().stream().mapToInt(c -> c.name().length()).max().orElse(4);
        for (CommandDescriptor d : registry.all()) {
            String summary;
            try {
                summary = d.factory().get().summary();
            } catch (RuntimeException e) {
                summary = "(unavailable: " + rootMessage(e) + ")";
            }
            ctx.out().printf("  %-" + width + "s  %s%n", d.name(), summary);
        }
    }

    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = c.getMessage();
        return m == null ? c.getClass().getSimpleName() : m;
    }
}
