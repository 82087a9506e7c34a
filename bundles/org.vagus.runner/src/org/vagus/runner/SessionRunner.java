package org.vagus.runner;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.vagus.core.model.Event.Columns;
import org.vagus.paradigm.FeedbackPlan;
import org.vagus.paradigm.FeedbackRule;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Phase;
import org.vagus.paradigm.ResponseWindow;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.phases.CountdownPhase;
import org.vagus.paradigm.phases.FeedbackPhase;
import org.vagus.paradigm.phases.FixationPhase;
import org.vagus.paradigm.phases.MessagePhase;
import org.vagus.paradigm.phases.ResponsePhase;
import org.vagus.paradigm.phases.StimulusPhase;
import org.vagus.paradigm.validation.ParadigmValidator;
import org.vagus.paradigm.validation.Problem;
import org.vagus.paradigm.validation.ValidationContext;

/**
 * Runs a session: the paradigm's flow step by step, each task's introduction, trials and closing screens, on the
 * session's {@link org.vagus.core.time.Clock}.
 * <h2>Scheduling</h2>
 * After a fixed screen the next one is scheduled at the fixed screen's <em>scheduled</em> onset plus its nominal
 * duration; after a self-paced screen (or a response window that ends its phase) at the response; the first screen
 * {@link #START_LEAD} after {@link #run()} begins. The schedule therefore does not drift: a constant presentation
 * latency (a display pipeline's) shifts every onset alike and leaves every duration nominal, and a screen shown late
 * is shortened by its lateness rather than delaying the rest of the session. The {@link Presenter} waits for the
 * scheduled onset and returns the actual one; both go into the timing audit, the actual one onto the recording as a
 * marker ({@link MarkerSink}) and into the events file, so durations in the events file are what the participant saw
 * (actual onset to actual onset) and reaction times count from the actual onset.
 * <h2>Persistence, abort and resume</h2>
 * After every trial and flow step the state is saved ({@link SessionStore}), right after the next screen's onset
 * so that the write never delays a screen. {@link #abort()} (from any thread) stops the session at the next screen
 * or wait: the open row is closed, an {@code abort} row added, the state saved as aborted. A runner built on a
 * saved state resumes it in a new run (a new recording) at the first unfinished trial or flow step; the interrupted
 * trial is shown again from its start with the same item and planned feedback.
 * <p>
 * One runner runs once; {@link #run()} is called on the thread that owns the session.
 *
 * @since 0.1.0
 */
public final class SessionRunner {
    /** The time from {@link #run()} to the first screen's scheduled onset, for the presenter to get ready. */
    public static final Duration START_LEAD = Duration.ofMillis(500);

    private final Paradigm paradigm;
    private final SessionState state;
    private final SessionSetup setup;
    private RunRecorder recorder;
    private long nextOnset;
    private boolean checkpointDue;
    private volatile boolean abortRequested;
    private Thread thread;
    private boolean started;

