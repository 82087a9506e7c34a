package org.vagus.devices.bitalino;

import java.io.IOException;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;

/**
 * A serial port through jSerialComm, set up as the BITalino needs: 115200 baud, 8 data bits, no parity, 1 stop bit,
 * no flow control; reads return what has arrived (semi-blocking with a timeout). Opens USB serial ports
 * ({@code /dev/ttyUSB0}, {@code COM3}), Bluetooth serial ports ({@code /dev/rfcomm0}, {@code COM5},
 * {@code /dev/tty.BITalino-XX-XX-DevB}) and pseudo-terminals by path.
 *
 * @since 0.1.0
 */
public final class JSerialCommLink implements SerialLink {
    /** The BITalino's baud rate. */
    public static final int BAUD = 115200;

    private final String address;
    private final SerialPort port;
    private final Object writeLock = new Object();
    private volatile boolean closed;

    private JSerialCommLink(String address, SerialPort port) {
        this.address = address;
        this.port = port;
    }

    /**
     * Opens a serial port.
     *
     * @param address the port's path or name, such as {@code /dev/rfcomm0} or {@code COM5}
     * @param readTimeoutMillis how long {@link #read} waits for the first byte
     * @throws IOException if the port does not exist or cannot be opened (in use, no permission)
     */
    public static JSerialCommLink open(String address, int readTimeoutMillis) throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(address);
        } catch (SerialPortInvalidPortException e) {
            throw new IOException("serial port " + address + " does not exist", e);
        }
        port.setComPortParameters(BAUD, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                readTimeoutMillis, 2000);
        if (!port.openPort()) {
            throw new IOException("cannot open serial port " + address + " (" + port.getSystemPortPath()
                    + "): in use by another program, no permission (on Linux join the 'dialout' group), or gone"
                    + " (error " + port.getLastErrorCode() + " at " + port.getLastErrorLocation() + ")");
        }
        return new JSerialCommLink(address, port);
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("serial port " + address + " is closed");
        }
        int n = port.readBytes(buffer, length, offset);
        if (n < 0) {
            throw new IOException("serial port " + address + " failed or vanished (read error " + port.getLastErrorCode()
                    + " at " + port.getLastErrorLocation() + ")");
        }
        return n;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        synchronized (writeLock) {
            if (closed) {
                throw new IOException("serial port " + address + " is closed");
            }
            int n = port.writeBytes(bytes, bytes.length);
            if (n != bytes.length) {
                throw new IOException("serial port " + address + ": wrote " + Math.max(n, 0) + " of " + bytes.length
                        + " bytes; the port failed or vanished (error " + port.getLastErrorCode() + ")");
            }
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            port.closePort();
        }
    }

    @Override
    public String toString() {
        return "JSerialCommLink[" + address + "]";
    }
}
