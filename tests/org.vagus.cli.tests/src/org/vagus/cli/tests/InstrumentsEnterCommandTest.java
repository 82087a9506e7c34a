package org.vagus.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.cli.CommandContext;
import org.vagus.cli.internal.InstrumentsCommand;
import org.vagus.core.model.Participant;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.RatingSheet;
import org.vagus.instruments.phenotype.PhenotypeFiles;
import org.vagus.instruments.phenotype.SessionScore;
import org.vagus.study.StudyFolder;

/**
 * {@code vagus instruments enter}: a clinician's ratings checked as the Clinician Rating dialog checks them and saved
 * to {@code phenotype/} as the dialog saves them. Expected totals are computed by hand in the comments; the HAMD-17
 * ranges (items 4, 5, 6, 12, 13, 14, 16, 17: 0-2, the others 0-4) and bands (none 0-7, mild 8-16, moderate 17-23,
 * severe 24-52) are those of ../shared/INSTRUMENTS.md.
 */
class InstrumentsEnterCommandTest {
    /**
     * Items 1..17 rated 3,2,1,2,1,0,3,1,2,2,1,1,2,0,1,1,0 (items 4, 5, 6, 12, 13, 14, 16, 17 within 0-2). By hand:
     * 3+2+1+2+1+0+3+1+2+2+1+1+2+0+1+1+0 = 23 (checked with python3: sum([...]) = 23), the top of the moderate band
     * 17-23.
     */
    private static final String HAMD = "3,2,1,2,1,0,3,1,2,2,1,1,2,0,1,1,0";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private CommandContext ctx;
    private Path study;

