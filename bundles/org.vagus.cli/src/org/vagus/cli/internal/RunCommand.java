package org.vagus.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.vagus.cli.Arguments;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;
import org.vagus.core.VagusInfo;
import org.vagus.core.model.Event;
import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.core.time.SimulatedClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.paradigm.FeedbackPlan;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.io.ParadigmJson;
import org.vagus.paradigm.validation.ParadigmValidator;
import org.vagus.paradigm.validation.Problem;
import org.vagus.paradigm.validation.ValidationContext;
import org.vagus.runner.HeadlessPresenter;
import org.vagus.runner.NominalRecording;
import org.vagus.runner.SessionResult;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionSetup;
import org.vagus.runner.SessionState;
import org.vagus.runner.io.SessionFiles;
import org.vagus.runner.simulation.SimulatedParticipant;
import org.vagus.runner.simulation.SimulationParameters;
import org.vagus.study.StudyFolder;

/**
 * {@code vagus run --paradigm FILE-or-TEMPLATE --participant ID --study DIR [--simulate] [--seed S]}: runs a session
 * of a paradigm for a participant and writes its events ({@code _events.tsv}), timing audit, questionnaire answers
 * and resumable state into {@code sub-ID/ses-01/} of the study. Headless with {@code --simulate}: a simulated
 * participant on a simulated clock, faster than real time, with the onsets and durations a real session would have
 * had (markers on a nominal 1000 Hz sample clock). On-screen presentation needs the workbench's Run perspective
 * until the full-screen SWT presenter exists.
 */
public final class RunCommand implements VagusCommand {
    /** The nominal sampling rate of headless runs: the seed's ECG rate. */
    static final SamplingRate NOMINAL_RATE = SamplingRate.ofHertz(1000);

    @Override
    public String summary() {
        return "run a session of a paradigm (the seed's task: stress-task); headless with --simulate";
    }

    @Override
    public String usage() {
        return """
                vagus run --paradigm FILE-or-TEMPLATE --participant ID --study DIR [--session LABEL] [--simulate]
                          [--seed S] [--images DIR] [--resume]
                  --paradigm     a paradigm file, or a template id such as stress-task (vagus paradigm templates)
                  --participant  the participant label (sub-ID); added to the study if missing
                  --study        the study folder (vagus study create)
                  --session      the session label (default 01); added if missing
                  --simulate     headless: a simulated participant on a simulated clock, faster than real time
                  --seed S       the session's seed (feedback randomisation, simulated answers); default random,
                                 printed and recorded
                  --images DIR   the folder of the stimulus images (default: the paradigm's imageFolder, relative to
                                 the paradigm file, or to the working directory for a template: ./raven-items for
                                 stress-task); a missing image shows its item code
                  --resume       continue an aborted session of this participant and session where it stopped
                writes sub-ID/ses-LABEL/sub-ID_ses-LABEL_task-T_events.tsv (+ .json), _timing.tsv (+ .json),
                _questionnaires.tsv, _runstate.json and _paradigm.json""";
    }

