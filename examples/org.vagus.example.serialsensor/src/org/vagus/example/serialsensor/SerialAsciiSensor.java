package org.vagus.example.serialsensor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.vagus.core.model.ChannelType;
import org.vagus.core.time.Clock;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.devices.ChannelDescription;
import org.vagus.devices.SampleBlock;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorDescription;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.SensorListener;
import org.vagus.devices.StreamFormat;
import org.vagus.example.serialsensor.internal.LineDecoder;
import org.vagus.example.serialsensor.internal.SerialOptions;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;

/**
 * An open serial ASCII device: channels {@code V1} .. {@code V8} are the first eight values of each line, at a rate
 * the lab declares. See {@link SerialAsciiSensorProvider} for the line format and {@link SerialOptions} for the
 * options ({@code baud}, {@code values}, {@code unit}, {@code type}, {@code bits}, {@code scale}, {@code offset}).
 * <p>
 * The acquisition thread reads what has arrived (waiting at most {@value #READ_TIMEOUT_MS} ms), decodes the
 * complete lines and delivers them as one block stamped with the time of the read. A line that cannot be read
 * is a lost sample: a {@link SensorEvent.Gap} of one frame, so the sample index (one per line) stays aligned with
 * time. The first line after the start is dropped (it may be the tail of a line). A port that fails or vanishes
 * ends the acquisition with a fatal error; unlike the BITalino driver this example does not reconnect.
 */
public final class SerialAsciiSensor implements Sensor {
    /** The channels offered, one per column of a line. */
    public static final int COLUMNS = 8;
    /** The rates a lab can declare, in Hz. */
    public static final List<SamplingRate> RATES = List.of(1, 2, 5, 10, 20, 25, 50, 100, 125, 200, 250, 500, 1000)
            .stream().map(SamplingRate::ofHertz).toList();
    /** How long one read waits for the first byte, so that {@link #stop()} is noticed quickly. */
    static final int READ_TIMEOUT_MS = 100;

    private final String address;
    private final SerialPort port;
    private final Clock clock;
    private final SensorDescription description;
    private final Object lifecycle = new Object();
    private Thread reader;
    private volatile boolean stopRequested;
    private volatile boolean running;
    private boolean closed;

    private SerialAsciiSensor(String address, SerialPort port, Clock clock) {
        this.address = address;
        this.port = port;
        this.clock = clock;
        List<ChannelDescription> channels = new ArrayList<>();
        for (int i = 1; i <= COLUMNS; i++) {
            channels.add(ChannelDescription.of("V" + i, Unit.DIMENSIONLESS, ChannelType.OTHER, 0));
        }
        this.description = new SensorDescription("serial-ascii:" + address, "Serial ASCII device on " + address,
                channels, RATES);
    }

    /**
     * Opens the port at the default baud rate.
     *
     * @throws IOException naming the port if it does not exist or cannot be opened
     */
    static SerialAsciiSensor open(String address, Clock clock) throws IOException {
        Objects.requireNonNull(clock, "clock");
        SerialPort port;
        try {
            port = SerialPort.getCommPort(address);
        } catch (SerialPortInvalidPortException e) {
            throw new IOException("serial port " + address + " does not exist", e);
        }
        port.setComPortParameters(SerialOptions.DEFAULT_BAUD, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MS, 0);
        if (!port.openPort()) {
            throw new IOException("cannot open serial port " + address + ": in use by another program, no permission"
                    + " (on Linux join the 'dialout' group), or gone (error " + port.getLastErrorCode() + ")");
        }
        return new SerialAsciiSensor(address, port, clock);
    }

    @Override
    public SensorDescription description() {
        return description;
    }

    @Override
    public StreamFormat streamFormat(SensorConfiguration configuration) {
        SerialOptions options = SerialOptions.parse(SerialAsciiSensorProvider.ID, configuration.options());
        if (!description.offers(configuration.rate())) {
            throw new IllegalArgumentException(SerialAsciiSensorProvider.ID + ": rate " + configuration.rate().hertz()
                    + " Hz is not offered; declare one of " + RATES.stream().map(r -> (int) r.hertz()).toList()
                    + " Hz, the rate the device prints at");
        }
        List<ChannelDescription> channels = new ArrayList<>();
        for (String name : configuration.channels()) {
            column(name);
            channels.add(options.decimal()
                    ? ChannelDescription.of(name, options.unit(), options.type(), options.bits())
                    : new ChannelDescription(name, options.unit(), options.type(), options.bits(), options.scale(),
                            options.offset()));
        }
        return new StreamFormat(configuration.rate(), channels, !options.decimal());
    }

