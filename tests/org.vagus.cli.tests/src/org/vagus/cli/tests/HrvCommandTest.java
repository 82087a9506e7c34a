package org.vagus.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.internal.HrvBenchmark;
import org.vagus.cli.internal.HrvCommand;
import org.vagus.io.FormatException;

/**
 * {@code vagus hrv}. The reference values of the recordings come from an independent python3 computation (numpy
 * 2.4, scipy 1.17; see org.vagus.signal.tests.hrv.StandardHrvTest for the recipe).
 */
class HrvCommandTest {

    static Path data() {
        String p = System.getProperty("vagus.data");
        return (p != null ? Path.of(p) : Path.of("../shared/data")).toAbsolutePath();
    }

    record Run(int status, String out, String err) {
        /** The value of one measure of the standard output. */
        double measure(String name) {
            for (String line : out.split("\n")) {
                String[] f = line.split("\t");
                if (f[0].equals(name)) {
                    return Double.parseDouble(f[1]);
                }
            }
            throw new AssertionError("no measure " + name + " in\n" + out);
        }
    }

    static Run run(Path dir, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandContext ctx = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, null, Map.of());
        int status = new HrvCommand().run(ctx, List.of(args));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static void close(double expected, double actual, String what) {
        assertTrue(Math.abs(actual - expected) <= 1e-6 * Math.abs(expected), what + ": expected " + expected + ", got "
                + actual);
    }

