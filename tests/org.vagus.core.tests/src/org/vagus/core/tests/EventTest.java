package org.vagus.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vagus.core.model.Event;
import org.vagus.core.model.Event.Columns;
import org.vagus.core.units.SamplingRate;

class EventTest {

    @Test
    void columnsMirrorTheEventsTsvFormat() {
        assertEquals("onset", Columns.ALL.get(0));
        assertEquals(10, Columns.ALL.size());
        assertTrue(Columns.ALL.containsAll(Columns.FIXED));
        assertEquals("onset_scheduled", Columns.ONSET_SCHEDULED);
    }

    @Test
    void eventAtSampleComputesOnset() {
        Event e = Event.at(SamplingRate.ofHertz(1000), 1500, "feedback");
        assertEquals(1.5, e.onset(), 0);
        assertFalse(e.hasDuration());
        assertEquals(0, e.trial());
        Event full = e.withDuration(6).withTrial(3).withColumn(Columns.FEEDBACK, "Wrong").withColumn(Columns.ITEM_CODE, "B12");
        assertEquals(6, full.duration(), 0);
        assertEquals("Wrong", full.column(Columns.FEEDBACK).orElseThrow());
        assertTrue(full.withColumn(Columns.FEEDBACK, null).column(Columns.FEEDBACK).isEmpty());
        assertTrue(e.columns().isEmpty(), "withers must not change the original");
    }

    @Test
    void furtherColumnsAreCopied() {
        Map<String, String> cols = new HashMap<>(Map.of(Columns.RESPONSE, "3"));
        Event e = new Event(1, 0, 1000, "response", 1, cols);
        cols.put(Columns.RESPONSE, "4");
        assertEquals("3", e.column(Columns.RESPONSE).orElseThrow());
        assertThrows(UnsupportedOperationException.class, () -> e.columns().put("x", "y"));
    }

    @Test
    void invalidFieldsAreNamed() {
        assertMessage("event onset", () -> new Event(-0.1, 0, 0, "item", 1, Map.of()));
        assertMessage("event onset", () -> new Event(Double.NaN, 0, 0, "item", 1, Map.of()));
        assertMessage("event duration", () -> new Event(0, -1, 0, "item", 1, Map.of()));
        assertMessage("event sample", () -> new Event(0, 0, -1, "item", 1, Map.of()));
        assertMessage("event trial_type", () -> new Event(0, 0, 0, " ", 1, Map.of()));
        assertMessage("event trial", () -> new Event(0, 0, 0, "item", -1, Map.of()));
        assertMessage("fixed column", () -> new Event(0, 0, 0, "item", 1, Map.of(Columns.ONSET, "1")));
    }

    private static void assertMessage(String expected, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
