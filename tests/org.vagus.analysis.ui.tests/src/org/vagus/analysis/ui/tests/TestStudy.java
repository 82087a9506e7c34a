package org.vagus.analysis.ui.tests;

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
import org.vagus.io.bids.PhysioSidecar;
import org.vagus.io.bids.PhysioWriter;
import org.vagus.study.StudyFolder;

/**
 * A small generated study for the Analyze perspective's tests, written through the study API: participants
 * alternate high and low self-compassion (SCS), each with one session holding a 1000 Hz ECG from the ECGSYN
 * simulator and the events of the stress task's first trials (fixation 1 s, item 20 s, feedback 6 s from 20 s on;
 * trial 2 says 'Correct', the others 'Wrong'). Every 'Wrong' feedback speeds the simulated heart up, more in the low
 * group, so the group analysis has something to find. The participants.tsv columns are the ones the built-in recipe
 * reads (Table 1, grouping, questionnaire changes), under the names of both versions of the seed recipe.
 */
final class TestStudy {
    static final double RATE_HZ = 1000;
    static final double TASK_START_S = 20;
    static final double TRIAL_S = 27;

    private TestStudy() {
    }

    /**
     * Creates the study.
     *
     * @param dir an empty or missing folder
     * @param n the number of participants
     * @param seconds the length of each recording
     * @param seed the seed of everything
     * @return the folder
     */
    static Path create(Path dir, int n, double seconds, long seed) throws IOException {
        List<String> columns = List.of("age", "sex", "education_years", "illness_months", "gender", "marital_status", "education", "employment",
                "illness_duration", "scs_total", "hama", "hamd", "stai_s_pre", "stai_s_post", "stress_pre",
                "stress_post");
        SplittableRandom random = new SplittableRandom(seed);
        try (StudyFolder study = StudyFolder.create(dir, "Analyze perspective test study", columns)) {
            for (int i = 0; i < n; i++) {
                String label = String.format(Locale.ROOT, "%02d", i + 1);
                boolean high = i % 2 == 0;
                Map<String, String> a = new LinkedHashMap<>();
                a.put("age", Integer.toString(25 + random.nextInt(30)));
                boolean female = random.nextBoolean();
                a.put("sex", female ? "F" : "M"); // the column name of the first built-in recipe
                a.put("education_years", Integer.toString(9 + random.nextInt(9)));
                a.put("illness_months", Integer.toString(6 + random.nextInt(60)));
                a.put("gender", female ? "female" : "male");
                a.put("marital_status", random.nextBoolean() ? "married" : "single");
                a.put("education", random.nextBoolean() ? "tertiary" : "secondary");
                a.put("employment", random.nextBoolean() ? "employed" : "unemployed");
                a.put("illness_duration", Integer.toString(1 + random.nextInt(10)));
                a.put("scs_total", String.format(Locale.ROOT, "%.2f", high ? 3.2 + 0.1 * i : 2.0 + 0.05 * i));
                a.put("hama", Integer.toString((high ? 17 : 22) + random.nextInt(6)));
                a.put("hamd", Integer.toString((high ? 10 : 13) + random.nextInt(6)));
                int pre = 40 + random.nextInt(15);
                a.put("stai_s_pre", Integer.toString(pre));
                a.put("stai_s_post", Integer.toString(pre + (high ? 3 : 8) + random.nextInt(5)));
                a.put("stress_pre", Integer.toString(3 + random.nextInt(3)));
                a.put("stress_post", Integer.toString(5 + random.nextInt(3)));
                study.addParticipant(new Participant(label, a, List.of(Session.of("01"))));
                record(study.sessionDirectory(label, "01"), label, high ? 4 : 9, seconds, seed * 100 + i, random);
            }
        }
        return dir;
    }

    /** The data file of a participant's recording. */
    static Path physio(Path dir, String label) {
        return dir.resolve("sub-" + label).resolve("ses-01")
                .resolve("sub-" + label + "_ses-01_task-stress_physio.tsv.gz");
    }

    private static void record(Path ses, String label, double peakBpm, double seconds, long seed,
            SplittableRandom random) throws IOException {
        EcgSimulator sim = new EcgSimulator(EcgsynParameters.builder().rateHz(RATE_HZ)
                .meanHeartRateBpm(65 + random.nextInt(15)).rrSdMs(30).seed(seed).build());
        StringBuilder events = new StringBuilder("onset\tduration\ttrial_type\ttrial\tfeedback\n");
        for (int t = 0; TASK_START_S + (t + 1) * TRIAL_S <= seconds; t++) {
            double fix = TASK_START_S + t * TRIAL_S;
            double feedback = fix + 21;
            boolean correct = t == 1;
            events.append(String.format(Locale.ROOT, "%.3f\t1\tfixation\t%d\tn/a\n", fix, t + 1));
            events.append(String.format(Locale.ROOT, "%.3f\t20\titem\t%d\tn/a\n", fix + 1, t + 1));
            events.append(String.format(Locale.ROOT, "%.3f\t6\tfeedback\t%d\t%s\n", feedback, t + 1,
                    correct ? "Correct" : "Wrong"));
            if (!correct) {
                sim.schedule(Math.round(feedback * RATE_HZ), new HeartRateResponse(peakBpm, 0.2, 0.5, 2));
            }
        }
        int samples = (int) Math.round(seconds * RATE_HZ);
        double[] ecg = new double[samples];
        sim.next(ecg, 0, samples);
        for (int i = 0; i < samples; i++) {
            ecg[i] = Math.rint(ecg[i] * 1000) / 1000;
        }
        String stem = "sub-" + label + "_ses-01_task-stress";
        PhysioSidecar sidecar = PhysioSidecar.of(SamplingRate.ofHertz(RATE_HZ), List.of("ECG"),
                List.of(Unit.MILLIVOLT));
        try (PhysioWriter w = PhysioWriter.create(ses.resolve(stem + "_physio.tsv.gz"), sidecar,
                Duration.ofSeconds(1))) {
            w.append(new double[][] {ecg}, 0, samples);
        }
        Files.writeString(ses.resolve(stem + "_events.tsv"), events);
    }
}
