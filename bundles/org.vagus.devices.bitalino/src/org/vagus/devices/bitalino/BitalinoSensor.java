package org.vagus.devices.bitalino;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.vagus.core.time.Clock;
import org.vagus.devices.DigitalOutputs;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorDescription;
import org.vagus.devices.SensorListener;
import org.vagus.devices.StreamFormat;
import org.vagus.devices.bitalino.protocol.Commands;
import org.vagus.devices.bitalino.protocol.DeviceState;
import org.vagus.devices.bitalino.protocol.Dialect;
import org.vagus.devices.bitalino.protocol.FirmwareVersion;

/**
 * A BITalino board, (r)evolution or legacy, on a serial port (USB, or Bluetooth serial: {@code /dev/rfcomm0},
 * {@code COM5}). Opening it learns the firmware version, which decides the command set; the channels, options
 * and units are described in {@link ChannelSelection}: A1..A6 and the digital bits, A2 in millivolts by default.
 * <p>
 * During acquisition a reader thread decodes frames (CRC4, resynchronisation, see
 * {@link org.vagus.devices.bitalino.protocol.FrameDecoder}) into blocks whose sample index counts every lost
 * frame ({@link org.vagus.devices.bitalino.protocol.SequenceCounter}); gaps, stalls and a vanished port are events,
 * and the driver reconnects by itself. The outputs O1, O2 ({@link DigitalOutputs}) serve as hardware markers:
 * the (r)evolution echoes them in every frame, so choosing the channels O1, O2 records where each marker landed on
 * the sample clock.
 *
 * @since 0.1.0
 */
public final class BitalinoSensor implements Sensor, DigitalOutputs {
    private final String address;
    private final Clock clock;
    private final BitalinoSettings settings;
    private final SerialLink.Opener opener;
    private final SensorDescription description;
    private final FirmwareVersion version;
    private final AcquisitionStatistics.Counters emptyCounters = new AcquisitionStatistics.Counters();

    private volatile BitalinoConnection connection;
    private volatile AcquisitionLoop loop;
    private volatile Thread reader;
    private volatile AcquisitionStatistics.Counters counters = emptyCounters;
    private volatile int outputs;
    private volatile boolean closed;
    private final Object outputLock = new Object();

    private BitalinoSensor(BitalinoConnection connection, SerialLink.Opener opener, Clock clock,
            BitalinoSettings settings) {
        this.connection = connection;
        this.address = connection.link().address();
        this.opener = opener;
        this.clock = clock;
        this.settings = settings;
        this.version = connection.version();
        String kind = version.dialect() == Dialect.REVOLUTION ? "(r)evolution" : "(legacy)";
        this.description = new SensorDescription("bitalino:" + address, "BITalino " + kind + ", firmware "
                + version.number() + " on " + address, ChannelSelection.offered(version.dialect()),
                ChannelSelection.rates());
    }

    /**
     * Opens a serial port and asks the board for its version.
     *
     * @throws IOException if the port cannot be opened or no BITalino answers; the message names the port
     */
    public static BitalinoSensor open(String address, Clock clock, BitalinoSettings settings) throws IOException {
        int timeout = (int) settings.readTimeout().toMillis();
        return open(address, clock, settings, a -> JSerialCommLink.open(a, timeout));
    }

    /**
     * Opens through another kind of link (tests, other transports); see
     * {@link #open(String, Clock, BitalinoSettings)}.
     */
    public static BitalinoSensor open(String address, Clock clock, BitalinoSettings settings, SerialLink.Opener opener)
            throws IOException {
        Objects.requireNonNull(clock, "clock");
        return new BitalinoSensor(BitalinoConnection.connect(opener, address, settings), opener, clock, settings);
    }

    @Override
    public SensorDescription description() {
        return description;
    }

    /** The firmware version the board reported. */
    public FirmwareVersion firmware() {
        return version;
    }

    /** The command set its version implies. */
    public Dialect dialect() {
        return version.dialect();
    }

    @Override
    public StreamFormat streamFormat(SensorConfiguration configuration) {
        return ChannelSelection.of(configuration, dialect()).format();
    }

    private volatile Emitter emitter;

    @Override
    public synchronized void start(SensorConfiguration configuration, SensorListener listener) throws IOException {
        Objects.requireNonNull(listener, "listener");
        checkOpen();
        if (isRunning()) {
            throw new IllegalStateException("BITalino " + address + " is already acquiring; stop it first");
        }
        ChannelSelection selection = ChannelSelection.of(configuration, dialect());
        BitalinoConnection c = connection;
        AcquisitionStatistics.Counters stats = new AcquisitionStatistics.Counters();
        Emitter out = new Emitter(listener, address, clock);
        try {
            c.start(selection.rate(), selection.layout().mask(), selection.simulated());
        } catch (IOException e) {
            // the port may have vanished since the last acquisition: open it afresh once
            c.close();
            c = BitalinoConnection.connect(opener, address, settings);
            connection = c;
            c.start(selection.rate(), selection.layout().mask(), selection.simulated());
        }
        long startNanos = clock.nanoTime();
        AcquisitionLoop l = new AcquisitionLoop(c, opener, settings, selection, clock, out, stats,
                reconnected -> connection = reconnected, () -> outputs, startNanos);
        Thread t = new Thread(l, "BITalino reader " + address);
        t.setDaemon(true);
        t.setPriority(Thread.MAX_PRIORITY);
        counters = stats;
        emitter = out;
        loop = l;
        reader = t;
        t.start();
    }

