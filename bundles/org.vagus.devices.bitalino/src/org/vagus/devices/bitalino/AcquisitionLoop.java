package org.vagus.devices.bitalino;

import java.io.IOException;
import java.util.function.Consumer;

import org.vagus.core.time.Clock;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.bitalino.protocol.Commands;
import org.vagus.devices.bitalino.protocol.Dialect;
import org.vagus.devices.bitalino.protocol.FrameDecoder;
import org.vagus.devices.bitalino.protocol.SequenceCounter;

/**
 * The reader thread of one acquisition: reads the port, decodes frames into blocks, notices stalls, and when the
 * port vanishes reports it, reconnects (same address, handshake, rate, start, outputs restored) and reports the
 * frames missed meanwhile as a gap estimated from host time.
 * <p>
 * Ends when {@link #requestStop()} is called (after reading what the device sent before it stopped), when the port
 * does not come back within {@link BitalinoSettings#reconnectFor()}, or on an internal error; always with
 * {@link SensorEvent.Stopped} as the last call to the listener.
 */
final class AcquisitionLoop implements Runnable {
    private static final System.Logger LOG = System.getLogger(AcquisitionLoop.class.getName());
    /** After a stop request, read until the port is quiet or this long has passed. */
    private static final long STOP_DRAIN_NANOS = 1_000_000_000L;
    /** ... but at least this long, so that frames in flight when the stop byte left are read. */
    private static final long STOP_QUIET_NANOS = 50_000_000L;

    private final String address;
    private final SerialLink.Opener opener;
    private final BitalinoSettings settings;
    private final ChannelSelection selection;
    private final Clock clock;
    private final Emitter out;
    private final AcquisitionStatistics.Counters stats;
    private final Consumer<BitalinoConnection> onReconnect;
    private final java.util.function.IntSupplier outputs;
    private final FrameDecoder decoder;
    private final SequenceCounter counter;
    private final BlockAssembler assembler;
    private final long stallNanos;
    private final double periodNanos;

    private volatile BitalinoConnection connection;
    private volatile boolean stopRequested;
    private volatile long stopRequestedAt;

    AcquisitionLoop(BitalinoConnection connection, SerialLink.Opener opener, BitalinoSettings settings,
            ChannelSelection selection, Clock clock, Emitter out, AcquisitionStatistics.Counters stats,
            Consumer<BitalinoConnection> onReconnect, java.util.function.IntSupplier outputs, long startNanos) {
        this.connection = connection;
        this.address = connection.link().address();
        this.opener = opener;
        this.settings = settings;
        this.selection = selection;
        this.clock = clock;
        this.out = out;
        this.stats = stats;
        this.onReconnect = onReconnect;
        this.outputs = outputs;
        this.decoder = new FrameDecoder(selection.layout());
        this.periodNanos = 1e9 / selection.rate();
        this.counter = new SequenceCounter(selection.rate(), settings.maxLatency().toNanos());
        this.assembler = new BlockAssembler(selection, counter, decoder, out, stats, startNanos);
        this.stallNanos = Math.max(settings.stallTimeout().toNanos(), (long) (4 * periodNanos));
    }

    /**
     * Asks the device to stop and the loop to end once the device is quiet. The stop byte is 0xFF on (r)evolution
     * boards, which means nothing to an idle board (0x00 would set its battery threshold), 0x00 on legacy boards.
     *
     * @throws IOException if the stop byte could not be sent (the loop ends anyway)
     */
    void requestStop() throws IOException {
        stopRequestedAt = clock.nanoTime();
        stopRequested = true;
        BitalinoConnection c = connection;
        c.write(c.dialect() == Dialect.REVOLUTION ? Commands.STOP_REVOLUTION : Commands.STOP);
    }

    /** The connection now in use (it changes on reconnection). */
    BitalinoConnection connection() {
        return connection;
    }

