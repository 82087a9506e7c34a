package org.vagus.runner.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.paradigm.Paradigm;
import org.vagus.runner.SessionResult;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionState;
import org.vagus.runner.TimingAudit;

class TimingAuditTest {

    @Test
    void summaryOfKnownErrors() {
        // errors 1 .. 200 ms: median (100 + 101) / 2 = 100.5; p99 by nearest rank: ceil(0.99 * 200) = 198th = 198;
        // max 200; min 1; mean 100.5
        List<TimingAudit.Row> rows = new ArrayList<>();
        for (int i = 200; i >= 1; i--) {
            rows.add(new TimingAudit.Row(1, i, "x", 0, 0, 0, i * 1_000_000L));
        }
        TimingAudit.Summary s = TimingAudit.summarize(rows);
        assertEquals(200, s.screens());
        assertEquals(100.5, s.median(), 1e-12);
        assertEquals(198, s.p99(), 1e-12);
        assertEquals(200, s.max(), 1e-12);
        assertEquals(1, s.min(), 1e-12);
        assertEquals(100.5, s.mean(), 1e-12);
        // odd count: the middle value; small n: p99 is the maximum
        TimingAudit.Summary odd = TimingAudit.summarize(new double[] { 3, 1, 2 });
        assertEquals(2, odd.median(), 0);
        assertEquals(3, odd.p99(), 0);
        assertEquals(0, TimingAudit.summarize(new double[0]).screens());
    }

    @Test
    void aDisplayLatencyShowsInEveryScreenButNotInTheDurations() throws Exception {
        // a presenter 2.5 ms late on every screen: each onset error is 2.5 ms, and since the schedule does not
        // drift (the next screen is due at this one's scheduled onset plus its duration), durations stay nominal
        Headless h = new Headless(4, Duration.ofNanos(2_500_000));
        Paradigm p = Headless.stress();
        SessionResult r = new SessionRunner(p, new SessionState("01", "01", p.id(), 3), h.setup).run();
        TimingAudit.Summary s = r.audit();
        assertEquals(49, s.screens());
        assertEquals(2.5, s.median(), 1e-9);
        assertEquals(2.5, s.p99(), 1e-9);
        assertEquals(2.5, s.max(), 1e-9);
        assertEquals(2.5, s.min(), 1e-9);
        for (TimingAudit.Row row : r.state().currentRun().audit()) {
            assertEquals(2_500_000L, row.errorNanos());
            // on the recording's time base too (1000 Hz: the actual onset rounds to a sample)
            assertEquals(row.scheduledSeconds() + 0.0025, row.actualSeconds(), 0.0005 + 1e-9);
        }
        r.state().currentRun().events().stream().filter(e -> e.trialType().equals("item"))
                .forEach(e -> assertEquals(20.0, e.duration(), 0.001 + 1e-9));
        String tsv = TimingAudit.tsv(r.state().currentRun().audit());
        assertEquals("run\tscreen\ttrial_type\ttrial\tonset_scheduled\tonset_actual\terror_ms", tsv.lines().findFirst()
                .orElseThrow());
        assertEquals(50, tsv.lines().count());
        assertEquals("2.5000", tsv.lines().skip(1).findFirst().orElseThrow().split("\t")[6]);
    }
}
