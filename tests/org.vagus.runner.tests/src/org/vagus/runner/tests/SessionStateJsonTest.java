package org.vagus.runner.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.vagus.paradigm.Paradigm;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionState;
import org.vagus.runner.SessionStateJson;

class SessionStateJsonTest {

    @Test
    void roundTrip() throws Exception {
        Paradigm p = Headless.stress();
        SessionState s = new SessionState("07", "02", p.id(), -123456789012345L);
        new SessionRunner(p, s, new Headless(2).setup).run();
        String text = SessionStateJson.toJson(s);
        SessionState back = SessionStateJson.parse(text, Path.of("state.json"));
        assertEquals(text, SessionStateJson.toJson(back));
        assertEquals(s.allEvents(), back.allEvents());
        assertEquals(s.allAudit(), back.allAudit());
        assertEquals(s.plans(), back.plans());
        assertEquals(s.questionnaires(), back.questionnaires());
        assertEquals(s.seed(), back.seed());
        assertTrue(text.startsWith("{\n  \"format\": 1,"));
    }

    @Test
    void badFilesAreNamed() {
        IOException e = assertThrows(IOException.class, () -> SessionStateJson.parse("{\"format\": 1}",
                Path.of("x_runstate.json")));
        assertTrue(e.getMessage().startsWith("x_runstate.json: not a readable session state file"), e.getMessage());
        e = assertThrows(IOException.class, () -> SessionStateJson.parse("{\"format\": 9}", Path.of("y.json")));
        assertTrue(e.getMessage().contains("newer Vagus"), e.getMessage());
    }
}
