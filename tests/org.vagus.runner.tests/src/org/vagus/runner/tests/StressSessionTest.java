package org.vagus.runner.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vagus.core.model.Event;
import org.vagus.core.model.Event.Columns;
import org.vagus.paradigm.Paradigm;
import org.vagus.runner.NominalRecording;
import org.vagus.runner.Screen;
import org.vagus.runner.SessionResult;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionState;
import org.vagus.runner.io.EventsTsvWriter;

class StressSessionTest {
    private static final List<String> ITEMS = List.of("B12", "C10", "C12", "D9", "D10", "D11", "D12", "E7", "E8", "E9",
            "E10", "E11", "E12");

    private static SessionResult run(Headless h, long seed) throws Exception {
        Paradigm p = Headless.stress();
        return new SessionRunner(p, new SessionState("01", "01", p.id(), seed), h.setup).run();
    }

    private static List<Event> rows(SessionResult r, String type) {
        return r.state().currentRun().events().stream().filter(e -> e.trialType().equals(type)).toList();
    }

    @Test
    void thirteenTrialsWithTheSeedsDurationsAndTwoCorrect() throws Exception {
        Headless h = new Headless(11);
        SessionResult r = run(h, 42);
        assertTrue(r.completed());
        List<Event> fixations = rows(r, "fixation");
        List<Event> items = rows(r, "item");
        List<Event> feedback = rows(r, "feedback");
        assertEquals(13, fixations.size());
        assertEquals(13, items.size());
        assertEquals(13, feedback.size());
        for (int t = 0; t < 13; t++) {
            assertEquals(t + 1, fixations.get(t).trial());
            assertEquals(ITEMS.get(t), items.get(t).column(Columns.ITEM_CODE).orElseThrow());
            // durations are marker-sample differences at 1000 Hz: exact to the sample
            assertEquals(1.0, fixations.get(t).duration(), 1e-9, "fixation 1 s");
            assertEquals(20.0, items.get(t).duration(), 1e-9, "item 20 s");
            assertEquals(6.0, feedback.get(t).duration(), 1e-9, "feedback 6 s");
            // back to back: fixation, item, feedback, next fixation
            assertEquals(fixations.get(t).onset() + 1, items.get(t).onset(), 1e-9);
            assertEquals(items.get(t).onset() + 20, feedback.get(t).onset(), 1e-9);
        }
        long correct = feedback.stream().filter(e -> e.column(Columns.FEEDBACK).orElseThrow().equals("Correct")).count();
        long wrong = feedback.stream().filter(e -> e.column(Columns.FEEDBACK).orElseThrow().equals("Wrong")).count();
        assertEquals(2, correct);
        assertEquals(11, wrong);
        // the shown feedback is the recorded plan
        List<Integer> planned = r.state().plans().get("stress").correctTrials();
        assertEquals(planned, feedback.stream().filter(e -> e.column(Columns.FEEDBACK).orElseThrow().equals("Correct"))
                .map(Event::trial).toList());
        assertEquals(42, r.state().plans().get("stress").seed());
        // the screens say so too
        List<Screen> fb = h.presenter.shown().stream().filter(s -> s.kind().equals(Screen.FEEDBACK)).toList();
        assertEquals(2, fb.stream().filter(s -> s.text().equals("Correct")).count());
        // the closing sentence, then the post-task questionnaires
        Event outro = rows(r, "message").get(1);
        assertEquals(feedback.get(12).onset() + 6, outro.onset(), 1e-9);
        assertEquals(5.0, outro.duration(), 1e-9);
        assertTrue(h.presenter.shown().stream().anyMatch(s -> "Unfortunately, you failed!".equals(s.text())));
        List<Screen> stimuli = h.presenter.shown().stream().filter(s -> s.kind().equals(Screen.STIMULUS)).toList();
        assertTrue(stimuli.stream().allMatch(s -> s.countdown().equals(Duration.ofSeconds(20)) && s.image() == null
                && s.itemCode() != null), "countdown shown; placeholders with the item code without images");
    }

    @Test
    void everyOnsetAndResponseIsAMarkerOnTheRecording() throws Exception {
        Headless h = new Headless(12);
        SessionResult r = run(h, 7);
        List<Event> events = r.state().currentRun().events();
        List<NominalRecording.Placed> markers = h.recording.markers();
        Set<String> placed = new HashSet<>();
        markers.forEach(m -> placed.add(m.sample() + " " + m.label()));
        for (Event e : events) {
            assertTrue(placed.contains(e.sample() + " " + e.trialType()), "marker for " + e);
            assertEquals(e.sample() / 1000.0, e.onset(), 1e-12, "onset on the sample clock");
        }
        // 49 screens + the responses + the session's end
        long responses = events.stream().filter(e -> e.trialType().equals("response")).count();
        assertEquals(49 + responses + 1, markers.size());
        assertEquals(49, r.audit().screens());
        assertEquals(events.size(), markers.size() - 1);
    }

    @Test
    void simulatedRunHasTheScheduleOfARealOne() throws Exception {
        Headless h = new Headless(13);
        SessionResult r = run(h, 1);
        // on the simulated clock every screen is shown exactly when scheduled
        assertEquals(0.0, r.audit().max(), 0.0);
        // the fixed part of the session: rest 300 s, 13 x 27 s, closing 5 s = 656 s, recovered from the durations
        double fixed = r.state().currentRun().events().stream()
                .filter(e -> List.of("rest", "fixation", "item", "feedback").contains(e.trialType())
                        || e.trialType().equals("message") && e.duration() == 5.0)
                .mapToDouble(Event::duration).sum();
        assertEquals(656.0, fixed, 1e-9);
        // responses happen inside the item window, with the reaction time from the item's onset
        for (Event item : rows(r, "item")) {
            item.column(Columns.RESPONSE_TIME).ifPresent(rt -> {
                double s = Double.parseDouble(rt);
                assertTrue(s > 0 && s < 20, rt);
            });
        }
        // the whole session took no real time to speak of but the simulated clock moved by its length
        double last = r.state().currentRun().events().get(r.state().currentRun().events().size() - 1).onset();
        assertTrue(last > 656, "session length " + last);
    }

    @Test
    void sameSeedsSameSession() throws Exception {
        String a = EventsTsvWriter.format(run(new Headless(5), 99).state().currentRun().events());
        String b = EventsTsvWriter.format(run(new Headless(5), 99).state().currentRun().events());
        assertEquals(a, b);
        String c = EventsTsvWriter.format(run(new Headless(5), 100).state().currentRun().events());
        assertTrue(!a.equals(c), "another session seed: another feedback plan");
    }
}
