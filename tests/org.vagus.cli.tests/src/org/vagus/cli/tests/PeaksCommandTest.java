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
import org.vagus.cli.internal.PeaksCommand;

class PeaksCommandTest {

    static Path data() {
        String p = System.getProperty("vagus.data");
        return (p != null ? Path.of(p) : Path.of("../shared/data")).toAbsolutePath();
    }

    @Test
    void writesSampleAndTimeTsv(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandContext ctx = new CommandContext(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, null, Map.of());
        int status = new PeaksCommand().run(ctx,
                List.of(data().resolve("mitdb/100.hea").toString(), "--out", "peaks.tsv", "--signal", "0"));
        assertEquals(0, status);
        List<String> lines = Files.readAllLines(dir.resolve("peaks.tsv"));
        assertEquals("sample\ttime_s", lines.get(0));
        // 2,273 reference beats; the detector matches all of them without a false positive
        assertEquals(2273, lines.size() - 1);
        String[] first = lines.get(1).split("\t");
        long sample = Long.parseLong(first[0]);
        assertTrue(Math.abs(sample - 77) <= 10, "first beat near the reference at sample 77: " + sample);
        assertEquals(sample / 360.0, Double.parseDouble(first[1]), 1e-6);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("2273 R peaks"));
    }

    @Test
    void printsToStandardOutputWithoutOut() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandContext ctx = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()), data(), null, Map.of());
        assertEquals(0, new PeaksCommand().run(ctx, List.of("ptb/s0010_re", "--signal", "1")));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("sample\ttime_s", lines[0]);
        assertTrue(lines.length > 30 && lines.length < 80, "38 s of ECG: " + (lines.length - 1) + " beats");
    }

    @Test
    void readsOtherFormatsThroughTheRegistry(@TempDir Path dir) throws Exception {
        CommandContext ctx = new CommandContext(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), dir, null, Map.of());
        assertEquals(0, new PeaksCommand().run(ctx,
                List.of(data().resolve("opensignals/ecg_5_min.h5").toString(), "--out", "peaks.tsv")));
        List<String> lines = Files.readAllLines(dir.resolve("peaks.tsv"));
        // reference: the 386 peaks of the OpenSignals HRV plug-in (plux/ecg_5_min_RR_peaks1.txt); each detection
        // must lie within 150 ms of one of them (AAMI EC57 matching window) and none may be missing
        List<Long> reference = Files.readAllLines(data().resolve("plux/ecg_5_min_RR_peaks1.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> Long.parseLong(l.trim())).toList();
        assertEquals(386, reference.size());
        assertEquals(reference.size(), lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            long s = Long.parseLong(lines.get(i).split("\t")[0]);
            long ref = reference.get(i - 1);
            assertTrue(Math.abs(s - ref) <= 150, "beat " + i + " at sample " + s + ", reference " + ref);
        }
    }

    @Test
    void usageErrors() {
        CommandContext ctx = new CommandContext(System.out, System.err, data(), null, Map.of());
        assertThrows(UsageException.class, () -> new PeaksCommand().run(ctx, List.of()));
        assertThrows(UsageException.class, () -> new PeaksCommand().run(ctx, List.of("a", "b")));
        assertThrows(UsageException.class, () -> new PeaksCommand().run(ctx, List.of("mitdb/100", "--signal", "-1")));
        assertThrows(IllegalArgumentException.class,
                () -> new PeaksCommand().run(ctx, List.of("mitdb/100", "--signal", "2")));
    }
}
