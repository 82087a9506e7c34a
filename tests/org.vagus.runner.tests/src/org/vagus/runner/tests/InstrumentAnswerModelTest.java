package org.vagus.runner.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.vagus.core.time.SimulatedClock;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.Scoring;
import org.vagus.runner.QuestionnaireAnswers;
import org.vagus.runner.Screen;
import org.vagus.runner.simulation.SimulatedParticipant;
import org.vagus.runner.simulation.SimulationParameters;
import org.vagus.runner.simulation.SimulationParameters.AnswerModel;

/** The simulated participant's questionnaire answers follow each instrument's own scale. */
class InstrumentAnswerModelTest {

    @Test
    void answerModelsComeFromTheInstrumentsScales() {
        InstrumentRegistry r = InstrumentRegistry.builtIn();
        // SCS-26: 26 items 1-5; STAI-Y1: 20 items 1-4; perceived stress: 1 item 1-10 (../shared/INSTRUMENTS.md)
        assertEquals(new AnswerModel(26, 1, 5, 3.0, 1.0), AnswerModel.of(r.get("scs-26")));
        assertEquals(new AnswerModel(20, 1, 4, 2.5, 0.75), AnswerModel.of(r.get("stai-y1")));
        assertEquals(new AnswerModel(1, 1, 10, 5.5, 2.25), AnswerModel.of(r.get("perceived-stress")));
        // HAMD-17 items score 0-4 or 0-2: the range every item accepts is 0-2
        assertEquals(new AnswerModel(17, 0, 2, 1.0, 0.5), AnswerModel.of(r.get("hamd-17")));
        assertEquals(Set.copyOf(r.ids()), SimulationParameters.forInstruments(r.instruments()).instruments().keySet());
    }

    @Test
    void everySimulatedAnswerSheetScores() throws Exception {
        InstrumentRegistry r = InstrumentRegistry.builtIn();
        SimulatedClock clock = new SimulatedClock();
        SimulatedParticipant p = new SimulatedParticipant(clock,
                SimulationParameters.forInstruments(r.instruments()), 17);
        for (int round = 0; round < 20; round++) {
            for (String id : r.ids()) {
                QuestionnaireAnswers a = p.answerQuestionnaire(Screen.questionnaire(id), clock.nanoTime());
                Map<Integer, Integer> byItem = new TreeMap<>();
                for (int i = 0; i < a.answers().size(); i++) {
                    byItem.put(i + 1, a.answers().get(i));
                }
                // throws, naming the item, if an answer were off its scale or missing
                Scoring.score(r.get(id), byItem);
            }
        }
    }
}
