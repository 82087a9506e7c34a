package org.vagus.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.analysis.AnalysisEngine;
import org.vagus.analysis.ProgressListener;
import org.vagus.analysis.recipe.Recipes;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.GroupCourse;
import org.vagus.analysis.results.GroupTest;
import org.vagus.analysis.results.ParticipantCourse;
import org.vagus.analysis.results.ParticipantResult;
import org.vagus.analysis.results.WindowComparison;
import org.vagus.core.model.Event;
import org.vagus.core.model.Participant;
import org.vagus.core.units.SamplingRate;
import org.vagus.signal.Parameters;
import org.vagus.signal.beats.BeatTimes;
import org.vagus.signal.beats.EpochAverage;
import org.vagus.signal.beats.EpochWindow;
import org.vagus.signal.beats.Epochs;
import org.vagus.signal.beats.HeartRate;
import org.vagus.stats.SlidingWindowResult;
import org.vagus.study.StudyFolder;

/**
 * The engine on a synthetic study of 10 simulated participants (6.4 min of 1000 Hz ECG each, the seed's task, 11
 * 'Wrong' feedbacks) whose heart rate accelerates after each 'Wrong' feedback by 2 bpm (High group) or 8 bpm (Low
 * group), plus one participant without a recording and one with manual edits.
 */
class AnalysisEngineTest {
    static final int N = 10;
    static final double HIGH_BPM = 2;
    static final double LOW_BPM = 8;

    @TempDir
    static Path root;
    static SyntheticStudy study;
    static AnalysisResult result;

    @BeforeAll
    static void createAndAnalyse() throws Exception {
        study = SyntheticStudy.create(root.resolve("study"), N, 385, HIGH_BPM, LOW_BPM, 20, 42);
        try (StudyFolder f = StudyFolder.open(study.dir)) {
            f.addParticipant(new Participant("99", Map.of("scs_total", "2.8", "hama", "20", "gender", "female", "age",
                    "40"), List.of()));
        }
        SyntheticStudy.Subject s1 = study.subjects.get(0);
        double first = s1.wrongOnsets()[0];
        double beat = s1.beatTimes()[10];
        Files.writeString(s1.physio().resolveSibling("sub-01_ses-01_task-stress_beatedits.tsv"),
                "edit\ttime_s\tto_s\nunusable\t" + (first - 1.5) + "\t" + (first + 6.5) + "\ndelete\t" + beat + "\tn/a\n");
        result = AnalysisEngine.builtIn().run(study.dir, Recipes.builtIn(), 2, ProgressListener.NONE);
    }

    @Test
    void everyParticipantIsAccountedFor() {
        assertEquals(N + 1, result.participants().size());
        assertEquals(N, result.analysed().size());
        ParticipantResult none = result.participant("99").orElseThrow();
        assertEquals(ParticipantResult.Status.NO_RECORDING, none.status());
        assertNull(none.hr());
        assertEquals("High SC", result.group().grouping().groupOf("99"),
                "2.8 is the median of 11 scores: ties go High SC");
        assertEquals(6, result.group().grouping().size("High SC"));
        assertEquals(5, result.group().grouping().size("Low SC"));
        assertEquals(2.8, result.group().grouping().median(), 1e-12);
    }

