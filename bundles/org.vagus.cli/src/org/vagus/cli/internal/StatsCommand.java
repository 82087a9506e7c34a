package org.vagus.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.vagus.cli.Arguments;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;
import org.vagus.stats.ChiSquareResult;
import org.vagus.stats.ChiSquareTest;
import org.vagus.stats.ConsistencyResult;
import org.vagus.stats.CorrelationResult;
import org.vagus.stats.Correlations;
import org.vagus.stats.FisherExactTest;
import org.vagus.stats.StatCheck;
import org.vagus.stats.Summary;
import org.vagus.stats.TTestResult;
import org.vagus.stats.TTests;

/**
 * {@code vagus stats ...}: the statistics bundle for researchers at the command line. With {@code --tsv}
 * each test prints a header line and one row per result, p at full precision; without it, APA-style
 * text. Warnings (small expected counts) go to standard error. {@code table1} and {@code corr-matrix} build
 * the seed study's Table 1 and Supplementary Table S1 from a participants table ({@link StatsTables}).
 */
public final class StatsCommand implements VagusCommand {
    private static final Set<String> FLAGS = Set.of("summary", "data", "welch", "paired", "yates", "spearman", "tsv");
    private static final Set<String> VALUED = Set.of("table", "mu", "group", "split", "vars");
    private static final String SUBCOMMANDS = "ttest, chisq, corr, check, table1 or corr-matrix";

    @Override
    public String summary() {
        return "t-tests, chi-square, correlations, Table 1, correlation matrices and consistency checks";
    }

    @Override
    public String usage() {
        return """
                vagus stats ttest --summary M1,SD1,N1 M2,SD2,N2 [--welch] [--tsv]
                vagus stats ttest --data A.txt B.txt [--welch | --paired] [--tsv]
                vagus stats ttest --data A.txt [--mu VALUE] [--tsv]
                vagus stats chisq --table "25,14;28,10" [--yates] [--tsv]
                vagus stats corr --data X.txt Y.txt [--spearman] [--tsv]
                vagus stats check "t(75) = 2.73, p = .04" ["F(1, 75) = 4.10, p = .046" ...] [--tsv]
                vagus stats table1 FILE.tsv (--group COLUMN | --split COLUMN) [--vars a,b,c] [--welch] [--yates] [--tsv]
                vagus stats corr-matrix FILE.tsv --vars a,b,c [--spearman] [--tsv]
                  --summary    mean, SD (n - 1) and n of each group, e.g. 2.91,0.41,39 2.72,0.37,38
                  --data       files with one number per line (blank lines and # comments skipped)
                  --welch      Welch's t-test (unequal variances) instead of Student's
                  --paired     paired t-test of A - B (one line per participant in both files)
                  --mu         test value of a one-sample t-test (default 0)
                  --table      counts, rows separated by ';' and cells by ','
                  --yates      Yates' continuity correction (2 x 2 tables)
                  --spearman   Spearman's rho instead of Pearson's r
                  FILE.tsv     a participants table (BIDS participants.tsv): tab-separated, a header line, n/a
                               for a missing value; missing values are left out per variable (pairwise in
                               corr-matrix) and the n used is shown where it is smaller
                  --group      table1: compare the two levels of this column (in sorted order)
                  --split      table1: compare High and Low after a median split of this numeric column
                               (scores at or above the median are High, below it Low)
                  --vars       table1: the rows, default every column but participant_id and the group
                               column; a column whose values are all numbers is continuous (M (SD), t-test),
                               any other categorical (n (%), chi-square). corr-matrix: the numeric columns
                  --tsv        a header line and one row per result: test, statistic, df, p (full precision),
                               effect_size (d for t-tests, phi or Cramer's V for chi-square, r for
                               correlations), then further columns; check adds consistent; table1 prints
                               the table as TSV with p_exact (full precision) last, its notes on standard
                               error; corr-matrix one line per pair: var1 var2 method r n p ci_low ci_high
                  p values are two-sided; check recomputes p from the statistic and df (statcheck rules)""";
    }

