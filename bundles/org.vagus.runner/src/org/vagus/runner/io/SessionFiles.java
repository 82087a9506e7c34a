package org.vagus.runner.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.vagus.core.VagusInfo;
import org.vagus.core.model.Event.Columns;
import org.vagus.paradigm.FeedbackPlan;
import org.vagus.runner.SessionState;
import org.vagus.runner.SessionStateJson;
import org.vagus.runner.SessionStore;
import org.vagus.runner.TimingAudit;
import org.vagus.study.AtomicFiles;
import org.vagus.study.StudyFolder;

import com.google.gson.GsonBuilder;

/**
 * A session's files in its study folder, {@code sub-<p>/ses-<s>/}, named after the BIDS task
 * ({@code sub-<p>_ses-<s>_task-<t>}):
 * <ul>
 * <li>{@code _events.tsv} and {@code _events.json} (BIDS): the events of the first run; a resumed session's later
 * runs get {@code _run-2_events.tsv} and so on, each on its own recording's time base. The sidecar describes the
 * columns and records the paradigm, the seeds and the trials planned to say Correct;</li>
 * <li>{@code _timing.tsv} and {@code _timing.json}: the timing audit of every screen of every run, and its summary
 * (median, p99, max onset error);</li>
 * <li>{@code _questionnaires.tsv}: the raw answers, one row per item;</li>
 * <li>{@code _physio.tsv.gz} and {@code _physio.json} (BIDS), when the session records a sensor: the recording
 * whose sample clock the run's events refer to ({@link #physioFile}; written by the acquisition engine, not
 * here);</li>
 * <li>{@code _runstate.json}: the {@link SessionState} to resume from;</li>
 * <li>{@code _paradigm.json}: the paradigm as run (written by the caller when the session starts).</li>
 * </ul>
 * Every file is written atomically, the state last, so the files on disk never hold less than the state claims.
 *
 * @since 0.1.0
 */
public final class SessionFiles implements SessionStore {
    private final Path dir;
    private final String prefix;
    private final Map<String, Object> provenance;

    /**
     * @param sessionDir the session folder
     * @param participant the participant label (without sub-)
     * @param session the session label (without ses-)
     * @param bidsTask the paradigm's BIDS task label
     * @param provenance written into the sidecars (Vagus version, presenter, clock, ...); copied
     */
    public SessionFiles(Path sessionDir, String participant, String session, String bidsTask,
            Map<String, Object> provenance) {
        this.dir = Objects.requireNonNull(sessionDir, "sessionDir");
        this.prefix = "sub-" + participant + "_ses-" + session + "_task-" + bidsTask;
        this.provenance = new LinkedHashMap<>(provenance);
    }

    /** The files of a session in a study, in {@link StudyFolder#sessionDirectory}. */
    public static SessionFiles in(StudyFolder study, String participant, String session, String bidsTask,
            Map<String, Object> provenance) {
        return new SessionFiles(study.sessionDirectory(participant, session), participant, session, bidsTask,
                provenance);
    }

    /** The session folder. */
    public Path directory() {
        return dir;
    }

    /** The events file of a run (1-based). */
    public Path eventsFile(int run) {
        return dir.resolve(prefix + runPart(run) + "_events.tsv");
    }

    /** The events sidecar of a run. */
    public Path eventsSidecar(int run) {
        return dir.resolve(prefix + runPart(run) + "_events.json");
    }

    /**
     * The physiological recording of a run (1-based), BIDS {@code _physio.tsv.gz} beside the run's events file and
     * named like it, so that the events' onsets (seconds from the recording's first sample) refer to it.
     */
    public Path physioFile(int run) {
        return dir.resolve(prefix + runPart(run) + "_physio.tsv.gz");
    }

    /** The timing audit of all runs. */
    public Path timingFile() {
        return dir.resolve(prefix + "_timing.tsv");
    }

    /** The timing audit summary. */
    public Path timingSummaryFile() {
        return dir.resolve(prefix + "_timing.json");
    }

    /** The raw questionnaire answers. */
    public Path questionnairesFile() {
        return dir.resolve(prefix + "_questionnaires.tsv");
    }

    /** The session state. */
    public Path stateFile() {
        return dir.resolve(prefix + "_runstate.json");
    }

    /** The paradigm as run. */
    public Path paradigmFile() {
        return dir.resolve(prefix + "_paradigm.json");
    }

    /** True if a session state exists. */
    public boolean hasState() {
        return Files.isRegularFile(stateFile());
    }

    /** Reads the saved state. */
    public SessionState loadState() throws IOException {
        return SessionStateJson.parse(Files.readString(stateFile(), StandardCharsets.UTF_8), stateFile());
    }

    @Override
    public void save(SessionState state) throws IOException {
        Files.createDirectories(dir);
        if (!state.runs().isEmpty()) {
            SessionState.Run run = state.currentRun();
            EventsTsvWriter.write(eventsFile(run.number()), run.events());
            AtomicFiles.writeString(eventsSidecar(run.number()), json(sidecar(state, run)));
        }
        List<TimingAudit.Row> audit = state.allAudit();
        AtomicFiles.writeString(timingFile(), TimingAudit.tsv(audit));
        AtomicFiles.writeString(timingSummaryFile(), json(timingSummary(state, audit)));
        AtomicFiles.writeString(questionnairesFile(), questionnaires(state));
        AtomicFiles.writeString(stateFile(), SessionStateJson.toJson(state));
    }

