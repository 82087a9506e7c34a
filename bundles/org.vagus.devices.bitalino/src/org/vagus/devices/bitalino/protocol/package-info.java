/**
 * The BITalino serial protocol as plain Java, without I/O: command bytes ({@link
 * org.vagus.devices.bitalino.protocol.Commands}), frame layout and codec ({@link
 * org.vagus.devices.bitalino.protocol.FrameLayout}, {@link org.vagus.devices.bitalino.protocol.FrameCodec}), the
 * CRC4 ({@link org.vagus.devices.bitalino.protocol.Crc4}), the streaming decoder with resynchronisation ({@link
 * org.vagus.devices.bitalino.protocol.FrameDecoder}), sequence counting with lost-frame estimates ({@link
 * org.vagus.devices.bitalino.protocol.SequenceCounter}), and the version and state answers. The facts come from
 * {@code ../shared/PROTOCOL-BITALINO.md}; used by the driver, the emulator and the tests.
 *
 * @since 0.1.0
 */
package org.vagus.devices.bitalino.protocol;
