package org.vagus.runner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.vagus.core.model.Event;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.paradigm.Paradigm;
import org.vagus.runner.NominalRecording;
import org.vagus.runner.RunListener;
import org.vagus.runner.Screen;
import org.vagus.runner.SessionResult;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionSetup;
import org.vagus.runner.SessionState;
import org.vagus.runner.ui.PresenterOptions;
import org.vagus.runner.ui.ScreenLayout;
import org.vagus.runner.ui.SwtPresenter;
import org.vagus.runner.ui.photodiode.PhotodiodePatch;

/**
 * The stress template's first two trials, shortened, on the real display: each screen is read back from the window
 * system right after its reported onset and checked pixel by pixel (the fixation cross white at the centre, the item
 * placeholder's box and code, the countdown's number changing a second later, Correct and Wrong as different texts,
 * the photodiode patch alternating white and black).
 */
class StressTrialsUiTest {

    private record Shot(int number, String kind, String trialType, ScreenGrab grab) {
    }

    @Test
    void countdownFeedbackAndPhotodiodePatchAreOnTheScreen() throws Exception {
        Display display = UiLoop.display();
        MonotonicClock clock = MonotonicClock.INSTANCE;
        Paradigm paradigm = TestParadigms.stressTwoTrials();
        SwtPresenter presenter = new SwtPresenter(display, clock, PresenterOptions.defaults()
                .withPhotodiode(new PhotodiodePatch(PhotodiodePatch.Corner.BOTTOM_RIGHT, 60)), null);
        List<Shot> shots = new ArrayList<>();
        Map<Integer, ScreenGrab> later = new ConcurrentHashMap<>();
        try {
            RunListener script = new RunListener() {
                int n;

                @Override
                public void screenShown(Screen screen, String trialType, long scheduledNanos, long actualNanos) {
                    int k = ++n;
                    // read the screen back at once: the reported onset says its pixels are in the frame buffer
                    display.syncExec(() -> shots.add(new Shot(k, screen.kind(), trialType,
                            ScreenGrab.of(display, "stress-" + k + "-" + trialType))));
                    if (Screen.MESSAGE.equals(screen.kind()) && screen.trial() == 0 && k == 1) {
                        display.asyncExec(() -> display.timerExec(300, () -> UiLoop.postKey(' ')));
                    }
                    if (screen.hasCountdown()) {
                        display.asyncExec(() -> display.timerExec(500, () -> UiLoop.postKey('3')));
                        display.asyncExec(() -> display.timerExec(1200,
                                () -> later.put(k, ScreenGrab.of(display, "stress-" + k + "-later"))));
                    }
                }
            };
            NominalRecording recording = new NominalRecording(SamplingRate.ofHertz(1000), clock.nanoTime());
            SessionSetup setup = SessionSetup.of(clock, presenter, presenter.responses(), recording)
                    .withListener(script);
            SessionRunner runner = new SessionRunner(paradigm, new SessionState("01", "01", paradigm.id(), 3), setup);
            SessionResult r = UiLoop.await(UiLoop.onWorker("stress", runner::run), Duration.ofSeconds(40));
            assertTrue(r.completed(), r.status().toString());

            List<String> types = shots.stream().map(Shot::trialType).toList();
            assertEquals(List.of("message", "fixation", "item", "feedback", "fixation", "item", "feedback", "message"),
                    types);
            ScreenLayout l = presenter.layout();
            Point c = l.centre();
            Rectangle patch = l.patch();
            for (Shot s : shots) {
                int px = patch.x + patch.width / 2;
                int py = patch.y + patch.height / 2;
                boolean expectWhite = s.number() % 2 == 1;
                assertEquals(expectWhite, s.grab().white(px, py), "photodiode patch of screen " + s.number());
                if (!expectWhite) {
                    assertTrue(s.grab().black(px, py), "patch black on screen " + s.number());
                }
            }

            for (Shot s : shots.stream().filter(x -> x.trialType().equals("fixation")).toList()) {
                ScreenGrab g = s.grab();
                assertTrue(g.white(c.x, c.y), "fixation cross white at the centre");
                assertTrue(g.white(c.x - l.crossArm() + 1, c.y) && g.white(c.x, c.y + l.crossArm() - 1),
                        "both bars");
                assertTrue(g.black(c.x + l.crossArm() + 3, c.y + l.crossArm() + 3), "black beside the cross");
                assertTrue(g.black(5, 5), "black background");
            }

            List<Shot> items = shots.stream().filter(x -> x.trialType().equals("item")).toList();
            Rectangle box = ScreenLayout.placeholder(l.stimulusArea(false));
            Rectangle countdown = l.countdownArea();
            for (Shot s : items) {
                ScreenGrab g = s.grab();
                assertTrue(g.white(box.x, box.y + box.height / 2), "placeholder box's left edge");
                assertTrue(g.white(box.x + box.width / 2, box.y), "placeholder box's top edge");
                Rectangle inside = new Rectangle(box.x + 10, box.y + 10, box.width - 20, box.height - 20);
                assertTrue(g.brightIn(inside) > 200, "the item code inside the box");
                assertTrue(g.brightIn(countdown) > 50, "the countdown's number");
                ScreenGrab after = later.get(s.number());
                assertNotNull(after, "a second grab during the item");
                assertFalse(g.sameAs(after, countdown), "the countdown changed after a second (3 -> 2)");
                assertTrue(g.sameAs(after, inside), "the placeholder stayed");
            }
            assertFalse(items.get(0).grab().sameAs(items.get(1).grab(), box), "B12 and C10 differ");

            List<Shot> feedback = shots.stream().filter(x -> x.trialType().equals("feedback")).toList();
            Rectangle centreBand = new Rectangle(0, c.y - l.largePixels() * 2, l.size().x, l.largePixels() * 4);
            Rectangle correct = feedback.get(0).grab().brightBox(centreBand);
            Rectangle wrong = feedback.get(1).grab().brightBox(centreBand);
            assertNotNull(correct, "Correct on screen");
            assertNotNull(wrong, "Wrong on screen");
            assertTrue(correct.width > wrong.width, "'Correct' is wider than 'Wrong': " + correct + " vs " + wrong);
            assertTrue(Math.abs(correct.x + correct.width / 2 - c.x) < 10, "feedback centred");

            Shot outro = shots.get(shots.size() - 1);
            assertTrue(outro.grab().brightIn(centreBand) > 500, "the closing sentence");

            List<Event> events = r.state().allEvents();
            List<String> values = events.stream().filter(e -> e.trialType().equals("feedback"))
                    .map(e -> e.column(Event.Columns.FEEDBACK).orElse("?")).toList();
            assertEquals(List.of("Correct", "Wrong"), values);
            for (Event e : events.stream().filter(x -> x.trialType().equals("item")).toList()) {
                assertEquals("3", e.column(Event.Columns.RESPONSE).orElse("none"), "the posted key: " + e);
                assertTrue(Double.parseDouble(e.column(Event.Columns.RESPONSE_TIME).orElseThrow()) > 0);
            }
        } finally {
            presenter.close();
            UiLoop.settle();
        }
    }
}
