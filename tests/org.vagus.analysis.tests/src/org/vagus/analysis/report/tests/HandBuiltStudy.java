package org.vagus.analysis.report.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vagus.analysis.internal.GroupAnalysis;
import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.recipe.RecipeException;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.GroupResult;
import org.vagus.analysis.results.InputFile;
import org.vagus.analysis.results.ParticipantCourse;
import org.vagus.analysis.results.ParticipantResult;
import org.vagus.core.model.Participant;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.Parameters;
import org.vagus.signal.beats.AreaUnderCurve;
import org.vagus.signal.beats.RegularSeries;

/**
 * An analysis result of 77 participants built without recordings: participants.tsv values and trial-averaged
 * courses from fixed formulas (no random numbers, so that {@link #PYTHON} reproduces the participants.tsv values
 * exactly), the group level computed by the engine's own {@link GroupAnalysis}. Participant i (0-based, label
 * {@code i + 1} in two digits) has:
 * <ul>
 * <li>scs_total = 1.5 + ((37 i) mod 60) / 20; age = 20 + (13 i) mod 40; gender female if (7 i) mod 10 &lt; 7;
 * marital_status, education, employment and illness_duration (years, one decimal) by the formulas below;</li>
 * <li>hama = 30 - round(3 scs) + (19 i) mod 9, hamd = 8 + (23 i) mod 14, STAI-S and stress before and after;</li>
 * <li>a heart-rate change course of 2 bpm (scs &gt;= 3) or 3.5 bpm (below) times a response bump whose size varies
 * between participants, plus a deterministic ripple; an nHF change course of +0.02 or -0.02 times a slower bump of
 * varying size, plus a ripple;</li>
 * <li>identifying columns full_name, birth_date and email, which must never reach a result or the report.</li>
 * </ul>
 * The last participant has no recording (status no_recording, no courses) but its scores.
 */
final class HandBuiltStudy {
    static final int N = 77;
    static final String[] MARITAL = {"single", "married", "divorced", "widowed"};
    static final String[] EMPLOYMENT = {"employed", "unemployed", "student", "retired"};
    /** A value of an identifying column: it must appear in no output file. */
    static final String SECRET_NAME = "Zorblax Quimby";
    static final String SECRET_DATE = "1971-03-";
    static final String SECRET_MAIL = "@mail.invalid";

    /**
     * The participants.tsv values in Python (numpy), for the reference values of the tests; a copy of the formulas
     * of {@link #attributes(int)}.
     */
    static final String PYTHON = """
            import numpy as np
            N = 77
            i = np.arange(N)
            scs = 1.5 + ((37 * i) % 60) / 20
            age = 20 + (13 * i) % 40
            gender = np.where((7 * i) % 10 < 7, 'female', 'male')
            marital = np.array(['single', 'married', 'divorced', 'widowed'])[(3 * i + i // 5) % 4]
            education = np.where((11 * i) % 3 == 0, 'tertiary', 'secondary')
            employment = np.array(['employed', 'unemployed', 'student', 'retired'])[(7 * i + 2 + i // 9) % 4]
            illness = ((29 * i) % 120) / 10
            hama = 30 - np.floor(3 * scs + 0.5) + (19 * i) % 9   # Java's Math.round
            hamd = 8 + (23 * i) % 14
            """;

    private HandBuiltStudy() {
    }

    static Map<String, String> attributes(int i) {
        double scs = 1.5 + ((37 * i) % 60) / 20.0;
        Map<String, String> a = new LinkedHashMap<>();
        a.put("full_name", SECRET_NAME + " " + i);
        a.put("birth_date", SECRET_DATE + String.format(Locale.ROOT, "%02d", 1 + i % 28));
        a.put("age", Integer.toString(20 + (13 * i) % 40));
        a.put("gender", (7 * i) % 10 < 7 ? "female" : "male");
        a.put("marital_status", MARITAL[(3 * i + i / 5) % 4]);
        a.put("education", (11 * i) % 3 == 0 ? "tertiary" : "secondary");
        a.put("employment", EMPLOYMENT[(7 * i + 2 + i / 9) % 4]);
        a.put("illness_duration", num(((29 * i) % 120) / 10.0));
        a.put("scs_total", num(scs));
        a.put("hama", Long.toString(30 - Math.round(3 * scs) + (19 * i) % 9));
        a.put("hamd", Integer.toString(8 + (23 * i) % 14));
        int pre = 40 + (17 * i) % 15;
        a.put("stai_s_pre", Integer.toString(pre));
        a.put("stai_s_post", Integer.toString(pre + 2 + (7 * i) % 9 + (scs < 3 ? 3 : 0)));
        int stress = 3 + i % 4;
        a.put("stress_pre", Integer.toString(stress));
        a.put("stress_post", Integer.toString(stress + 1 + (5 * i) % 3));
        a.put("email", "p" + i + SECRET_MAIL);
        return a;
    }

