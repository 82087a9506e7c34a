package org.vagus.cli.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * A small study for the analyze command's tests: participants.tsv with the intake's columns
 * (seed-demographics.json: age, gender, marital_status, education, employment, illness_duration) plus the
 * questionnaire scores and a column the recipe does not name ({@code interviewer}, a staff name) that must never
 * reach the results; per
 * participant one session of the seed's stress task (13 trials, 'Wrong' feedback on 11) with a simulated 1000 Hz
 * ECG whose heart rate rises after each 'Wrong' feedback, more in the low-SCS half (alternate participants).
 */
final class AnalyzeTestStudy {
    static final double RATE_HZ = 1000;
    static final String SECRET = "Xavarro Plimsoll";
    private static final String[] MARITAL = {"single", "married", "divorced", "married", "widowed"};
    private static final String[] EMPLOYMENT = {"employed", "unemployed", "student", "employed", "retired"};

    private AnalyzeTestStudy() {
    }

    static void create(Path dir, int participants, double seconds, long seed) throws IOException {
        List<String> columns = List.of("interviewer", "age", "gender", "marital_status", "education", "employment",
                "illness_duration", "scs_total", "hama", "hamd", "stai_s_pre", "stai_s_post", "stress_pre",
                "stress_post");
        SplittableRandom random = new SplittableRandom(seed);
        try (StudyFolder study = StudyFolder.create(dir, "Analyze test study", columns)) {
            for (int i = 0; i < participants; i++) {
                String label = String.format(Locale.ROOT, "%02d", i + 1);
                boolean high = i % 2 == 0;
                Map<String, String> a = new LinkedHashMap<>();
                a.put("interviewer", SECRET);
                a.put("age", Integer.toString(22 + random.nextInt(40)));
                a.put("gender", random.nextInt(10) < 7 ? "female" : "male");
                a.put("marital_status", MARITAL[random.nextInt(MARITAL.length)]);
                a.put("education", random.nextBoolean() ? "secondary" : "tertiary");
                a.put("employment", EMPLOYMENT[random.nextInt(EMPLOYMENT.length)]);
                a.put("illness_duration", Integer.toString(1 + random.nextInt(10)));
                a.put("scs_total", String.format(Locale.ROOT, "%.2f", (high ? 3.0 : 2.0) + 0.05 * i));
                a.put("hama", Integer.toString((high ? 18 : 23) + random.nextInt(6)));
                a.put("hamd", Integer.toString((high ? 11 : 14) + random.nextInt(6)));
                int pre = 40 + random.nextInt(15);
                a.put("stai_s_pre", Integer.toString(pre));
                a.put("stai_s_post", Integer.toString(pre + (high ? 3 : 8) + random.nextInt(5)));
                a.put("stress_pre", Integer.toString(3 + random.nextInt(3)));
                a.put("stress_post", Integer.toString(5 + random.nextInt(3)));
                study.addParticipant(new Participant(label, a, List.of(Session.of("01"))));
                record(study.sessionDirectory(label, "01"), label, high, seconds, seed * 1000 + i);
            }
        }
    }

    private static void record(Path session, String label, boolean high, double seconds, long seed)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        EcgSimulator sim = new EcgSimulator(EcgsynParameters.builder().rateHz(RATE_HZ)
                .meanHeartRateBpm(62 + random.nextInt(15)).rrSdMs(25).seed(seed).build());
        int correct1 = random.nextInt(13);
        int correct2 = (correct1 + 1 + random.nextInt(12)) % 13;
        StringBuilder events = new StringBuilder("onset\tduration\tsample\ttrial_type\ttrial\tfeedback\n");
        for (int t = 0; t < 13; t++) {
            double fixation = 15 + 14 * t;
            double feedback = fixation + 7;
            boolean wrong = t != correct1 && t != correct2;
            events.append(String.format(Locale.ROOT, "%.3f\t1\t%d\tfixation\t%d\tn/a\n", fixation,
                    Math.round(fixation * RATE_HZ), t + 1));
            events.append(String.format(Locale.ROOT, "%.3f\t6\t%d\tfeedback\t%d\t%s\n", feedback,
                    Math.round(feedback * RATE_HZ), t + 1, wrong ? "Wrong" : "Correct"));
            if (wrong) {
                long at = Math.round(feedback * RATE_HZ);
                sim.schedule(at, new HeartRateResponse(high ? 2 : 6, 0.2, 0.5, 2));
                if (!high) {
                    sim.schedule(at, VariabilityResponse.hf(-0.5, 0.5, 5, 1));
                }
            }
        }
        int n = (int) Math.round(seconds * RATE_HZ);
        double[] ecg = new double[n];
        sim.next(ecg, 0, n);
        for (int i = 0; i < n; i++) {
            ecg[i] = Math.rint(ecg[i] * 1000) / 1000;
        }
        String stem = "sub-" + label + "_ses-01_task-stress";
        PhysioSidecar sidecar = PhysioSidecar.of(SamplingRate.ofHertz(RATE_HZ), List.of("ECG"),
                List.of(Unit.MILLIVOLT));
        try (PhysioWriter w = PhysioWriter.create(session.resolve(stem + "_physio.tsv.gz"), sidecar,
                Duration.ofSeconds(1))) {
            w.append(new double[][] {ecg}, 0, n);
        }
        Files.writeString(session.resolve(stem + "_events.tsv"), events.toString());
    }
}
