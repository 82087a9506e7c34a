package org.vagus.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.vagus.cli.Arguments;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;

/**
 * {@code vagus bench startup}: start-up figures of the installed product, measured from outside the JVM
 * by starting fresh processes of the launcher script. Later issues add their own benchmarks here.
 */
public final class BenchCommand implements VagusCommand {
    /** Printed by the workbench when VAGUS_STARTUP_PROBE is set, once its first window is open. */
    public static final String WINDOW_PROBE_LINE = "VAGUS_WINDOW_OPEN";

    @Override
    public String summary() {
        return "benchmarks that print figures (startup, detector, hrv, acquisition, timing, analysis, demo)";
    }

    @Override
    public String usage() {
        return """
                vagus bench startup [--runs N]
                  startup   time from process start to the first line of 'vagus version' (headless), and,
                            when DISPLAY is set, to the workbench window (VAGUS_STARTUP_PROBE); median,
                            min and max over N runs after one warm-up run (default N = 5)
                vagus bench detector [--runs N] [RECORD...]
                  detector  Pan-Tompkins throughput on one thread (samples per second, median of N passes after
                            warm-up) over WFDB records; without RECORD, every record of ../shared/data/mitdb
                            (relative to the working directory, or $VAGUS_DATA/mitdb)
                vagus bench hrv [--runs N]
                  hrv       time of the TVAR(12) Kalman filter and smoother on 30 min of 4 Hz IBI (synthetic),
                            median of N fits after warm-up
                vagus bench acquisition [--seconds S]
                  acquisition  the BITalino driver reading 6 channels at 1000 Hz from the firmware emulator over a
                            socat pseudo-terminal for S seconds (default 30): frames, lost, CRC errors, every value
                            compared, CPU use of the driver (needs socat)
                vagus bench timing [--screens N] [--phase-ms MS] [--presenter headless|swt]
                  timing    run a paradigm of N short screens (default 600 of 20 ms) on the monotonic clock with the
                            headless presenter, or the full-screen SWT presenter (needs a display; xvfb-run works):
                            onset error median, p99, max, and for SWT where the time goes
                vagus bench demo [--seeds N] [--first-seed S] [--participants N] [--threads N]
                  demo      the demo's design over N seeds (default 20, none picked): per seed t, p, d of the HR, nHF
                            and STAI-S changes and the nHF-HAMA r; how often in the right direction and significant,
                            against the design's power
                vagus bench analysis [--threads N] [--runs N] [STUDY]
                  analysis  raw ECG to results with the built-in recipe on STUDY, or on a generated study of 77
                            simulated participants with 7 min of 1000 Hz ECG each (JVM start excluded)""";
    }

