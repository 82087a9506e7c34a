package org.vagus.runner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.model.Participant;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.phenotype.PhenotypeFiles;
import org.vagus.instruments.phenotype.SessionScore;
import org.vagus.instruments.ui.QuestionnaireWidget;
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
import org.vagus.runner.io.PhenotypeScores;
import org.vagus.runner.io.SessionFiles;
import org.vagus.runner.ui.FormQuestionnaire;
import org.vagus.runner.ui.PresenterOptions;
import org.vagus.runner.ui.SwtPresenter;
import org.vagus.study.StudyFolder;

/**
 * The seed's questionnaires on the presentation with the form of org.vagus.instruments.ui, answered with real key
 * presses posted through the window system and a mouse click: SCS-26 by number keys and Enter (a 9 refused, an Enter
 * without an answer refused), the perceived stress rating by a click on its box; the answers kept with the session
 * and scored into the study's phenotype tables.
 */
class FormQuestionnaireUiTest {

    @Test
    void questionnairesAreAnsweredOnScreenAndScoredIntoThePhenotypeTables(@TempDir Path dir) throws Exception {
        Path studyDir;
        try (StudyFolder f = StudyFolder.create(dir.resolve("study"), "Stress")) {
            f.addParticipant(Participant.of("01"));
            studyDir = f.directory();
        }
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
        presenter.responses().useQuestionnaireForm(new FormQuestionnaire(presenter, clock, instruments::byId));
        List<String> forms = new ArrayList<>();
        try {
            RunListener script = new RunListener() {
                @Override
                public void screenShown(Screen screen, String trialType, long scheduledNanos, long actualNanos) {
                    if (!Screen.QUESTIONNAIRE.equals(screen.kind())) {
                        return;
                    }
                    // the runner's thread: the form goes up right after this returns; act once it is there
                    display.asyncExec(() -> display.timerExec(150, () -> answer(display, presenter, screen, forms)));
                }
            };
            NominalRecording recording = new NominalRecording(SamplingRate.ofHertz(1000), clock.nanoTime());
            SessionFiles files;
            SessionSetup setup;
            try (StudyFolder study = StudyFolder.open(studyDir)) {
                files = SessionFiles.in(study, "01", "01", paradigm.bidsTask(), Map.of());
                setup = SessionSetup.of(clock, presenter, presenter.responses(), recording).withListener(script)
                        .withStore(new PhenotypeScores(files, studyDir, instruments::byId, null));
                SessionRunner runner = new SessionRunner(paradigm, new SessionState("01", "01", paradigm.id(), 1),
                        setup);
                SessionResult r = UiLoop.await(UiLoop.onWorker("forms", runner::run), Duration.ofSeconds(60));
                assertTrue(r.completed(), r.status().toString());

                List<SessionState.QuestionnaireRecord> q = r.state().questionnaires();
                assertEquals(2, q.size());
                List<Integer> scs = new ArrayList<>(List.of(1, 2, 3, 4, 5));
                scs.addAll(Collections.nCopies(21, 2));
                assertEquals(StressTaskTemplate.SCS_26, q.get(0).instrument());
                assertEquals(scs, q.get(0).answers(), "9 refused, Enter without an answer refused");
                assertEquals(List.of(7), q.get(1).answers(), "the click on 7");
                assertTrue(q.get(0).durationSeconds() > 0);
            }
            assertEquals(List.of("scs-26", "perceived-stress"), forms, "each form was on the presentation");
            // the phenotype tables, read back and scored again from their answers
            List<SessionScore> rating = PhenotypeFiles.read(studyDir, instruments.get("perceived-stress"));
            assertEquals(1, rating.size());
            assertEquals("pre", rating.get(0).timepoint());
            assertEquals(7, rating.get(0).score().total());
            List<SessionScore> scsRows = PhenotypeFiles.read(studyDir, instruments.get("scs-26"));
            assertEquals(1, scsRows.size());
            assertEquals(26, scsRows.get(0).score().items().size());
        } finally {
            presenter.close();
            UiLoop.settle();
        }
    }

    /** Answers the form on the presentation (UI thread), with real events. */
    private static void answer(Display display, SwtPresenter presenter, Screen screen, List<String> forms) {
        if (!(presenter.overlayControl() instanceof QuestionnaireWidget w)) {
            // not up yet: try again shortly
            display.timerExec(50, () -> answer(display, presenter, screen, forms));
            return;
        }
        if (!forms.contains(screen.instrument())) {
            // the form is up: give the window system a moment to map and paint it before pointing at it
            forms.add(screen.instrument());
            display.timerExec(300, () -> answer(display, presenter, screen, forms));
            return;
        }
        if (screen.instrument().equals(StressTaskTemplate.SCS_26)) {
            List<Character> keys = new ArrayList<>(List.of('\r', '1', '\r', '2', '\r', '3', '\r', '9', '4', '\r', '5',
                    '\r'));
            for (int i = 6; i <= 26; i++) {
                keys.addAll(List.of('2', '\r'));
            }
            for (char k : keys) {
                UiLoop.postKey(k, k == '\r' ? SWT.CR : k);
            }
        } else {
            // the click goes to the widget's listeners as SWT delivers it: under Xvfb a button press posted through
            // XTest arrives without its pointer position (0,0), so it cannot point at a box
            Rectangle seven = w.answerBounds(7);
            org.eclipse.swt.widgets.Event click = new org.eclipse.swt.widgets.Event();
            click.button = 1;
            click.x = seven.x + seven.width / 2;
            click.y = seven.y + seven.height / 2;
            w.notifyListeners(SWT.MouseDown, click);
            UiLoop.postKey('\r', SWT.CR);
        }
    }
}
