package org.vagus.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.vagus.cli.Arguments;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;
import org.vagus.core.units.SamplingRate;
import org.vagus.io.FormatException;
import org.vagus.io.Signal;
import org.vagus.io.wfdb.MitAnnotationReader;
import org.vagus.io.wfdb.WfdbReader;
import org.vagus.signal.PanTompkins;
import org.vagus.signal.hrv.BandPowers;
import org.vagus.signal.hrv.Detrending;
import org.vagus.signal.hrv.HrvTimeCourse;
import org.vagus.signal.hrv.Resampler;
import org.vagus.signal.hrv.RrIntervals;
import org.vagus.signal.hrv.SmoothnessPriors;
import org.vagus.signal.hrv.StandardHrv;
import org.vagus.signal.hrv.TimeDomainHrv;
import org.vagus.signal.hrv.TimeVaryingHrv;
import org.vagus.signal.hrv.TvarOptions;

/**
 * {@code vagus hrv INPUT [--tv] [--out FILE]}: standard HRV (Task Force 1996) of an RR list, of WFDB beat
 * annotations or of a WFDB record (R peaks by Pan-Tompkins), as a {@code measure value unit} TSV; with {@code --tv}
 * the time-varying nHF, nLF, LF, HF and total power (TVAR, Kalman smoother) at the evenly sampled rate as a TSV
 * with the header {@code time_s nHF nLF LF HF total}, time counted from the first beat. Samples inside gaps the
 * interpolation may not bridge are left out of that TSV, and the count is reported on standard error.
 */
public final class HrvCommand implements VagusCommand {
    /** The header of the {@code --tv} output. */
    public static final String TV_HEADER = "time_s\tnHF\tnLF\tLF\tHF\ttotal";

    private static final Set<String> VALUED = Set.of("out", "annotator", "fs", "signal", "interpolation", "detrend",
            "q", "order");
    private static final Set<String> FLAGS = Set.of("tv");

    @Override
    public String summary() {
        return "heart rate variability: standard measures, or the time-varying nHF course (TVAR, Kalman smoother)";
    }

    @Override
    public String usage() {
        return """
                vagus hrv INPUT [--tv] [--out FILE] [--annotator EXT [--fs HZ]] [--signal N]
                          [--interpolation linear|spline] [--detrend highpass|priors|none] [--q Q] [--order P]
                  INPUT            an RR list (one interval in ms per line; blank lines and # comments skipped),
                                   a WFDB record (path without extension or its .hea; R peaks by Pan-Tompkins on
                                   --signal N, default 0), or with --annotator the record of a beat annotation file
                  --annotator EXT  read the beat annotations RECORD.EXT (e.g. atr, ecg, qrs); intervals between two
                                   N beats are NN, the others are bridged
                  --fs HZ          the annotation clock when the record has no header (e.g. 250 for 03665.qrs)
                  --tv             write the time course instead: TSV 'time_s nHF nLF LF HF total' at 4 Hz, time
                                   from the first beat, powers in ms^2, nHF and nLF fractions of LF + HF
                  --out FILE       write to FILE (replaced atomically) instead of standard output
                  --interpolation  linear (default, the seed study) or spline (natural cubic), at 4 Hz
                  --detrend        for --tv: highpass (default, 0.02 Hz zero-phase), priors (smoothness priors,
                                   lambda 500) or none; the standard spectra are not detrended
                  --q Q            for --tv: random-walk variance relative to the innovation variance (default 1e-4;
                                   larger follows faster and is noisier: 10-90 % rise of nHF about 50 s at 1e-4,
                                   35 s at 1e-3)
                  --order P        for --tv: TVAR order (default 12)
                output: TSV 'measure value unit' (mean NN, SDNN, RMSSD, pNN50, mean HR, Poincare SD1/SD2, Welch and
                Burg band powers: absolute ms^2, relative and normalised fractions, LF/HF); notes on standard error""";
    }