    /**
     * Each participant's HR epoch average against the response injected into the simulator. The simulated RR process
     * has its own variability (SD 20 ms, about 1.6 bpm), of which 11 trials leave about 0.5 bpm in the average, so
     * a participant's peak is checked within 2.5 bpm and the whole course within 1.5 bpm on average; the next test
     * checks the pipeline itself much more tightly against the simulator's true beats.
     */
    @Test
    void eachParticipantShowsTheInjectedResponse() {
        for (SyntheticStudy.Subject s : study.subjects) {
            ParticipantCourse hr = result.participant(s.label()).orElseThrow().hr();
            assertNotNull(hr, s.label());
            assertEquals(s.wrongOnsets().length, hr.epochs(), s.label());
            double peakSeen = peak(hr.mean(), 0, 3);
            double peakExpected = Double.NEGATIVE_INFINITY;
            double deviation = 0;
            int points = 0;
            double rr = meanRr(s);
            for (int i = 0; i < hr.mean().length(); i++) {
                double t = hr.mean().seconds(i);
                if (t >= 0 && t <= 6) {
                    double expected = SyntheticStudy.expectedResponse(s.peakBpm(), t, rr);
                    peakExpected = Math.max(peakExpected, expected);
                    deviation += Math.abs(hr.mean().value(i) - expected);
                    points++;
                }
            }
            assertEquals(peakExpected, peakSeen, 2.5, "sub-" + s.label() + ": peak of the HR response (bpm)");
            assertTrue(deviation / points < 1.5, "sub-" + s.label() + ": the epoch average departs from the injected"
                    + " response by " + deviation / points + " bpm on average");
        }
    }

    /**
     * Detection, correction, heart rate and epochs recover what the simulator's true beats give through the same
     * heart-rate and epoch steps. Points near a beat can differ by a whole step of the rate where a detected beat
     * lies a few milliseconds from the true one, hence a root-mean-square and a looser worst point.
     */
    @Test
    void heartRateEpochsMatchThoseOfTheTrueBeats() {
        for (SyntheticStudy.Subject s : study.subjects.subList(1, N)) {
            BeatTimes truth = BeatTimes.ofSeconds(s.beatTimes(), Parameters.empty());
            List<Event> events = new ArrayList<>();
            for (double onset : s.wrongOnsets()) {
                events.add(Event.at(SamplingRate.ofHertz(1000), Math.round(onset * 1000), "feedback"));
            }
            EpochAverage expected = Epochs.cut(HeartRate.of(truth).bpm(), events, EpochWindow.defaults()).average();
            ParticipantCourse hr = result.participant(s.label()).orElseThrow().hr();
            assertEquals(expected.mean().length(), hr.mean().length());
            double squares = 0;
            for (int i = 0; i < hr.mean().length(); i++) {
                double d = hr.mean().value(i) - expected.mean().value(i);
                squares += d * d;
                assertEquals(expected.mean().value(i), hr.mean().value(i), 1.0, "sub-" + s.label() + " at "
                        + hr.mean().seconds(i) + " s");
            }
            double rms = Math.sqrt(squares / hr.mean().length());
            assertTrue(rms < 0.3, "sub-" + s.label() + ": RMS difference from the true beats' epochs " + rms + " bpm");
        }
    }

    static double meanRr(SyntheticStudy.Subject s) {
        double[] t = s.beatTimes();
        return (t[t.length - 1] - t[0]) / (t.length - 1);
    }

