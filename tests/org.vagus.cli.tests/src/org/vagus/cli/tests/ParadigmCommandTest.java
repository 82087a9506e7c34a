package org.vagus.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.internal.ParadigmCommand;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.io.ParadigmJson;

class ParadigmCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CommandContext ctx(Path dir) {
        return new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, null, Map.of());
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void showPrintsTheTemplateAsAParadigmFile(@TempDir Path dir) throws Exception {
        assertEquals(0, new ParadigmCommand().run(ctx(dir), List.of("show", "stress-task")));
        TaskRegistry types = TaskRegistry.builtIn();
        assertEquals(types.template("stress-task").orElseThrow().create(), new ParadigmJson(types).parse(out(), null));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("656 s fixed (10 min 56 s) + 8 self-paced screens"));
    }

    @Test
    void timeline(@TempDir Path dir) throws Exception {
        assertEquals(0, new ParadigmCommand().run(ctx(dir), List.of("show", "stress-task", "--timeline")));
        List<String> lines = out().lines().toList();
        assertEquals("start_s\tduration_s\tlabel\telement", lines.get(0));
        assertEquals("300\t1\tfixation\ttasks[0].trials[0].phases[0]", lines.get(7));
        assertTrue(lines.get(lines.size() - 1).startsWith("total fixed: 656 s"), lines.get(lines.size() - 1));
    }

    @Test
    void validateReportsProblemsOnTheElements(@TempDir Path dir) throws Exception {
        assertEquals(0, new ParadigmCommand().run(ctx(dir), List.of("show", "stress-task")));
        String text = out();
        Path good = dir.resolve("stress.paradigm.json");
        Files.writeString(good, text);
        out.reset();
        assertEquals(0, new ParadigmCommand().run(ctx(dir), List.of("validate", "stress.paradigm.json")));
        assertTrue(out().startsWith("imageFolder: warning: image folder"), out());

        // trial 4's item lasts -20 s, the rule asks for 14 Correct of 13 trials, an unknown instrument
        String bad = text.replace("\"correct\": 2", "\"correct\": 14")
                .replace("\"instrument\": \"scs-26\"", "\"instrument\": \"scs-12\"");
        int d9 = bad.indexOf("\"image\": \"D9.png\"");
        bad = bad.substring(0, d9) + bad.substring(d9).replaceFirst("\"durationMs\": 20000", "\"durationMs\": -20000");
        Files.writeString(dir.resolve("bad.paradigm.json"), bad);
        out.reset();
        assertEquals(1, new ParadigmCommand().run(ctx(dir), List.of("validate", "bad.paradigm.json")));
        String report = out();
        assertTrue(report.contains("flow[1]: error: unknown instrument 'scs-12'"), report);
        assertTrue(report.contains("tasks[0].trials[3].phases[1]: error: negative duration -20000 ms"), report);
        assertTrue(report.contains("tasks[0].feedback: error: 14 'Correct' of 13 trials with feedback cannot be met"),
                report);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("3 error(s)"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void templatesAndUsage(@TempDir Path dir) throws Exception {
        assertEquals(0, new ParadigmCommand().run(ctx(dir), List.of("templates")));
        assertTrue(out().startsWith("stress-task\t"), out());
        assertThrows(UsageException.class, () -> new ParadigmCommand().run(ctx(dir), List.of()));
        assertThrows(UsageException.class, () -> new ParadigmCommand().run(ctx(dir), List.of("show", "no-such")));
        assertThrows(UsageException.class, () -> new ParadigmCommand().run(ctx(dir), List.of("frobnicate")));
    }
}
