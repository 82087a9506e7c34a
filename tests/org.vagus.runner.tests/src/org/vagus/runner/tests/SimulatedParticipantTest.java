package org.vagus.runner.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.vagus.core.time.SimulatedClock;
import org.vagus.paradigm.ResponseWindow;
import org.vagus.runner.QuestionnaireAnswers;
import org.vagus.runner.Response;
import org.vagus.runner.Screen;
import org.vagus.runner.simulation.SimulatedParticipant;
import org.vagus.runner.simulation.SimulationParameters;

class SimulatedParticipantTest {
    private static Screen item() {
        return new Screen(Screen.STIMULUS, null, null, "B12", Duration.ofSeconds(20),
                ResponseWindow.of(List.of("1", "2", "3", "4", "5", "6")), 1, null, null);
    }

    @Test
    void respondsOnceInsideTheWindowOnTheSimulatedClock() throws Exception {
        SimulatedClock clock = new SimulatedClock();
        SimulatedParticipant p = new SimulatedParticipant(clock, SimulationParameters.defaults()
                .withResponseProbability(1), 1);
        int answered = 0;
        for (int i = 0; i < 200; i++) {
            long onset = clock.nanoTime();
            long deadline = onset + 20_000_000_000L;
            Screen s = item();
            Optional<Response> r = p.awaitResponse(s, onset, OptionalLong.of(deadline));
            if (r.isPresent()) {
                answered++;
                assertTrue(r.get().hostNanos() > onset && r.get().hostNanos() < deadline);
                assertEquals(r.get().hostNanos(), clock.nanoTime(), "waited until the response");
                assertTrue(s.responses().accepts(r.get().key()));
                assertTrue(p.awaitResponse(s, onset, OptionalLong.of(deadline)).isEmpty(), "one response per screen");
            }
            clock.advanceTo(deadline);
        }
        // median 12 s, sigma 0.35: P(rt < 20 s) = P(z < ln(20/12)/0.35 = 1.46) = 0.93
        assertTrue(answered > 170 && answered < 200, "answered " + answered);
    }

    @Test
    void questionnaireAnswersInRangeAndSeeded() throws Exception {
        SimulatedClock clock = new SimulatedClock();
        QuestionnaireAnswers a = new SimulatedParticipant(clock, SimulationParameters.defaults(), 9)
                .answerQuestionnaire(Screen.questionnaire("scs-26"), 0);
        assertEquals(26, a.answers().size());
        assertTrue(a.answers().stream().allMatch(v -> v >= 1 && v <= 5));
        assertTrue(a.completedNanos() > 26 * 1_000_000_000L, "about 4 s per item");
        assertEquals(a.completedNanos(), clock.nanoTime());
        QuestionnaireAnswers b = new SimulatedParticipant(new SimulatedClock(), SimulationParameters.defaults(), 9)
                .answerQuestionnaire(Screen.questionnaire("scs-26"), 0);
        assertEquals(a, b);
        assertEquals(1, new SimulatedParticipant(clock, SimulationParameters.defaults(), 9)
                .answerQuestionnaire(Screen.questionnaire("perceived-stress"), clock.nanoTime()).answers().size());
        assertThrows(IllegalArgumentException.class, () -> new SimulatedParticipant(clock,
                SimulationParameters.defaults(), 9).answerQuestionnaire(Screen.questionnaire("bdi-2"), 0));
    }
}