    @Override
    public int run(CommandContext ctx, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("runs", "seconds", "screens", "phase-ms", "threads", "presenter", "seeds", "first-seed",
                "participants"), Set.of());
        List<String> what = a.positional();
        if (what.isEmpty()) {
            throw new UsageException("name one benchmark: startup, detector, hrv, acquisition, timing, analysis, demo");
        }
        int runs = a.intOption("runs", 5, 1);
        if (what.get(0).equals("detector")) {
            DetectorBenchmark.run(ctx, detectorRecords(ctx, what.subList(1, what.size())), runs);
            return 0;
        }
        if (what.get(0).equals("analysis") && what.size() <= 2) {
            AnalysisBenchmark.run(ctx, what.size() == 2 ? ctx.resolve(what.get(1)) : null,
                    a.intOption("threads", org.vagus.analysis.AnalysisEngine.defaultThreads(), 1), runs);
            return 0;
        }
        if (what.get(0).equals("timing") && what.size() == 1) {
            String presenter = a.option("presenter", TimingBenchmark.HEADLESS);
            if (!presenter.equals(TimingBenchmark.HEADLESS) && !presenter.equals(TimingBenchmark.SWT)) {
                throw new UsageException("--presenter " + presenter + ": expected " + TimingBenchmark.HEADLESS + " or "
                        + TimingBenchmark.SWT);
            }
            TimingBenchmark.run(ctx, a.intOption("screens", 600, 3),
                    java.time.Duration.ofMillis(a.intOption("phase-ms", 20, 1)), presenter);
            return 0;
        }
        if (what.get(0).equals("acquisition") && what.size() == 1) {
            int seconds = a.intOption("seconds", 30, 1);
            return org.vagus.devices.bitalino.AcquisitionBenchmark.run(ctx.out(), seconds).clean() ? 0 : 1;
        }
        if (what.get(0).equals("hrv") && what.size() == 1) {
            HrvBenchmark.run(ctx, runs);
            return 0;
        }
        if (what.get(0).equals("demo") && what.size() == 1) {
            long first;
            try {
                first = Long.parseLong(a.option("first-seed", Long.toString(org.vagus.demo.Demo.DEFAULT_SEED)));
            } catch (NumberFormatException e) {
                throw new UsageException("--first-seed expects a whole number");
            }
            org.vagus.demo.DemoRecovery.run(ctx.out(), a.intOption("seeds", 20, 1), first,
                    a.intOption("participants", 77, 2),
                    a.intOption("threads", org.vagus.analysis.AnalysisEngine.defaultThreads(), 1));
            return 0;
        }
        if (!what.get(0).equals("startup") || what.size() != 1) {
            throw new UsageException("unknown benchmark '" + String.join(" ", what) + "'; known: startup, detector, hrv, acquisition, timing, analysis, demo");
        }
        if (ctx.installation() == null) {
            throw new IllegalStateException("the start-up benchmark needs the launcher: run it as './vagus bench startup'");
        }
        Path launcher = ctx.installation().resolve("vagus");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("launcher " + launcher + " is missing or not executable");
        }
        ctx.out().printf("start-up benchmark of %s, %d runs after 1 warm-up, %d cores%n", launcher, runs,
                Runtime.getRuntime().availableProcessors());
        double[] headless = measure(runs, () -> timeToLine(List.of(launcher.toString(), "version"), Map.of(), "Vagus"));
        report(ctx, "headless: process start to first output of 'vagus version'", headless);
        String display = ctx.environment().get("DISPLAY");
        if (display == null || display.isBlank()) {
            ctx.out().println("workbench: skipped, no DISPLAY (run under xvfb-run -a to measure it)");
            return 0;
        }
        double[] window = measure(runs, () -> timeToLine(List.of(launcher.toString()),
                Map.of("VAGUS_STARTUP_PROBE", "exit"), WINDOW_PROBE_LINE));
        report(ctx, "workbench: process start to first window painted (DISPLAY " + display + ")", window);
        return 0;
    }

    private static List<Path> detectorRecords(CommandContext ctx, List<String> named)
            throws IOException, UsageException {
        List<Path> records = new ArrayList<>();
        for (String n : named) {
            records.add(ctx.workingDirectory().resolve(n));
        }
        if (!records.isEmpty()) {
            return records;
        }
        String env = ctx.environment().get("VAGUS_DATA");
        Path dir = (env != null && !env.isBlank() ? Path.of(env) : ctx.workingDirectory().resolve("../shared/data"))
                .resolve("mitdb");
        if (!Files.isDirectory(dir)) {
            throw new UsageException("no records named and " + dir + " does not exist; name WFDB records"
                    + " (path without extension) or set VAGUS_DATA to the shared data folder");
        }
        try (var files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".hea")).sorted().forEach(f -> {
                String name = f.getFileName().toString();
                records.add(f.resolveSibling(name.substring(0, name.length() - 4)));
            });
        }
        if (records.isEmpty()) {
            throw new UsageException("no WFDB header (.hea) in " + dir);
        }
        return records;
    }

    private interface Trial {
        double run() throws IOException, InterruptedException;
    }

    private static double[] measure(int runs, Trial trial) throws IOException, InterruptedException {
        trial.run();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            ms[i] = trial.run();
        }
        return ms;
    }

    /** Milliseconds from starting the process to reading a stdout line that starts with {@code prefix}. */
    private static double timeToLine(List<String> command, Map<String, String> env, String prefix)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        List<String> seen = new ArrayList<>();
        double ms = Double.NaN;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (Double.isNaN(ms) && line.startsWith(prefix)) {
                    ms = (System.nanoTime() - t0) / 1e6;
                }
                seen.add(line);
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (Double.isNaN(ms)) {
            throw new IOException(String.join(" ", command) + " never printed '" + prefix + "'; it printed:\n"
                    + String.join("\n", seen));
        }
        return ms;
    }

    private static void report(CommandContext ctx, String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        ctx.out().printf("%s: median %.0f ms, min %.0f ms, max %.0f ms (n = %d)%n", what, median, s[0],
                s[s.length - 1], s.length);
    }
}
