package org.vagus.devices.bitalino.internal.emulator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

import org.vagus.devices.bitalino.protocol.Commands;
import org.vagus.devices.bitalino.protocol.DeviceState;
import org.vagus.devices.bitalino.protocol.Dialect;
import org.vagus.devices.bitalino.protocol.FirmwareVersion;
import org.vagus.devices.bitalino.protocol.FrameCodec;
import org.vagus.devices.bitalino.protocol.FrameLayout;

/**
 * A BITalino firmware emulator on the far end of a serial port (one side of a {@link SocatPair}, or any pair of
 * byte channels): it answers the
 * version and state commands, takes the sampling rate, battery threshold, PWM and digital outputs, and while
 * acquiring streams frames in real time at the configured rate, with the {@link EmulatedSignal} values, the
 * 4-bit sequence counting from 0 at each start, and (on (r)evolution firmware) the outputs echoed in the digital
 * bits. It speaks either dialect, as its version string decides.
 * <p>
 * A pty is opened with plain file channels (one to read commands, one to write, so that a blocked read never
 * holds up the stream). Subclasses inject faults through {@link #transmit(long, byte[])}, which sees every frame
 * before it is written. Used by the acquisition benchmark and, extended with fault injection, by the tests.
 * <p>
 * Thread-safe: a command thread and a stream thread; the getters may be called from anywhere.
 *
 * @since 0.1.0
 */
public class FirmwareEmulator implements AutoCloseable {
    private static final int[] RATES = Commands.samplingRates();

    private final FirmwareVersion version;
    private final Dialect dialect;

    private String port;
    private ReadableByteChannel in;
    private WritableByteChannel out;
    private Thread commandThread;
    private volatile Thread streamThread;
    private volatile boolean streaming;
    private volatile boolean closed;
    private volatile IOException failure;

    private volatile int rate = 1000;
    private volatile int outputs;
    /** Output changes not yet reached by the frames, {nanoTime, outputs}; guarded by itself. */
    private final java.util.ArrayDeque<long[]> outputChanges = new java.util.ArrayDeque<>();
    /** The outputs before the first of {@link #outputChanges}; guarded by {@link #outputChanges}. */
    private int outputsBefore;
    private volatile int inputs;
    private volatile boolean o1ToI1;
    private volatile int batteryThreshold;
    private volatile int pwm;
    private volatile long framesSent;
    private volatile int starts;
    private volatile int lastMask;
    private volatile boolean lastSimulated;

    /**
     * @param version the firmware version string it reports, such as {@code BITalino_v5.2}; it decides the dialect
     */
    public FirmwareEmulator(String version) {
        this.version = FirmwareVersion.parse(version);
        this.dialect = this.version.dialect();
    }

    /** Opens a port (the emulator's end of a pty pair) and starts answering commands. */
    public void open(Path port) throws IOException {
        open(FileChannel.open(port, StandardOpenOption.READ), FileChannel.open(port, StandardOpenOption.WRITE),
                port.toString());
    }

    /**
     * Starts answering commands read from {@code in}, writing to {@code out} (for example the ends of two
     * {@link java.nio.channels.Pipe}s). Closing the emulator closes both.
     */
    public void open(ReadableByteChannel in, WritableByteChannel out, String name) {
        this.in = in;
        this.out = out;
        this.port = name;
        commandThread = new Thread(this::commandLoop, "BITalino emulator commands " + port);
        commandThread.setDaemon(true);
        commandThread.start();
    }

    private void commandLoop() {
        ByteBuffer b = ByteBuffer.allocate(256);
        boolean pwmNext = false;
        try {
            while (!closed) {
                b.clear();
                if (in.read(b) < 0) {
                    return;
                }
                for (int i = 0; i < b.position(); i++) {
                    int c = b.get(i) & 0xFF;
                    if (pwmNext) {
                        pwm = c;
                        pwmNext = false;
                    } else {
                        pwmNext = command(c);
                    }
                }
            }
        } catch (IOException e) {
            if (!closed) {
                failure = e;
            }
        } finally {
            stopStream();
        }
    }