    @Override
    public void run() {
        String reason = "stopped";
        byte[] buf = new byte[4096];
        boolean stalled = false;
        try {
            while (true) {
                int n;
                try {
                    n = connection.link().read(buf, 0, buf.length);
                } catch (IOException e) {
                    if (stopRequested) {
                        break;
                    }
                    reason = recover(e.getMessage());
                    if (reason != null) {
                        break;
                    }
                    reason = "stopped";
                    stalled = false;
                    continue;
                }
                long now = clock.nanoTime();
                if (n > 0) {
                    stats.bytesRead += n;
                    decoder.feed(buf, 0, n, now, assembler);
                    assembler.flush();
                    copyDecoderCounters();
                }
                if (stopRequested) {
                    long since = now - stopRequestedAt;
                    if ((n == 0 && since > STOP_QUIET_NANOS) || since > STOP_DRAIN_NANOS) {
                        break;
                    }
                    continue;
                }
                long silent = now - assembler.lastFrameNanos();
                if (silent <= stallNanos) {
                    stalled = false;
                    continue;
                }
                if (!stalled) {
                    stalled = true;
                    stats.stalls++;
                    out.event(new SensorEvent.Error(now, "BITalino " + address + ": no frames for " + silent / 1_000_000
                            + " ms; the stream stalled (" + (stats.bytesRead == 0 ? "nothing received yet"
                                    : "the link is congested or the device out of reach") + ")", null, false));
                }
                if (!settings.reconnectAfterStall().isZero() && silent > settings.reconnectAfterStall().toNanos()) {
                    reason = recover("no data for " + silent / 1_000_000 + " ms");
                    if (reason != null) {
                        break;
                    }
                    reason = "stopped";
                    stalled = false;
                }
            }
        } catch (RuntimeException e) {
            reason = "internal error: " + e;
            LOG.log(System.Logger.Level.ERROR, "BITalino " + address + ": reader failed", e);
            out.event(new SensorEvent.Error(clock.nanoTime(), "BITalino " + address + ": the driver failed: " + e, e,
                    true));
        } finally {
            decoder.flush(assembler);
            assembler.finish();
            copyDecoderCounters();
            out.event(new SensorEvent.Stopped(clock.nanoTime(), assembler.nextIndex(), reason));
        }
    }

    /**
     * Reports the vanished port and tries to reconnect until it works, the time is up or a stop is requested.
     *
     * @return null if acquisition goes on (reconnected, or a stop was requested), else the reason it ended
     */
    private String recover(String why) {
        long vanishedAt = clock.nanoTime();
        stats.vanished++;
        connection.close();
        decoder.flush(assembler);
        assembler.finish();
        copyDecoderCounters();
        out.event(new SensorEvent.PortVanished(vanishedAt, address, assembler.nextIndex()));
        if (settings.reconnectFor().isZero()) {
            out.event(new SensorEvent.Error(clock.nanoTime(), "BITalino " + address + " vanished (" + why
                    + "); reconnection is switched off", null, true));
            return "port vanished";
        }
        String lastFailure = why;
        long realStart = System.nanoTime();
        while (!stopRequested) {
            if (System.nanoTime() - realStart > settings.reconnectFor().toNanos()) {
                out.event(new SensorEvent.Error(clock.nanoTime(), "BITalino " + address + " vanished (" + why
                        + ") and did not come back within " + settings.reconnectFor().toSeconds() + " s; last attempt: "
                        + lastFailure, null, true));
                return "port vanished, reconnection failed";
            }
            if (!pause(settings.reconnectInterval().toNanos())) {
                break;
            }
            try {
                BitalinoConnection c = BitalinoConnection.connect(opener, address, settings);
                try {
                    if (c.dialect() == Dialect.REVOLUTION) {
                        c.write(Commands.outputs(Dialect.REVOLUTION, outputs.getAsInt()));
                    }
                    c.command(Commands.samplingRate(selection.rate()));
                    long startAt = clock.nanoTime();
                    c.command(selection.simulated() ? Commands.startSimulated(selection.layout().mask())
                            : Commands.startLive(selection.layout().mask()));
                    if (c.dialect() == Dialect.LEGACY && outputs.getAsInt() != 0) {
                        c.write(Commands.legacyOutputs(outputs.getAsInt()));
                    }
                    long missed = Math.max(0, Math.round((startAt - assembler.lastArrival()) / periodNanos));
                    decoder.reset();
                    counter.restart(assembler.nextIndex() + missed);
                    connection = c;
                    onReconnect.accept(c);
                } catch (IOException | RuntimeException e) {
                    c.close();
                    throw e;
                }
                long now = clock.nanoTime();
                stats.reconnects++;
                assembler.afterReconnect("port vanished: frames missed while it was away, estimated from host time"
                        + " (the device restarts its sequence count)", now);
                out.event(new SensorEvent.Reconnected(now, address, now - vanishedAt));
                return null;
            } catch (IOException e) {
                lastFailure = e.getMessage();
            }
        }
        return null;
    }

    /** Sleeps up to {@code nanos} of real time; false if a stop was requested meanwhile. */
    private boolean pause(long nanos) {
        long end = System.nanoTime() + nanos;
        while (!stopRequested) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            try {
                Thread.sleep(Math.min(left / 1_000_000 + 1, 20));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private void copyDecoderCounters() {
        stats.crcErrors = decoder.crcErrors();
        stats.bytesSkipped = decoder.bytesSkipped();
        stats.resyncs = decoder.resyncs();
    }
}
