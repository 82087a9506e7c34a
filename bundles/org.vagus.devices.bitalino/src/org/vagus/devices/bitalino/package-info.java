/**
 * The BITalino driver: {@link org.vagus.devices.bitalino.BitalinoSensorProvider} (contributed to the extension
 * point {@code org.vagus.devices.sensors} as {@code bitalino}) opens a board on a serial port through jSerialComm
 * and gives a {@link org.vagus.devices.bitalino.BitalinoSensor}, which implements the Vagus sensor API and the
 * digital outputs. (r)evolution and legacy firmware, 1/10/100/1000 Hz, any channel mask A1..A6; frames are checked
 * and counted by {@link org.vagus.devices.bitalino.protocol.FrameDecoder} and
 * {@link org.vagus.devices.bitalino.protocol.SequenceCounter}; a vanished port is reported and reconnected.
 * {@link org.vagus.devices.bitalino.AcquisitionBenchmark} measures the driver against the firmware emulator.
 *
 * @since 0.1.0
 */
package org.vagus.devices.bitalino;