    /** Interprets one command byte; returns true if the next byte is the PWM level. */
    private boolean command(int c) throws IOException {
        if (dialect == Dialect.REVOLUTION && (c & 0xF3) == 0xB3) {
            setOutputs(((c >> 2) & 1) | ((c >> 2) & 2));
            return false;
        }
        if (dialect == Dialect.REVOLUTION && c == (Commands.PWM & 0xFF)) {
            return true;
        }
        if (streaming) {
            if (c == 0x00 || (dialect == Dialect.REVOLUTION && c == 0xFF)) {
                stopStream();
            } else if (dialect == Dialect.LEGACY && (c & 0xC3) == 0x03) {
                setOutputs((c >> 2) & 15);
            }
            return false;
        }
        switch (c & 3) {
        case 0 -> batteryThreshold = c >> 2;
        case 1 -> startStream(c >> 2, false);
        case 2 -> startStream(c >> 2, true);
        default -> {
            if (c == Commands.VERSION) {
                write(("BITalino_v" + version.number() + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            } else if (c == Commands.STATE && dialect == Dialect.REVOLUTION) {
                write(state().encode());
            } else if ((c & 0x3C) == 0) {
                rate = RATES[c >> 6];
            }
        }
        }
        return false;
    }

    /** The state response now: the values of tick 0, the battery at a fixed code, the settings. */
    public DeviceState state() {
        int[] analog = new int[6];
        for (int p = 0; p < 6; p++) {
            analog[p] = EmulatedSignal.adc(0, p);
        }
        return new DeviceState(analog, 900, batteryThreshold, version.stateLength() == 17 ? pwm : -1, digital());
    }

    private synchronized void startStream(int mask, boolean simulated) {
        if (mask == 0 || streaming) {
            return;
        }
        streaming = true;
        starts++;
        lastMask = mask;
        lastSimulated = simulated;
        Thread t = new Thread(() -> stream(FrameLayout.ofMask(mask)), "BITalino emulator stream " + port);
        t.setDaemon(true);
        t.setPriority(Thread.MAX_PRIORITY);
        streamThread = t;
        t.start();
    }

    private void stopStream() {
        streaming = false;
        Thread t = streamThread;
        if (t != null && t != Thread.currentThread()) {
            LockSupport.unpark(t);
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Sends frames in real time: frame k leaves at start + (k + 1) periods, a few per write. */
    private void stream(FrameLayout layout) {
        int n = layout.channelCount();
        int size = layout.frameSize();
        double periodNanos = 1e9 / rate;
        int[] values = new int[6];
        byte[] frame = new byte[size];
        ByteBuffer pending = ByteBuffer.allocate(64 * 1024);
        long t0 = System.nanoTime();
        long tick = 0;
        try {
            while (streaming) {
                long due = (long) ((System.nanoTime() - t0) / periodNanos);
                pending.clear();
                while (tick < due && streaming) {
                    for (int i = 0; i < n; i++) {
                        values[i] = EmulatedSignal.frameValue(tick, layout.port(i), i);
                    }
                    FrameCodec.encode((int) (tick & 15), digital(outputsAt(t0 + (long) (tick * periodNanos))), values, n,
                            frame, 0);
                    byte[] bytes = transmit(tick, frame.clone());
                    tick++;
                    if (bytes.length > pending.remaining()) {
                        flush(pending);
                    }
                    pending.put(bytes);
                    framesSent = tick;
                }
                flush(pending);
                long next = t0 + (long) ((tick + 1) * periodNanos);
                long wait = Math.min(next - System.nanoTime(), 1_000_000);
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
        } catch (IOException e) {
            if (!closed) {
                failure = e;
            }
            streaming = false;
        }
    }

    private void flush(ByteBuffer pending) throws IOException {
        pending.flip();
        while (pending.hasRemaining()) {
            out.write(pending);
        }
        pending.clear();
    }

    private synchronized void write(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            out.write(b);
        }
    }

    /**
     * Called by the stream thread with every frame before it is sent; returns the bytes to send in its place. The
     * default sends the frame. Subclasses return a modified copy (a flipped bit), fewer bytes (a dropped byte),
     * nothing (a frame the firmware dropped: the sequence still advances), or bytes held back earlier (a stall
     * released in a burst).
     *
     * @param tick the frame's index since start (its sequence number is {@code tick & 15})
     * @param frame the encoded frame, a fresh array the method may keep or change
     */
    protected byte[] transmit(long tick, byte[] frame) {
        return frame;
    }

    /** The four digital bits now: I1 I2 O1 O2 ((r)evolution) or I1..I4 (legacy). */
    private int digital() {
        return digital(outputs);
    }

    /**
     * Records a change of the outputs with the instant the command was obeyed, so that a frame carries the level
     * the outputs had at its own sampling instant even when the stream thread encodes it late (a starved thread
     * catching up would otherwise give a whole burst of frames the latest level, and a short pulse could vanish).
     */
    private void setOutputs(int value) {
        synchronized (outputChanges) {
            outputs = value;
            outputChanges.addLast(new long[] {System.nanoTime(), value});
        }
    }

    /** The outputs at a sampling instant (instants asked in increasing order: changes before it are dropped). */
    private int outputsAt(long instantNanos) {
        synchronized (outputChanges) {
            while (!outputChanges.isEmpty() && outputChanges.peekFirst()[0] <= instantNanos) {
                outputsBefore = (int) outputChanges.pollFirst()[1];
            }
            return outputsBefore;
        }
    }

    /** The digital bits of a frame whose outputs were {@code outs}. */
    private int digital(int outs) {
        int in = inputs;
        if (o1ToI1) {
            in = (in & 0b0111) | ((outs & 1) << 3);
        }
        if (dialect == Dialect.REVOLUTION) {
            return (in & 0b1100) | ((outs & 1) << 1) | ((outs >> 1) & 1);
        }
        return in;
    }

    /**
     * Models a wire from output O1 to input I1, as a lab solders it for hardware markers: while wired, the I1 bit of
     * every frame is O1's level as last set by the host (the level of {@link #setInputs} for I1 is then ignored).
     * A frame carries the level the output had when the frame was encoded, that is at its sampling instant.
     */
    public void wireO1ToI1(boolean wired) {
        o1ToI1 = wired;
    }

    /** Sets the digital inputs the frames report: bit 3 = I1 .. bit 0 = I4 (only I1 I2 on (r)evolution). */
    public void setInputs(int bits) {
        inputs = bits & 15;
    }

    /** The digital outputs as last set by the host: bit 0 = O1, bit 1 = O2 (.. O4 on legacy boards). */
    public int outputs() {
        return outputs;
    }

    /** The sampling rate set by the host, in hertz (1000 until set). */
    public int rate() {
        return rate;
    }

    /** The battery threshold set by the host. */
    public int batteryThreshold() {
        return batteryThreshold;
    }

    /** Frames produced in the current or last acquisition (including those a subclass dropped). */
    public long framesSent() {
        return framesSent;
    }

    /** How many start commands were obeyed. */
    public int starts() {
        return starts;
    }

    /** The channel mask of the last start command. */
    public int lastMask() {
        return lastMask;
    }

    /** True if the last start command asked for simulated acquisition. */
    public boolean lastStartSimulated() {
        return lastSimulated;
    }

    /** True while streaming frames. */
    public boolean isStreaming() {
        return streaming;
    }

    /** The I/O error that ended the emulator (a vanished port), or null. */
    public IOException failure() {
        return failure;
    }

    /** The dialect its version implies. */
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        closed = true;
        stopStream();
        for (Channel c : Arrays.asList(in, out)) {
            if (c != null) {
                try {
                    c.close();
                } catch (IOException e) {
                    // closing a vanished pty fails; nothing is left to release
                }
            }
        }
        if (commandThread != null) {
            try {
                commandThread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
