package org.vagus.devices.bitalino.tests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.WritableByteChannel;

import org.vagus.devices.bitalino.SerialLink;

/**
 * A serial link made of two in-memory pipes, for driver tests that need no pseudo-terminal: the host side is the
 * {@link SerialLink}, the device side ({@link #deviceIn()}, {@link #deviceOut()}) goes to an emulator.
 * {@link #vanish()} closes the device side, as a port that disappears.
 */
final class PipeLink implements SerialLink {
    private final String address;
    private final Pipe toDevice;
    private final Pipe toHost;
    private final Selector selector;
    private final int timeoutMillis;

    PipeLink(String address, int timeoutMillis) throws IOException {
        this.address = address;
        this.timeoutMillis = timeoutMillis;
        toDevice = Pipe.open();
        toHost = Pipe.open();
        toHost.source().configureBlocking(false);
        selector = Selector.open();
        toHost.source().register(selector, SelectionKey.OP_READ);
    }

    ReadableByteChannel deviceIn() {
        return toDevice.source();
    }

    WritableByteChannel deviceOut() {
        return toHost.sink();
    }

    /** Closes the device's side: the host's reads fail. */
    void vanish() throws IOException {
        toHost.sink().close();
        toDevice.source().close();
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (!selector.isOpen()) {
            throw new IOException(address + " is closed");
        }
        selector.select(timeoutMillis);
        selector.selectedKeys().clear();
        int n = toHost.source().read(ByteBuffer.wrap(buffer, offset, length));
        if (n < 0) {
            throw new IOException(address + " vanished");
        }
        return n;
    }

    @Override
    public synchronized void write(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            toDevice.sink().write(b);
        }
    }

    @Override
    public void close() {
        try {
            selector.close();
            toHost.source().close();
            toDevice.sink().close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
