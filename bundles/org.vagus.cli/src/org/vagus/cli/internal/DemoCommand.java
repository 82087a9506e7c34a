package org.vagus.cli.internal;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.vagus.analysis.AnalysisEngine;
import org.vagus.cli.Arguments;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;
import org.vagus.demo.Demo;

/**
 * {@code vagus demo [--participants N] [--seed S] [--out DIR] [--threads N] [--open]}: the seed study end to end on
 * simulated participants ({@link Demo}): population from the seed's Table 1, every session through the runner, the
 * simulated ECG sensor and the acquisition engine, the built-in analysis, the report, and the seed's results beside
 * the demo's. Opens the report in the desktop's browser only with {@code --open}.
 */
public final class DemoCommand implements VagusCommand {

    @Override
    public String summary() {
        return "the seed study end to end on simulated participants: sessions, ECG, analysis, report, side-by-side";
    }

    @Override
    public String usage() {
        return """
                vagus demo [--participants N] [--seed S] [--out DIR] [--threads N] [--open]
                  --participants N  simulated participants (default 77: 39 High and 38 Low SC, as in the seed)
                  --seed S          the seed (default 20250101); the same seed gives the same study
                  --out DIR         the study folder to create (default ./vagus-demo); an earlier demo study there
                                    is replaced, any other content refused
                  --threads N       sessions simulated and participants analysed at once (default: one per core)
                  --open            open report.html in the desktop's browser afterwards
                draws the participants from the seed's Table 1, runs each session headless (runner, simulated ECG
                sensor, acquisition engine; faster than real time), analyses the study with the built-in recipe,
                writes results and report into DIR/derivatives/vagus/, and prints the seed's results beside the
                demo's: Table 1, the STAI-S and perceived stress changes, HR AUC 0-0.85 s, nHF 0.7-3.4 s, nHF-HAMA""";
    }

    @Override
    public int run(CommandContext ctx, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("participants", "seed", "out", "threads"), Set.of("open"));
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
        }
        int participants = a.intOption("participants", 77, 2);
        int threads = a.intOption("threads", AnalysisEngine.defaultThreads(), 1);
        long seed = Demo.DEFAULT_SEED;
        String s = a.option("seed", null);
        if (s != null) {
            try {
                seed = Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--seed expects a whole number, got '" + s + "'");
            }
        }
        Path out = ctx.resolve(a.option("out", Demo.DEFAULT_OUT));
        Demo.Outcome o = Demo.run(new Demo.Options(participants, seed, out, threads), ctx.out(), ctx.err());
        if (a.flag("open")) {
            if (o.report() == null) {
                ctx.err().println("vagus demo: --open: no report was written");
                return 1;
            }
            open(ctx, o.report());
        }
        return 0;
    }

    /** Opens a file in the desktop's browser: java.awt.Desktop where supported, else xdg-open / open / start. */
    private static void open(CommandContext ctx, Path file) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(file.toUri());
                return;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall back to the platform's opener
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("cmd", "/c", "start", "", file.toString())
                : os.contains("mac") ? List.of("open", file.toString()) : List.of("xdg-open", file.toString());
        try {
            new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            ctx.err().println("vagus demo: could not open " + file + " (" + e.getMessage() + "); open it in a browser");
        }
    }
}