    @BeforeEach
    void setUp() throws Exception {
        ctx = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, null, Map.of());
        study = newStudy("study");
    }

    private Path newStudy(String name) throws Exception {
        try (StudyFolder f = StudyFolder.create(dir.resolve(name), "Ratings")) {
            f.addParticipant(Participant.of("01"));
            f.addParticipant(Participant.of("02"));
            return f.directory();
        }
    }

    private int run(String... args) throws Exception {
        return new InstrumentsCommand().run(ctx, List.of(args));
    }

    private static Instrument hamd() {
        return InstrumentRegistry.builtIn().get("hamd-17");
    }

    @Test
    void savesAHamdEntryAndReadsItBack() throws Exception {
        assertEquals(0, run("enter", "study", "hamd-17", "--participant", "sub-01", "--session", "02",
                "--time-point", "baseline", "--answers", HAMD), err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("sub-01 ses-02 baseline\n"), printed);
        assertTrue(printed.contains("\nTotal 23: moderate\n"), printed); // 23 by hand, band 17-23
        assertTrue(printed.contains("saved to phenotype/hamd-17.tsv"), printed);

        List<SessionScore> rows = PhenotypeFiles.read(study, hamd());
        assertEquals(1, rows.size());
        SessionScore row = rows.get(0);
        assertEquals("01", row.participant());
        assertEquals("02", row.session());
        assertEquals("baseline", row.timepoint());
        assertEquals(23.0, row.score().total());
        assertEquals("moderate", row.score().bandIfAny().orElseThrow().label());
        assertEquals(List.of(3, 2, 1, 2, 1, 0, 3, 1, 2, 2, 1, 1, 2, 0, 1, 1, 0),
                row.score().items().stream().map(i -> i.answer()).toList());
        String tsv = Files.readString(PhenotypeFiles.tsvFile(study, hamd()));
        assertTrue(tsv.contains("sub-01\tses-02\tbaseline\t" + HAMD.replace(',', '\t') + "\t23\tmoderate"), tsv);

        // the same administration again with item 1 lowered by one: replaced, not appended; 23 - 1 = 22
        out.reset();
        assertEquals(0, run("enter", "study", "hamd-17", "--participant", "01", "--session", "ses-02",
                "--time-point", "baseline", "--answers", "2" + HAMD.substring(1)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Total 22: moderate\nreplaced the row"));
        rows = PhenotypeFiles.read(study, hamd());
        assertEquals(1, rows.size());
        assertEquals(22.0, rows.get(0).score().total());
    }

    @Test
    void refusesAnOutOfRangeItemNamingItAndItsRange() throws Exception {
        // item 4 (a 0-2 item) rated 3, item 1 rated 5 (0-4)
        String answers = "5,2,1,3,1,0,3,1,2,2,1,1,2,0,1,1,0";
        assertEquals(1, run("enter", "study", "hamd-17", "--participant", "01", "--answers", answers));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("cannot enter HAMD-17 (17 answers given for 17 items): 2 problems"), e);
        assertTrue(e.contains("  HAMD-17 item 1 (depressed mood): 5 is out of range; allowed 0-4\n"), e);
        assertTrue(e.contains("  HAMD-17 item 4 (insomnia early): 3 is out of range; allowed 0-2\n"), e);
        assertFalse(Files.exists(PhenotypeFiles.tsvFile(study, hamd())), "nothing saved");
    }

    @Test
    void refusesMissingAnswers() throws Exception {
        // item 2 given as n/a, item 5 empty, item 17 not given (16 cells)
        String answers = "3,n/a,1,2,,0,3,1,2,2,1,1,2,0,1,1";
        assertEquals(1, run("enter", "study", "hamd-17", "--participant", "01", "--answers", answers));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("(16 answers given for 17 items): 3 problems"), e);
        assertTrue(e.contains("  HAMD-17 item 2 (guilt): missing; enter 0-4\n"), e);
        assertTrue(e.contains("  HAMD-17 item 5 (insomnia middle): missing; enter 0-2\n"), e);
        assertTrue(e.contains("  HAMD-17 item 17 ("), e);
        assertTrue(e.contains("): missing; enter 0-2\n"), e);
        assertFalse(Files.exists(PhenotypeFiles.tsvFile(study, hamd())), "nothing saved");
    }

    @Test
    void refusesAParticipantNotInTheStudy() throws Exception {
        assertEquals(1, run("enter", "study", "hamd-17", "--participant", "07", "--answers", HAMD));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("participant sub-07 is not in the study (its participants: 01, 02)"), e);
        assertFalse(Files.exists(PhenotypeFiles.tsvFile(study, hamd())), "nothing saved");
    }

    /**
     * The dialog's Save (ClinicianRatingDialog.save) without its widgets: the typed cells into a RatingSheet, its
     * score into a SessionScore, PhenotypeFiles.put on the study opened for writing. The command must leave byte-equal
     * files.
     */
    @Test
    void writesTheFilesTheDialogSavePathWrites() throws Exception {
        assertEquals(0, run("enter", "study", "hamd-17", "--participant", "02", "--answers", HAMD));
        Path other = newStudy("dialog");
        RatingSheet sheet = new RatingSheet(hamd());
        String[] cells = HAMD.split(",");
        for (int i = 0; i < cells.length; i++) {
            sheet.set(i + 1, cells[i]);
        }
        SessionScore row = new SessionScore("02", RatingSheet.DEFAULT_SESSION, RatingSheet.DEFAULT_TIMEPOINT,
                sheet.score());
        try (StudyFolder f = StudyFolder.open(other)) {
            PhenotypeFiles.put(f.directory(), sheet.instrument(), row);
        }
        assertArrayEquals(Files.readAllBytes(PhenotypeFiles.tsvFile(other, hamd())),
                Files.readAllBytes(PhenotypeFiles.tsvFile(study, hamd())));
        assertArrayEquals(Files.readAllBytes(PhenotypeFiles.jsonFile(other, hamd())),
                Files.readAllBytes(PhenotypeFiles.jsonFile(study, hamd())));
        assertTrue(Files.readString(PhenotypeFiles.tsvFile(study, hamd())).contains("sub-02\tses-01\tintake\t"));
    }

    @Test
    void refusesASelfReportQuestionnaire() throws Exception {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.vagus.cli.UsageException.class,
                () -> run("enter", "study", "stai-y1", "--participant", "01", "--answers", "1"));
        assertTrue(e.getMessage().contains("enter takes clinician scales"), e.getMessage());
    }
}