    static double peak(org.vagus.signal.beats.RegularSeries course, double fromS, double toS) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < course.length(); i++) {
            if (course.seconds(i) >= fromS && course.seconds(i) <= toS) {
                max = Math.max(max, course.value(i));
            }
        }
        return max;
    }

    @Test
    void manualEditsAreApplied() {
        ParticipantResult p = result.participant("01").orElseThrow();
        assertEquals(2, p.recordings().get(0).editsApplied());
        assertEquals("sub-01/ses-01/sub-01_ses-01_task-stress_beatedits.tsv", p.recordings().get(0).beatEdits());
        int trials = study.subjects.get(0).wrongOnsets().length;
        assertEquals(trials, p.hr().epochs());
        for (int c : p.hr().counts()) {
            assertEquals(trials - 1, c, "the epoch inside the unusable segment has no value");
        }
        assertEquals(p.recordings().get(0).rPeaks() - 1, p.recordings().get(0).beats(), "one beat deleted by hand");
    }

    @Test
    void groupDifferenceHasTheRightDirection() {
        GroupTest auc = result.group().test("hr_auc_0_6").orElseThrow();
        assertEquals(GroupTest.Family.A_PRIORI_WINDOW, auc.family());
        assertEquals(5, auc.group1().n());
        assertEquals(5, auc.group2().n());
        assertTrue(auc.test().t() < 0, "High minus Low must be negative: " + auc.apa());
        assertTrue(auc.test().p() < 0.001, auc.apa());
        assertTrue(auc.apa().startsWith("t(8) = -"), auc.apa());
        GroupCourse high = result.group().course("hr", "High SC").orElseThrow();
        GroupCourse low = result.group().course("hr", "Low SC").orElseThrow();
        int at1s = (int) (20 - high.firstIndex());
        assertEquals(1.0, high.seconds(at1s), 1e-12);
        assertTrue(low.meanAt(at1s) > high.meanAt(at1s) + 3, low.meanAt(at1s) + " vs " + high.meanAt(at1s));
        assertTrue(low.ciLow()[at1s] < low.meanAt(at1s) && low.meanAt(at1s) < low.ciHigh()[at1s]);
        double lowPeak = 0;
        double highPeak = 0;
        for (SyntheticStudy.Subject s : study.subjects) {
            double p = peak(result.participant(s.label()).orElseThrow().hr().mean(), 0, 3);
            if (s.group().equals("Low")) {
                lowPeak += p / 5;
            } else {
                highPeak += p / 5;
            }
        }
        assertEquals(LOW_BPM - HIGH_BPM, lowPeak - highPeak, 1.5, "the groups' mean peaks differ by the injected 6 bpm");
        WindowComparison w = result.group().window("hr").orElseThrow();
        assertEquals(5, w.n1());
        SlidingWindowResult r = w.result();
        assertEquals(111, r.windows().size(), "500 ms windows in 50 ms steps over 0..6 s");
        List<SlidingWindowResult.Span> clusters = r.spans(SlidingWindowResult.Family.CLUSTER);
        assertFalse(clusters.isEmpty(), "a significant cluster of windows");
        assertTrue(clusters.get(0).start() < 1.0, "the difference starts early: " + clusters.get(0));
        assertTrue(r.windows().get(clusters.get(0).firstWindow()).test().t() < 0);
        assertTrue(result.group().table1() != null);
    }

    @Test
    void resultFilesHaveTheDocumentedColumns(@TempDir Path out) throws IOException {
        ResultChecks.writeAndCheck(result, out, N + 1);
    }

    @Test
    void sameNumbersOnASecondRunAndWithOneOrTwoThreads(@TempDir Path out) throws Exception {
        Path one = out.resolve("one");
        Path two = out.resolve("two");
        Path again = out.resolve("again");
        org.vagus.analysis.results.ResultFiles.write(AnalysisEngine.builtIn().run(study.dir, Recipes.builtIn(), 1,
                ProgressListener.NONE), one);
        org.vagus.analysis.results.ResultFiles.write(AnalysisEngine.builtIn().run(study.dir, Recipes.builtIn(), 2,
                ProgressListener.NONE), two);
        org.vagus.analysis.results.ResultFiles.write(result, again);
        for (String name : ResultChecks.TSV_FILES) {
            byte[] a = Files.readAllBytes(one.resolve(name));
            assertArrayEquals(a, Files.readAllBytes(two.resolve(name)), name + ": 1 vs 2 threads");
            assertArrayEquals(a, Files.readAllBytes(again.resolve(name)), name + ": second run");
        }
    }

    @Test
    void progressCountsEveryParticipantOnce() throws Exception {
        List<Integer> done = new ArrayList<>();
        List<String> who = new ArrayList<>();
        AnalysisEngine.builtIn().run(study.dir, Recipes.builtIn(), 2, (d, total, r) -> {
            assertEquals(N + 1, total);
            done.add(d);
            who.add(r.label());
        });
        assertEquals(N + 1, done.size());
        for (int i = 0; i < done.size(); i++) {
            assertEquals(i + 1, done.get(i));
        }
        assertEquals(N + 1, who.stream().distinct().count());
    }

    @Test
    void cancellingStopsTheAnalysis() {
        ProgressListener cancel = new ProgressListener() {
            @Override
            public void participantDone(int done, int total, ParticipantResult r) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class,
                () -> AnalysisEngine.builtIn().run(study.dir, Recipes.builtIn(), 2, cancel));
    }
}
