package org.vagus.runner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.paradigm.Paradigm;
import org.vagus.runner.NominalRecording;
import org.vagus.runner.QuestionnaireAnswers;
import org.vagus.runner.Response;
import org.vagus.runner.ResponseSource;
import org.vagus.runner.Screen;
import org.vagus.runner.SessionResult;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionSetup;
import org.vagus.runner.SessionState;
import org.vagus.runner.TimingAudit;
import org.vagus.runner.ui.OnsetTrace;
import org.vagus.runner.ui.PresenterOptions;
import org.vagus.runner.ui.SwtPresenter;
import org.vagus.runner.ui.photodiode.PhotodiodePatch;

/**
 * The on-screen counterpart of {@code vagus bench timing}: 100 screens of 50 ms (fixation, text stimulus, message)
 * through the runner and the {@link SwtPresenter} on the real display, after an untimed warm-up of 30 screens, with
 * the photodiode patch on. Prints the audit's onset errors (median, p99, max) and where they come from (the stages
 * of {@link OnsetTrace}). A figure, not a check: nothing is asserted about the times. Run as a test (one log line
 * block) or with {@link #main} ({@code [screens] [ms]}).
 */
class PresenterTimingBenchmarkTest {

    @Test
    void hundredScreensOfFiftyMilliseconds() throws Exception {
        TimingAudit.Summary s = run(100, 50);
        assertEquals(100, s.screens(), "100 screens measured (with the trials rounded up: 34 x 3 = 102, cut below)");
        assertTrue(s.max() >= s.median());
    }

    public static void main(String[] args) throws Exception {
        int screens = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        long ms = args.length > 1 ? Long.parseLong(args[1]) : 50;
        Display d = UiLoop.display();
        try {
            run(screens, ms);
        } finally {
            d.dispose();
        }
    }

    /** Runs the benchmark and prints its figures; returns the summary of the first {@code screens} screens. */
    static TimingAudit.Summary run(int screens, long ms) throws Exception {
        Display display = UiLoop.display();
        MonotonicClock clock = MonotonicClock.INSTANCE;
        SwtPresenter presenter = new SwtPresenter(display, clock,
                PresenterOptions.defaults().withPhotodiode(PhotodiodePatch.at(PhotodiodePatch.Corner.BOTTOM_LEFT)),
                null);
        try {
            session(display, presenter, clock, 30, ms);
            int warm = presenter.traces().size();
            long t0 = System.nanoTime();
            SessionResult r = session(display, presenter, clock, screens, ms);
            double wall = (System.nanoTime() - t0) / 1e9;
            List<TimingAudit.Row> rows = r.state().allAudit().subList(0, screens);
            TimingAudit.Summary s = TimingAudit.summarize(rows);
            List<OnsetTrace> traces = presenter.traces().subList(warm, warm + screens);
            org.eclipse.swt.graphics.Rectangle b = display.getPrimaryMonitor().getBounds();
            System.out.printf(Locale.ROOT, "[runner.ui] timing benchmark: %d screens of %d ms, SWT presenter %dx%d,"
                    + " photodiode patch on, %s, %d cores, %.1f s%n", screens, ms, b.width, b.height, clock,
                    Runtime.getRuntime().availableProcessors(), wall);
            System.out.printf(Locale.ROOT, "[runner.ui] onset error (actual - scheduled): median %.3f ms, p99 %.3f ms,"
                    + " max %.3f ms (min %.3f ms, mean %.3f ms)%n", s.median(), s.p99(), s.max(), s.min(), s.mean());
            System.out.printf(Locale.ROOT, "[runner.ui] stages, median / p99 / max: hand-over to the UI thread %s;"
                    + " to the end of the paint %s; frame end, flush and round trip %s%n",
                    stats(traces.stream().mapToDouble(OnsetTrace::handoverMillis).toArray()),
                    stats(traces.stream().mapToDouble(OnsetTrace::paintMillis).toArray()),
                    stats(traces.stream().mapToDouble(OnsetTrace::flushMillis).toArray()));
            long unpainted = traces.stream().filter(t -> !t.painted()).count();
            System.out.printf(Locale.ROOT, "[runner.ui] screens not painted within the timeout: %d%n", unpainted);
            return s;
        } finally {
            presenter.close();
            UiLoop.settle();
        }
    }

    private static SessionResult session(Display display, SwtPresenter presenter, MonotonicClock clock, int screens,
            long ms) throws Exception {
        Paradigm p = TestParadigms.bench(screens, ms);
        NominalRecording recording = new NominalRecording(SamplingRate.ofHertz(1000), clock.nanoTime());
        SessionRunner runner = new SessionRunner(p, new SessionState("bench", "01", p.id(), 1),
                SessionSetup.of(clock, presenter, NO_RESPONSES, recording));
        return UiLoop.await(UiLoop.onWorker("bench", runner::run), Duration.ofSeconds(60 + screens * ms / 500));
    }

    private static String stats(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        int p99 = (int) Math.ceil(0.99 * s.length) - 1;
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f ms", s[s.length / 2], s[Math.max(0, p99)],
                s[s.length - 1]);
    }

    private static final ResponseSource NO_RESPONSES = new ResponseSource() {
        @Override
        public Optional<Response> awaitResponse(Screen screen, long onsetNanos, OptionalLong deadlineNanos) {
            return Optional.empty();
        }

        @Override
        public QuestionnaireAnswers answerQuestionnaire(Screen screen, long onsetNanos) {
            throw new IllegalArgumentException("no questionnaires in the benchmark");
        }
    };
}
