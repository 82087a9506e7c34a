package org.vagus.runner.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.model.Event;
import org.vagus.io.bids.EventsTsv;
import org.vagus.paradigm.Paradigm;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionState;
import org.vagus.runner.io.EventsTsvWriter;

class EventsTsvWriterTest {

    @Test
    void pinnedColumnsInOrderWithNa() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("feedback", "Wrong");
        c.put("item_code", "B12");
        c.put("note", "a\tb");
        List<Event> events = List.of(new Event(541.02, 6, 541020, "feedback", 1, c),
                new Event(0.5, Double.NaN, 500, "consent", 0, Map.of()));
        String[] lines = EventsTsvWriter.format(events).split("\n");
        assertEquals("onset\tduration\tsample\ttrial_type\ttrial\titem_code\tresponse\tresponse_time\tfeedback"
                + "\tonset_scheduled\tnote", lines[0]);
        assertEquals("541.02\t6\t541020\tfeedback\t1\tB12\tn/a\tn/a\tWrong\tn/a\ta b", lines[1]);
        assertEquals("0.5\tn/a\t500\tconsent\tn/a\tn/a\tn/a\tn/a\tn/a\tn/a\tn/a", lines[2]);
        assertEquals("20", EventsTsvWriter.seconds(20.0));
        assertEquals("0.000001", EventsTsvWriter.seconds(1e-6));
        assertEquals("0", EventsTsvWriter.seconds(4e-7));
        assertEquals("12.345679", EventsTsvWriter.seconds(12.3456789));
        assertEquals("0.1", EventsTsvWriter.seconds(0.1));
    }

    @Test
    void aSessionsEventsReadBackWithTheBidsReader(@TempDir Path dir) throws Exception {
        Headless h = new Headless(31);
        Paradigm p = Headless.stress();
        SessionState s = new SessionState("01", "01", p.id(), 17);
        new SessionRunner(p, s, h.setup).run();
        Path file = dir.resolve("sub-01_ses-01_task-stress_events.tsv");
        EventsTsvWriter.write(file, s.currentRun().events());
        List<Event> back = EventsTsv.read(file);
        assertEquals(s.currentRun().events().size(), back.size());
        for (int i = 0; i < back.size(); i++) {
            Event a = s.currentRun().events().get(i);
            Event b = back.get(i);
            assertEquals(a.sample(), b.sample());
            assertEquals(a.onset(), b.onset(), 1e-6);
            assertEquals(a.duration(), b.duration(), 1e-6);
            assertEquals(a.trialType(), b.trialType());
            assertEquals(a.trial(), b.trial());
            assertEquals(a.column("item_code"), b.column("item_code"));
            assertEquals(a.column("feedback"), b.column("feedback"));
            assertEquals(a.column("response"), b.column("response"));
        }
        String header = Files.readAllLines(file).get(0);
        assertEquals(String.join("\t", Event.Columns.ALL), header);
        assertTrue(Files.readString(file).contains("\titem\t1\tB12\t"));
    }
}
