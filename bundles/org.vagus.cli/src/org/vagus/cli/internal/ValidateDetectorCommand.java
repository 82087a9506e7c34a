package org.vagus.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.vagus.cli.Arguments;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;
import org.vagus.io.AnnotationSet;
import org.vagus.io.Signal;
import org.vagus.io.wfdb.MitAnnotationReader;
import org.vagus.io.wfdb.WfdbReader;
import org.vagus.signal.PanTompkins;
import org.vagus.signal.RPeaks;
import org.vagus.signal.validation.BeatMatching;
import org.vagus.signal.validation.MatchCounts;

/**
 * {@code vagus validate-detector DIR-OR-RECORD... [--annotator EXT] [--signal N] [--skip S]}: runs Pan-Tompkins
 * on every annotated WFDB record and compares the detections with the reference beats by ANSI/AAMI EC57
 * matching (150 ms), printing one TSV row per record and a pooled row from the summed counts.
 */
public final class ValidateDetectorCommand implements VagusCommand {

    @Override
    public String summary() {
        return "score the R-peak detector against annotated WFDB records (EC57 beat matching; TSV of Se, +P, F1)";
    }

    @Override
    public String usage() {
        return """
                vagus validate-detector DIR-OR-RECORD... [--annotator EXT] [--signal N] [--skip S]
                  DIR-OR-RECORD  a folder (every record with a .hea and a reference annotation file in it) or a
                                 record (path without extension, or its .hea)
                  --annotator    the reference annotation file extension (default atr)
                  --signal N     the signal to detect on, numbered from 0 as in WFDB (default 0)
                  --skip S       leave out the first S seconds (default 0; WFDB's bxb leaves out 300)
                output: TSV 'record tp fp fn se ppv f1' (se, ppv, f1 in percent), one row per record, then 'pooled'""";
    }

    @Override
    public int run(CommandContext ctx, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("annotator", "signal", "skip"), Set.of());
        if (a.positional().isEmpty()) {
            throw new UsageException("name at least one folder or record");
        }
        String annotator = a.option("annotator", "atr");
        if (annotator.isBlank() || annotator.contains("/") || annotator.startsWith(".")) {
            throw new UsageException("--annotator expects a file extension such as atr, got '" + annotator + "'");
        }
        int signal = a.intOption("signal", 0, 0);
        double skip = skipSeconds(a.option("skip", "0"));
        List<Path> headers = new ArrayList<>();
        for (String p : a.positional()) {
            headers.addAll(records(ctx, ctx.resolve(p), annotator));
        }
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("no WFDB record with a ." + annotator + " annotation file in "
                    + String.join(", ", a.positional()));
        }
        ctx.out().println("record\ttp\tfp\tfn\tse\tppv\tf1");
        MatchCounts pooled = MatchCounts.ZERO;
        WfdbReader reader = new WfdbReader();
        MitAnnotationReader annotations = new MitAnnotationReader();
        PanTompkins detector = new PanTompkins();
        for (Path hea : headers) {
            Signal ecg = reader.read(hea, signal).signal(0);
            AnnotationSet reference = annotations.read(hea, annotator);
            RPeaks peaks = detector.detect(ecg);
            MatchCounts m = BeatMatching.match(reference, peaks, BeatMatching.DEFAULT_WINDOW_S, skip);
            pooled = pooled.plus(m);
            ctx.out().println(row(recordName(hea), m));
        }
        ctx.out().println(row("pooled", pooled));
        return 0;
    }

    private static double skipSeconds(String text) throws UsageException {
        try {
            double s = Double.parseDouble(text);
            if (!(s >= 0) || Double.isInfinite(s)) {
                throw new UsageException("--skip must be a number of seconds >= 0, got '" + text + "'");
            }
            return s;
        } catch (NumberFormatException e) {
            throw new UsageException("--skip expects a number of seconds, got '" + text + "'");
        }
    }

    /** The headers of the records to score under {@code path}, sorted by name. */
    private static List<Path> records(CommandContext ctx, Path path, String annotator) throws IOException {
        if (Files.isDirectory(path)) {
            List<Path> found = new ArrayList<>();
            try (Stream<Path> s = Files.list(path)) {
                for (Path hea : s.filter(p -> p.getFileName().toString().endsWith(".hea")).sorted().toList()) {
                    if (Files.isRegularFile(annotationFile(hea, annotator))) {
                        found.add(hea);
                    } else {
                        ctx.err().println("skipped " + hea + ": no ." + annotator + " annotation file");
                    }
                }
            }
            return found;
        }
        Path hea = WfdbReader.headerPath(path);
        if (!Files.isRegularFile(hea)) {
            throw new IllegalArgumentException(path + " is neither a folder nor a WFDB record (no " + hea + ")");
        }
        if (!Files.isRegularFile(annotationFile(hea, annotator))) {
            throw new IllegalArgumentException("record " + hea + " has no reference annotation file "
                    + annotationFile(hea, annotator));
        }
        return List.of(hea);
    }

    private static Path annotationFile(Path hea, String annotator) {
        return hea.resolveSibling(recordName(hea) + "." + annotator);
    }

    private static String recordName(Path hea) {
        String name = hea.getFileName().toString();
        return name.substring(0, name.length() - ".hea".length());
    }

    /** One TSV row; percentages with two decimals, {@code n/a} when undefined. */
    static String row(String record, MatchCounts m) {
        return record + "\t" + m.truePositives() + "\t" + m.falsePositives() + "\t" + m.falseNegatives() + "\t"
                + percent(m.sensitivityPercent()) + "\t" + percent(m.positivePredictivityPercent()) + "\t"
                + percent(m.f1Percent());
    }

    private static String percent(double p) {
        return Double.isNaN(p) ? "n/a" : String.format(Locale.ROOT, "%.2f", p);
    }
}
