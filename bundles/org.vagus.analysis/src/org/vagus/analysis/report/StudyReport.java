package org.vagus.analysis.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.GroupAssignment;
import org.vagus.analysis.results.InputFile;
import org.vagus.analysis.results.ParticipantResult;
import org.vagus.core.model.Provenance;
import org.vagus.report.html.Checksum;
import org.vagus.report.html.HtmlReportWriter;
import org.vagus.report.html.Report;
import org.vagus.report.html.StandardSections;
import org.vagus.signal.Parameters;
import org.vagus.study.AtomicFiles;

/**
 * Writes the report of an analysis: {@value #PAGE}, self-contained (style inline, figures as inline SVG, nothing
 * fetched), with Table 1, the results in APA style, Figures 2 to 4 ({@link StudyFigures}), the correlation matrix
 * and the significant windows, the methods (the recipe) and the provenance (Vagus version, input checksums); beside
 * it {@code figures/<id>.png} (300 dpi) and {@code .svg} for every figure, {@code tables/<id>.csv} and {@code .tsv}
 * for every table (full-precision numbers, a header line, read by R, SPSS and JASP; {@code table1},
 * {@code group-tests}, {@code correlations}, {@code correlation-matrix}, {@code significant-windows} and the
 * summary, methods and provenance tables), and {@value #APA} with the APA-style sentence of every test.
 * <p>
 * Every file is written atomically and the page last, so a complete page means its files are there. Participants
 * appear only by their pseudonymous participant_id (in the list of those not analysed); of participants.tsv only
 * the recipe's columns are used ({@link AnalysisResult#participantValues()}), and only as group statistics.
 *
 * @since 0.1.0
 */
public final class StudyReport {
    /** The report page. */
    public static final String PAGE = HtmlReportWriter.PAGE;
    /** The APA-style sentences of every test, as plain UTF-8 text. */
    public static final String APA = "apa.txt";

    private StudyReport() {
    }

    /**
     * Writes the report into {@code outDir} (created if needed).
     *
     * @param result the analysis result
     * @param recipe the recipe that made it (normally {@code result.recipe()})
     * @return the path of {@value #PAGE}
     * @throws IOException if a file cannot be written; the files already written stay, each complete
     */
    public static Path write(AnalysisResult result, Recipe recipe, Path outDir) throws IOException {
        List<StudyFigures.Built> figures = StudyFigures.built(result, recipe);
        Map<String, List<String>> sentences = ApaText.sentences(result, recipe, figures);
        AtomicFiles.writeString(outDir.resolve(APA), ApaText.text("Results of " + recipe.name() + " on "
                + result.studyName(), sentences));
        return new HtmlReportWriter().write(report(result, recipe, figures, sentences), outDir).html();
    }

    /** The report model. */
    static Report report(AnalysisResult r, Recipe recipe, List<StudyFigures.Built> figures,
            Map<String, List<String>> sentences) {
        GroupAssignment ga = r.group().grouping();
        Report.Builder b = Report.builder("Analysis of " + (r.studyName().isBlank() ? "the study" : r.studyName()),
                r.started()).subtitle(recipe.name());
        Map<String, Integer> groups = new LinkedHashMap<>();
        groups.put(ga.group1(), ga.size(ga.group1()));
        groups.put(ga.group2(), ga.size(ga.group2()));
        b.section(StandardSections.summary(r.studyName(), groups, ga.ruleText() + "."));
        b.section("table-1", "Table 1");
        Table1Report.of(r, recipe).ifPresentOrElse(t -> b.table("table1", "Table 1", t.display(), t.export()),
                () -> b.paragraph("No Table 1: the recipe lists no row, or none of its columns is in participants.tsv"
                        + " (see the warnings)."));
        b.section("results", "Results");
        sentences.forEach((heading, lines) -> {
            if (!heading.equals("Table 1")) {
                b.apa(String.join(" ", lines));
            }
        });
        ReportTables.Shown tests = ReportTables.groupTests(r);
        b.table("group-tests", "", tests.display(), tests.export());
        ReportTables.Shown correlations = ReportTables.correlations(r);
        b.table("correlations", "", correlations.display(), correlations.export());
        if (!figures.isEmpty()) {
            b.section("figures", "Figures");
            figures.forEach(f -> b.figure(f.figure(), f.label()));
        }
        b.section("supplementary", "Supplementary tables");
        ReportTables.matrix(r, recipe).ifPresent(m -> b.table("correlation-matrix", "Table S1", m.display(),
                m.export()));
        ReportTables.Shown windows = ReportTables.significantWindows(r);
        b.table("significant-windows", "Table S2", windows.display(), windows.export());
        b.section(StandardSections.methods(recipe.description(), parameters(recipe)));
        participants(b, r);
        b.section(StandardSections.provenance(Provenance.vagus(r.started(), Map.of("Recipe", recipe.name())),
                checksums(r.inputs())));
        return b.build();
    }

