package org.vagus.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.internal.ValidateDetectorCommand;

class ValidateDetectorCommandTest {

    private static String run(List<String> args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandContext ctx = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()), PeaksCommandTest.data(), null, Map.of());
        assertEquals(0, new ValidateDetectorCommand().run(ctx, args));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tableForAFolder() throws Exception {
        String[] lines = run(List.of("mitdb")).split("\n");
        assertEquals("record\ttp\tfp\tfn\tse\tppv\tf1", lines[0]);
        assertEquals(6, lines.length);
        assertTrue(lines[1].startsWith("100\t"), lines[1]);
        assertTrue(lines[4].startsWith("106\t"), lines[4]);
        String[] pooled = lines[5].split("\t");
        assertEquals("pooled", pooled[0]);
        long tp = 0;
        long fn = 0;
        for (int i = 1; i <= 4; i++) {
            String[] row = lines[i].split("\t");
            assertEquals(7, row.length);
            assertTrue(row[4].matches("\\d+\\.\\d\\d"), "two decimals: " + row[4]);
            tp += Long.parseLong(row[1]);
            fn += Long.parseLong(row[3]);
        }
        assertEquals(tp, Long.parseLong(pooled[1]));
        assertEquals(2273 + 2084 + 2572 + 2027, tp + fn, "every reference beat is a TP or an FN");
        assertTrue(Double.parseDouble(pooled[6]) >= 99.5, lines[5]);
    }

    @Test
    void recordsSkipAndAnnotator() throws Exception {
        String[] lines = run(List.of("mitdb/100.hea", "mitdb/103", "--skip", "300", "--annotator", "atr")).split("\n");
        assertEquals(4, lines.length);
        // bxb's default: the first 5 minutes left out; 100 has 1,902 beats after 300 s
        String[] r100 = lines[1].split("\t");
        assertEquals(1902, Long.parseLong(r100[1]) + Long.parseLong(r100[3]));
    }

    @Test
    void errors() {
        assertThrows(UsageException.class, () -> run(List.of()));
        assertThrows(UsageException.class, () -> run(List.of("mitdb", "--skip", "x")));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> run(List.of("ptb")));
        assertTrue(none.getMessage().contains("no WFDB record with a .atr annotation file"), none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> run(List.of("ptb/s0010_re")));
    }
}
