package org.vagus.devices.bitalino;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.vagus.core.time.MonotonicClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.devices.SampleBlock;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.SensorListener;
import org.vagus.devices.bitalino.internal.emulator.EmulatedSignal;
import org.vagus.devices.bitalino.internal.emulator.FirmwareEmulator;
import org.vagus.devices.bitalino.internal.emulator.SocatPair;

/**
 * The acquisition benchmark behind {@code vagus bench acquisition}: a BITalino (r)evolution emulator streams 6
 * channels at 1000 Hz in real time on one end of a socat pseudo-terminal pair; the driver reads the other end
 * through jSerialComm, with the default settings, as it reads {@code /dev/rfcomm0} in a lab. It prints the frames
 * the emulator sent and the driver delivered, lost frames, CRC errors, whether every value is identical (checked
 * on another thread, so the check does not count as driver work), and the CPU time of the driver's reader thread,
 * of the emulator, of socat and of the whole JVM, as a share of one core over the run.
 *
 * @since 0.1.0
 */
public final class AcquisitionBenchmark {
    /** The channels: A1..A6, all six, so frames are the longest (8 bytes). */
    private static final List<String> CHANNELS = List.of("A1", "A2", "A3", "A4", "A5", "A6");

    /**
     * The figures of one run.
     *
     * @param seconds wall time of the acquisition
     * @param sent frames the emulator produced
     * @param statistics the driver's counters
     * @param mismatches samples that differ from what the emulator sent
     * @param readerCpuNanos CPU time of the driver's reader thread (-1 if not measured)
     * @since 0.1.0
     */
    public record Result(double seconds, long sent, AcquisitionStatistics statistics, long mismatches,
            long readerCpuNanos) {
        /** True if nothing was lost, rejected or misread and every frame sent arrived. */
        public boolean clean() {
            return statistics.lostFrames() == 0 && statistics.crcErrors() == 0 && mismatches == 0
                    && statistics.frames() == sent;
        }
    }

    private AcquisitionBenchmark() {
    }

    /** {@code AcquisitionBenchmark [SECONDS]}: runs the benchmark (30 s by default); exit status 1 unless clean. */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        System.exit(run(System.out, seconds).clean() ? 0 : 1);
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param seconds how long to acquire, at least 1
     * @throws IOException if socat is missing (the message says how to install it) or the port cannot be opened
     */
    public static Result run(PrintStream out, int seconds) throws IOException, InterruptedException {
        if (seconds < 1) {
            throw new IllegalArgumentException("seconds: " + seconds + ", expected at least 1");
        }
        Path dir = Files.createTempDirectory("vagus-bench-bitalino");
        try (SocatPair pair = SocatPair.start(dir); FirmwareEmulator emulator = new FirmwareEmulator("BITalino_v5.2")) {
            emulator.open(pair.emulatorPath());
            try (BitalinoSensor sensor = BitalinoSensor.open(pair.devicePath().toString(), MonotonicClock.INSTANCE,
                    BitalinoSettings.defaults())) {
                out.printf(Locale.ROOT, "acquisition benchmark: %s, emulator on a socat pty, jSerialComm, %d channels"
                        + " at 1000 Hz for %d s, %d cores%n", sensor.description().name(), CHANNELS.size(), seconds,
                        Runtime.getRuntime().availableProcessors());
                return measure(out, seconds, pair, emulator, sensor);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Result measure(PrintStream out, int seconds, SocatPair pair, FirmwareEmulator emulator,
            BitalinoSensor sensor) throws IOException, InterruptedException {
        Checker checker = new Checker();
        Thread check = new Thread(checker, "acquisition benchmark checker");
        check.setDaemon(true);
        check.start();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long jvm0 = processCpu();
        Duration socat0 = pair.cpuTime();
        long wall0 = System.nanoTime();
        sensor.start(SensorConfiguration.of(SamplingRate.ofHertz(1000), CHANNELS.toArray(String[]::new)), checker);
        Thread stream = findThread("BITalino emulator stream");
        long emu0 = stream == null ? -1 : mx.getThreadCpuTime(stream.threadId());
        Thread.sleep(seconds * 1000L);
        long reader = sensor.readerCpuNanos();
        long emu = stream == null ? -1 : mx.getThreadCpuTime(stream.threadId()) - emu0;
        sensor.stop();
        double wall = (System.nanoTime() - wall0) / 1e9;
        long jvm = processCpu() - jvm0;
        Duration socat1 = pair.cpuTime();
        checker.queue.add(END);
        check.join(10_000);
        AcquisitionStatistics st = sensor.statistics();
        long sent = emulator.framesSent();
        out.printf(Locale.ROOT, "frames: %d sent, %d delivered, %d lost, %d CRC errors, %d bytes skipped, %d gaps,"
                + " %d stalls, %d blocks (%.1f frames per block)%n", sent, st.frames(), st.lostFrames(), st.crcErrors(),
                st.bytesSkipped(), st.gaps(), st.stalls(), checker.blocks, st.frames() / (double) Math.max(1,
                        checker.blocks));
        out.printf(Locale.ROOT, "values: %d samples compared with what the emulator sent, %d differ%n",
                checker.samples, checker.mismatches);
        out.printf(Locale.ROOT, "cpu over %.1f s: driver reader thread %s; emulator %s; socat %s; whole JVM %s%n",
                wall, share(reader, wall), share(emu, wall),
                socat0 == null || socat1 == null ? "n/a" : share(socat1.minus(socat0).toNanos(), wall),
                share(jvm, wall));
        out.printf(Locale.ROOT, "driver cost: %.2f us of CPU per frame%n", reader / 1e3 / Math.max(1, st.frames()));
        return new Result(wall, sent, st, checker.mismatches, reader);
    }

    private static String share(long nanos, double wallSeconds) {
        if (nanos < 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.3f s = %.2f %% of one core", nanos / 1e9, nanos / 1e7 / wallSeconds);
    }

    private static long processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    private static Thread findThread(String prefix) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix)) {
                return t;
            }
        }
        return null;
    }

    private static final SampleBlock END = SampleBlock.ofInts(0, -1, 0, new int[][] { { 0 } });

    /** Takes blocks off the reader thread at once and compares them with the emulator's values on its own. */
    private static final class Checker implements SensorListener, Runnable {
        final LinkedBlockingQueue<SampleBlock> queue = new LinkedBlockingQueue<>();
        long blocks;
        volatile long samples;
        volatile long mismatches;

        @Override
        public void onBlock(SampleBlock block) {
            queue.add(block);
        }

        @Override
        public void onEvent(SensorEvent event) {
            // counted by the driver's statistics
        }

        @Override
        public void run() {
            try {
                while (true) {
                    SampleBlock b = queue.poll(60, TimeUnit.SECONDS);
                    if (b == null || b == END) {
                        return;
                    }
                    blocks++;
                    for (int f = 0; f < b.frameCount(); f++) {
                        long tick = b.firstSampleIndex() + f;
                        for (int c = 0; c < CHANNELS.size(); c++) {
                            if (b.intAt(c, f) != EmulatedSignal.frameValue(tick, c, c)) {
                                mismatches++;
                            }
                        }
                        samples += CHANNELS.size();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
