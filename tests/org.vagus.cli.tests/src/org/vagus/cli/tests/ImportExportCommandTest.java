package org.vagus.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.vagus.cli.internal.ExportCommand;
import org.vagus.cli.internal.ImportCommand;
import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.io.bids.EventsTsv;
import org.vagus.study.StudyFolder;

class ImportExportCommandTest {

    @Test
    void importsAlignsByClockAndExports(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandContext ctx = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, null, Map.of());
        try (StudyFolder study = StudyFolder.create(dir.resolve("study"), "CLI")) {
            study.addParticipant(new Participant("07", Map.of(), List.of(Session.of("1"))));
        }
        Path session = dir.resolve("study/sub-07/ses-1");
        Files.writeString(session.resolve("sub-07_ses-1_task-stroop_events.tsv"),
                "onset\tduration\tsample\ttrial_type\n10\t1\t10000\titem\n");
        Path file = PeaksCommandTest.data().resolve("opensignals/supine_1min.txt");
        assertEquals(0, new ImportCommand().run(ctx, List.of("study", file.toString(), "--participant", "07",
                "--task", "stroop", "--align", "clock:1.5")));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("60000 samples"), printed);
        assertTrue(printed.contains("clock alignment: runner time 0 at -1.500000 s"), printed);
        // the recording started 1.5 s after the runner's zero: onset 10 becomes 8.5 s, sample 8500 at 1000 Hz
        assertEquals(8.5, EventsTsv.read(session.resolve("sub-07_ses-1_task-stroop_events.tsv")).get(0).onset(), 1e-9);
        assertTrue(Files.exists(session.resolve("sub-07_ses-1_task-stroop_physio.tsv.gz")));

        assertEquals(0, new ExportCommand().run(ctx, List.of("study", "--out", "shared")));
        assertTrue(Files.exists(dir.resolve("shared/sub-07/ses-1/sub-07_ses-1_task-stroop_physio.tsv.gz")));
        assertFalse(Files.exists(dir.resolve("shared/.vagus/lock")));
        assertThrows(UsageException.class, () -> new ExportCommand().run(ctx, List.of("study", "--out", "shared")));
        assertThrows(UsageException.class, () -> new ImportCommand().run(ctx, List.of("study", file.toString())));
    }
}
