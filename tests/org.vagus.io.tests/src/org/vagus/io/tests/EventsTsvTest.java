package org.vagus.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.model.Event;
import org.vagus.core.units.SamplingRate;
import org.vagus.io.FormatException;
import org.vagus.io.bids.EventSelector;
import org.vagus.io.bids.EventsTsv;

/** The BIDS events reader with the columns pinned in DESIGN.md, and event selection. */
class EventsTsvTest {
    private static final String HEADER = "onset\tduration\tsample\ttrial_type\ttrial\titem_code\tresponse"
            + "\tresponse_time\tfeedback\tonset_scheduled";
    /** A stress-task trial: fixation, item, response, feedback (Wrong), then a message without trial. */
    private static final String FILE = HEADER + "\n"
            + "10.0\t1.0\t10000\tfixation\t1\tn/a\tn/a\tn/a\tn/a\t10.0\n"
            + "11.002\t20.0\t11002\titem\t1\tB12\tn/a\tn/a\tn/a\t11.0\n"
            + "18.5\tn/a\t18500\tresponse\t1\tB12\t3\t7.498\tn/a\tn/a\n"
            + "31.004\t6.0\t31004\tfeedback\t1\tB12\t3\tn/a\tWrong\t31.0\n"
            + "37.01\t6.0\t37010\tfeedback\t2\tC10\t5\tn/a\tCorrect\t37.0\n"
            + "43.0\t5.0\t43000\tmessage\tn/a\tn/a\tn/a\tn/a\tn/a\tn/a\n";

    private static List<Event> parse(String text) throws FormatException {
        return EventsTsv.parse(text, Path.of("sub-01_task-stress_events.tsv"), null);
    }

    @Test
    void readsThePinnedColumns() throws IOException {
        List<Event> ev = parse(FILE);
        assertEquals(6, ev.size());
        Event fb = ev.get(3);
        assertEquals(31.004, fb.onset());
        assertEquals(6.0, fb.duration());
        assertEquals(31004, fb.sample());
        assertEquals("feedback", fb.trialType());
        assertEquals(1, fb.trial());
        assertEquals(Map.of("item_code", "B12", "response", "3", "feedback", "Wrong", "onset_scheduled", "31.0"),
                fb.columns());
        assertEquals(List.of("item_code", "response", "feedback", "onset_scheduled"),
                List.copyOf(fb.columns().keySet()));
        Event response = ev.get(2);
        assertFalse(response.hasDuration());
        assertEquals("7.498", response.column("response_time").orElseThrow());
        assertTrue(response.column("feedback").isEmpty(), "n/a is absent");
        assertEquals(0, ev.get(5).trial(), "n/a trial");
        assertTrue(ev.get(5).columns().isEmpty());
    }

    @Test
    void readsFilesWithBomCrLfAndExtraColumns(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("sub-01_ses-01_task-stress_events.tsv");
        String text = "\uFEFF" + "onset\tduration\ttrial_type\tstim_file\n" + "1.5\t0\tfixation\tcross.png\r\n"
                + "2.25\tn/a\titem\tn/a\r\n\r\n";
        Files.writeString(f, text, StandardCharsets.UTF_8);
        // no sample column: computed from the onset at the recording's rate
        List<Event> ev = EventsTsv.read(f, SamplingRate.ofHertz(1000));
        assertEquals(2, ev.size());
        assertEquals(1500, ev.get(0).sample());
        assertEquals(2250, ev.get(1).sample());
        assertEquals("cross.png", ev.get(0).column("stim_file").orElseThrow());
        FormatException e = assertThrows(FormatException.class, () -> EventsTsv.read(f));
        assertEquals(f, e.file());
        assertTrue(e.getMessage().contains("no 'sample' column"), e.getMessage());
        // a sample that is n/a is computed too, or reported without a rate
        String na = HEADER + "\n" + "0.5\t1\tn/a\tfixation\t1\tn/a\tn/a\tn/a\tn/a\tn/a\n";
        assertEquals(250, EventsTsv.parse(na, f, SamplingRate.ofHertz(500)).get(0).sample());
        bad(na, "line 2, column 3 (sample): n/a, and no sampling rate");
    }

