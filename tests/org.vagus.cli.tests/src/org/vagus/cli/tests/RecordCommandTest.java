package org.vagus.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.internal.CommandDescriptor;
import org.vagus.cli.internal.CommandLine;
import org.vagus.cli.internal.CommandRegistry;
import org.vagus.cli.internal.RecordCommand;
import org.vagus.core.model.Participant;
import org.vagus.core.time.Clock;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.devices.simulation.FileReplayProvider;
import org.vagus.devices.simulation.SimulatedEcgProvider;
import org.vagus.io.bids.PhysioReader;
import org.vagus.io.bids.PhysioSidecar;
import org.vagus.io.wfdb.WfdbReader;
import org.vagus.signal.PanTompkins;
import org.vagus.signal.RPeaks;
import org.vagus.study.StudyFolder;

/**
 * {@code vagus record} on the simulated ECG: exact sample counts, a complete sidecar, R peaks a detector finds,
 * study naming, Ctrl-C (by the interrupt callback and by a real SIGINT to a child process), and the errors for bad
 * input.
 */
class RecordCommandTest {

    private static SensorRegistry registry() {
        return SensorRegistry.of(new SimulatedEcgProvider(), new FileReplayProvider(),
                new DevicesCommandTest.FakeSerialProvider("/dev/ttyFAKE0"));
    }

    /** Output of one command run. */
    private record Run(int status, String out, String err) {
    }

    private static Run record(Path dir, RecordCommand command, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandContext ctx = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, null, Map.of());
        int status = command.run(ctx, List.of(args));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run record(Path dir, String... args) throws Exception {
        return record(dir, new RecordCommand(registry(), onInterrupt -> () -> { }), args);
    }

