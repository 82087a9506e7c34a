package org.vagus.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.vagus.core.model.Event;
import org.vagus.paradigm.FeedbackPlan;

/**
 * Everything a session has collected and where it stands: the runs (each with its events on its recording's time
 * base and its timing audit), the questionnaire answers, the feedback plans with their seeds, and the position in
 * the flow. The runner persists it after every trial and flow step ({@link SessionStore}), so an aborted or crashed
 * session resumes at the first unfinished trial without losing what was collected.
 * <p>
 * A session that is resumed starts a new run: a new recording, so a new time base and events file. The trial that
 * was interrupted keeps its rows in the earlier run (followed by an {@code abort} row) and is shown again from its
 * start, with the same item and the same planned feedback.
 * <p>
 * Not thread-safe: owned by the runner's thread while it runs.
 *
 * @since 0.1.0
 */
public final class SessionState {

    /** Where a session stands. */
    public enum Status {
        /** Running now, or cut short by a crash. */
        RUNNING,
        /** Stopped by an abort; can be resumed. */
        ABORTED,
        /** Every step was run. */
        COMPLETED
    }

    /**
     * One run: the part of a session on one recording.
     *
     * @param number 1, 2, ...
     * @param rateHertz the recording's sampling rate
     * @param events the events rows, in order (the last one may still be open: duration n/a)
     * @param audit the timing audit rows
     */
    public record Run(int number, double rateHertz, List<Event> events, List<TimingAudit.Row> audit) {
        public Run {
            events = new ArrayList<>(events);
            audit = new ArrayList<>(audit);
        }
    }

    /**
     * One administered questionnaire.
     *
     * @param instrument the instrument id
     * @param occasion the flow step's occasion label, or null
     * @param run the run it was given in
     * @param onsetSeconds the form's onset on that run's time base
     * @param durationSeconds how long the participant took
     * @param answers one answer per item
     */
    public record QuestionnaireRecord(String instrument, String occasion, int run, double onsetSeconds,
            double durationSeconds, List<Integer> answers) {
        public QuestionnaireRecord {
            Objects.requireNonNull(instrument, "instrument");
            answers = List.copyOf(answers);
        }
    }

    private final String participant;
    private final String session;
    private final String paradigmId;
    private final long seed;
    private Status status = Status.RUNNING;
    private int step;
    private boolean introDone;
    private int trialsDone;
    private boolean outroDone;
    private final Map<String, FeedbackPlan> plans = new LinkedHashMap<>();
    private final List<Run> runs = new ArrayList<>();
    private final List<QuestionnaireRecord> questionnaires = new ArrayList<>();

    /**
     * A new session, before its first screen.
     *
     * @param participant the participant label (without {@code sub-})
     * @param session the session label (without {@code ses-})
     * @param paradigmId the paradigm's id
     * @param seed the session's seed (feedback randomisation when the rule has none of its own)
     */
    public SessionState(String participant, String session, String paradigmId, long seed) {
        this.participant = Objects.requireNonNull(participant, "participant");
        this.session = Objects.requireNonNull(session, "session");
        this.paradigmId = Objects.requireNonNull(paradigmId, "paradigmId");
        this.seed = seed;
    }

    /** The participant label. */
    public String participant() {
        return participant;
    }

    /** The session label. */
    public String session() {
        return session;
    }

    /** The paradigm's id. */
    public String paradigmId() {
        return paradigmId;
    }

    /** The session's seed. */
    public long seed() {
        return seed;
    }

    /** Where the session stands. */
    public Status status() {
        return status;
    }

    /** The index of the current (first unfinished) flow step. */
    public int step() {
        return step;
    }

    /** Within a task step: true once the introduction screens were shown. */
    public boolean introDone() {
        return introDone;
    }

    /** Within a task step: the number of completed trials. */
    public int trialsDone() {
        return trialsDone;
    }

    /** Within a task step: true once the closing screens were shown. */
    public boolean outroDone() {
        return outroDone;
    }

    /** The feedback plans drawn so far, by task id. Unmodifiable view. */
    public Map<String, FeedbackPlan> plans() {
        return Collections.unmodifiableMap(plans);
    }

    /** The runs. Unmodifiable view. */
    public List<Run> runs() {
        return Collections.unmodifiableList(runs);
    }

    /** The current (last) run. */
    public Run currentRun() {
        if (runs.isEmpty()) {
            throw new IllegalStateException("the session has not started a run");
        }
        return runs.get(runs.size() - 1);
    }

    /** The questionnaires administered so far. Unmodifiable view. */
    public List<QuestionnaireRecord> questionnaires() {
        return Collections.unmodifiableList(questionnaires);
    }

    /** Every events row of every run, in order. */
    public List<Event> allEvents() {
        List<Event> all = new ArrayList<>();
        runs.forEach(r -> all.addAll(r.events()));
        return all;
    }

    /** Every audit row of every run, in order. */
    public List<TimingAudit.Row> allAudit() {
        List<TimingAudit.Row> all = new ArrayList<>();
        runs.forEach(r -> all.addAll(r.audit()));
        return all;
    }

    // mutators for the runner and the JSON reader

    void status(Status s) {
        status = Objects.requireNonNull(s);
    }

    void position(int newStep, boolean newIntroDone, int newTrialsDone, boolean newOutroDone) {
        step = newStep;
        introDone = newIntroDone;
        trialsDone = newTrialsDone;
        outroDone = newOutroDone;
    }

    void nextStep() {
        position(step + 1, false, 0, false);
    }

    void introDone(boolean done) {
        introDone = done;
    }

    void trialsDone(int n) {
        trialsDone = n;
    }

    void outroDone(boolean done) {
        outroDone = done;
    }

    void plan(String taskId, FeedbackPlan plan) {
        plans.put(taskId, plan);
    }

    Run startRun(double rateHertz) {
        Run r = new Run(runs.size() + 1, rateHertz, List.of(), List.of());
        runs.add(r);
        return r;
    }

    void addRun(Run r) {
        runs.add(r);
    }

    void addQuestionnaire(QuestionnaireRecord q) {
        questionnaires.add(q);
    }
}
