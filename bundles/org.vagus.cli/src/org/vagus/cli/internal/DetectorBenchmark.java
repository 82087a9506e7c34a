package org.vagus.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.vagus.cli.CommandContext;
import org.vagus.io.Signal;
import org.vagus.io.wfdb.WfdbReader;
import org.vagus.signal.PanTompkins;
import org.vagus.signal.RPeaks;

/**
 * The detector benchmark behind {@code vagus bench detector}: throughput of the whole detection chain (raw
 * samples at their native rate, in memory, to R-peak indices) on one thread, on real records. File reading is
 * timed separately. Honest harness: the records are read once; the detector runs over all of them a few times to
 * warm up the JIT, then {@code runs} timed passes; the median pass gives samples per second (min and max
 * printed beside it). A checksum of the peak counts keeps the work observable.
 */
public final class DetectorBenchmark {
    /** Untimed passes over all records before measuring. */
    static final int WARM_UP_PASSES = 5;

    private DetectorBenchmark() {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param ctx where to print
     * @param records WFDB records (path without extension or the .hea); the first signal of each is used
     * @param runs timed passes (at least 1)
     */
    public static void run(CommandContext ctx, List<Path> records, int runs) throws IOException {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("name at least one WFDB record to benchmark the detector on");
        }
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        WfdbReader reader = new WfdbReader();
        List<Signal> signals = new ArrayList<>();
        long samples = 0;
        long t0 = System.nanoTime();
        for (Path r : records) {
            Signal s = reader.read(r, 0).signal(0);
            signals.add(s);
            samples += s.length();
        }
        double readS = (System.nanoTime() - t0) / 1e9;
        ctx.out().printf(Locale.ROOT, "read: %d record(s), %d samples in %.1f ms (%.1f M samples/s, first read,"
                + " including header parsing and checksums)%n", records.size(), samples, readS * 1e3,
                samples / readS / 1e6);
        PanTompkins detector = new PanTompkins();
        long check = 0;
        for (int i = 0; i < WARM_UP_PASSES; i++) {
            check += pass(detector, signals);
        }
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            check += pass(detector, signals);
            seconds[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(seconds);
        double median = runs % 2 == 1 ? seconds[runs / 2] : (seconds[runs / 2 - 1] + seconds[runs / 2]) / 2;
        ctx.out().printf(Locale.ROOT, "detect (pan-tompkins, 1 thread, %d warm-up passes, %d timed): median %.2f ms"
                + " per pass of %d samples = %.1f M samples/s (best %.1f, worst %.1f M samples/s); peaks %d%n",
                WARM_UP_PASSES, runs, median * 1e3, samples, samples / median / 1e6,
                samples / seconds[0] / 1e6, samples / seconds[runs - 1] / 1e6, check / (WARM_UP_PASSES + runs));
    }

    private static long pass(PanTompkins detector, List<Signal> signals) {
        long peaks = 0;
        for (Signal s : signals) {
            RPeaks r = detector.detect(s);
            peaks += r.count();
        }
        return peaks;
    }
}