    @Override
    public int run(CommandContext ctx, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("paradigm", "participant", "study", "session", "seed", "images"),
                Set.of("simulate", "resume"));
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
        }
        String paradigmArg = required(a, "paradigm");
        String participant = required(a, "participant");
        Path studyDir = ctx.resolve(required(a, "study"));
        String session = a.option("session", "01");
        if (!a.flag("simulate")) {
            throw new IllegalStateException("on-screen presentation needs the workbench's Run perspective (the"
                    + " full-screen presenter is not available from the command line yet); add --simulate for a"
                    + " headless session with a simulated participant");
        }
        Long seedOption = seed(a.option("seed", null));
        TaskRegistry types = ParadigmCommand.registry(ctx.err());
        ParadigmCommand.Loaded loaded = ParadigmCommand.load(ctx, types, paradigmArg);
        Paradigm paradigm = loaded.paradigm();
        try (StudyFolder study = StudyFolder.open(studyDir)) {
            ensureSession(ctx, study, participant, session);
            Map<String, Object> provenance = new LinkedHashMap<>();
            provenance.put("GeneratedBy", VagusInfo.nameAndVersion());
            provenance.put("VagusPresenter", "headless (no display): the actual onset is the end of the wait for the"
                    + " scheduled onset");
            provenance.put("VagusClock", "simulated (faster than real time)");
            provenance.put("VagusParticipant", "simulated");
            SessionFiles files = SessionFiles.in(study, participant, session, paradigm.bidsTask(), provenance);
            SessionState state;
            if (files.hasState()) {
                if (!a.flag("resume")) {
                    throw new IllegalStateException("sub-" + participant + " ses-" + session + " already has a session"
                            + " of task " + paradigm.bidsTask() + " (" + files.stateFile() + "); add --resume to"
                            + " continue it, or choose another --session");
                }
                state = files.loadState();
                if (state.status() == SessionState.Status.COMPLETED) {
                    throw new IllegalStateException("sub-" + participant + " ses-" + session + " is already completed");
                }
                paradigm = new ParadigmJson(types).read(files.paradigmFile());
                ctx.err().println("resuming at flow step " + (state.step() + 1) + " of " + paradigm.flow().size()
                        + " (trials done: " + state.trialsDone() + "), run " + (state.runs().size() + 1));
            } else {
                if (a.flag("resume")) {
                    throw new IllegalStateException("no session to resume in " + files.directory());
                }
                long seed = seedOption != null ? seedOption : new SecureRandom().nextLong();
                state = new SessionState(participant, session, paradigm.id(), seed);
                new ParadigmJson(types).write(files.paradigmFile(), paradigm);
            }
            Path images = a.option("images", null) != null ? ctx.resolve(a.option("images", null))
                    : ValidationContext.imageFolder(paradigm, loaded.file(), ctx.workingDirectory());
            List<Problem> problems = new ParadigmValidator(types).validate(paradigm,
                    new ValidationContext(images, ParadigmCommand.KNOWN_INSTRUMENTS));
            if (ParadigmValidator.hasErrors(problems)) {
                problems.stream().filter(Problem::isError).forEach(p -> ctx.err().println("  " + p));
                throw new IllegalStateException("the paradigm has errors (vagus paradigm validate lists them)");
            }
            return simulate(ctx, paradigm, state, files, images, types);
        }
    }

    private static int simulate(CommandContext ctx, Paradigm paradigm, SessionState state, SessionFiles files,
            Path images, TaskRegistry types) throws IOException {
        SimulatedClock clock = new SimulatedClock();
        NominalRecording recording = new NominalRecording(NOMINAL_RATE, clock.nanoTime());
        int run = state.runs().size() + 1;
        SimulatedParticipant participant = new SimulatedParticipant(clock, SimulationParameters.defaults(),
                state.seed() * 31 + run);
        SessionSetup setup = new SessionSetup(clock, new HeadlessPresenter(clock), participant, recording, files,
                images, types, null);
        long wall = System.nanoTime();
        SessionResult result = new SessionRunner(paradigm, state, setup).run();
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        report(ctx, paradigm, result, files, clock.nanoTime() / 1e9, wallSeconds, recording.markers().size());
        return result.completed() ? 0 : 1;
    }

    private static void report(CommandContext ctx, Paradigm paradigm, SessionResult r, SessionFiles files,
            double simulatedSeconds, double wallSeconds, int markers) {
        SessionState s = r.state();
        ctx.out().printf(Locale.ROOT, "sub-%s ses-%s %s: %s, seed %d (simulated participant)%n", s.participant(),
                s.session(), paradigm.id(), s.status().name().toLowerCase(Locale.ROOT), s.seed());
        List<Event> events = s.allEvents();
        long trials = events.stream().filter(ev -> ev.trial() > 0).mapToInt(Event::trial).distinct().count();
        List<Event> feedback = events.stream().filter(ev -> ev.trialType().equals("feedback")).toList();
        long correct = feedback.stream().filter(ev -> ev.column(Event.Columns.FEEDBACK).orElse("").equals("Correct"))
                .count();
        ctx.out().printf(Locale.ROOT, "%d trials; feedback shown: %d Correct, %d Wrong%n", trials, correct,
                feedback.size() - correct);
        for (Map.Entry<String, FeedbackPlan> e : s.plans().entrySet()) {
            ctx.out().printf(Locale.ROOT, "task %s: planned Correct on trials %s (seed %d)%n", e.getKey(),
                    e.getValue().correctTrials(), e.getValue().seed());
        }
        ctx.out().println("timing audit: " + r.audit().describe());
        ctx.out().printf(Locale.ROOT, "%d markers; session time %.1f s simulated in %.2f s%n", markers,
                simulatedSeconds, wallSeconds);
        int run = s.runs().size();
        ctx.out().println("events: " + files.eventsFile(run));
        ctx.out().println("timing: " + files.timingFile());
        if (r.status() == SessionState.Status.ABORTED) {
            ctx.out().println("aborted: continue with --resume");
        }
    }

    private static void ensureSession(CommandContext ctx, StudyFolder study, String participant, String session)
            throws IOException {
        Participant p = study.study().participant(participant).orElse(null);
        if (p == null) {
            study.addParticipant(Participant.of(participant));
            ctx.err().println("added participant sub-" + participant + " to " + study.directory());
            p = study.study().participant(participant).orElseThrow();
        }
        if (p.session(session).isEmpty()) {
            study.addSession(participant, Session.of(session)
                    .withAcquisitionTime(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)));
        }
    }

    private static String required(Arguments a, String name) throws UsageException {
        String v = a.option(name, null);
        if (v == null || v.isBlank()) {
            throw new UsageException("--" + name + " is required");
        }
        return v;
    }

    private static Long seed(String v) throws UsageException {
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed expects a whole number, got '" + v + "'");
        }
    }
}
