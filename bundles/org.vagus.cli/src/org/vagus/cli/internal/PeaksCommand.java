package org.vagus.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.vagus.cli.Arguments;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;
import org.vagus.io.Signal;
import org.vagus.io.wfdb.WfdbReader;
import org.vagus.signal.PanTompkins;
import org.vagus.signal.RPeaks;

/**
 * {@code vagus peaks RECORD [--out FILE] [--signal N]}: R peaks of one ECG lead of a WFDB record by
 * Pan-Tompkins, written as TSV with the columns {@code sample} (0-based index at the record's rate) and
 * {@code time_s}.
 */
public final class PeaksCommand implements VagusCommand {

    @Override
    public String summary() {
        return "detect R peaks (Pan-Tompkins) in a WFDB record and write their samples and times as TSV";
    }

    @Override
    public String usage() {
        return """
                vagus peaks RECORD [--out FILE] [--signal N]
                  RECORD      a WFDB record: its path without extension (mitdb/100) or its header (mitdb/100.hea);
                              or a recording in any registered format (EDF+, BDF+, OpenSignals .txt/.h5, ...)
                  --out FILE  write the TSV to FILE (replaced atomically) instead of standard output
                  --signal N  the signal to analyse, numbered from 0 in file order (default 0)
                output: TSV with the header 'sample<TAB>time_s', one R peak per row""";
    }

    @Override
    public int run(CommandContext ctx, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("out", "signal"), Set.of());
        List<String> records = a.positional();
        if (records.size() != 1) {
            throw new UsageException("name one record");
        }
        int signal = a.intOption("signal", 0, 0);
        Path record = ctx.resolve(records.get(0));
        Signal ecg = record.getFileName().toString().endsWith(".hea") || !record.getFileName().toString().contains(".")
                ? new WfdbReader().read(record, signal).signal(0)
                : Formats.registry(ctx.err()).read(record).signal(signal);
        RPeaks peaks = new PanTompkins().detect(ecg);
        String out = a.option("out", null);
        if (out == null) {
            write(peaks, ctx.out());
            ctx.out().flush();
        } else {
            Path target = ctx.resolve(out);
            writeAtomically(peaks, target);
            ctx.err().printf(Locale.ROOT, "%d R peaks in %s (%s) written to %s%n", peaks.count(), record,
                    ecg.name(), target);
        }
        return 0;
    }

    /** Writes the peaks TSV. */
    static void write(RPeaks peaks, Appendable out) throws IOException {
        out.append("sample\ttime_s\n");
        StringBuilder row = new StringBuilder(32);
        for (int i = 0; i < peaks.count(); i++) {
            row.setLength(0);
            row.append(peaks.sample(i)).append('\t').append(String.format(Locale.ROOT, "%.6f", peaks.seconds(i)))
                    .append('\n');
            out.append(row);
        }
    }

    private static void write(RPeaks peaks, PrintStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        write(peaks, sb);
        out.print(sb);
    }

    private static void writeAtomically(RPeaks peaks, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                write(peaks, w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
