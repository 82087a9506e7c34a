package org.vagus.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.vagus.analysis.AnalysisEngine;
import org.vagus.analysis.ProgressListener;
import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.recipe.RecipeException;
import org.vagus.analysis.recipe.Recipes;
import org.vagus.analysis.report.StudyReport;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.CorrelationTest;
import org.vagus.analysis.results.GroupAssignment;
import org.vagus.analysis.results.GroupTest;
import org.vagus.analysis.results.ResultFiles;
import org.vagus.analysis.results.WindowComparison;
import org.vagus.cli.Arguments;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;
import org.vagus.signal.Processors;
import org.vagus.signal.registry.ProcessorExtensionReader;
import org.vagus.stats.Apa;
import org.vagus.stats.ClusterTestResult;
import org.vagus.stats.SlidingWindowResult;
import org.vagus.stats.TableModel;
import org.vagus.study.StudyFolder;
import org.vagus.study.StudyLock;

/**
 * {@code vagus analyze STUDY [--recipe FILE] [--out DIR] [--threads N] [--no-report]}: runs an analysis recipe (the
 * built-in seed analysis by default) over a study, participants in parallel, with a progress line on standard error;
 * writes the result tables and the provenance ({@link ResultFiles}) and then the report ({@link StudyReport}:
 * report.html, figures, tables, APA text) to {@code STUDY/derivatives/vagus} or {@code DIR}, and prints the key
 * results: the groups, Table 1, the group tests, the sliding-window findings by family and the correlations.
 * Writing into the study takes its lock, so it never races the workbench or another command.
 */
public final class AnalyzeCommand implements VagusCommand {
    /** Warnings printed before pointing to the provenance for the rest. */
    private static final int WARNINGS_SHOWN = 12;

    @Override
    public String summary() {
        return "run an analysis recipe over a study: participants in parallel, then Table 1, tests, windows and the"
                + " report";
    }

    @Override
    public String usage() {
        return """
                vagus analyze STUDY [--recipe FILE] [--out DIR] [--threads N] [--no-report]
                  STUDY          a study folder (or a plain BIDS dataset, with --out)
                  --recipe FILE  the analysis recipe (JSON); default the built-in seed analysis (vagus recipe show)
                  --out DIR      where the results go; default STUDY/derivatives/vagus
                  --threads N    participants analysed at once; default one per core
                  --no-report    write the result tables only, no report
                results written into the study take its lock: while the workbench has the study open, use --out
                output: features.tsv, participant_courses.tsv, group_courses.tsv, table1.tsv, table1_tests.tsv,
                  group_tests.tsv, sliding_windows.tsv, clusters.tsv, significant_windows.tsv, correlations.tsv and
                  provenance.json (recipe, Vagus version, input checksums); then the report: report.html
                  (self-contained: Table 1, results, Figures 2-4), figures/*.png (300 dpi) and *.svg, tables/*.csv
                  and *.tsv for R, SPSS and JASP, apa.txt (every test in APA style); the key results on standard
                  output""";
    }

    @Override
    public int run(CommandContext ctx, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("recipe", "out", "threads"), Set.of("no-report"));
        if (a.positional().size() != 1) {
            throw new UsageException("name one study folder");
        }
        Path study = ctx.resolve(a.positional().get(0));
        int threads = a.intOption("threads", AnalysisEngine.defaultThreads(), 1);
        String recipeFile = a.option("recipe", null);
        Recipe recipe = recipeFile == null ? Recipes.builtIn() : Recipes.read(ctx.resolve(recipeFile));
        Path out = a.option("out", null) == null ? study.resolve(ResultFiles.DEFAULT_FOLDER)
                : ctx.resolve(a.option("out", null));
        boolean inside = out.toAbsolutePath().normalize().startsWith(study.toAbsolutePath().normalize());
        if (inside) {
            try (StudyFolder f = StudyFolder.openReadOnly(study)) {
                if (f.isPlainBids()) {
                    throw new UsageException(study + " is a plain BIDS dataset, which Vagus reads but does not write;"
                            + " give --out DIR outside it");
                }
            }
        }
        AnalysisEngine engine = new AnalysisEngine(processors(ctx.err()));
        String name = recipeFile == null ? "seed.json" : ctx.resolve(recipeFile).getFileName().toString();
        check(engine, recipe, name);
        // taken before the analysis, so that a study open in the workbench is reported at once, not after it
        StudyLock lock = inside ? StudyLock.acquire(study) : null;
        AnalysisResult result;
        double seconds;
        Path report = null;
        double reportSeconds = 0;
        try {
            long t0 = System.nanoTime();
            try {
                result = engine.run(study, recipe, threads, progressLine(ctx.err()));
            } catch (RecipeException e) {
                throw e.source().equals(name) ? e : new RecipeException(name, e.path(), e.detail(), e);
            }
            seconds = (System.nanoTime() - t0) / 1e9;
            ResultFiles.write(result, out);
            if (!a.flag("no-report")) {
                long t1 = System.nanoTime();
                report = StudyReport.write(result, recipe, out);
                reportSeconds = (System.nanoTime() - t1) / 1e9;
            }
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
        print(ctx.out(), result, seconds, threads);
        ctx.out().println("results: " + out);
        if (report != null) {
            ctx.out().printf(Locale.ROOT, "report: %s (written in %.2f s)%n", report, reportSeconds);
        }
        warnings(ctx.err(), result, out);
        ctx.out().flush();
        return 0;
    }