    /** The 0-based column of a channel name, {@code V1} .. {@code V8}. */
    private static int column(String name) {
        if (name.length() >= 2 && name.charAt(0) == 'V') {
            try {
                int c = Integer.parseInt(name.substring(1));
                if (c >= 1 && c <= COLUMNS) {
                    return c - 1;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException(SerialAsciiSensorProvider.ID + ": no channel '" + name
                + "'; the channels are V1 .. V" + COLUMNS + ", the values of a line in order");
    }

    @Override
    public void start(SensorConfiguration configuration, SensorListener listener) throws IOException {
        StreamFormat format = streamFormat(configuration);
        SerialOptions options = SerialOptions.parse(SerialAsciiSensorProvider.ID, configuration.options());
        int[] columns = configuration.channels().stream().mapToInt(SerialAsciiSensor::column).toArray();
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("serial port " + address + " is closed");
            }
            if (running) {
                throw new IllegalStateException("serial port " + address + " is already acquiring");
            }
            if (!port.setBaudRate(options.baud())) {
                throw new IOException("serial port " + address + " refused " + options.baud() + " baud");
            }
            port.flushIOBuffers();
            stopRequested = false;
            running = true;
            Acquisition acquisition = new Acquisition(new LineDecoder(columns, !format.integral(), true),
                    Objects.requireNonNull(listener, "listener"));
            reader = new Thread(acquisition::run, "serial-ascii " + address);
            reader.setDaemon(true);
            reader.start();
        }
    }

    @Override
    public void stop() {
        Thread t;
        synchronized (lifecycle) {
            t = reader;
            reader = null;
        }
        if (t == null) {
            return;
        }
        stopRequested = true;
        if (t == Thread.currentThread()) {
            return;   // called from the listener: the loop ends after this call returns
        }
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void close() {
        stop();
        synchronized (lifecycle) {
            if (!closed) {
                closed = true;
                port.closePort();
            }
        }
    }

    /** One acquisition: the reading loop and the blocks it assembles. Runs on the acquisition thread only. */
    private final class Acquisition implements LineDecoder.Sink {
        private final LineDecoder decoder;
        private final SensorListener listener;
        private final List<int[]> ints = new ArrayList<>();
        private final List<double[]> doubles = new ArrayList<>();
        private long nextIndex;
        private long readNanos;

        Acquisition(LineDecoder decoder, SensorListener listener) {
            this.decoder = decoder;
            this.listener = listener;
        }

        void run() {
            byte[] buffer = new byte[4096];
            String reason = "stopped";
            try {
                while (!stopRequested) {
                    int n = port.readBytes(buffer, buffer.length);
                    readNanos = clock.nanoTime();
                    if (n < 0) {
                        emit(new SensorEvent.PortVanished(readNanos, address, nextIndex));
                        emit(new SensorEvent.Error(readNanos, "serial port " + address + " failed or vanished (error "
                                + port.getLastErrorCode() + "); this sensor does not reconnect", null, true));
                        reason = "port vanished";
                        break;
                    }
                    if (n > 0) {
                        decoder.feed(buffer, 0, n, this);
                        flush();
                    }
                }
            } finally {
                emit(new SensorEvent.Stopped(clock.nanoTime(), nextIndex, reason));
                running = false;
            }
        }

        @Override
        public void integers(int[] values) {
            ints.add(values);
        }

        @Override
        public void decimals(double[] values) {
            doubles.add(values);
        }

        @Override
        public void malformed(String line, String problem) {
            flush();
            emit(new SensorEvent.Gap(readNanos, nextIndex, 1, "unreadable line '" + line + "': " + problem));
            nextIndex++;
        }

        /** Delivers the samples decoded so far as one block. */
        private void flush() {
            int frames = ints.size() + doubles.size();
            if (frames == 0) {
                return;
            }
            SampleBlock block;
            if (!ints.isEmpty()) {
                int[][] samples = new int[ints.get(0).length][frames];
                for (int f = 0; f < frames; f++) {
                    int[] v = ints.get(f);
                    for (int c = 0; c < v.length; c++) {
                        samples[c][f] = v[c];
                    }
                }
                block = SampleBlock.ofInts(nextIndex, -1, readNanos, samples);
            } else {
                double[][] samples = new double[doubles.get(0).length][frames];
                for (int f = 0; f < frames; f++) {
                    double[] v = doubles.get(f);
                    for (int c = 0; c < v.length; c++) {
                        samples[c][f] = v[c];
                    }
                }
                block = SampleBlock.ofDoubles(nextIndex, -1, readNanos, samples);
            }
            ints.clear();
            doubles.clear();
            nextIndex += frames;
            try {
                listener.onBlock(block);
            } catch (RuntimeException e) {
                emit(new SensorEvent.Error(readNanos, "the listener of " + address + " failed on a block: " + e, e,
                        false));
            }
        }

        private void emit(SensorEvent event) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                if (!(event instanceof SensorEvent.Error)) {
                    emit(new SensorEvent.Error(clock.nanoTime(), "the listener of " + address + " failed on "
                            + event.getClass().getSimpleName() + ": " + e, e, false));
                }
            }
        }
    }
}