    static String label(int i) {
        return String.format(Locale.ROOT, "%02d", i + 1);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    static List<Participant> participants() {
        List<Participant> out = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            out.add(new Participant(label(i), attributes(i), List.of()));
        }
        return out;
    }

    /** A response bump: 0 before its latency, rising to 1 at the peak, decaying after. */
    private static double bump(double t, double latency, double peak) {
        double u = t - latency;
        return u <= 0 ? 0 : (u / peak) * Math.exp(1 - u / peak);
    }

    private static ParticipantCourse course(String course, double[] v) {
        RegularSeries s = new RegularSeries(SamplingRate.ofHertz(20), -20, v, course.equals(Recipe.COURSE_HR)
                ? Unit.BEATS_PER_MINUTE : Unit.DIMENSIONLESS, Parameters.empty());
        int[] counts = new int[v.length];
        java.util.Arrays.fill(counts, 11);
        return new ParticipantCourse(course, s, counts, 11);
    }

    private static double window(RegularSeries s, double from, double to, String measure) {
        AreaUnderCurve.Area a = AreaUnderCurve.trapezoid(s, from, to);
        double area = a.area().value();
        return measure.equals(Recipe.MEASURE_AUC) ? area : area / (a.toSeconds() - a.fromSeconds());
    }

    static List<ParticipantResult> results(Recipe recipe) {
        List<ParticipantResult> out = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            Map<String, String> a = attributes(i);
            if (i == N - 1) {
                out.add(new ParticipantResult(label(i), ParticipantResult.Status.NO_RECORDING,
                        "no physio recording", List.of(), null, null, derived(recipe, a, Map.of()), List.of()));
                continue;
            }
            boolean high = Double.parseDouble(a.get("scs_total")) >= 3;
            double[] hr = new double[141];
            double[] nhf = new double[141];
            for (int k = 0; k < hr.length; k++) {
                double t = (k - 20) / 20.0;
                hr[k] = (high ? 2 : 3.5) * (1 + 0.9 * Math.sin(2.1 * i)) * bump(t, 0.1, 0.6)
                        + 1.2 * Math.sin(1.3 * i + 7 * t);
                nhf[k] = (high ? 0.02 : -0.02) * (1 + 2 * Math.cos(1.7 * i)) * bump(t, 0.5, 1.2)
                        + 0.03 * Math.cos(0.7 * i + 5 * t);
            }
            ParticipantCourse h = course(Recipe.COURSE_HR, hr);
            ParticipantCourse n = course(Recipe.COURSE_NHF, nhf);
            Map<String, Double> features = new LinkedHashMap<>();
            for (Recipe.FeatureSpec f : recipe.features()) {
                RegularSeries s = (f.course().equals(Recipe.COURSE_HR) ? h : n).mean();
                features.put(f.id(), window(s, f.fromS(), f.toS(), f.measure()));
            }
            out.add(new ParticipantResult(label(i), ParticipantResult.Status.ANALYSED, "", List.of(), h, n,
                    derived(recipe, a, features), List.of()));
        }
        return out;
    }

    private static Map<String, Double> derived(Recipe recipe, Map<String, String> a, Map<String, Double> features) {
        Map<String, Double> v = new LinkedHashMap<>(features);
        for (Recipe.DerivedSpec d : recipe.derived()) {
            v.put(d.id(), Double.parseDouble(a.get(d.after())) - Double.parseDouble(a.get(d.before())));
        }
        return v;
    }

    /** The analysis result of the recipe over this study, participants.tsv values handed in whole. */
    static AnalysisResult result(Recipe recipe, Path study) throws RecipeException {
        List<Participant> participants = participants();
        List<String> columns = new ArrayList<>(attributes(0).keySet());
        List<ParticipantResult> results = results(recipe);
        List<String> warnings = new ArrayList<>();
        GroupResult group = GroupAnalysis.run(recipe, participants, columns, results, warnings);
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        participants.forEach(p -> values.put(p.label(), p.attributes()));
        return new AnalysisResult(recipe, study, "Hand-built study", Instant.parse("2025-06-01T10:00:00Z"), results,
                group, List.of(new InputFile("participants.tsv", 1234, "0".repeat(64))), warnings, values);
    }
}
