package org.vagus.runner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.templates.StressTaskTemplate;
import org.vagus.runner.NominalRecording;
import org.vagus.runner.RunListener;
import org.vagus.runner.Screen;
import org.vagus.runner.SessionResult;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionSetup;
import org.vagus.runner.SessionState;
import org.vagus.runner.ui.KeyboardQuestionnaire;
import org.vagus.runner.ui.PresenterOptions;
import org.vagus.runner.ui.SwtPresenter;

/**
 * The seed's questionnaires on the presentation, answered with posted keys: SCS-26 with single digits (a correction
 * with Backspace, a 9 refused), the perceived stress rating 1-10 typed and confirmed with Enter (11 refused).
 */
class KeyboardQuestionnaireUiTest {

    @Test
    void answersAreTypedCorrectedAndCheckedAgainstTheScale() throws Exception {
        Display display = UiLoop.display();
        MonotonicClock clock = MonotonicClock.INSTANCE;
        Paradigm probe = TestParadigms.probe(1, 100);
        Paradigm paradigm = new Paradigm("forms", "Forms", "", "forms", null,
                List.of(new FlowStep.Questionnaire(StressTaskTemplate.SCS_26, "pre"),
                        new FlowStep.Questionnaire(StressTaskTemplate.PERCEIVED_STRESS, "pre"),
                        new FlowStep.RunTask("probe")),
                probe.tasks());
        SwtPresenter presenter = new SwtPresenter(display, clock, PresenterOptions.defaults(), null);
        InstrumentRegistry instruments = InstrumentRegistry.builtIn();
        presenter.responses().useQuestionnaireForm(new KeyboardQuestionnaire(presenter, instruments::byId));
        List<ScreenGrab> pages = new ArrayList<>();
        try {
            RunListener script = new RunListener() {
                @Override
                public void screenShown(Screen screen, String trialType, long scheduledNanos, long actualNanos) {
                    if (!Screen.QUESTIONNAIRE.equals(screen.kind())) {
                        return;
                    }
                    List<Character> keys = new ArrayList<>();
                    if (screen.instrument().equals(StressTaskTemplate.SCS_26)) {
                        keys.addAll(List.of('1', '2', '3', '4', '5', '\b', '4', '9'));
                        keys.addAll(Collections.nCopies(21, '2'));
                    } else {
                        keys.addAll(List.of('1', '1', '\r', '1', '0', '\r'));
                    }
                    display.asyncExec(() -> display.timerExec(150, () -> {
                        pages.add(ScreenGrab.of(display, "questionnaire-" + screen.instrument()));
                        for (char k : keys) {
                            UiLoop.postKey(k, k == '\b' ? SWT.BS : k == '\r' ? SWT.CR : k);
                        }
                    }));
                }
            };
            NominalRecording recording = new NominalRecording(SamplingRate.ofHertz(1000), clock.nanoTime());
            SessionSetup setup = SessionSetup.of(clock, presenter, presenter.responses(), recording)
                    .withListener(script);
            SessionRunner runner = new SessionRunner(paradigm, new SessionState("01", "01", paradigm.id(), 1), setup);
            SessionResult r = UiLoop.await(UiLoop.onWorker("forms", runner::run), Duration.ofSeconds(30));
            assertTrue(r.completed(), r.status().toString());

            List<SessionState.QuestionnaireRecord> q = r.state().questionnaires();
            assertEquals(2, q.size());
            List<Integer> scs = new ArrayList<>(List.of(1, 2, 3, 4, 4));
            scs.addAll(Collections.nCopies(21, 2));
            assertEquals(StressTaskTemplate.SCS_26, q.get(0).instrument());
            assertEquals(scs, q.get(0).answers(), "Backspace corrected item 5; 9 was refused");
            assertEquals(List.of(10), q.get(1).answers(), "11 refused, 10 accepted");
            assertTrue(q.get(0).durationSeconds() > 0);
            for (ScreenGrab g : pages) {
                var l = presenter.layout();
                assertTrue(g.brightIn(new org.eclipse.swt.graphics.Rectangle(0, 0, l.size().x, l.size().y)) > 1000,
                        "the item is on the screen");
            }
        } finally {
            presenter.close();
            UiLoop.settle();
        }
    }
}