    @Override
    public int run(CommandContext ctx, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, VALUED, FLAGS);
        List<String> p = a.positional();
        if (p.isEmpty()) {
            throw new UsageException("expected " + SUBCOMMANDS);
        }
        List<String> rest = p.subList(1, p.size());
        StatsOutput out = new StatsOutput(ctx, a.flag("tsv"));
        switch (p.get(0)) {
            case "ttest" -> ttest(ctx, a, rest, out);
            case "chisq" -> chisq(a, rest, out, ctx);
            case "corr" -> corr(ctx, a, rest, out);
            case "check" -> check(a, rest, out);
            case "table1" -> table1(ctx, a, rest);
            case "corr-matrix" -> corrMatrix(ctx, a, rest);
            default -> throw new UsageException("unknown test '" + p.get(0) + "'; expected " + SUBCOMMANDS);
        }
        return 0;
    }

    private static void only(Arguments a, String sub, String... allowed) throws UsageException {
        List<String> ok = new ArrayList<>(List.of(allowed));
        ok.add("tsv");
        for (String f : FLAGS) {
            if (a.flag(f) && !ok.contains(f)) {
                throw new UsageException("--" + f + " does not apply to " + sub);
            }
        }
        for (String v : VALUED) {
            if (a.option(v, null) != null && !ok.contains(v)) {
                throw new UsageException("--" + v + " does not apply to " + sub);
            }
        }
    }

    private static void ttest(CommandContext ctx, Arguments a, List<String> files, StatsOutput out) throws Exception {
        only(a, "ttest", "summary", "data", "welch", "paired", "mu");
        if (a.flag("summary") == a.flag("data")) {
            throw new UsageException("ttest needs either --summary M1,SD1,N1 M2,SD2,N2 or --data A.txt [B.txt]");
        }
        if (a.flag("welch") && a.flag("paired")) {
            throw new UsageException("--welch and --paired exclude each other");
        }
        TTestResult r;
        if (a.flag("summary")) {
            if (files.size() != 2 || a.flag("paired") || a.option("mu", null) != null) {
                throw new UsageException("ttest --summary takes two groups, M1,SD1,N1 M2,SD2,N2");
            }
            Summary s1 = StatsInput.summary(files.get(0), "group 1");
            Summary s2 = StatsInput.summary(files.get(1), "group 2");
            r = TTests.twoGroups(s1, s2, a.flag("welch"), TTests.CONFIDENCE);
        } else if (files.size() == 1) {
            if (a.flag("welch") || a.flag("paired")) {
                throw new UsageException("--welch and --paired need two files");
            }
            r = TTests.oneSample(StatsInput.numbers(ctx, files.get(0)), mu(a));
        } else if (files.size() == 2) {
            if (a.option("mu", null) != null) {
                throw new UsageException("--mu applies to a one-sample test (one file)");
            }
            double[] x = StatsInput.numbers(ctx, files.get(0));
            double[] y = StatsInput.numbers(ctx, files.get(1));
            r = a.flag("paired") ? TTests.paired(x, y) : a.flag("welch") ? TTests.welch(x, y) : TTests.student(x, y);
        } else {
            throw new UsageException("ttest --data takes one or two files, got " + files.size());
        }
        out.ttest(r);
    }

    private static double mu(Arguments a) throws UsageException {
        String v = a.option("mu", "0");
        try {
            double mu = Double.parseDouble(v);
            if (Double.isFinite(mu)) {
                return mu;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--mu expects a number, got '" + v + "'");
    }

    private static void chisq(Arguments a, List<String> rest, StatsOutput out, CommandContext ctx) throws UsageException {
        only(a, "chisq", "table", "yates");
        String spec = a.option("table", null);
        if (spec == null || !rest.isEmpty()) {
            throw new UsageException("chisq takes its counts as --table \"a,b;c,d\"");
        }
        long[][] table = StatsInput.table(spec);
        ChiSquareResult r = ChiSquareTest.independence(table, a.flag("yates"));
        Double fisher = table.length == 2 && table[0].length == 2 ? FisherExactTest.twoByTwo(table).p() : null;
        for (String w : r.warnings()) {
            ctx.err().println("warning: " + w);
        }
        out.chisq(r, fisher);
    }

    private static void corr(CommandContext ctx, Arguments a, List<String> files, StatsOutput out) throws Exception {
        only(a, "corr", "data", "spearman");
        if (!a.flag("data") || files.size() != 2) {
            throw new UsageException("corr needs --data X.txt Y.txt");
        }
        double[] x = StatsInput.numbers(ctx, files.get(0));
        double[] y = StatsInput.numbers(ctx, files.get(1));
        if (x.length != y.length) {
            throw new IllegalArgumentException(files.get(0) + " has " + x.length + " numbers and " + files.get(1)
                    + " has " + y.length + "; a correlation needs one pair per line");
        }
        CorrelationResult r = a.flag("spearman") ? Correlations.spearman(x, y) : Correlations.pearson(x, y);
        out.corr(r);
    }

    private static void table1(CommandContext ctx, Arguments a, List<String> files) throws Exception {
        only(a, "table1", "group", "split", "vars", "welch", "yates");
        String group = a.option("group", null);
        String split = a.option("split", null);
        if ((group == null) == (split == null)) {
            throw new UsageException("table1 needs either --group COLUMN (a column with two levels) or --split COLUMN"
                    + " (a median split of a numeric column)");
        }
        if (files.size() != 1) {
            throw new UsageException("table1 takes one participants file, got " + files.size());
        }
        ParticipantsTable t = ParticipantsTable.read(ctx, files.get(0));
        new StatsTables(ctx, a.flag("tsv")).table1(t, group, split, a.option("vars", null), a.flag("welch"),
                a.flag("yates"));
    }

    private static void corrMatrix(CommandContext ctx, Arguments a, List<String> files) throws Exception {
        only(a, "corr-matrix", "vars", "spearman");
        if (files.size() != 1 || a.option("vars", null) == null) {
            throw new UsageException("corr-matrix needs one participants file and --vars a,b,...");
        }
        ParticipantsTable t = ParticipantsTable.read(ctx, files.get(0));
        new StatsTables(ctx, a.flag("tsv")).corrMatrix(t, a.option("vars", null), a.flag("spearman"));
    }

    private static void check(Arguments a, List<String> reports, StatsOutput out) throws UsageException {
        only(a, "check");
        if (reports.isEmpty()) {
            throw new UsageException("check needs a reported result such as \"t(75) = 2.73, p = .04\"");
        }
        List<ConsistencyResult> results = new ArrayList<>();
        for (String report : reports) {
            results.addAll(StatCheck.check(report));
        }
        out.check(results);
    }
}