    @Override
    public synchronized void stop() throws IOException {
        AcquisitionLoop l = loop;
        Thread t = reader;
        if (l == null || t == null) {
            return;
        }
        if (!t.isAlive()) {
            // ended by itself (a port that never came back) or by a stop from the listener
            loop = null;
            reader = null;
            return;
        }
        if (t == Thread.currentThread()) {
            // called by the listener: the loop ends after this call returns, with Stopped as its last event
            l.requestStop();
            return;
        }
        IOException failure = null;
        try {
            l.requestStop();
        } catch (IOException e) {
            failure = e;
        }
        try {
            t.join(5000);
            if (t.isAlive()) {
                l.connection().close();
                t.join(5000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            loop = null;
            reader = null;
        }
        if (failure != null) {
            throw new IOException("BITalino " + address + ": the stop command could not be sent (" + failure.getMessage()
                    + "); acquisition has ended on the host", failure);
        }
    }

    @Override
    public boolean isRunning() {
        Thread t = reader;
        Emitter e = emitter;
        // Stopped is the reader thread's last event: from then on the acquisition counts as over, even while the
        // thread is still returning from the listener call
        return t != null && t.isAlive() && (e == null || !e.done());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            stop();
        } catch (IOException e) {
            System.getLogger(BitalinoSensor.class.getName()).log(System.Logger.Level.WARNING,
                    "BITalino " + address + ": stop on close failed", e);
        }
        closed = true;
        connection.close();
    }

    @Override
    public List<String> outputNames() {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < dialect().outputCount(); k++) {
            names.add(dialect().outputName(k));
        }
        return names;
    }

    /**
     * Sets an output at once, without the pacing of configuration commands. On (r)evolution boards at any time; on
     * legacy boards only while acquiring.
     */
    @Override
    public long set(int index, boolean high) throws IOException {
        Objects.checkIndex(index, dialect().outputCount());
        checkOpen();
        if (!dialect().outputsWhileIdle() && !isRunning()) {
            throw new IllegalStateException("BITalino " + address + " has legacy firmware " + version.number()
                    + ", which sets digital outputs only while acquiring; start it first");
        }
        synchronized (outputLock) {
            int next = high ? outputs | (1 << index) : outputs & ~(1 << index);
            connection.write(Commands.outputs(dialect(), next));
            outputs = next;
        }
        return clock.nanoTime();
    }

    @Override
    public boolean get(int index) {
        Objects.checkIndex(index, dialect().outputCount());
        return (outputs & (1 << index)) != 0;
    }

    /**
     * The (r)evolution state: analogue values, battery code, threshold, PWM, digital bits.
     *
     * @throws IllegalStateException while acquiring
     * @throws UnsupportedOperationException on legacy firmware
     * @throws IOException if the board does not answer correctly
     */
    public synchronized DeviceState state() throws IOException {
        checkIdle("read the state");
        return connection.queryState();
    }

    /**
     * Sets the low-battery threshold (idle only).
     *
     * @param v 0..63, 3.4 V .. 3.8 V
     */
    public synchronized void setBatteryThreshold(int v) throws IOException {
        checkIdle("set the battery threshold");
        connection.command(Commands.batteryThreshold(v));
    }

    /** Sets the (r)evolution PWM output to {@code 3.3 * (x + 1) / 256} V. */
    public void setPwm(int x) throws IOException {
        if (dialect() != Dialect.REVOLUTION) {
            throw new UnsupportedOperationException("BITalino firmware " + version.number() + " has no PWM output");
        }
        checkOpen();
        connection.write(Commands.pwm(x));
    }

    /** The counters of the current or last acquisition. */
    public AcquisitionStatistics statistics() {
        return counters.snapshot();
    }

    /**
     * CPU time used so far by the reader thread of the current acquisition, in nanoseconds, or -1 if not running or
     * the JVM does not measure thread CPU time.
     */
    public long readerCpuNanos() {
        Thread t = reader;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (t == null || !mx.isThreadCpuTimeSupported()) {
            return -1;
        }
        return mx.getThreadCpuTime(t.threadId());
    }

    /** The port's address. */
    public String address() {
        return address;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("BITalino " + address + " is closed");
        }
    }

    private void checkIdle(String what) {
        checkOpen();
        if (isRunning()) {
            throw new IllegalStateException("BITalino " + address + " is acquiring; stop it to " + what);
        }
    }

    @Override
    public String toString() {
        return description.name();
    }
}