    private static Path onlyRecording(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> data = files.filter(f -> f.getFileName().toString().endsWith("_physio.tsv.gz")).toList();
            assertEquals(1, data.size(), "one recording in " + dir + ": " + data);
            return data.get(0);
        }
    }

    @Test
    void twentySecondsOfSimulatedEcgAtMaxSpeed(@TempDir Path dir) throws Exception {
        long wall = System.nanoTime();
        Run run = record(dir, "--sensor", "simulated", "--seconds", "20", "--speed", "max", "--out", "rec",
                "--options", "heartRate=72,seed=7");
        double wallS = (System.nanoTime() - wall) / 1e9;
        assertEquals(0, run.status(), run.err());
        Path data = onlyRecording(dir.resolve("rec"));
        assertTrue(data.getFileName().toString().matches("simulated_\\d{8}T\\d{6}_physio\\.tsv\\.gz"),
                data.getFileName().toString());

        PhysioReader.Result r = PhysioReader.read(data);
        assertEquals(20_000, r.sampleCount());
        assertTrue(r.complete(), "complete: " + r.warnings());
        assertFalse(r.truncated());
        PhysioSidecar s = r.sidecar();
        assertTrue(s.complete());
        assertEquals(20_000, s.sampleCount());
        assertEquals(SamplingRate.ofHertz(1000), s.samplingFrequency());
        assertEquals(0, s.startTime());
        assertEquals(List.of("ECG"), s.columns());
        assertEquals(List.of(Unit.MILLIVOLT), s.units());
        assertNotNull(s.startDateTime());
        assertTrue(s.gaps().isEmpty());
        assertEquals(List.of("ECG"), s.extra().get("VagusChannelTypes"));
        assertEquals("simulated (faster than real time)", s.extra().get("VagusClock"));
        assertEquals("max", s.extra().get("VagusSpeed"));
        assertEquals(Map.of("heartRate", "72", "seed", "7"), s.extra().get("VagusSensorOptions"));
        assertTrue(s.extra().get("VagusDevice") instanceof Map<?, ?> device && "simulated".equals(device.get("Sensor"))
                && "simulated".equals(device.get("Address")), "device: " + s.extra().get("VagusDevice"));
        assertEquals(0, ((Number) s.extra().get("VagusFramesLost")).longValue());
        // arrivals stamped on the simulated clock exactly on time: no drift
        assertEquals(0, ((Number) s.extra().get("VagusClockDriftPpm")).doubleValue(), 1e-3);

        RPeaks peaks = new PanTompkins().detect(r.record().signal(0));
        double first = peaks.seconds(0);
        double last = peaks.seconds(peaks.count() - 1);
        double bpm = 60 * (peaks.count() - 1) / (last - first);
        assertTrue(peaks.count() >= 20 && peaks.count() <= 30, peaks.count() + " beats in 20 s at 72 bpm");
        assertEquals(72, bpm, 6, "heart rate from the detected R peaks");
        for (int i = 1; i < peaks.count(); i++) {
            double rr = peaks.seconds(i) - peaks.seconds(i - 1);
            assertTrue(rr > 0.5 && rr < 1.3, "RR " + rr + " s at beat " + i);
        }

        assertTrue(run.out().contains("frames    20000"), run.out());
        assertTrue(run.out().contains("lost      0"), run.out());
        assertTrue(run.out().contains("gaps      0"), run.out());
        assertTrue(run.out().contains("drift     +0.000 ppm"), run.out());
        assertTrue(run.out().contains("duration  20.000 s"), run.out());
        assertTrue(run.out().contains("ended     after the requested 20 s"), run.out());
        System.out.printf("record --speed max: 20 s of 1000 Hz ECG in %.2f s wall (%.0f simulated s per wall s), "
                + "%d R peaks, %.1f bpm%n", wallS, 20 / wallS, peaks.count(), bpm);
    }

    @Test
    void aDeviceStreamIsCutAtTheRequestedSampleWithItsGapsAndTransferFunctions(@TempDir Path dir) throws Exception {
        // the fake board streams 10-bit codes unpaced in blocks of 7 frames and loses frames 500..509
        Run run = record(dir, "--sensor", "fake-serial", "--channels", "A2,a1", "--seconds", "2", "--out", "dev");
        assertEquals(0, run.status(), run.err());
        PhysioReader.Result r = PhysioReader.read(onlyRecording(dir.resolve("dev")));
        assertEquals(2000, r.sampleCount(), "exactly 2 s at 1000 Hz, the block crossing the end cut");
        assertTrue(r.complete(), "complete: " + r.warnings());
        assertEquals(List.of("A2", "A1"), r.sidecar().columns());
        assertEquals(List.of(Unit.MILLIVOLT, Unit.of("raw")), r.sidecar().units());
        assertEquals(List.of(new PhysioSidecar.Gap(500, 10)), r.sidecar().gaps());
        for (int k = 0; k < 2000; k++) {
            double a2 = r.record().signal(0).sample(k);
            double a1 = r.record().signal(1).sample(k);
            if (k >= 500 && k < 510) {
                assertTrue(Double.isNaN(a2) && Double.isNaN(a1), "lost frame " + k + " is n/a");
            } else {
                assertEquals(DevicesCommandTest.FakeSensor.A2.toPhysical(DevicesCommandTest.FakeSensor.code("A2", k)),
                        a2, 1e-12, "A2 in mV at " + k);
                assertEquals(DevicesCommandTest.FakeSensor.code("A1", k), a1, 0, "A1 raw at " + k);
            }
        }
        assertTrue(run.out().contains("received  1990"), run.out());
        assertTrue(run.out().contains("lost      10"), run.out());
        assertTrue(run.out().contains("gaps      1"), run.out());
        assertTrue(run.out().contains("drift     n/a"), run.out());
        assertTrue(run.out().contains("channels  A2 (mV), A1 (raw) at 1000 Hz"), run.out());
    }

    @Test
    void replaysARecordNamedRelativeToTheUsersDirectory(@TempDir Path dir) throws Exception {
        Path data = PeaksCommandTest.data();
        Run run = record(data, new RecordCommand(registry(), onInterrupt -> () -> { }), "--sensor", "replay", "--port",
                "mitdb/100", "--channels", "MLII", "--seconds", "3", "--speed", "max", "--out", dir.toString());
        assertEquals(0, run.status(), run.err());
        PhysioReader.Result r = PhysioReader.read(onlyRecording(dir));
        assertEquals(SamplingRate.ofHertz(360), r.sidecar().samplingFrequency(), "the record's own rate by default");
        assertEquals(1080, r.sampleCount());
        double[] original = new WfdbReader().read(data.resolve("mitdb/100"), 0).signal(0).samples();
        for (int k = 0; k < 1080; k++) {
            assertEquals(original[k], r.record().signal(0).sample(k), 0, "sample " + k + " as in the record");
        }
        assertTrue(run.out().contains("device " + data.resolve("mitdb/100").normalize()), run.out());
    }

    @Test
    void intoAStudySessionWithBidsNamesAndRuns(@TempDir Path dir) throws Exception {
        try (StudyFolder study = StudyFolder.create(dir.resolve("study"), "Record test")) {
            study.addParticipant(Participant.of("01"));
        }
        Run first = record(dir, "--sensor", "simulated", "--seconds", "6", "--speed", "max", "--study", "study",
                "--participant", "sub-01", "--task", "stress", "--rate", "500");
        assertEquals(0, first.status(), first.err());
        assertTrue(first.err().contains("added session ses-01 to sub-01"), first.err());
        Path beh = dir.resolve("study/sub-01/ses-01/beh");
        Path data = beh.resolve("sub-01_ses-01_task-stress_physio.tsv.gz");
        assertTrue(Files.isRegularFile(data), "recorded into " + data);
        assertTrue(Files.isRegularFile(beh.resolve("sub-01_ses-01_task-stress_physio.json")));
        PhysioReader.Result r = PhysioReader.read(data);
        assertEquals(3000, r.sampleCount());
        assertTrue(r.complete());
        assertEquals(SamplingRate.ofHertz(500), r.sidecar().samplingFrequency());
        try (StudyFolder study = StudyFolder.openReadOnly(dir.resolve("study"))) {
            assertTrue(study.study().participant("01").orElseThrow().session("01").isPresent());
        }

        // the same name again: a second run, never an overwrite; the session exists now
        Run second = record(dir, "--sensor", "simulated", "--seconds", "2", "--speed", "max", "--study", "study",
                "--participant", "01", "--session", "ses-01", "--task", "stress");
        assertEquals(0, second.status(), second.err());
        assertFalse(second.err().contains("added session"), second.err());
        Path run2 = beh.resolve("sub-01_ses-01_task-stress_run-2_physio.tsv.gz");
        assertEquals(2000, PhysioReader.read(run2).sampleCount());
        assertEquals(3000, PhysioReader.read(data).sampleCount());
    }

    @Test
    void anInterruptStopsAndClosesTheRecording(@TempDir Path dir) throws Exception {
        AtomicReference<Runnable> ctrlC = new AtomicReference<>();
        List<String> unregistered = new ArrayList<>();
        RecordCommand command = new RecordCommand(registry(), onInterrupt -> {
            ctrlC.set(onInterrupt);
            return () -> unregistered.add("hook removed");
        });
        CompletableFuture<Run> running = CompletableFuture.supplyAsync(() -> {
            try {
                // real time at 5x on the monotonic clock, far longer than the test waits
                return record(dir, command, "--sensor", "simulated", "--seconds", "600", "--speed", "5", "--out", ".");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Path data = null;
        for (int i = 0; i < 200 && data == null; i++) {
            try (Stream<Path> files = Files.list(dir)) {
                data = files.filter(f -> f.getFileName().toString().endsWith("_physio.tsv.gz")).findFirst()
                        .orElse(null);
            }
            Thread.sleep(50);
        }
        assertNotNull(data, "the recording started");
        Thread.sleep(1500);
        assertFalse(running.isDone());
        assertNotNull(ctrlC.get(), "an interrupt callback was registered");
        // as the JVM runs a shutdown hook: on its own thread, and the hook returns only once the file is closed
        Thread hook = new Thread(ctrlC.get());
        hook.start();
        hook.join(TimeUnit.SECONDS.toMillis(20));
        assertFalse(hook.isAlive(), "the interrupt callback returned");
        Run run = running.get(20, TimeUnit.SECONDS);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("ended     interrupted (Ctrl-C)"), run.out());
        assertTrue(run.out().contains("drift     n/a (paced at 5x real time)"), run.out());
        assertEquals(List.of("hook removed"), unregistered);

        PhysioReader.Result r = PhysioReader.read(data);
        assertTrue(r.sidecar().complete(), "the sidecar says complete");
        assertTrue(r.complete(), "complete: " + r.warnings());
        // about 1.5 s of wall time at 5x real time
        assertTrue(r.sampleCount() > 2000 && r.sampleCount() < 60_000, r.sampleCount() + " samples");
        assertTrue(run.out().contains("frames    " + r.sampleCount()), run.out());
    }

    @Test
    void ctrlCToARecordingProcessLeavesACompleteFile(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx96m", "-cp", childClassPath(), Child.class.getName(), "--sensor",
                "simulated", "--seconds", "120", "--out", dir.toString());
        Process p = new ProcessBuilder(command).start();
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        List<String> seen = new ArrayList<>();
        String out;
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = err.readLine()) != null && !line.startsWith("vagus record: recording")) {
                seen.add(line);
            }
            assertNotNull(line, "the child never started recording: " + String.join("\n", seen) + "\n"
                    + String.join(" ", command));
            Thread.sleep(2000);
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the child ended after SIGINT");
            // read to the end before the finally block: destroying a process closes its streams, so a reader still
            // draining them would fail with "Stream closed"
            out = stdout.get(10, TimeUnit.SECONDS);
        } finally {
            p.destroyForcibly();
        }
        assertEquals(130, p.exitValue(), "ended by SIGINT (128 + 2)");
        assertTrue(out.contains("ended     interrupted (Ctrl-C)"), "the summary was printed: " + out);
        PhysioReader.Result r = PhysioReader.read(onlyRecording(dir));
        assertTrue(r.sidecar().complete(), "the sidecar was completed by the shutdown hook");
        assertTrue(r.complete(), "complete: " + r.warnings());
        // real time: about 2 s recorded
        assertTrue(r.sampleCount() > 1000 && r.sampleCount() < 10_000, r.sampleCount() + " samples");
    }

    /** The child process of {@link #ctrlCToARecordingProcessLeavesACompleteFile}: the command on a plain JVM. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            CommandContext ctx = new CommandContext(System.out, System.err, Path.of("").toAbsolutePath(), null,
                    Map.of());
            System.exit(new RecordCommand(SensorRegistry.of(new SimulatedEcgProvider())).run(ctx, List.of(args)));
        }
    }

    @Test
    void badInputIsExplained(@TempDir Path dir) throws Exception {
        assertUsage(dir, "unknown sensor 'nope'; known sensors: simulated, replay, fake-serial", "--sensor", "nope",
                "--out", "x");
        assertUsage(dir, "name the sensor with --sensor ID; sensors: simulated, replay, fake-serial", "--out", "x");
        assertUsage(dir, "has no channel 'A2'; its channels: ECG", "--sensor", "simulated", "--channels", "A2",
                "--out", "x");
        assertUsage(dir, "--channels names ECG twice", "--sensor", "simulated", "--channels", "ECG,ecg", "--out", "x");
        assertUsage(dir, "does not offer 300 Hz; its rates: 100, 200, 250, 256, 360, 500, 1000, 2000 Hz", "--sensor",
                "simulated", "--rate", "300", "--out", "x");
        assertUsage(dir, "--rate expects a number of hertz", "--sensor", "simulated", "--rate", "fast", "--out", "x");
        assertUsage(dir, "--speed max needs --seconds", "--sensor", "simulated", "--speed", "max", "--out", "x");
        assertUsage(dir, "--speed expects max or a factor", "--sensor", "simulated", "--speed", "-2", "--out", "x");
        assertUsage(dir, "--seconds expects a positive number", "--sensor", "simulated", "--seconds", "0", "--out",
                "x");
        assertUsage(dir, "say where to record", "--sensor", "simulated", "--seconds", "1");
        assertUsage(dir, "--out and --study exclude each other", "--sensor", "simulated", "--out", "x", "--study",
                "y", "--participant", "01");
        assertUsage(dir, "--study needs --participant", "--sensor", "simulated", "--study", "y");
        assertUsage(dir, "--participant, --session and --task name a recording in a study", "--sensor", "simulated",
                "--out", "x", "--task", "stress");
        assertUsage(dir, "--participant 'P_1': expected letters and digits", "--sensor", "simulated", "--study", "y",
                "--participant", "P_1");
        assertUsage(dir, "unknown option(s) [heartrate]", "--sensor", "simulated", "--options", "heartrate=60",
                "--out", "x");
        assertUsage(dir, "--options: 'noise' is not KEY=VALUE", "--sensor", "simulated", "--options", "noise",
                "--out", "x");
        assertUsage(dir, "sensor replay found no device; name one with --port PATH", "--sensor", "replay", "--out",
                "x");
        // a real device cannot be paced: the sensor refuses the speed, and the message says so
        assertUsage(dir, "--speed 2: sensor fake-serial cannot be paced", "--sensor", "fake-serial", "--speed", "2",
                "--seconds", "1", "--out", "x");
        assertUsage(dir, "unexpected argument 'now'", "--sensor", "simulated", "--out", "x", "now");
        assertFalse(Files.exists(dir.resolve("x")), "no folder or file is made for input that is refused");

        IOException missing = assertThrows(IOException.class,
                () -> record(dir, "--sensor", "replay", "--port", "/nonexistent/rec", "--out", "x"));
        assertTrue(missing.getMessage().contains("/nonexistent/rec"), missing.getMessage());

        try (StudyFolder study = StudyFolder.create(dir.resolve("study"), "Errors")) {
            study.addParticipant(Participant.of("01"));
        }
        assertUsage(dir, "no participant sub-02 in study " + dir.resolve("study") + "; participants: sub-01",
                "--sensor", "simulated", "--seconds", "1", "--speed", "max", "--study", "study", "--participant", "02");
    }

    @Test
    void theCommandLineTurnsBadInputIntoStatusTwoWithTheMessage(@TempDir Path dir) {
        CommandLine cli = new CommandLine(CommandRegistry.of(List.of(new CommandDescriptor("record", 50, "test",
                () -> new RecordCommand(registry(), onInterrupt -> () -> { })))));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandContext ctx = new CommandContext(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, null, Map.of());
        assertEquals(CommandLine.USAGE, cli.run(ctx, List.of("record", "--sensor", "bitalinoo", "--out", "x")));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("vagus record: unknown sensor 'bitalinoo'; known sensors: simulated, replay,"
                + " fake-serial"), text);
        assertTrue(text.contains("usage: vagus record --sensor ID"), text);
    }

    private static void assertUsage(Path dir, String expected, String... args) {
        UsageException e = assertThrows(UsageException.class, () -> record(dir, args), String.join(" ", args));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }

    private static String readAll(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /**
     * The class path of the child: where the test's, the command's, the engine's, the simulator's, the writer's and
     * their libraries' classes come from. On a plain class path these are class folders and jars; in an OSGi test
     * runtime the code source of a bundle may be its project folder, whose classes are in target/classes or bin.
     */
    private static String childClassPath() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> anchors = new ArrayList<>(List.of(RecordCommandTest.class, RecordCommand.class,
                Acquisition.class, PhysioSidecar.class, Clock.class, StudyFolder.class, SimulatedEcgProvider.class,
                Test.class));
        anchors.add(PhysioSidecar.class.getClassLoader().loadClass("com.google.gson.Gson"));
        anchors.add(SimulatedEcgProvider.class.getClassLoader()
                .loadClass("org.apache.commons.math3.ode.FirstOrderDifferentialEquations"));
        anchors.add(RecordCommand.class.getClassLoader().loadClass("org.eclipse.core.runtime.RegistryFactory"));
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : anchors) {
            entries.add(locate(c).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path locate(Class<?> c) throws IOException, URISyntaxException {
        Path base = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        String resource = c.getName().replace('.', '/') + ".class";
        if (Files.isRegularFile(base)) {
            return base;
        }
        for (Path candidate : List.of(base, base.resolve("target/classes"), base.resolve("bin"))) {
            if (Files.isRegularFile(candidate.resolve(resource))) {
                return candidate;
            }
        }
        throw new IOException("cannot find the class folder of " + c.getName() + " under " + base);
    }
}
