package org.vagus.paradigm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.paradigm.FeedbackRule;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.Timeline;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.phases.FeedbackPhase;
import org.vagus.paradigm.phases.FixationPhase;
import org.vagus.paradigm.phases.MessagePhase;
import org.vagus.paradigm.phases.StimulusPhase;
import org.vagus.paradigm.validation.ParadigmValidator;
import org.vagus.paradigm.validation.Problem;
import org.vagus.paradigm.validation.ValidationContext;

class StressTaskTemplateTest {
    private static final Set<String> SEED_INSTRUMENTS = Set.of("scs-26", "stai-y1", "perceived-stress");

    private final Paradigm p = TaskRegistry.builtIn().template("stress-task").orElseThrow().create();

    @Test
    void sessionFlowIsTheSeeds() {
        // consent -> SCS-26, STAI-S, perceived stress -> ECG set-up (rest) -> task -> STAI-S, perceived stress -> end
        List<String> flow = p.flow().stream().map(s -> switch (s) {
            case FlowStep.Questionnaire q -> "q:" + q.instrument() + ":" + q.occasion();
            case FlowStep.RunTask t -> "task:" + t.task();
            default -> s.kind();
        }).toList();
        assertEquals(List.of("consent", "q:scs-26:pre", "q:stai-y1:pre", "q:perceived-stress:pre", "rest",
                "task:stress", "q:stai-y1:post", "q:perceived-stress:post", "end"), flow);
        assertEquals("stress", p.bidsTask());
    }

    @Test
    void thirteenItemsInOrderWithTheSeedsTiming() {
        Task task = p.task("stress").orElseThrow();
        assertEquals(List.of("B12", "C10", "C12", "D9", "D10", "D11", "D12", "E7", "E8", "E9", "E10", "E11", "E12"),
                task.trials().stream().map(Trial::itemCode).toList());
        for (Trial t : task.trials()) {
            assertEquals(3, t.phases().size());
            FixationPhase fix = assertInstanceOf(FixationPhase.class, t.phases().get(0));
            StimulusPhase item = assertInstanceOf(StimulusPhase.class, t.phases().get(1));
            FeedbackPhase fb = assertInstanceOf(FeedbackPhase.class, t.phases().get(2));
            assertEquals(Duration.ofSeconds(1), fix.timing().duration());
            assertEquals(Duration.ofSeconds(20), item.timing().duration());
            assertTrue(item.countdown(), "a visible countdown during the item");
            assertFalse(item.responses().endsPhase(), "the item stays its 20 s whatever the answer");
            assertEquals(t.itemCode() + ".png", item.image());
            assertEquals(t.itemCode().startsWith("B") ? 6 : 8, item.responses().keys().size());
            assertEquals(Duration.ofSeconds(6), fb.timing().duration());
        }
        FeedbackRule.RandomCount rule = assertInstanceOf(FeedbackRule.RandomCount.class, task.feedback());
        assertEquals(2, rule.correct());
        assertNull(rule.seed(), "the session's seed decides, and the runner records it");
        assertEquals("Correct", rule.correctText());
        assertEquals("Wrong", rule.wrongText());
    }

    @Test
    void introClaimsIntelligenceAndEndSaysFailed() {
        Task task = p.task("stress").orElseThrow();
        String intro = assertInstanceOf(MessagePhase.class, task.intro().get(0)).text();
        assertTrue(intro.contains("intelligence") && intro.contains("achievement"), intro);
        MessagePhase end = assertInstanceOf(MessagePhase.class, task.outro().get(0));
        assertEquals("Unfortunately, you failed!", end.text());
    }

    @Test
    void totalDurationByHand() {
        // fixed screens: baseline rest 300 s; 13 trials x (1 s fixation + 20 s item + 6 s feedback) = 13 x 27 =
        // 351 s; closing sentence 5 s. 300 + 351 + 5 = 656 s = 10 min 56 s. Self-paced: consent, 5 questionnaires,
        // the task's introduction, the end screen = 8. Screens: 9 flow steps - 1 task step + 1 intro + 39 + 1 = 49.
        Timeline t = Timeline.of(p);
        assertEquals(Duration.ofSeconds(656), t.fixedTotal());
        assertEquals(8, t.selfPacedCount());
        assertEquals(49, t.entries().size());
        assertNull(t.maximum(), "self-paced screens without a limit");
        // the task alone: 351 + 5 = 356 s
        assertEquals(Duration.ofSeconds(356), Timeline.of(p.tasks().get(0), "tasks[0]").fixedTotal());
        assertEquals("49 screens: 656 s fixed (10 min 56 s) + 8 self-paced screens", t.summary());
    }

    @Test
    void validWithPlaceholdersUntilTheLabSuppliesImages(@TempDir Path dir) throws Exception {
        ParadigmValidator v = new ParadigmValidator(TaskRegistry.builtIn());
        List<Problem> none = v.validate(p, ValidationContext.of(p, dir.resolve("stress.paradigm.json"), dir,
                SEED_INSTRUMENTS));
        assertEquals(1, none.size(), none.toString());
        assertEquals("imageFolder", none.get(0).path());
        assertFalse(none.get(0).isError());
        assertTrue(none.get(0).message().contains("13 image(s)"), none.get(0).message());

        // the folder exists with one image: the 12 others are each a warning on their stimulus phase
        Path images = Files.createDirectories(dir.resolve("raven-items"));
        Files.write(images.resolve("B12.png"), new byte[] { 1 });
        List<Problem> some = v.validate(p, ValidationContext.of(p, dir.resolve("stress.paradigm.json"), dir,
                SEED_INSTRUMENTS));
        assertEquals(12, some.size());
        assertEquals("tasks[0].trials[1].phases[1]", some.get(0).path());
        assertTrue(some.get(0).message().contains("item code C10"), some.get(0).message());
        assertFalse(ParadigmValidator.hasErrors(some));
    }
}