    private static void participants(Report.Builder b, AnalysisResult r) {
        b.section("participants", "Participants and warnings");
        b.paragraph(r.analysed().size() + " of " + r.participants().size() + " participants were analysed.");
        List<String> not = new ArrayList<>();
        for (ParticipantResult p : r.participants()) {
            if (p.status() != ParticipantResult.Status.ANALYSED) {
                not.add(p.bidsName() + ": " + p.status().label() + (p.note().isBlank() ? "" : ", " + p.note()));
            }
        }
        if (!not.isEmpty()) {
            b.paragraph("Not analysed:");
            b.list(not);
        }
        List<String> warnings = new ArrayList<>(r.warnings());
        r.participants().forEach(p -> warnings.addAll(p.warnings()));
        if (!warnings.isEmpty()) {
            b.paragraph("Warnings (" + warnings.size() + "):");
            b.list(warnings);
        }
    }

    private static List<Checksum> checksums(List<InputFile> files) {
        List<Checksum> out = new ArrayList<>();
        files.forEach(f -> out.add(new Checksum(f.path(), f.bytes(), f.sha256())));
        return out;
    }

    /** The recipe's main settings, for the methods table; the full recipe is in the provenance file. */
    static Map<String, String> parameters(Recipe r) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Recipe", r.name());
        p.put("ECG column", r.recordings().ecgColumn() + (r.recordings().task() == null ? ""
                : ", task " + r.recordings().task()));
        p.put("R-peak detector", r.beats().detector().id());
        p.put("Artefact correction", r.beats().corrector().id() + (r.beats().manualEdits() ? ", with manual edits"
                : ""));
        List<String> select = new ArrayList<>();
        r.events().select().forEach((k, v) -> select.add(k + " = " + v));
        p.put("Events", String.join(", ", select));
        p.put("Epoch (s)", num(r.epochs().startS()) + " to " + num(r.epochs().endS()) + ", baseline "
                + num(r.epochs().baselineStartS()) + " to " + num(r.epochs().baselineEndS()));
        p.put("Heart rate", num(r.heartRate().gridHz()) + " Hz grid, " + r.heartRate().interpolation()
                + " interpolation");
        p.put("HRV", "RR " + r.hrv().interpolation() + " at " + num(r.hrv().resampleHz()) + " Hz, detrending "
                + r.hrv().detrending() + (r.hrv().detrending().equals("none") ? "" : " "
                        + num(r.hrv().detrendingValue())) + ", TVAR(" + r.hrv().order() + "), HF "
                + num(r.hrv().lfUpperHz()) + "-" + num(r.hrv().hfUpperHz()) + " Hz, nHF = HF / (total - VLF)");
        p.put("Grouping", r.grouping().rule() + " on " + r.grouping().column() + ": " + String.join(", ",
                r.grouping().groups()));
        List<String> features = new ArrayList<>();
        r.features().forEach(f -> features.add(f.id() + " (" + f.course() + " " + f.measure() + " " + num(f.fromS())
                + "-" + num(f.toS()) + " s)"));
        p.put("Features", String.join("; ", features));
        p.put("Tests", r.statistics().tTest() + " t-tests, alpha " + num(r.statistics().alpha()));
        Recipe.SlidingSpec s = r.statistics().slidingWindows();
        p.put("Sliding windows", num(s.windowS()) + " s every " + num(s.stepS()) + " s over " + num(s.fromS()) + "-"
                + num(s.toS()) + " s; " + s.permutations() + " permutations (seed " + s.seed() + "), cluster-forming"
                + " alpha " + num(s.clusterAlpha()));
        return p;
    }

    private static String num(double v) {
        return Parameters.format(v);
    }
}