    /**
     * A runner for a new session (a fresh state) or a resumed one (a saved, unfinished state).
     *
     * @throws IllegalArgumentException if the paradigm has validation errors, or the state belongs to another
     *             paradigm or is completed
     */
    public SessionRunner(Paradigm paradigm, SessionState state, SessionSetup setup) {
        this.paradigm = paradigm;
        this.state = state;
        this.setup = setup;
        if (!state.paradigmId().equals(paradigm.id())) {
            throw new IllegalArgumentException("the session state is of paradigm '" + state.paradigmId() + "', not '"
                    + paradigm.id() + "'");
        }
        if (state.status() == SessionState.Status.COMPLETED) {
            throw new IllegalArgumentException("session " + state.session() + " of participant " + state.participant()
                    + " is already completed");
        }
        List<Problem> errors = new ParadigmValidator(setup.types()).validate(paradigm, ValidationContext.none())
                .stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("paradigm " + paradigm.id() + " has errors:\n  " + errors.stream()
                    .map(Problem::toString).collect(Collectors.joining("\n  ")));
        }
    }

    /** The session's state (live while running). */
    public SessionState state() {
        return state;
    }

    /**
     * Asks the session to stop; safe from any thread, including a listener on the runner's thread. The runner
     * stops at its next screen or wait and {@link #run()} returns {@link SessionState.Status#ABORTED}.
     */
    public void abort() {
        abortRequested = true;
        synchronized (this) {
            if (thread != null && thread != Thread.currentThread()) {
                thread.interrupt();
            }
        }
    }

    /**
     * Runs the session (or its remainder) to the end or to an abort.
     *
     * @return how it ended, with the state
     * @throws IOException if the state cannot be saved (the session stops: it would go on unrecorded)
     * @throws IllegalStateException if called twice
     */
    public SessionResult run() throws IOException {
        synchronized (this) {
            if (started) {
                throw new IllegalStateException("a runner runs once; build a new one on the saved state to resume");
            }
            started = true;
            thread = Thread.currentThread();
        }
        SessionState.Run run = state.startRun(setup.markers().rate().hertz());
        recorder = new RunRecorder(run, setup.markers());
        state.status(SessionState.Status.RUNNING);
        try {
            save();
            nextOnset = setup.clock().nanoTime() + START_LEAD.toNanos();
            while (state.step() < paradigm.flow().size()) {
                FlowStep step = paradigm.flow().get(state.step());
                setup.listener().stepStarted(state.step(), step);
                step(step);
                state.nextStep();
                checkpointDue = true;
            }
            long end = setup.presenter().show(Screen.blank(), nextOnset);
            recorder.end(end, "end_of_session", false);
            state.status(SessionState.Status.COMPLETED);
            finalSave();
        } catch (InterruptedException e) {
            recorder.end(setup.clock().nanoTime(), "abort", true);
            state.status(SessionState.Status.ABORTED);
            finalSave();
        } finally {
            synchronized (this) {
                thread = null;
            }
            Thread.interrupted();
        }
        return new SessionResult(state.status(), state, TimingAudit.summarize(run.audit()));
    }

    /**
     * Saves the state. An abort from another thread interrupts the runner, which closes a file channel being
     * written (the atomic write then leaves the old file): that is turned into the abort it is.
     */
    private void save() throws IOException, InterruptedException {
        try {
            setup.store().save(state);
        } catch (ClosedByInterruptException e) {
            Thread.interrupted();
            if (abortRequested) {
                throw new InterruptedException("session aborted");
            }
            throw e;
        }
    }

    /** The last save, which no abort may interrupt any more. */
    private void finalSave() throws IOException {
        synchronized (this) {
            thread = null;
        }
        Thread.interrupted();
        setup.store().save(state);
    }

    private void step(FlowStep step) throws InterruptedException, IOException {
        switch (step) {
            case FlowStep.Consent c -> present(Screen.of(Screen.CONSENT, c.text()), Timing.untilResponse(), null,
                    c.kind(), 0, null);
            case FlowStep.Questionnaire q -> questionnaire(q);
            case FlowStep.Rest r -> present(Screen.of(Screen.REST, r.text()), r.timing(), null, r.kind(), 0, null);
            case FlowStep.Message m -> present(Screen.of(Screen.MESSAGE, m.text()), m.timing(), null, m.kind(), 0,
                    null);
            case FlowStep.End e -> present(Screen.of(Screen.END, e.text()), e.timing(), null, e.kind(), 0, null);
            case FlowStep.RunTask t -> task(paradigm.taskIndex(t.task()));
        }
    }

    private void questionnaire(FlowStep.Questionnaire q) throws InterruptedException, IOException {
        Screen screen = Screen.questionnaire(q.instrument());
        long scheduled = nextOnset;
        long onset = setup.presenter().show(screen, scheduled);
        int row = shown(screen, q.kind(), 0, q.instrument(), scheduled, onset);
        QuestionnaireAnswers answers = setup.participant().answerQuestionnaire(screen, onset);
        checkAbort();
        if (!answers.instrument().equals(q.instrument())) {
            throw new IllegalStateException("asked for " + q.instrument() + ", got answers to " + answers.instrument());
        }
        state.addQuestionnaire(new SessionState.QuestionnaireRecord(q.instrument(), q.occasion(),
                state.currentRun().number(), state.currentRun().events().get(row).onset(),
                (answers.completedNanos() - onset) / 1e9, answers.answers()));
        nextOnset = Math.max(answers.completedNanos(), onset);
    }

    private void task(int index) throws InterruptedException, IOException {
        Task task = paradigm.tasks().get(index);
        FeedbackPlan plan = state.plans().get(task.id());
        if (plan == null) {
            plan = FeedbackPlan.draw(task, state.seed() + index);
            state.plan(task.id(), plan);
        }
        if (!state.introDone() && state.trialsDone() == 0) {
            for (Phase p : task.intro()) {
                phase(p, 0, null, task, null, null);
            }
        }
        state.introDone(true);
        for (int t = state.trialsDone(); t < task.trials().size(); t++) {
            Trial trial = task.trials().get(t);
            Response first = null;
            for (Phase p : trial.phases()) {
                Response r = phase(p, t + 1, trial, task, plan.values().get(t), first);
                if (first == null) {
                    first = r;
                }
            }
            state.trialsDone(t + 1);
            checkpointDue = true;
            setup.listener().trialCompleted(task.id(), t + 1);
        }
        if (!state.outroDone()) {
            for (Phase p : task.outro()) {
                phase(p, 0, null, task, null, null);
            }
            state.outroDone(true);
        }
    }

    /** Shows one phase; returns the first response collected during it, or null. */
    private Response phase(Phase p, int trialNumber, Trial trial, Task task, String planned, Response firstInTrial)
            throws InterruptedException, IOException {
        String item = trial == null ? null : trial.itemCode();
        String feedback = null;
        if (p instanceof FeedbackPhase) {
            feedback = planned != null ? planned
                    : firstInTrial != null && trial.correctResponse() != null
                            && trial.correctResponse().equals(firstInTrial.key()) ? FeedbackRule.CORRECT
                                    : FeedbackRule.WRONG;
        }
        Screen screen = screen(p, trialNumber, item, task, feedback);
        return present(screen, p.timing(), p.responseWindow().orElse(null), p.eventType(), trialNumber, item,
                feedback);
    }

    private Screen screen(Phase p, int trial, String item, Task task, String feedback) {
        ResponseWindow w = p.responseWindow().orElse(null);
        String text = p.displayText().orElse(null);
        return switch (p) {
            case FixationPhase f -> new Screen(Screen.FIXATION, f.symbol(), null, item, null, w, trial, null, p);
            case StimulusPhase s -> new Screen(Screen.STIMULUS, s.text(), image(s.image()), item,
                    s.countdown() ? countdownOf(s.timing()) : null, w, trial, null, p);
            case CountdownPhase c -> new Screen(Screen.COUNTDOWN, c.text(), null, item, c.timing().duration(), w, trial,
                    null, p);
            case ResponsePhase r -> new Screen(Screen.RESPONSE, r.prompt(), null, item, null, w, trial, null, p);
            case FeedbackPhase f -> new Screen(Screen.FEEDBACK, task.feedback().textFor(feedback), null, item, null, w,
                    trial, null, p);
            case MessagePhase m -> new Screen(Screen.MESSAGE, m.text(), null, item, null, w, trial, null, p);
            default -> new Screen(p.type(), text, null, item, null, w, trial, null, p);
        };
    }

    private static Duration countdownOf(Timing t) {
        return t.selfPaced() ? t.timeout() : t.duration();
    }

    private Path image(String name) {
        if (name == null || setup.imageFolder() == null) {
            return null;
        }
        Path file = setup.imageFolder().resolve(name);
        return Files.isRegularFile(file) ? file : null;
    }

    private Response present(Screen screen, Timing timing, ResponseWindow window, String trialType, int trial,
            String item) throws InterruptedException, IOException {
        return present(screen, timing, window, trialType, trial, item, null);
    }

    /**
     * Shows a screen at the next scheduled onset, records it, collects responses, and schedules the next onset.
     *
     * @return the first accepted response, or null
     */
    private Response present(Screen screen, Timing timing, ResponseWindow window, String trialType, int trial,
            String item, String feedback) throws InterruptedException, IOException {
        long scheduled = nextOnset;
        long onset = setup.presenter().show(screen, scheduled);
        int row = shown(screen, trialType, trial, item, scheduled, onset);
        if (feedback != null) {
            recorder.set(row, Columns.FEEDBACK, feedback);
        }
        Response first = null;
        if (!timing.selfPaced()) {
            long end = scheduled + timing.duration().toNanos();
            nextOnset = end;
            if (window != null) {
                Response r;
                while ((r = await(screen, onset, OptionalLong.of(end), window)) != null) {
                    recorder.response(r, trial, item, onset, row);
                    if (first == null) {
                        first = r;
                    }
                    if (window.endsPhase()) {
                        nextOnset = Math.max(onset, r.hostNanos());
                        break;
                    }
                }
            }
        } else {
            OptionalLong deadline = timing.timeout() == null ? OptionalLong.empty()
                    : OptionalLong.of(onset + timing.timeout().toNanos());
            ResponseWindow accepted = window != null ? window : new ResponseWindow(List.of(), true);
            first = await(screen, onset, deadline, accepted);
            if (first != null) {
                recorder.response(first, trial, item, onset, row);
                nextOnset = Math.max(onset, first.hostNanos());
            } else {
                nextOnset = deadline.orElse(setup.clock().nanoTime());
            }
        }
        return first;
    }

    /** The next accepted response before the deadline, or null. Keys the window does not accept are ignored. */
    private Response await(Screen screen, long onset, OptionalLong deadline, ResponseWindow window)
            throws InterruptedException {
        while (true) {
            checkAbort();
            Optional<Response> r = setup.participant().awaitResponse(screen, onset, deadline);
            checkAbort();
            if (r.isEmpty()) {
                return null;
            }
            if (deadline.isPresent() && r.get().hostNanos() - deadline.getAsLong() >= 0) {
                return null;
            }
            if (window.accepts(r.get().key())) {
                return r.get();
            }
        }
    }

    /** Records a screen that was shown; runs a due checkpoint now that the screen is up. */
    private int shown(Screen screen, String trialType, int trial, String item, long scheduled, long onset)
            throws InterruptedException, IOException {
        checkAbort();
        int row = recorder.screen(trialType, trial, item, scheduled, onset);
        setup.listener().screenShown(screen, trialType, scheduled, onset);
        if (checkpointDue) {
            checkpointDue = false;
            save();
        }
        checkAbort();
        return row;
    }

    private void checkAbort() throws InterruptedException {
        if (abortRequested || Thread.interrupted()) {
            throw new InterruptedException("session aborted");
        }
    }
}
