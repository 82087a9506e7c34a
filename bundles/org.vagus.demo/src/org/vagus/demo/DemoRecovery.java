package org.vagus.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vagus.analysis.ProgressListener;
import org.vagus.analysis.recipe.Recipes;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.demo.internal.Staging;
import org.vagus.stats.CorrelationResult;

/**
 * {@code vagus bench demo --seeds N}: does the demo recover the effects it injects, as often as its design allows?
 * Runs the demo's generator and the built-in analysis (no report) for N consecutive seeds from a first one, all of
 * them (no seed is picked or dropped), and prints per seed the t, p and d (High minus Low) of the HR change AUC
 * 0-0.85 s, the nHF change mean 0.7-3.4 s and the STAI-S change, and the nHF-HAMA correlation; then per measure how
 * many seeds came out in the seed paper's direction and how many were significant in that direction (p &lt; .05),
 * against the count the design's power predicts. Power is computed exactly from the non-central t distribution
 * ({@link Power}) for the mean d the seeds realised (and for the seed paper's d), with the groups' sizes; for the
 * correlation by Fisher's z (normal approximation) at the mean r.
 *
 * @since 0.1.0
 */
public final class DemoRecovery {
    /** The significance level. */
    static final double ALPHA = 0.05;

    /**
     * One seed's results.
     *
     * @param seed the seed
     * @param comparison the seed paper's results beside the demo's
     */
    public record SeedRun(long seed, Comparison comparison) {
    }

    private DemoRecovery() {
    }