    @Override
    public int run(CommandContext ctx, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, VALUED, FLAGS);
        List<String> inputs = a.positional();
        if (inputs.size() != 1) {
            throw new UsageException("name one RR list, WFDB record or annotated record");
        }
        Resampler resampler = Resampler.defaults()
                .withInterpolation(interpolation(a.option("interpolation", "linear")));
        Detrending detrending = detrending(a.option("detrend", "highpass"));
        TvarOptions tv = TvarOptions.defaults().withOrder(a.intOption("order", 12, 1))
                .withRelativeQ(positive(a.option("q", Double.toString(TvarOptions.DEFAULT_Q)), "--q"));
        RrIntervals rr = readBeats(ctx, a, inputs.get(0));
        String out = a.option("out", null);
        StringBuilder text = new StringBuilder();
        List<String> notes = new ArrayList<>();
        if (a.flag("tv")) {
            HrvTimeCourse course = new TimeVaryingHrv(resampler, detrending, tv).analyse(rr);
            int skipped = writeTimeCourse(course, rr.beatTime(0), text);
            if (skipped > 0) {
                notes.add(skipped + " sample(s) inside gaps longer than " + resampler.maxGapS()
                        + " s without a usable NN interval are left out");
            }
        } else {
            StandardHrv h = StandardHrv.of(rr, new StandardHrv.Options(resampler, Detrending.NONE,
                    StandardHrv.Options.defaults().welch(), StandardHrv.Options.defaults().arOrder(),
                    StandardHrv.Options.defaults().bands()));
            writeStandard(h, rr, text);
            notes.addAll(h.notes());
        }
        for (String n : notes) {
            ctx.err().println("note: " + n);
        }
        if (out == null) {
            ctx.out().print(text);
            ctx.out().flush();
        } else {
            Path target = ctx.resolve(out);
            writeAtomically(text, target);
            ctx.err().printf(Locale.ROOT, "%s of %d beats (%d NN intervals) written to %s%n",
                    a.flag("tv") ? "time-varying HRV" : "standard HRV", rr.size() + 1, rr.nnCount(), target);
        }
        return 0;
    }

    /** The beats of an annotation file, a WFDB record or an RR list, by the rules of the usage. */
    static RrIntervals readBeats(CommandContext ctx, Arguments a, String input) throws IOException, UsageException {
        Path path = ctx.resolve(input);
        String annotator = a.option("annotator", null);
        String fs = a.option("fs", null);
        if (annotator != null) {
            String suffix = "." + annotator;
            Path record = path.getFileName().toString().endsWith(suffix)
                    ? path.resolveSibling(path.getFileName().toString().replaceFirst("\\.[^.]+$", "")) : path;
            if (fs != null) {
                Path file = record.resolveSibling(record.getFileName() + suffix);
                return RrIntervals.of(new MitAnnotationReader().read(file, SamplingRate.ofHertz(positive(fs, "--fs"))));
            }
            if (!Files.isRegularFile(WfdbReader.headerPath(record))) {
                throw new UsageException("record " + record + " has no header (" + WfdbReader.headerPath(record)
                        + "); give the annotation clock with --fs HZ");
            }
            return RrIntervals.of(new MitAnnotationReader().read(record, annotator));
        }
        if (fs != null) {
            throw new UsageException("--fs is the clock of beat annotations: use it with --annotator EXT");
        }
        if (Files.isRegularFile(WfdbReader.headerPath(path)) && !Files.isRegularFile(path)
                || path.getFileName().toString().endsWith(".hea")) {
            Signal ecg = new WfdbReader().read(path, a.intOption("signal", 0, 0)).signal(0);
            return RrIntervals.of(new PanTompkins().detect(ecg));
        }
        return readRrList(path);
    }

    /** One RR interval in ms per line; blank lines and lines starting with # are skipped. */
    static RrIntervals readRrList(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null,
                    "neither an RR list nor a WFDB record (no " + WfdbReader.headerPath(file) + ")");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        double[] rr = new double[lines.size()];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            double v;
            try {
                v = Double.parseDouble(line);
            } catch (NumberFormatException e) {
                throw new FormatException(file, "line " + (i + 1), "expected one RR interval in ms, found '" + line
                        + "'");
            }
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new FormatException(file, "line " + (i + 1), "RR interval " + line
                        + " ms: intervals must be finite and > 0 ms");
            }
            rr[n++] = v;
        }
        if (n < 2) {
            throw new FormatException(file, "line " + lines.size(), n + " RR interval(s); HRV needs more beats");
        }
        return RrIntervals.ofIntervalsMs(0, java.util.Arrays.copyOf(rr, n));
    }

    private static Resampler.Interpolation interpolation(String name) throws UsageException {
        return switch (name) {
            case "linear" -> Resampler.Interpolation.LINEAR;
            case "spline" -> Resampler.Interpolation.CUBIC_SPLINE;
            default -> throw new UsageException("--interpolation is linear or spline, not '" + name + "'");
        };
    }

    private static Detrending detrending(String name) throws UsageException {
        return switch (name) {
            case "highpass" -> Detrending.defaults();
            case "priors" -> new SmoothnessPriors(SmoothnessPriors.DEFAULT_LAMBDA);
            case "none" -> Detrending.NONE;
            default -> throw new UsageException("--detrend is highpass, priors or none, not '" + name + "'");
        };
    }

    private static double positive(String text, String option) throws UsageException {
        try {
            double v = Double.parseDouble(text);
            if (v > 0 && !Double.isInfinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " expects a number > 0, got '" + text + "'");
    }

    /** Writes the time course; returns how many masked samples were left out. */
    static int writeTimeCourse(HrvTimeCourse c, double firstBeatS, StringBuilder out) {
        out.append(TV_HEADER).append('\n');
        int skipped = 0;
        for (int i = 0; i < c.length(); i++) {
            if (!c.isValid(i)) {
                skipped++;
                continue;
            }
            out.append(String.format(Locale.ROOT, "%.3f\t%.6f\t%.6f\t%.4f\t%.4f\t%.4f%n", c.time(i) - firstBeatS,
                    c.nHf(i), c.nLf(i), c.lf(i), c.hf(i), c.total(i)));
        }
        return skipped;
    }

    static void writeStandard(StandardHrv h, RrIntervals rr, StringBuilder out) {
        out.append("measure\tvalue\tunit\n");
        TimeDomainHrv td = h.timeDomain();
        count(out, "beats", rr.size() + 1);
        row(out, "duration", rr.durationS(), "s");
        count(out, "nn_intervals", td.nnCount());
        row(out, "mean_nn", td.meanNnMs(), "ms");
        row(out, "sdnn", td.sdnnMs(), "ms");
        row(out, "rmssd", td.rmssdMs(), "ms");
        row(out, "pnn50", td.pnn50Percent(), "%");
        row(out, "mean_hr", td.meanHrBpm(), "bpm");
        row(out, "sd1", td.sd1Ms(), "ms");
        row(out, "sd2", td.sd2Ms(), "ms");
        h.welchPowers().ifPresent(p -> bands(out, "welch", p));
        h.arPowers().ifPresent(p -> bands(out, "ar", p));
    }

    private static void bands(StringBuilder out, String prefix, BandPowers p) {
        row(out, prefix + "_vlf", p.vlf(), "ms^2");
        row(out, prefix + "_lf", p.lf(), "ms^2");
        row(out, prefix + "_hf", p.hf(), "ms^2");
        row(out, prefix + "_total", p.total(), "ms^2");
        row(out, prefix + "_vlf_rel", p.relativeVlf(), "1");
        row(out, prefix + "_lf_rel", p.relativeLf(), "1");
        row(out, prefix + "_hf_rel", p.relativeHf(), "1");
        row(out, prefix + "_lf_nu", p.nLf(), "1");
        row(out, prefix + "_hf_nu", p.nHf(), "1");
        row(out, prefix + "_lf_hf", p.lfHf(), "1");
    }

    private static void count(StringBuilder out, String name, int value) {
        out.append(name).append('\t').append(value).append("\t1\n");
    }

    private static void row(StringBuilder out, String name, double value, String unit) {
        out.append(name).append('\t').append(String.format(Locale.ROOT, "%.10g", value)).append('\t').append(unit)
                .append('\n');
    }

    private static void writeAtomically(CharSequence text, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.append(text);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
