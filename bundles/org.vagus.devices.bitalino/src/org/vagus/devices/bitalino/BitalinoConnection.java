package org.vagus.devices.bitalino;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;

import org.vagus.devices.bitalino.protocol.Commands;
import org.vagus.devices.bitalino.protocol.DeviceState;
import org.vagus.devices.bitalino.protocol.Dialect;
import org.vagus.devices.bitalino.protocol.FirmwareVersion;

/**
 * An open link to a BITalino that answered the version command: the handshake and the idle-mode commands, paced
 * by {@link BitalinoSettings#commandSpacing()}. The pacing uses real time (the firmware's), never a simulated clock.
 * <p>
 * The handshake does not blindly send "stop": while idle that byte (0x00) sets the battery threshold. It first
 * listens; only a device that is still streaming (left running by a program that crashed) is stopped.
 * <p>
 * Idle-mode commands come from one thread at a time; {@link #write} may be called from any thread (the reader
 * thread never writes).
 */
final class BitalinoConnection implements AutoCloseable {
    private static final byte[] NONE = new byte[0];

    private final SerialLink link;
    private final BitalinoSettings settings;
    private FirmwareVersion version;
    private long lastCommandNanos = System.nanoTime() - 1_000_000_000L;

    private BitalinoConnection(SerialLink link, BitalinoSettings settings) {
        this.link = link;
        this.settings = settings;
    }

    /**
     * Opens a port and learns the firmware version.
     *
     * @throws IOException if the port cannot be opened or no BITalino answers; the link is then closed
     */
    static BitalinoConnection connect(SerialLink.Opener opener, String address, BitalinoSettings settings)
            throws IOException {
        SerialLink link = opener.open(address);
        BitalinoConnection c = new BitalinoConnection(link, settings);
        try {
            c.handshake();
            return c;
        } catch (IOException | RuntimeException e) {
            link.close();
            throw e;
        }
    }

    private void handshake() throws IOException {
        if (drain(150) > 0) {
            stopStreaming();
        }
        try {
            version = queryVersion();
        } catch (StrayBytesException e) {
            // bytes that are not a version answer: frames of a slow stream the first listen missed
            stopStreaming();
            version = queryVersion();
        }
    }

    private void stopStreaming() throws IOException {
        command(Commands.STOP);
        drain(Math.max(100, settings.commandSpacing().toMillis()));
    }

    /** Reads and discards until nothing arrives for {@code quietMillis}; returns the bytes discarded. */
    private int drain(long quietMillis) throws IOException {
        byte[] buf = new byte[1024];
        int total = 0;
        long quietSince = System.nanoTime();
        long giveUp = quietSince + 2_000_000_000L;
        while (System.nanoTime() - quietSince < quietMillis * 1_000_000 && System.nanoTime() - giveUp < 0) {
            int n = link.read(buf, 0, buf.length);
            if (n > 0) {
                total += n;
                quietSince = System.nanoTime();
            }
        }
        return total;
    }

    private FirmwareVersion queryVersion() throws IOException {
        command(Commands.VERSION);
        byte[] answer = new byte[512];
        int length = 0;
        long deadline = System.nanoTime() + settings.answerTimeout().toNanos();
        while (System.nanoTime() - deadline < 0 && length < answer.length) {
            int n = link.read(answer, length, answer.length - length);
            length += n;
            String text = new String(answer, 0, length, StandardCharsets.ISO_8859_1);
            int at = text.indexOf("BITalino");
            int end = at < 0 ? -1 : text.indexOf('\n', at);
            if (end > 0) {
                try {
                    return FirmwareVersion.parse(text.substring(at, end));
                } catch (IllegalArgumentException e) {
                    throw new IOException(link.address() + ": " + e.getMessage(), e);
                }
            }
        }
        if (length > 0) {
            throw new StrayBytesException(link.address() + ": the answer to the version command was not a BITalino"
                    + " version: " + hex(answer, length));
        }
        throw new IOException(link.address() + ": no answer to the version command within "
                + settings.answerTimeout().toMillis() + " ms; is a BITalino on this port, switched on (and paired)?");
    }

    /**
     * The (r)evolution state: analogue values, battery, threshold, PWM, digital bits. Only while idle.
     *
     * @throws UnsupportedOperationException on legacy firmware, which has no state command
     * @throws IOException if no valid answer arrives
     */
    DeviceState queryState() throws IOException {
        if (dialect() != Dialect.REVOLUTION) {
            throw new UnsupportedOperationException("BITalino firmware " + version.number() + " (legacy) has no state"
                    + " command; it needs (r)evolution firmware (4.2 or later)");
        }
        command(Commands.STATE);
        int want = version.stateLength();
        byte[] answer = new byte[want];
        int length = 0;
        long deadline = System.nanoTime() + settings.answerTimeout().toNanos();
        while (length < want && System.nanoTime() - deadline < 0) {
            length += link.read(answer, length, want - length);
        }
        if (length < want) {
            throw new IOException(link.address() + ": state answer of " + length + " bytes within "
                    + settings.answerTimeout().toMillis() + " ms, expected " + want);
        }
        try {
            return DeviceState.parse(answer, 0, want);
        } catch (IllegalArgumentException e) {
            throw new IOException(link.address() + ": " + e.getMessage() + " in " + hex(answer, want), e);
        }
    }

    /**
     * Sets the rate and starts acquisition (idle mode), after discarding whatever is left in the input (frames in
     * flight when a previous acquisition stopped must not be taken for new ones).
     */
    void start(int rateHertz, int mask, boolean simulated) throws IOException {
        drain(30);
        command(Commands.samplingRate(rateHertz));
        command(simulated ? Commands.startSimulated(mask) : Commands.startLive(mask));
    }

    /** Sends a paced idle-mode command. */
    void command(byte b) throws IOException {
        long wait = lastCommandNanos + settings.commandSpacing().toNanos() - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while pacing BITalino commands");
            }
        }
        link.write(new byte[] { b });
        lastCommandNanos = System.nanoTime();
    }

    /** Writes at once, unpaced (stop, digital outputs): any thread. */
    void write(byte... bytes) throws IOException {
        link.write(bytes.length == 0 ? NONE : bytes);
    }

    FirmwareVersion version() {
        return version;
    }

    Dialect dialect() {
        return version.dialect();
    }

    SerialLink link() {
        return link;
    }

    @Override
    public void close() {
        link.close();
    }

    static String hex(byte[] b, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(length, 48); i++) {
            s.append(String.format("%02X ", b[i] & 0xFF));
        }
        return s.append(length > 48 ? "..." : "").toString().strip();
    }

    /** Bytes arrived but were not a version answer. */
    private static final class StrayBytesException extends IOException {
        private static final long serialVersionUID = 1L;

        StrayBytesException(String message) {
            super(message);
        }
    }
}
