package org.vagus.example.serialsensor.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A pseudo-terminal pair made by {@code socat -d -d pty,raw,echo=0 pty,raw,echo=0}: the sensor opens
 * {@link #port()} as it would open {@code /dev/ttyACM0}; the test writes what the device would print into
 * {@link #device()}.
 */
final class Pty implements AutoCloseable {
    private final Process socat;
    private final Path port;
    private final Path device;

    private Pty(Process socat, Path port, Path device) {
        this.socat = socat;
        this.port = port;
        this.device = device;
    }

    /**
     * Starts socat with links in {@code dir} and waits until it transfers data.
     *
     * @throws IOException if socat is missing (the message says how to install it) or not ready within 10 s
     */
    static Pty start(Path dir) throws IOException, InterruptedException {
        Path port = dir.resolve("port");
        Path device = dir.resolve("device");
        Process p;
        try {
            p = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + port,
                    "pty,raw,echo=0,link=" + device).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("socat is needed for this test: install it with 'apt-get install socat'", e);
        }
        CountDownLatch ready = new CountDownLatch(1);
        Thread drain = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.contains("starting data transfer loop")) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // socat ended
            }
        }, "socat log");
        drain.setDaemon(true);
        drain.start();
        if (!ready.await(10, TimeUnit.SECONDS) || !Files.exists(port) || !Files.exists(device)) {
            p.destroyForcibly();
            throw new IOException("socat did not make the pty pair " + port + " / " + device + " within 10 s");
        }
        return new Pty(p, port, device);
    }

    /** The end the sensor opens. */
    Path port() {
        return port;
    }

    /** The end the simulated device writes to. */
    Path device() {
        return device;
    }

    @Override
    public void close() {
        socat.destroy();
        try {
            if (!socat.waitFor(5, TimeUnit.SECONDS)) {
                socat.destroyForcibly();
            }
        } catch (InterruptedException e) {
            socat.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
