package org.vagus.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;
import org.vagus.cli.internal.CommandDescriptor;
import org.vagus.cli.internal.CommandLine;
import org.vagus.cli.internal.CommandRegistry;

class CommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandContext ctx = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("/tmp"), null, Map.of());

    private static VagusCommand command(String summary, Behaviour behaviour) {
        return new VagusCommand() {
            @Override
            public String summary() {
                return summary;
            }

            @Override
            public String usage() {
                return "vagus echo WORD";
            }

            @Override
            public int run(CommandContext c, List<String> args) throws Exception {
                return behaviour.run(c, args);
            }
        };
    }

    private interface Behaviour {
        int run(CommandContext c, List<String> args) throws Exception;
    }

    private CommandLine line() {
        List<CommandDescriptor> d = new ArrayList<>();
        d.add(new CommandDescriptor("echo", 1, "test.bundle", () -> command("print the words", (c, a) -> {
            if (a.isEmpty()) {
                throw new UsageException("expected a WORD");
            }
            c.out().println(String.join(" ", a));
            return 0;
        })));
        d.add(new CommandDescriptor("fail", 2, "test.bundle", () -> command("always fails", (c, a) -> {
            throw new java.io.IOException("disk full while writing x.tsv");
        })));
        d.add(new CommandDescriptor("broken", 3, "bad.bundle", () -> {
            throw new IllegalStateException("class org.bad.Cmd not found");
        }));
        return new CommandLine(CommandRegistry.of(d));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommandWithItsSummaryAndSurvivesABrokenOne() {
        assertEquals(0, line().run(ctx, List.of("--help")));
        assertTrue(out().contains("echo") && out().contains("print the words"), out());
        assertTrue(out().contains("fail") && out().contains("always fails"), out());
        assertTrue(out().contains("broken") && out().contains("unavailable: class org.bad.Cmd not found"), out());
    }

    @Test
    void runsACommandWithItsArguments() {
        assertEquals(0, line().run(ctx, List.of("echo", "a", "b")));
        assertEquals("a b", out().strip());
    }

    @Test
    void unknownCommandIsAUsageErrorNamingIt() {
        assertEquals(CommandLine.USAGE, line().run(ctx, List.of("nope")));
        assertTrue(err().contains("unknown command 'nope'"), err());
    }

    @Test
    void usageExceptionPrintsMessageAndUsage() {
        assertEquals(CommandLine.USAGE, line().run(ctx, List.of("echo")));
        assertTrue(err().contains("vagus echo: expected a WORD"), err());
        assertTrue(err().contains("usage: vagus echo WORD"), err());
    }

    @Test
    void failureIsStatusOneWithTheCause() {
        assertEquals(CommandLine.FAILED, line().run(ctx, List.of("fail")));
        assertTrue(err().contains("vagus fail: error: disk full while writing x.tsv"), err());
    }

    @Test
    void commandThatCannotLoadNamesItsBundle() {
        assertEquals(CommandLine.FAILED, line().run(ctx, List.of("broken")));
        assertTrue(err().contains("bad.bundle"), err());
    }

    @Test
    void helpForOneCommandAndDashDashHelpAfterIt() {
        assertEquals(0, line().run(ctx, List.of("help", "echo")));
        assertEquals(0, line().run(ctx, List.of("echo", "--help")));
        assertEquals("vagus echo WORD\nvagus echo WORD", out().strip().replace("\r", ""));
    }

    @Test
    void theInstalledRegistryContributesTheBuiltInCommands() {
        List<String> warnings = new ArrayList<>();
        CommandRegistry registry = CommandRegistry.read(RegistryFactory.getRegistry(), warnings::add);
        List<String> names = registry.all().stream().map(CommandDescriptor::name).toList();
        assertTrue(names.containsAll(List.of("version", "study", "bench")), names.toString());
        assertEquals(List.of(), warnings);
        assertEquals(0, new CommandLine(registry).run(ctx, List.of("version")));
        assertTrue(out().startsWith("Vagus 0.1.0"), out());
    }
}