    /**
     * Runs and prints.
     *
     * @param out where the table and counts go
     * @param seeds how many seeds, at least 1
     * @param firstSeed the first seed; the others follow it
     * @param participants participants per study
     * @param threads sessions and participants at once
     * @return every seed's results
     */
    public static List<SeedRun> run(PrintStream out, int seeds, long firstSeed, int participants, int threads)
            throws IOException, InterruptedException {
        if (seeds < 1) {
            throw new IllegalArgumentException("seeds: " + seeds + ", expected at least 1");
        }
        out.printf(Locale.ROOT, "demo recovery: %d seeds from %d, %d participants each, the demo's generator and the"
                + " built-in analysis (report skipped); t, p, d are High minus Low%n", seeds, firstSeed, participants);
        String f = "%-10s | %-22s | %-22s | %-22s | %-15s | %s%n";
        out.printf(Locale.ROOT, f, "seed", "HR AUC 0-0.85 s", "nHF 0.7-3.4 s", "STAI-S change", "r nHF-HAMA",
                "time");
        List<SeedRun> runs = new ArrayList<>();
        for (int i = 0; i < seeds; i++) {
            long seed = firstSeed + i;
            long t0 = System.nanoTime();
            Comparison c = once(seed, participants, threads);
            runs.add(new SeedRun(seed, c));
            out.printf(Locale.ROOT, f, seed, cell(c.test(SeedStudy.HR_AUC.variable())),
                    cell(c.test(SeedStudy.NHF_MEAN.variable())), cell(c.test(SeedStudy.STAI_CHANGE.variable())),
                    c.nhfHama() == null ? "n/a" : String.format(Locale.ROOT, "%+.2f p=%.3f", c.nhfHama().r(),
                            c.nhfHama().p()),
                    String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - t0) / 1e9));
            out.flush();
        }
        out.println();
        summarize(out, runs, SeedStudy.HR_AUC, -1);
        summarize(out, runs, SeedStudy.NHF_MEAN, +1);
        summarize(out, runs, SeedStudy.STAI_CHANGE, -1);
        summarizeCorrelation(out, runs);
        out.flush();
        return runs;
    }

    /** One study: generated into a scratch folder, analysed, deleted. */
    static Comparison once(long seed, int participants, int threads) throws IOException, InterruptedException {
        List<Person> people = Population.draw(participants, seed);
        Path scratch = Staging.memoryFolder("vagus-demo-recovery-", Demo.BYTES_PER_PARTICIPANT * participants);
        if (scratch == null) {
            scratch = Files.createTempDirectory("vagus-demo-recovery-");
        }
        try {
            Path study = scratch.resolve("study");
            DemoStudy.generate(study, people, ResponseDesign.DEFAULT, threads, null);
            AnalysisResult result = Demo.analyse(study, Recipes.builtIn(), threads, ProgressListener.NONE);
            return Comparison.of(result, Demo.attributes(study));
        } finally {
            Staging.delete(scratch);
        }
    }

    private static String cell(Comparison.TestRow t) {
        if (t.demo() == null) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "t=%+.2f p=%.3f d=%+.2f", t.t(), t.p(), t.d());
    }

    private static void summarize(PrintStream out, List<SeedRun> runs, SeedStudy.Test test, int sign) {
        int right = 0;
        int significant = 0;
        double sumD = 0;
        int n = 0;
        int n1 = 0;
        int n2 = 0;
        for (SeedRun r : runs) {
            Comparison.TestRow t = r.comparison().test(test.variable());
            if (t.demo() == null) {
                continue;
            }
            n++;
            sumD += t.d();
            n1 = t.demo().test().n1();
            n2 = t.demo().test().n2();
            if (Math.signum(t.d()) == sign) {
                right++;
                if (t.p() < ALPHA) {
                    significant++;
                }
            }
        }
        if (n == 0) {
            out.println(test.label() + ": not run by the recipe");
            return;
        }
        double meanD = sumD / n;
        double power = Power.twoSampleT(meanD, n1, n2, ALPHA);
        double seedPower = Power.twoSampleT(test.d(), n1, n2, ALPHA);
        out.printf(Locale.ROOT, "%-32s right direction %2d/%d, significant %2d/%d; mean d %+.2f -> power %.0f %%"
                + " (expected %.1f/%d significant); at the seed's d = %.2f power %.0f %% (%.1f/%d)%n", test.label(),
                right, n, significant, n, meanD, 100 * power, power * n, n, test.d(), 100 * seedPower,
                seedPower * n, n);
    }

    private static void summarizeCorrelation(PrintStream out, List<SeedRun> runs) {
        int right = 0;
        int significant = 0;
        double sumR = 0;
        int n = 0;
        int pairs = 0;
        for (SeedRun r : runs) {
            CorrelationResult c = r.comparison().nhfHama();
            if (c == null) {
                continue;
            }
            n++;
            sumR += c.r();
            pairs = c.n();
            if (c.r() < 0) {
                right++;
                if (c.p() < ALPHA) {
                    significant++;
                }
            }
        }
        if (n == 0) {
            out.println("nHF-HAMA correlation: not run by the recipe");
            return;
        }
        double meanR = sumR / n;
        double power = correlationPower(meanR, pairs);
        double seedPower = correlationPower(SeedStudy.NHF_HAMA_R, pairs);
        out.printf(Locale.ROOT, "%-32s right direction %2d/%d, significant %2d/%d; mean r %+.2f -> power %.0f %%"
                + " (expected %.1f/%d significant); at the seed's r = %.2f power %.0f %% (%.1f/%d)%n",
                "nHF change vs HAMA (r < 0)", right, n, significant, n, meanR, 100 * power, power * n, n,
                SeedStudy.NHF_HAMA_R, 100 * seedPower, seedPower * n, n);
    }

    /** Power of the two-sided test of r = 0 by Fisher's z (normal approximation), n pairs. */
    static double correlationPower(double r, int n) {
        org.apache.commons.math3.distribution.NormalDistribution z =
                new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
        double crit = z.inverseCumulativeProbability(1 - ALPHA / 2);
        double shift = Math.abs(0.5 * Math.log((1 + r) / (1 - r))) * Math.sqrt(n - 3.0);
        return z.cumulativeProbability(shift - crit) + z.cumulativeProbability(-shift - crit);
    }
}
