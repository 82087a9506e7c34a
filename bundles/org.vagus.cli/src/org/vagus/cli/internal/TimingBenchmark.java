package org.vagus.cli.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.vagus.cli.CommandContext;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Phase;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.phases.FixationPhase;
import org.vagus.paradigm.phases.MessagePhase;
import org.vagus.paradigm.phases.StimulusPhase;
import org.vagus.runner.HeadlessPresenter;
import org.vagus.runner.NominalRecording;
import org.vagus.runner.ResponseSource;
import org.vagus.runner.SessionResult;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionSetup;
import org.vagus.runner.SessionState;
import org.vagus.runner.TimingAudit;

/**
 * The benchmark behind {@code vagus bench timing [--presenter headless|swt]}: a paradigm of short fixed phases
 * (fixation, stimulus, message, by default 20 ms each) run through the real {@link SessionRunner} on the
 * {@link MonotonicClock} (1 ms spin window) with a {@link HeadlessPresenter}, which sleeps until each scheduled onset and returns the time it woke as the actual
 * onset. The onset errors (actual minus scheduled) therefore measure the scheduler and the clock's sleep, not a
 * display: the floor under any presenter's timing on this machine. One untimed warm-up session (JIT) precedes the
 * measured one. Printed: the error distribution (median, p90, p99, p99.9, max) and counts per error band.
 * <p>
 * With the {@link #SWT} presenter the same paradigm runs on the real display through the full-screen SWT presenter
 * ({@link org.vagus.runner.ui.SwtTimingBenchmark}; photodiode patch on): the onset errors then include the hand-over
 * to the UI thread, the paint and the flush to the window system (the stages are printed), which is what a session
 * on screen sees. Needs a display (a desktop session, or xvfb-run).
 */
public final class TimingBenchmark {
    /** Screens of the warm-up session. */
    static final int WARM_UP_SCREENS = 150;
    /** The presenter that sleeps until the onset: the scheduler's floor. */
    public static final String HEADLESS = "headless";
    /** The full-screen SWT presenter on the display. */
    public static final String SWT = "swt";

