package org.vagus.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vagus.cli.CommandContext;
import org.vagus.cli.internal.TimingBenchmark;
import org.vagus.runner.TimingAudit;

class TimingBenchmarkTest {

    @Test
    void reportsTheOnsetErrorDistribution() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandContext ctx = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()), Path.of("."), null, Map.of());
        TimingAudit.Summary s = TimingBenchmark.run(ctx, 30, Duration.ofMillis(5));
        assertEquals(30, s.screens());
        assertTrue(s.min() >= 0, "a headless presenter never shows a screen early: " + s.min());
        assertTrue(s.median() < 5, "median onset error " + s.median() + " ms even on a loaded machine");
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("onset error (actual - scheduled): median"), printed);
        assertTrue(printed.contains("distribution:"), printed);
        assertThrows(IllegalArgumentException.class, () -> TimingBenchmark.run(ctx, 2, Duration.ofMillis(5)));
    }
}
