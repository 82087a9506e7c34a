package org.vagus.analysis.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.devices.simulation.ecg.EcgSimulator;
import org.vagus.devices.simulation.ecg.EcgsynParameters;
import org.vagus.devices.simulation.ecg.HeartRateResponse;
import org.vagus.devices.simulation.ecg.VariabilityResponse;
import org.vagus.io.bids.PhysioSidecar;
import org.vagus.io.bids.PhysioWriter;
import org.vagus.study.StudyFolder;

/**
 * A small study of simulated participants for the engine's tests: the seed's stress task (13 trials of fixation
 * 1 s, item 20 s, feedback 6 s; two random trials say 'Correct', the rest 'Wrong') with a 1000 Hz ECG from the
 * ECGSYN simulator, in which every 'Wrong' feedback triggers a heart-rate acceleration, larger in the Low group
 * (low self-compassion score) than in the High group, and a drop of HF power. Participants alternate High and Low,
 * with SCS scores that a median split separates exactly.
 */
final class SyntheticStudy {
    static final double RATE_HZ = 1000;
    static final double TASK_START_S = 20;
    static final double TRIAL_S = 27;
    static final int TRIALS = 13;
    /** The heart-rate response to 'Wrong' feedback: latency 0.2 s, rise 0.5 s, decay 2 s. */
    static final double LATENCY_S = 0.2;
    static final double RISE_S = 0.5;
    static final double DECAY_S = 2;
    static final String[] MARITAL = {"single", "married", "married", "divorced", "widowed"};
    static final String[] EMPLOYMENT = {"employed", "employed", "unemployed", "student", "retired"};

    /**
     * One simulated participant.
     *
     * @param label the participant label
     * @param group High or Low
     * @param peakBpm the injected heart-rate response's peak
     * @param wrongOnsets the onsets of the 'Wrong' feedback, seconds from the first sample
     * @param beatTimes the true R-peak times of the simulated ECG
     * @param physio the data file
     */
    record Subject(String label, String group, double peakBpm, double[] wrongOnsets, double[] beatTimes, Path physio) {
    }

    final Path dir;
    final List<Subject> subjects;

    private SyntheticStudy(Path dir, List<Subject> subjects) {
        this.dir = dir;
        this.subjects = List.copyOf(subjects);
    }

    /**
     * Creates the study.
     *
     * @param dir an empty folder
     * @param n the number of participants with a recording (alternately High and Low)
     * @param seconds the length of each recording
     * @param highPeakBpm the High group's response
     * @param lowPeakBpm the Low group's response
     * @param rrSdMs the natural variability of the RR process
     * @param seed the seed of everything
     */
    static SyntheticStudy create(Path dir, int n, double seconds, double highPeakBpm, double lowPeakBpm, double rrSdMs,
            long seed) throws IOException {
        List<String> columns = List.of("age", "gender", "marital_status", "education", "employment",
                "illness_duration", "scs_total", "hama", "hamd", "stai_s_pre", "stai_s_post", "stress_pre",
                "stress_post");
        List<Subject> subjects = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        try (StudyFolder study = StudyFolder.create(dir, "Synthetic stress study", columns)) {
            for (int i = 0; i < n; i++) {
                String label = String.format(Locale.ROOT, "%02d", i + 1);
                boolean high = i % 2 == 0;
                double scs = high ? 3.0 + 0.1 * i : 2.0 + 0.05 * i;
                Map<String, String> a = new LinkedHashMap<>();
                // the intake's columns (seed-demographics.json); marital status and employment from a stream of
                // their own, so that the draws of the recordings stay those of earlier versions of this study
                SplittableRandom intake = new SplittableRandom(seed * 31 + i);
                a.put("age", Integer.toString(25 + random.nextInt(30)));
                a.put("gender", random.nextBoolean() ? "female" : "male");
                a.put("marital_status", MARITAL[intake.nextInt(MARITAL.length)]);
                a.put("education", random.nextInt(9) < 4 ? "secondary" : "tertiary");
                a.put("employment", EMPLOYMENT[intake.nextInt(EMPLOYMENT.length)]);
                a.put("illness_duration", fmt((6 + random.nextInt(60)) / 12.0));
                a.put("scs_total", fmt(scs));
                a.put("hama", Integer.toString((high ? 17 : 22) + random.nextInt(6)));
                a.put("hamd", Integer.toString((high ? 10 : 13) + random.nextInt(6)));
                double pre = 40 + random.nextInt(15);
                a.put("stai_s_pre", fmt(pre));
                a.put("stai_s_post", fmt(pre + (high ? 3 : 8) + random.nextInt(5)));
                a.put("stress_pre", Integer.toString(3 + random.nextInt(3)));
                a.put("stress_post", Integer.toString(5 + random.nextInt(3)));
                study.addParticipant(new Participant(label, a, List.of(Session.of("01"))));
                Path ses = study.sessionDirectory(label, "01");
                subjects.add(record(ses, label, high ? "High" : "Low", high ? highPeakBpm : lowPeakBpm, high ? 0 : -0.6,
                        seconds, rrSdMs, seed * 1000 + i, random));
            }
        }
        return new SyntheticStudy(dir, subjects);
    }

