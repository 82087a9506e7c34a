package org.vagus.paradigm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vagus.paradigm.FeedbackPlan;
import org.vagus.paradigm.FeedbackRule;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.phases.FeedbackPhase;
import org.vagus.paradigm.phases.FixationPhase;

class FeedbackPlanTest {
    private final Task stress = TaskRegistry.builtIn().template("stress-task").orElseThrow().create().tasks().get(0);

    @Test
    void twoCorrectElevenWrongSeededAndReproducible() {
        FeedbackPlan a = FeedbackPlan.draw(stress, 42);
        assertEquals(13, a.values().size());
        assertEquals(2, a.correctTrials().size());
        assertEquals(11, a.values().stream().filter("Wrong"::equals).count());
        assertEquals(42, a.seed());
        assertEquals(a, FeedbackPlan.draw(stress, 42), "the same seed gives the same choice");
        Set<List<Integer>> choices = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            choices.add(FeedbackPlan.draw(stress, seed).correctTrials());
        }
        assertTrue(choices.size() > 30, "the choice varies with the seed: " + choices.size() + " of 78 possible");
    }

    @Test
    void everyPairIsPossibleAndRoughlyUniform() {
        // C(13, 2) = 78 pairs; 7800 seeds give about 100 each
        int[] counts = new int[13];
        for (long seed = 0; seed < 7800; seed++) {
            FeedbackPlan.draw(stress, seed).correctTrials().forEach(t -> counts[t - 1]++);
        }
        for (int c : counts) {
            // each trial is Correct with probability 2/13: 1200 expected of 7800
            assertTrue(c > 1000 && c < 1400, "per-trial Correct count " + c);
        }
    }

    @Test
    void ruleSeedWinsOverSessionSeed() {
        Task fixed = new Task("t", "T", new FeedbackRule.RandomCount(2, 7L, "C", "W"), List.of(), stress.trials(),
                List.of());
        assertEquals(FeedbackPlan.draw(fixed, 1), FeedbackPlan.draw(fixed, 2));
        assertEquals(7, FeedbackPlan.draw(fixed, 1).seed());
        assertNotEquals(FeedbackPlan.draw(stress, 1).seed(), FeedbackPlan.draw(stress, 2).seed());
    }

    @Test
    void trialsWithoutFeedbackAndOtherRules() {
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            trials.add(Trial.of(null, i == 1 ? List.of(FixationPhase.of(Timing.millis(10)))
                    : List.of(new FeedbackPhase(Timing.millis(10)))));
        }
        FeedbackPlan p = FeedbackPlan.draw(new Task("t", "T", new FeedbackRule.RandomCount(3, null, "C", "W"), List.of(),
                trials, List.of()), 5);
        assertNull(p.values().get(1));
        assertEquals(List.of(1, 3, 4), p.correctTrials());
        FeedbackPlan s = FeedbackPlan.draw(new Task("t", "T", new FeedbackRule.Scripted(List.of("Wrong", "Correct",
                "Wrong"), "C", "W"), List.of(), trials, List.of()), 5);
        assertEquals(java.util.Arrays.asList("Wrong", null, "Correct", "Wrong"), s.values());
        FeedbackPlan acc = FeedbackPlan.draw(new Task("t", "T", new FeedbackRule.Accuracy("C", "W"), List.of(), trials,
                List.of()), 5);
        assertTrue(acc.values().stream().allMatch(v -> v == null), "accuracy is decided at run time");
        assertThrows(IllegalArgumentException.class, () -> FeedbackPlan.draw(new Task("t", "T",
                new FeedbackRule.RandomCount(4, null, "C", "W"), List.of(), trials, List.of()), 5));
    }
}