    /**
     * Checks a recipe against the installed steps, naming the recipe file in the error (the engine knows the recipe
     * only, not its file).
     */
    static void check(AnalysisEngine engine, Recipe recipe, String file) throws RecipeException {
        try {
            engine.check(recipe);
        } catch (RecipeException e) {
            throw e.source().equals(file) ? e : new RecipeException(file, e.path(), e.detail(), e);
        }
    }

    /** The steps the recipe may name: the built-in ones plus the contributed ones (read here, at the edge). */
    static Processors processors(PrintStream warnings) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return Processors.builtIn();
        }
        return new ProcessorExtensionReader(registry, w -> warnings.println("vagus: " + w)).read();
    }

    /** A progress line rewritten in place: {@code analysing participants: 12/77 (sub-12)}. */
    static ProgressListener progressLine(PrintStream err) {
        return (done, total, r) -> {
            err.print(String.format(Locale.ROOT, "\ranalysing participants: %d/%d (%s)   ", done, total,
                    r.bidsName()));
            if (done == total) {
                err.println();
            }
            err.flush();
        };
    }

    /** The key results as text. */
    static void print(PrintStream out, AnalysisResult r, double seconds, int threads) {
        GroupAssignment g = r.group().grouping();
        out.printf(Locale.ROOT, "%s: %s%n", r.studyName(), r.recipe().name());
        out.printf(Locale.ROOT, "participants: %d, analysed %d, in %.1f s on %d thread%s%n", r.participants().size(),
                r.analysed().size(), seconds, threads, threads == 1 ? "" : "s");
        out.printf(Locale.ROOT, "groups: %s; %s n = %d, %s n = %d%n", g.ruleText(), g.group1(), g.size(g.group1()),
                g.group2(), g.size(g.group2()));
        if (r.group().table1() != null) {
            out.println();
            table(out, r.group().table1().table());
        }
        if (!r.group().tests().isEmpty()) {
            out.println();
            out.println("Group tests (" + g.group1() + " minus " + g.group2() + ")");
            for (GroupTest t : r.group().tests()) {
                String window = t.family() == GroupTest.Family.A_PRIORI_WINDOW
                        ? String.format(Locale.ROOT, ", a-priori window %s-%s s", num(t.fromS()), num(t.toS())) : "";
                out.printf(Locale.ROOT, "  %s: %s M = %s (SD %s), %s M = %s (SD %s); %s%s%n", t.label(), g.group1(),
                        Apa.two(t.group1().mean()), Apa.two(t.group1().sd()), g.group2(), Apa.two(t.group2().mean()),
                        Apa.two(t.group2().sd()), t.apa(), window);
            }
        }
        for (WindowComparison w : r.group().windows()) {
            out.println();
            var s = r.recipe().statistics().slidingWindows();
            out.printf(Locale.ROOT, "Sliding windows, %s (%s per %s s window, %s s steps, %s-%s s; %s n = %d, %s n = %d)%n",
                    w.course().equals(Recipe.COURSE_HR) ? "heart rate" : "nHF", w.measure(), num(s.windowS()),
                    num(s.stepS()), num(s.fromS()), num(s.toS()), g.group1(), w.n1(), g.group2(), w.n2());
            for (SlidingWindowResult.Family f : SlidingWindowResult.Family.values()) {
                out.println("  " + f.label() + ": " + spans(w, f));
            }
        }
        if (!r.group().correlations().isEmpty()) {
            out.println();
            out.println("Correlations (all participants)");
            for (CorrelationTest c : r.group().correlations()) {
                out.printf(Locale.ROOT, "  %s with %s: %s%n", c.xLabel(), c.yLabel(), c.apa());
            }
        }
    }

    private static String spans(WindowComparison w, SlidingWindowResult.Family family) {
        List<String> parts = new ArrayList<>();
        for (SlidingWindowResult.Span s : w.result().spans(family)) {
            String text = num(s.start()) + "-" + num(s.end()) + " s";
            if (family == SlidingWindowResult.Family.CLUSTER) {
                for (ClusterTestResult.Cluster c : w.result().clusters().clusters()) {
                    if (c.first() == s.firstWindow()) {
                        text += " (cluster " + Apa.p(c.p()) + ")";
                    }
                }
            }
            parts.add(text);
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /** A table with its columns padded to their widest cell. */
    static void table(PrintStream out, TableModel t) {
        out.println(t.title());
        int[] width = new int[t.columns().size()];
        List<List<String>> all = new ArrayList<>();
        all.add(t.columns());
        all.addAll(t.rows());
        for (List<String> row : all) {
            for (int c = 0; c < row.size(); c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        for (List<String> row : all) {
            StringBuilder b = new StringBuilder("  ");
            for (int c = 0; c < row.size(); c++) {
                b.append(c == 0 ? String.format("%-" + width[c] + "s", row.get(c))
                        : String.format("  %" + width[c] + "s", row.get(c)));
            }
            out.println(b.toString().stripTrailing());
        }
        t.notes().forEach(n -> out.println("  " + n));
    }

    private static void warnings(PrintStream err, AnalysisResult r, Path out) {
        List<String> all = new ArrayList<>(r.warnings());
        r.participants().forEach(p -> all.addAll(p.warnings()));
        for (int i = 0; i < Math.min(WARNINGS_SHOWN, all.size()); i++) {
            err.println("warning: " + all.get(i));
        }
        if (all.size() > WARNINGS_SHOWN) {
            err.println("warning: ... " + (all.size() - WARNINGS_SHOWN) + " more in " + out.resolve(
                    ResultFiles.PROVENANCE));
        }
    }

    private static String num(double v) {
        return org.vagus.signal.Parameters.format(v);
    }
}