    private TimingBenchmark() {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param ctx where to print
     * @param screens how many screens to measure (rounded up to whole trials of 3 phases; at least 3)
     * @param phase the duration of each screen (at least 1 ms)
     * @return the audit summary
     */
    public static TimingAudit.Summary run(CommandContext ctx, int screens, Duration phase) throws Exception {
        return run(ctx, screens, phase, HEADLESS);
    }

    /**
     * Runs the benchmark with a presenter and prints its figures.
     *
     * @param ctx where to print
     * @param screens how many screens to measure (rounded up to whole trials of 3 phases; at least 3)
     * @param phase the duration of each screen (at least 1 ms)
     * @param presenter {@link #HEADLESS} or {@link #SWT}
     * @return the audit summary
     * @throws IllegalArgumentException for another presenter
     * @throws IllegalStateException if the SWT presenter finds no display
     */
    public static TimingAudit.Summary run(CommandContext ctx, int screens, Duration phase, String presenter)
            throws Exception {
        if (!presenter.equals(HEADLESS) && !presenter.equals(SWT)) {
            throw new IllegalArgumentException("presenter '" + presenter + "': expected " + HEADLESS + " or " + SWT);
        }
        if (screens < 3) {
            throw new IllegalArgumentException("screens must be at least 3, got " + screens);
        }
        if (phase.compareTo(Duration.ofMillis(1)) < 0) {
            throw new IllegalArgumentException("phase duration must be at least 1 ms, got " + phase);
        }
        if (presenter.equals(SWT)) {
            return swt(ctx, screens, phase);
        }
        MonotonicClock clock = MonotonicClock.INSTANCE;
        session(clock, WARM_UP_SCREENS, phase);
        long t0 = System.nanoTime();
        SessionResult r = session(clock, screens, phase);
        double wall = (System.nanoTime() - t0) / 1e9;
        List<TimingAudit.Row> rows = r.state().allAudit();
        ctx.out().printf(Locale.ROOT, "timing benchmark: %d screens of %d ms on %s, headless presenter (sleeps until"
                + " the scheduled onset), %d cores, %.1f s%n", rows.size(), phase.toMillis(), clock,
                Runtime.getRuntime().availableProcessors(), wall);
        return distribution(ctx, rows);
    }

    /** The benchmark on screen, through the SWT presenter. */
    private static TimingAudit.Summary swt(CommandContext ctx, int screens, Duration phase) throws Exception {
        org.vagus.runner.ui.SwtTimingBenchmark.Figures f;
        try {
            f = org.vagus.runner.ui.SwtTimingBenchmark.run(paradigm(WARM_UP_SCREENS / 5, phase),
                    paradigm(screens, phase), screens);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("the SWT presenter is not installed with this command line (bundle"
                    + " org.vagus.runner.ui and SWT): " + e.getMessage(), e);
        }
        ctx.out().printf(Locale.ROOT, "timing benchmark: %d screens of %d ms on %s, SWT presenter full screen %dx%d"
                + " (photodiode patch on; actual onset = paint done, flushed, window system round trip), %d cores,"
                + " %.1f s%n", f.rows().size(), phase.toMillis(), MonotonicClock.INSTANCE, f.width(), f.height(),
                Runtime.getRuntime().availableProcessors(), f.wallSeconds());
        TimingAudit.Summary s = distribution(ctx, f.rows());
        ctx.out().printf(Locale.ROOT, "stages, median / p99 / max: hand-over to the UI thread %s; to the end of the"
                + " paint %s; frame end, flush and round trip %s; not painted within the time-out: %d%n",
                stages(f.traces().stream().mapToDouble(org.vagus.runner.ui.OnsetTrace::handoverMillis).toArray()),
                stages(f.traces().stream().mapToDouble(org.vagus.runner.ui.OnsetTrace::paintMillis).toArray()),
                stages(f.traces().stream().mapToDouble(org.vagus.runner.ui.OnsetTrace::flushMillis).toArray()),
                f.traces().stream().filter(t -> !t.painted()).count());
        return s;
    }

    private static String stages(double[] ms) {
        if (ms.length == 0) {
            return "n/a";
        }
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f ms", s[s.length / 2], rank(s, 0.99), s[s.length - 1]);
    }

    /** Prints the onset-error distribution of the audit rows; returns its summary. */
    private static TimingAudit.Summary distribution(CommandContext ctx, List<TimingAudit.Row> rows) {
        double[] ms = rows.stream().mapToDouble(TimingAudit.Row::errorMillis).toArray();
        TimingAudit.Summary s = TimingAudit.summarize(ms);
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        ctx.out().printf(Locale.ROOT, "onset error (actual - scheduled): median %.3f ms, p90 %.3f ms, p99 %.3f ms,"
                + " p99.9 %.3f ms, max %.3f ms, min %.3f ms, mean %.3f ms%n", s.median(), rank(sorted, 0.90), s.p99(),
                rank(sorted, 0.999), s.max(), s.min(), s.mean());
        double[] bands = { 0.05, 0.1, 0.5, 1, 2, 5 };
        StringBuilder sb = new StringBuilder("distribution:");
        int below = 0;
        for (double b : bands) {
            int n = 0;
            for (double v : sorted) {
                if (v < b) {
                    n++;
                }
            }
            sb.append(String.format(Locale.ROOT, " <%s ms %d (%.1f %%);", strip(b), n - below, 100.0 * (n - below)
                    / sorted.length));
            below = n;
        }
        sb.append(String.format(Locale.ROOT, " >=5 ms %d", sorted.length - below));
        ctx.out().println(sb);
        return s;
    }

    private static SessionResult session(MonotonicClock clock, int screens, Duration phase) throws Exception {
        Paradigm p = paradigm(screens, phase);
        NominalRecording recording = new NominalRecording(SamplingRate.ofHertz(1000), clock.nanoTime());
        SessionState state = new SessionState("bench", "01", p.id(), 1);
        return new SessionRunner(p, state, SessionSetup.of(clock, new HeadlessPresenter(clock), NO_RESPONSES,
                recording)).run();
    }

    /** Trials of a fixation, a text stimulus and a message, each a fixed {@code phase}: {@code screens} rounded up. */
    static Paradigm paradigm(int screens, Duration phase) {
        int trials = (screens + 2) / 3;
        List<Trial> list = new ArrayList<>(trials);
        Timing t = Timing.fixed(phase);
        for (int i = 0; i < trials; i++) {
            List<Phase> phases = List.of(FixationPhase.of(t),
                    new StimulusPhase("item " + (i + 1), null, t, false, null),
                    new MessagePhase("next", t));
            list.add(Trial.of(null, phases));
        }
        Task task = new Task("bench", "Timing benchmark", null, List.of(), list, List.of());
        return new Paradigm("timing-benchmark", "Timing benchmark", "", "timing", null,
                List.of(new FlowStep.RunTask("bench")), List.of(task));
    }

    /** A participant who never answers: the benchmark's screens are all fixed. */
    private static final ResponseSource NO_RESPONSES = ResponseSource.silent("the timing benchmark has no questionnaires");

    private static double rank(double[] sorted, double q) {
        int r = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, r) - 1)];
    }

    private static String strip(double b) {
        return b == Math.rint(b) ? Long.toString((long) b) : Double.toString(b);
    }
}