    @Test
    void badCellsNameFileLineAndColumn() {
        String row = "\t1.0\t10000\tfixation\t1\tn/a\tn/a\tn/a\tn/a\t10.0\n";
        bad(HEADER + "\nabc" + row,
                "sub-01_task-stress_events.tsv: line 2, column 1 (onset): 'abc', expected a number");
        bad(HEADER + "\n-0.5" + row, "line 2, column 1 (onset): '-0.5', expected seconds >= 0");
        bad(HEADER + "\n1.0" + row + "2.0\t-1\t2000\tfixation\t1\tn/a\tn/a\tn/a\tn/a\tn/a\n",
                "line 3, column 2 (duration): '-1', expected seconds >= 0 or n/a");
        bad(HEADER + "\n1.0\t1\t12.5\tfixation\t1\tn/a\tn/a\tn/a\tn/a\tn/a\n", "line 2, column 3 (sample): '12.5'");
        bad(HEADER + "\n1.0\t1\t1000\tn/a\t1\tn/a\tn/a\tn/a\tn/a\tn/a\n", "line 2, column 4 (trial_type): 'n/a'");
        bad(HEADER + "\n1.0\t1\t1000\titem\t0\tn/a\tn/a\tn/a\tn/a\tn/a\n", "line 2, column 5 (trial): '0'");
        bad(HEADER + "\n1.0\t1\t1000\titem\tone\tn/a\tn/a\tn/a\tn/a\tn/a\n", "line 2, column 5 (trial): 'one'");
        bad(HEADER + "\n1.0\t1\t1000\titem\t1\t\tn/a\tn/a\tn/a\tn/a\n", "line 2, column 6 (item_code): empty cell");
        bad(HEADER + "\n1.0\t1\t1000\titem\t1\tB12\t3\tslow\tn/a\tn/a\n", "line 2, column 8 (response_time): 'slow'");
        bad(HEADER + "\n1.0\t1\t1000\titem\t1\tB12\t3\tn/a\tn/a\tn/a\textra\n", "line 2: 11 cell(s), expected 10");
        bad(HEADER + "\n1.0 \t1\t1000\titem\t1\tB12\t3\tn/a\tn/a\tn/a\n", "line 2, column 1 (onset): '1.0 '");
        bad("onset\ttrial_type\n1\titem\n", "line 1: no 'duration' column");
        bad("onset\tduration\tonset\ttrial_type\n", "line 1, column 3: column 'onset' appears twice");
        bad(HEADER + "\n\n1.0\t1\t1000\titem\t1\tB12\t3\tn/a\tn/a\tn/a\n", "line 2: 1 cell(s)");
    }

    @Test
    void headerOnlyIsNoEvents() throws FormatException {
        assertEquals(List.of(), parse(HEADER + "\n"));
        assertEquals(List.of(), parse(HEADER));
    }

    @Test
    void selectsWrongFeedback() throws FormatException {
        List<Event> ev = parse(FILE);
        EventSelector wrong = EventSelector.where("trial_type", "feedback").and("feedback", "Wrong");
        List<Event> sel = wrong.select(ev);
        assertEquals(1, sel.size());
        assertEquals(31.004, sel.get(0).onset());
        assertEquals("trial_type=feedback,feedback=Wrong", wrong.toString());
        assertEquals(wrong, EventSelector.parse(wrong.toString()));
        assertEquals(2, EventSelector.parse("trial_type=feedback").select(ev).size());
        assertEquals(0, EventSelector.parse("trial_type=feedback, feedback=wrong").select(ev).size(), "case matters");
        assertEquals(1, EventSelector.where("trial", "n/a").select(ev).size());
        assertEquals(4, EventSelector.where("trial", "1").select(ev).size());
        assertEquals(1, EventSelector.where("duration", "n/a").select(ev).size());
        assertEquals(1, EventSelector.where("onset", "43").select(ev).size());
        assertEquals(1, EventSelector.where("sample", "37010").select(ev).size());
        assertEquals(3, EventSelector.where("feedback", "n/a").and("trial", "1").select(ev).size());
        assertEquals(6, EventSelector.all().select(ev).size());
        assertThrows(IllegalArgumentException.class, () -> EventSelector.parse("trial_type"));
    }

    private static void bad(String text, String message) {
        FormatException e = assertThrows(FormatException.class, () -> parse(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
