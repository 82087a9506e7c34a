package org.vagus.report.tests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vagus.core.model.Provenance;
import org.vagus.report.html.ApaSentences;
import org.vagus.report.html.Checksum;
import org.vagus.report.html.Report;
import org.vagus.report.html.StandardSections;
import org.vagus.report.table.DataTable;
import org.vagus.report.table.StatsTables;
import org.vagus.stats.CorrelationMatrix;
import org.vagus.stats.Correlations;
import org.vagus.stats.MedianSplit;
import org.vagus.stats.Summary;
import org.vagus.stats.TTestResult;
import org.vagus.stats.TTests;
import org.vagus.stats.Table1;

/** The seed-like report of a {@link SampleStudy}, assembled as the analysis engine would. */
final class SampleReport {
    static final Instant CREATED = Instant.parse("2025-06-01T10:00:00Z");

    private SampleReport() {
    }

    static Table1 table1(SampleStudy s) {
        return Table1.builder(SampleStudy.HIGH, s.of(s.scs, true).length, SampleStudy.LOW, s.of(s.scs, false).length)
                .continuous("Age, years", s.of(s.age, true), s.of(s.age, false))
                .categorical("Gender", s.of(s.gender, true), s.of(s.gender, false))
                .categorical("Marital status", s.of(s.married, true), s.of(s.married, false))
                .continuous("SCS score", s.of(s.scs, true), s.of(s.scs, false))
                .continuous("HAMA score", s.of(s.hama, true), s.of(s.hama, false))
                .continuous("HAMD score", s.of(s.hamd, true), s.of(s.hamd, false)).build();
    }

    static CorrelationMatrix correlations(SampleStudy s) {
        return Correlations.matrix(List.of("SCS", "HAMA", "HAMD", "STAI-S change", "HR AUC", "nHF change"),
                new double[][] {s.scs, s.hama, s.hamd, s.change(), s.hrAuc, s.nhfChange}, "Pearson");
    }

    static Report build(SampleStudy s) throws Exception {
        Table1 t1 = table1(s);
        CorrelationMatrix cm = correlations(s);
        double[] change = s.change();
        TTestResult anxiety = TTests.student(s.of(change, true), s.of(change, false));
        TTestResult hr = TTests.student(s.of(s.hrAuc, true), s.of(s.hrAuc, false));
        TTestResult nhf = TTests.student(s.of(s.nhfChange, true), s.of(s.nhfChange, false));
        String high = SampleStudy.HIGH;
        String low = SampleStudy.LOW;
        List<String> results = List.of(
                "Participants were split at the median SCS score (Median = " + org.vagus.stats.Apa.two(s.median)
                        + ") into " + high + " and " + low + " groups (Table 1, Figure 2A).",
                ApaSentences.withReference(ApaSentences.groupDifference("state anxiety change", high, low, anxiety,
                        mean(s.of(change, true)), mean(s.of(change, false)), 0.05), "Figure 2B"),
                ApaSentences.withReference(ApaSentences.groupDifference("HR change from 0 to 0.85 s (AUC)", high, low,
                        hr, mean(s.of(s.hrAuc, true)), mean(s.of(s.hrAuc, false)), 0.05), "Figure 3"),
                ApaSentences.withReference(ApaSentences.groupDifference("nHF change from 0.75 to 3.5 s", high, low,
                        nhf, mean(s.of(s.nhfChange, true)), mean(s.of(s.nhfChange, false)), 0.05), "Figure 4B"),
                ApaSentences.withReference(ApaSentences.correlation("nHF change", "HAMA score",
                        Correlations.pearson(s.nhfChange, s.hama), 0.05), "Figure 4C"));
        Map<String, Integer> groups = new LinkedHashMap<>();
        groups.put(SampleStudy.HIGH, s.of(s.scs, true).length);
        groups.put(SampleStudy.LOW, s.of(s.scs, false).length);
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("R-peak detector", "Pan-Tompkins (1985)");
        recipe.put("Epoch", "-1 to 6 s around 'Wrong' feedback");
        recipe.put("Baseline", "-1 to 0 s, subtracted per trial");
        recipe.put("HR grid", "20 Hz, linear");
        recipe.put("RR interpolation", "linear, 4 Hz");
        recipe.put("Detrending", "high-pass 0.02 Hz, zero phase");
        recipe.put("TVAR model", "order 12, Kalman smoother");
        recipe.put("nHF", "HF (0.15-0.4 Hz) / (total - VLF (0-0.04 Hz))");
        recipe.put("Grouping", "median split on SCS score");
        recipe.put("Sliding windows", "0.5 s long, 0.05 s step (HR); 0.25 s step (nHF)");
        recipe.put("Shaded windows", "p < .05 per window, uncorrected (as in the seed paper); alpha .05");
        Provenance prov = Provenance.vagus(CREATED, Map.of("Recipe", "seed (built-in), version 1"));
        List<Checksum> inputs = List.of(checksum("participants.tsv", "participants of the sample study"),
                checksum("sub-01/ses-01/sub-01_ses-01_task-stress_physio.tsv.gz", "ecg of sub-01"),
                checksum("sub-01/ses-01/sub-01_ses-01_task-stress_events.tsv", "events of sub-01"));
        DataTable tests = StatsTables.tTests("Group comparisons", List.of("State anxiety change",
                "HR AUC 0-0.85 s (bpm*s)", "nHF change 0.75-3.5 s"), List.of(anxiety, hr, nhf));
        return Report.builder("Self-compassion and stress responses: analysis report", CREATED)
                .subtitle("Sample study (synthetic data shaped like Sun et al.), 77 participants")
                .section(StandardSections.summary("Sample study", groups, MedianSplit.RULE + "."))
                .section("table1", "Table 1")
                .table("table1", "Table 1", DataTable.of(t1.table()),
                        StatsTables.table1Values(t1, SampleStudy.HIGH, SampleStudy.LOW))
                .section(StandardSections.results(results))
                .section("tests", "Group comparisons")
                .table("group-tests", "Table 2", tests)
                .section("figures", "Figures")
                .figure(s.figure2(), "Figure 2").figure(s.figure3(), "Figure 3").figure(s.figure4(), "Figure 4")
                .section("correlations", "Correlations")
                .table("correlations", "Table 3", DataTable.of(cm.table()), StatsTables.correlationValues(cm))
                .section(StandardSections.methods("ECG was analysed from R peaks to event-related heart rate and "
                        + "time-varying HRV with the parameters below.", recipe))
                .section(StandardSections.provenance(prov, inputs)).build();
    }

    private static double mean(double[] v) {
        return Summary.of(v).mean();
    }

    static Checksum checksum(String path, String content) throws Exception {
        byte[] b = content.getBytes(StandardCharsets.UTF_8);
        String h = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        return new Checksum(path, b.length, h);
    }
}