    private String runPart(int run) {
        return run <= 1 ? "" : "_run-" + run;
    }

    private Map<String, Object> sidecar(SessionState s, SessionState.Run run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(Columns.ONSET, column("Onset of the screen or response: seconds from the recording's first sample"
                + " (the marker's sample divided by the sampling rate)", "s"));
        m.put(Columns.DURATION, column("Time until the next screen's onset, on the sample clock; 0 for a response;"
                + " n/a while the screen is still up", "s"));
        m.put(Columns.SAMPLE, column("Index of the recording's sample at the onset (the marker)", null));
        Map<String, Object> type = column("What the row marks", null);
        Map<String, String> levels = new LinkedHashMap<>();
        levels.put("consent", "consent screen");
        levels.put("questionnaire", "questionnaire form (item_code: instrument id; answers in _questionnaires.tsv)");
        levels.put("rest", "baseline rest");
        levels.put("message", "message, task introduction or closing screen");
        levels.put("fixation", "fixation cross");
        levels.put("item", "task item (stimulus), with the countdown and response collection");
        levels.put("countdown", "countdown screen");
        levels.put("prompt", "response prompt");
        levels.put("feedback", "feedback screen (feedback: the value shown)");
        levels.put("response", "a response (response: the key; response_time from the screen's onset)");
        levels.put("end", "last screen");
        levels.put("abort", "the session was aborted here");
        type.put("Levels", levels);
        m.put(Columns.TRIAL_TYPE, type);
        m.put(Columns.TRIAL, column("1-based trial number within the task", null));
        m.put(Columns.ITEM_CODE, column("The item shown (such as B12), or the instrument of a questionnaire", null));
        m.put(Columns.RESPONSE, column("The first response during the screen (key)", null));
        m.put(Columns.RESPONSE_TIME, column("Time of that response from the screen's actual onset, on the session's"
                + " clock", "s"));
        Map<String, Object> feedback = column("The feedback shown", null);
        feedback.put("Levels", Map.of("Correct", "told the answer was correct", "Wrong", "told the answer was wrong"));
        m.put(Columns.FEEDBACK, feedback);
        m.put(Columns.ONSET_SCHEDULED, column("The onset the schedule asked for, on the same time base as onset; see"
                + " _timing.tsv for the errors at full precision", "s"));
        Map<String, Object> presentation = new LinkedHashMap<>();
        presentation.put("OperatingSystem", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        presentation.put("SoftwareName", VagusInfo.NAME);
        presentation.put("SoftwareVersion", VagusInfo.VERSION);
        m.put("StimulusPresentation", presentation);
        m.put("SamplingFrequency", run.rateHertz());
        m.put("VagusParadigm", s.paradigmId());
        m.put("VagusRun", run.number());
        m.put("VagusStatus", s.status().name().toLowerCase(Locale.ROOT));
        m.put("VagusSessionSeed", s.seed());
        Map<String, Object> plans = new LinkedHashMap<>();
        for (Map.Entry<String, FeedbackPlan> e : s.plans().entrySet()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("Seed", e.getValue().seed());
            p.put("CorrectTrials", e.getValue().correctTrials());
            p.put("Values", e.getValue().values());
            plans.put(e.getKey(), p);
        }
        m.put("VagusFeedbackPlans", plans);
        m.putAll(provenance);
        return m;
    }

    private static Map<String, Object> column(String description, String units) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Description", description);
        if (units != null) {
            m.put("Units", units);
        }
        return m;
    }

    private Map<String, Object> timingSummary(SessionState s, List<TimingAudit.Row> audit) {
        TimingAudit.Summary sum = TimingAudit.summarize(audit);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Screens", sum.screens());
        m.put("OnsetErrorMedianMs", round(sum.median()));
        m.put("OnsetErrorP99Ms", round(sum.p99()));
        m.put("OnsetErrorMaxMs", round(sum.max()));
        m.put("OnsetErrorMinMs", round(sum.min()));
        m.put("OnsetErrorMeanMs", round(sum.mean()));
        m.put("Percentile", "nearest rank: the ceil(0.99 n)-th smallest error");
        m.put("Runs", s.runs().size());
        m.putAll(provenance);
        return m;
    }

    private static double round(double ms) {
        return Math.round(ms * 1e4) / 1e4;
    }

    private static String questionnaires(SessionState s) {
        StringBuilder sb = new StringBuilder("instrument\toccasion\trun\tonset\tduration\titem\tanswer\n");
        for (SessionState.QuestionnaireRecord q : s.questionnaires()) {
            for (int i = 0; i < q.answers().size(); i++) {
                sb.append(q.instrument()).append('\t').append(q.occasion() == null ? "n/a" : q.occasion()).append('\t')
                        .append(q.run()).append('\t').append(EventsTsvWriter.seconds(q.onsetSeconds())).append('\t')
                        .append(EventsTsvWriter.seconds(q.durationSeconds())).append('\t').append(i + 1).append('\t')
                        .append(q.answers().get(i)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String json(Map<String, Object> m) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(m) + "\n";
    }
}
