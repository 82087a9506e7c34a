package org.vagus.devices.bitalino;

import java.io.IOException;

/**
 * A byte pipe to a device: what the driver needs from a serial port, so that the protocol logic can be tested over
 * other pipes too. {@link JSerialCommLink} is the real one.
 * <p>
 * One thread reads while others write; implementations make that safe.
 *
 * @since 0.1.0
 */
public interface SerialLink extends AutoCloseable {

    /** Opens links by address; {@link JSerialCommLink#open(String, int)} for serial ports. */
    @FunctionalInterface
    interface Opener {
        /**
         * @throws IOException if the port does not exist or cannot be opened; the message names it
         */
        SerialLink open(String address) throws IOException;
    }

    /** The address it was opened with. */
    String address();

    /**
     * Reads what has arrived, waiting up to the link's read timeout for the first byte.
     *
     * @return the number of bytes read, 0 if none arrived in time
     * @throws IOException if the port failed or vanished (a cable pulled, a Bluetooth link lost)
     */
    int read(byte[] buffer, int offset, int length) throws IOException;

    /**
     * Writes all bytes.
     *
     * @throws IOException if they could not all be written
     */
    void write(byte[] bytes) throws IOException;

    /** Releases the port; idempotent, never throws. */
    @Override
    void close();
}