    @Test
    void rrListStandardHrv(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("rr.txt"), "# one interval in ms per line\n800\n810\n790\n\n850\n780\n820\n905\n760\n");
        Run r = run(dir, "rr.txt");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("measure\tvalue\tunit\n"), r.out());
        assertTrue(r.out().contains("beats\t9\t1\n"), r.out());
        assertTrue(r.out().contains("\tms\n") && r.out().contains("\tbpm\n"));
        // numpy: mean, std(ddof=1), sqrt(mean(diff^2)), 100 mean(|diff| > 50), mean(60000 / rr)
        close(814.375, r.measure("mean_nn"), "mean NN");
        close(45.46878835295388, r.measure("sdnn"), "SDNN");
        close(74.4983221287567, r.measure("rmssd"), "RMSSD");
        close(57.14285714285714, r.measure("pnn50"), "pNN50");
        close(73.86889950621031, r.measure("mean_hr"), "mean HR");
        assertTrue(r.err().contains("note: no Welch spectrum"), r.err());
        assertTrue(!r.out().contains("NaN"), r.out());
    }

    @Test
    void annotatedRecordWithHeader() throws Exception {
        Run r = run(data(), "rr/nsr001", "--annotator", "ecg");
        close(760.4856326, r.measure("mean_nn"), "mean NN");
        close(168.5449476, r.measure("sdnn"), "SDNN");
        close(32.09006999, r.measure("rmssd"), "RMSSD");
        close(8.676044138, r.measure("pnn50"), "pNN50");
        close(22.6912124, r.measure("sd1"), "SD1");
        close(237.3059218, r.measure("sd2"), "SD2");
        close(685.4652312, r.measure("welch_lf"), "Welch LF");
        close(334.0184909, r.measure("welch_hf"), "Welch HF");
        close(0.3276349427, r.measure("welch_hf_nu"), "Welch nHF");
        close(550.3447198, r.measure("ar_lf"), "AR LF");
        close(362.7808691, r.measure("ar_hf"), "AR HF");
        assertTrue(r.err().contains("note: 79 of 323860"), r.err());
    }

    @Test
    void annotationsWithoutHeader(@TempDir Path dir) throws Exception {
        Run r = run(data(), "rr/03665", "--annotator", "qrs", "--fs", "250");
        close(209.8728358, r.measure("rmssd"), "RMSSD");
        close(4920.262588, r.measure("welch_hf"), "Welch HF");
        Run same = run(data(), "rr/03665.qrs", "--annotator", "qrs", "--fs", "250", "--out",
                dir.resolve("h.tsv").toString());
        assertEquals(r.out(), Files.readString(dir.resolve("h.tsv")));
        assertTrue(same.err().contains("written to"), same.err());
        UsageException e = assertThrows(UsageException.class, () -> run(data(), "rr/03665", "--annotator", "qrs"));
        assertTrue(e.getMessage().contains("--fs"), e.getMessage());
    }

    @Test
    void timeCourseOfAnRrList(@TempDir Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            sb.append(800 + 40 * Math.sin(i * 0.8) + 30 * Math.sin(i * 0.21 + Math.sin(i * 0.01))).append('\n');
        }
        Files.writeString(dir.resolve("rr.txt"), sb);
        Run r = run(dir, "rr.txt", "--tv", "--out", "tv.tsv");
        assertEquals(0, r.status());
        List<String> lines = Files.readAllLines(dir.resolve("tv.tsv"));
        assertEquals(HrvCommand.TV_HEADER, lines.get(0));
        assertEquals("time_s\tnHF\tnLF\tLF\tHF\ttotal", lines.get(0));
        double previous = -1;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            assertEquals(6, f.length);
            double t = Double.parseDouble(f[0]);
            double nhf = Double.parseDouble(f[1]);
            if (previous >= 0) {
                assertEquals(0.25, t - previous, 1e-9);
            }
            previous = t;
            assertTrue(nhf >= 0 && nhf <= 1 && Math.abs(nhf + Double.parseDouble(f[2]) - 1) < 1e-5, line);
            assertTrue(Double.parseDouble(f[5]) >= Double.parseDouble(f[3]) + Double.parseDouble(f[4]) - 1e-3, line);
        }
        double duration = 0;
        for (String l : sb.toString().split("\n")) {
            duration += Double.parseDouble(l) / 1000;
        }
        // from the end of the first interval to the last beat, every 0.25 s counted from the first beat
        assertEquals(Math.floor(duration * 4) - Math.ceil(0.8 * 4 - 1e-9) + 1, lines.size() - 1, 1);
        Run spline = run(dir, "rr.txt", "--tv", "--interpolation", "spline", "--detrend", "priors", "--q", "1e-3");
        assertTrue(spline.out().startsWith(HrvCommand.TV_HEADER + "\n"));
    }

    @Test
    void timeCourseOfAnEcgRecord(@TempDir Path dir) throws Exception {
        Run r = run(data(), "mitdb/100", "--tv", "--out", dir.resolve("100.tsv").toString());
        List<String> lines = Files.readAllLines(dir.resolve("100.tsv"));
        assertEquals(HrvCommand.TV_HEADER, lines.get(0));
        // 30 min 5 s of ECG: about 7,200 samples at 4 Hz
        assertTrue(lines.size() > 7000 && lines.size() < 7300, lines.size() + " rows");
        assertTrue(r.err().contains("2273 beats"), r.err());
    }

    @Test
    void timeCourseMasksGaps() throws Exception {
        Run r = run(data(), "rr/nsr001", "--annotator", "ecg", "--tv");
        assertTrue(r.err().contains("note: 79 sample(s) inside gaps"), r.err());
        assertTrue(!r.out().contains("NaN"));
        assertEquals(323860 - 79 + 1, r.out().split("\n").length);
    }

    @Test
    void badInput(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.txt"), "800\n810\nabc\n");
        FormatException e = assertThrows(FormatException.class, () -> run(dir, "bad.txt"));
        assertEquals("line 3", e.location());
        Files.writeString(dir.resolve("zero.txt"), "800\n0\n810\n");
        e = assertThrows(FormatException.class, () -> run(dir, "zero.txt"));
        assertEquals("line 2", e.location());
        Files.writeString(dir.resolve("one.txt"), "800\n");
        assertThrows(FormatException.class, () -> run(dir, "one.txt"));
        assertThrows(java.nio.file.NoSuchFileException.class, () -> run(dir, "missing.txt"));
        assertThrows(UsageException.class, () -> run(dir));
        assertThrows(UsageException.class, () -> run(dir, "a", "b"));
        assertThrows(UsageException.class, () -> run(dir, "bad.txt", "--bogus"));
        assertThrows(UsageException.class, () -> run(dir, "zero.txt", "--interpolation", "cubic"));
        assertThrows(UsageException.class, () -> run(dir, "zero.txt", "--fs", "250"));
        assertThrows(UsageException.class, () -> run(dir, "zero.txt", "--tv", "--q", "-1"));
    }

    @Test
    void benchmarkPrintsItsFigures() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandContext ctx = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
                Path.of("."), null, new HashMap<>());
        HrvBenchmark.run(ctx, 5);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("TVAR(12) + Kalman filter + RTS smoother on 30 min of 4 Hz IBI (7200 samples)"), text);
        assertTrue(text.contains("median"), text);
        assertThrows(IllegalArgumentException.class, () -> HrvBenchmark.run(ctx, 0));
    }
}
