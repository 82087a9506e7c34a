package org.vagus.devices.bitalino.internal.emulator;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A pseudo-terminal pair made by {@code socat}: the driver opens {@link #devicePath()} as it would open
 * {@code /dev/rfcomm0}, the {@link FirmwareEmulator} speaks the protocol on {@link #emulatorPath()}. Killing socat
 * ({@link #vanish()}) makes the port disappear as a Bluetooth link that drops: reads fail and the link names go.
 *
 * @since 0.1.0
 */
public final class SocatPair implements AutoCloseable {
    private static final String READY = "starting data transfer loop";

    private final Path devicePath;
    private final Path emulatorPath;
    private final Process process;
    private final List<String> log = new ArrayList<>();

    private SocatPair(Path devicePath, Path emulatorPath, Process process) {
        this.devicePath = devicePath;
        this.emulatorPath = emulatorPath;
        this.process = process;
    }

    /** True if a {@code socat} executable is on the PATH. */
    public static boolean available() {
        return socatExecutable() != null;
    }

    /**
     * Starts socat with the links {@code dir/dev} (for the driver) and {@code dir/emu} (for the emulator) and waits
     * until it transfers data.
     *
     * @throws IOException if socat is not installed (the message says how to install it), fails to start, or is
     *             not ready within 10 s
     */
    public static SocatPair start(Path dir) throws IOException {
        Path socat = socatExecutable();
        if (socat == null) {
            throw new IOException("socat is not installed (not found on PATH " + System.getenv("PATH") + "); the"
                    + " BITalino emulator needs it for its pseudo-terminal pair: install it with 'apt-get install socat'"
                    + " (Debian, Ubuntu), 'dnf install socat' or 'brew install socat'");
        }
        Files.createDirectories(dir);
        Path dev = dir.resolve("dev");
        Path emu = dir.resolve("emu");
        Files.deleteIfExists(dev);
        Files.deleteIfExists(emu);
        Process p = new ProcessBuilder(socat.toString(), "-d", "-d", "pty,raw,echo=0,link=" + dev,
                "pty,raw,echo=0,link=" + emu).redirectErrorStream(true).start();
        SocatPair pair = new SocatPair(dev, emu, p);
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread drain = new Thread(() -> pair.drain(ready), "socat log " + dir);
        drain.setDaemon(true);
        drain.start();
        try {
            if (ready.get(10, TimeUnit.SECONDS) && Files.exists(dev) && Files.exists(emu)) {
                return pair;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // reported below
        }
        pair.close();
        throw new IOException("socat did not make the pty pair " + dev + " / " + emu + " within 10 s; it said: "
                + pair.log());
    }

    private void drain(CompletableFuture<Boolean> ready) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (log) {
                    if (log.size() < 200) {
                        log.add(line);
                    }
                }
                if (line.contains(READY)) {
                    ready.complete(true);
                }
            }
        } catch (IOException e) {
            // socat ended
        }
        ready.complete(false);
    }

    private static Path socatExecutable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path p = Path.of(dir, "socat");
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The link the driver opens. */
    public Path devicePath() {
        return devicePath;
    }

    /** The link the emulator opens. */
    public Path emulatorPath() {
        return emulatorPath;
    }

    /** CPU time socat has used so far (user + system), or null if the system does not say. */
    public java.time.Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(null);
    }

    /** True while socat runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills socat at once (SIGKILL) and waits for it: the port vanishes mid-stream. */
    public void vanish() {
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What socat printed so far (its -d -d notices). */
    public String log() {
        synchronized (log) {
            return String.join("\n", log);
        }
    }

    /** Kills socat and removes the links. */
    @Override
    public void close() {
        vanish();
        try {
            Files.deleteIfExists(devicePath);
            Files.deleteIfExists(emulatorPath);
        } catch (IOException e) {
            // socat removes its links itself on a clean exit; nothing more to do
        }
    }
}
