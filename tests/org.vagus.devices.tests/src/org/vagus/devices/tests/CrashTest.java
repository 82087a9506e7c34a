package org.vagus.devices.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.time.Clock;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.io.bids.PhysioReader;
import org.vagus.io.bids.PhysioSidecar;

/**
 * kill -9 of a recording process: a child JVM records 1000 Hz in real time, is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) after 3 to 3.5 s, and its file must open with at least (elapsed - 1 s) of
 * samples, every one of them right, marked incomplete.
 */
class CrashTest {

    @Test
    void aKilledRecordingLosesAtMostTheLastSecond(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("sub-01_ses-01_task-crash_physio.tsv.gz");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx64m", "-cp", childClassPath(), CrashRecorderMain.class.getName(),
                data.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        long started;
        long killed;
        long childStart;
        List<String> output = new ArrayList<>();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("RECORDING ")) {
                output.add(line);
            }
            assertTrue(line != null, "the child ended without recording: " + String.join("\n", output) + "\n"
                    + String.join(" ", command));
            started = System.nanoTime();
            childStart = Long.parseLong(line.substring("RECORDING ".length()).strip());
            // about 3 s, at a random phase of the 500 ms chunks so that runs kill before, during and after a flush
            Thread.sleep(3000 + ThreadLocalRandom.current().nextInt(500));
        } finally {
            p.destroyForcibly();
            killed = System.nanoTime();
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by SIGKILL (128 + 9)");

        double elapsed = (killed - started) / 1e9;
        PhysioReader.Result r = PhysioReader.read(data);
        assertFalse(r.sidecar().complete(), "the sidecar still says incomplete");
        assertFalse(r.complete());
        long samples = r.sampleCount();
        // System.nanoTime is CLOCK_MONOTONIC on Linux, shared by both JVMs: frames produced until the kill
        double produced = (killed - childStart) / 1e6;
        System.out.printf("crash test: killed after %.3f s (child sampled %.0f frames), recovered %d samples in %d"
                + " members, truncated last member %s (%d bytes), lost about %.0f samples (%.0f ms)%n", elapsed,
                produced, samples, r.members(), r.truncated(), r.discardedBytes(), produced - samples,
                produced - samples);
        assertTrue(samples >= (elapsed - 1.0) * 1000, samples + " samples after " + elapsed + " s");
        for (int k = 0; k < samples; k++) {
            if (r.record().signal(1).sample(k) != SyntheticSensor.code(1, k)) {
                throw new AssertionError("row " + k + ": " + r.record().signal(1).sample(k));
            }
        }
        assertTrue(Files.exists(PhysioSidecar.sidecarOf(data)));
    }

    /**
     * The class path of the child: where this bundle's, the engine's, the physio writer's, the clock's and Gson's
     * classes come from. On a plain class path these are the class folders and jars; in an OSGi test runtime the
     * code source of a bundle may be its project folder, whose classes are then in target/classes or bin.
     */
    private static String childClassPath() throws IOException, URISyntaxException, ClassNotFoundException {
        Class<?>[] anchors = { CrashTest.class, Acquisition.class, PhysioSidecar.class, Clock.class,
                PhysioSidecar.class.getClassLoader().loadClass("com.google.gson.Gson") };
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
            return base; // a jar
        }
        for (Path candidate : List.of(base, base.resolve("target/classes"), base.resolve("bin"))) {
            if (Files.isRegularFile(candidate.resolve(resource))) {
                return candidate;
            }
        }
        throw new IOException("cannot find the class folder of " + c.getName() + " under " + base);
    }
}