    private static Subject record(Path ses, String label, String group, double peakBpm, double hfChange,
            double seconds, double rrSdMs, long seed, SplittableRandom random) throws IOException {
        EcgsynParameters p = EcgsynParameters.builder().rateHz(RATE_HZ).meanHeartRateBpm(65 + random.nextInt(15))
                .rrSdMs(rrSdMs).seed(seed).build();
        EcgSimulator sim = new EcgSimulator(p);
        int correct1 = random.nextInt(TRIALS);
        int correct2 = (correct1 + 1 + random.nextInt(TRIALS - 1)) % TRIALS;
        StringBuilder events = new StringBuilder(
                "onset\tduration\tsample\ttrial_type\ttrial\titem_code\tresponse\tresponse_time\tfeedback\tonset_scheduled\n");
        String[] items = {"B12", "C10", "C12", "D9", "D10", "D11", "D12", "E7", "E8", "E9", "E10", "E11", "E12"};
        List<Double> wrong = new ArrayList<>();
        for (int t = 0; t < TRIALS; t++) {
            double fix = TASK_START_S + t * TRIAL_S;
            double item = fix + 1;
            double feedback = item + 20;
            boolean correct = t == correct1 || t == correct2;
            row(events, fix, 1, "fixation", t + 1, "n/a", "n/a");
            row(events, item, 20, "item", t + 1, items[t], "n/a");
            row(events, feedback, 6, "feedback", t + 1, items[t], correct ? "Correct" : "Wrong");
            if (!correct) {
                wrong.add(feedback);
                long sample = Math.round(feedback * RATE_HZ);
                sim.schedule(sample, new HeartRateResponse(peakBpm, LATENCY_S, RISE_S, DECAY_S));
                if (hfChange != 0) {
                    sim.schedule(sample, VariabilityResponse.hf(hfChange, 0.5, 6, 1));
                }
            }
        }
        int samples = (int) Math.round(seconds * RATE_HZ);
        double[] ecg = new double[samples];
        sim.next(ecg, 0, samples);
        for (int i = 0; i < samples; i++) {
            ecg[i] = Math.rint(ecg[i] * 1000) / 1000;
        }
        String stem = "sub-" + label + "_ses-01_task-stress";
        Path physio = ses.resolve(stem + "_physio.tsv.gz");
        PhysioSidecar sidecar = PhysioSidecar.of(SamplingRate.ofHertz(RATE_HZ), List.of("ECG"), List.of(Unit.MILLIVOLT));
        try (PhysioWriter w = PhysioWriter.create(physio, sidecar, Duration.ofSeconds(1))) {
            w.append(new double[][] {ecg}, 0, samples);
        }
        Files.writeString(ses.resolve(stem + "_events.tsv"), events);
        return new Subject(label, group, peakBpm, wrong.stream().mapToDouble(Double::doubleValue).toArray(),
                sim.beatTimesS(), physio);
    }

    private static void row(StringBuilder b, double onset, double duration, String type, int trial, String item,
            String feedback) {
        b.append(String.format(Locale.ROOT, "%.3f\t%s\t%d\t%s\t%d\t%s\tn/a\tn/a\t%s\t%.3f\n", onset, fmt(duration),
                Math.round(onset * RATE_HZ), type, trial, item, feedback, onset));
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /**
     * The heart-rate change a step-interpolated BPM series shows on average at {@code s} seconds after the event:
     * the response is added at each beat's start and held until the next beat, so the series at {@code s} carries
     * the response at the start of the beat in progress, on average {@code (1 / rr) * integral over u in [0, rr] of
     * dHR(s - u)}.
     */
    static double expectedResponse(double peakBpm, double s, double rrS) {
        HeartRateResponse r = new HeartRateResponse(peakBpm, LATENCY_S, RISE_S, DECAY_S);
        int steps = 200;
        double sum = 0;
        for (int k = 0; k < steps; k++) {
            sum += r.valueAt(s - (k + 0.5) * rrS / steps);
        }
        return sum / steps;
    }
}
