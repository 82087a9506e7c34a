package org.vagus.devices.bitalino.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vagus.devices.bitalino.protocol.Commands;
import org.vagus.devices.bitalino.protocol.DeviceState;
import org.vagus.devices.bitalino.protocol.Dialect;
import org.vagus.devices.bitalino.protocol.FirmwareVersion;

/** Command bytes, version strings and the state response. */
class CommandsTest {

    @Test
    void samplingRates() {
        assertEquals((byte) 0x03, Commands.samplingRate(1));
        assertEquals((byte) 0x43, Commands.samplingRate(10));
        assertEquals((byte) 0x83, Commands.samplingRate(100));
        assertEquals((byte) 0xC3, Commands.samplingRate(1000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Commands.samplingRate(500));
        assertTrue(e.getMessage().contains("1, 10, 100 or 1000"), e.getMessage());
    }

    @Test
    void startAndStop() {
        assertEquals((byte) 0x09, Commands.startLive(0b000010)); // ECG on A2 alone
        assertEquals((byte) 0xFD, Commands.startLive(0x3F));
        assertEquals((byte) 0x05, Commands.startLive(1));
        assertEquals((byte) 0x0A, Commands.startSimulated(0b000010));
        assertEquals((byte) 0xFE, Commands.startSimulated(0x3F));
        assertThrows(IllegalArgumentException.class, () -> Commands.startLive(0));
        assertThrows(IllegalArgumentException.class, () -> Commands.startLive(0x40));
        assertEquals((byte) 0x00, Commands.STOP);
        assertEquals((byte) 0xFF, Commands.STOP_REVOLUTION);
        assertEquals((byte) 0x07, Commands.VERSION);
        assertEquals((byte) 0x0B, Commands.STATE);
    }

    @Test
    void batteryThreshold() {
        assertEquals((byte) 0x00, Commands.batteryThreshold(0));
        assertEquals((byte) 0x28, Commands.batteryThreshold(10));
        assertEquals((byte) 0xFC, Commands.batteryThreshold(63));
        assertThrows(IllegalArgumentException.class, () -> Commands.batteryThreshold(64));
    }

    @Test
    void digitalOutputs() {
        assertEquals((byte) 0xB3, Commands.revolutionOutputs(false, false));
        assertEquals((byte) 0xB7, Commands.revolutionOutputs(true, false));
        assertEquals((byte) 0xBB, Commands.revolutionOutputs(false, true));
        assertEquals((byte) 0xBF, Commands.revolutionOutputs(true, true));
        assertEquals((byte) 0xBB, Commands.outputs(Dialect.REVOLUTION, 0b10));
        assertEquals((byte) 0x03, Commands.legacyOutputs(0));
        assertEquals((byte) 0x07, Commands.legacyOutputs(0b0001));
        assertEquals((byte) 0x3F, Commands.legacyOutputs(0b1111));
        assertEquals((byte) 0x23, Commands.outputs(Dialect.LEGACY, 0b1000));
        assertThrows(IllegalArgumentException.class, () -> Commands.outputs(Dialect.REVOLUTION, 0b100));
        assertThrows(IllegalArgumentException.class, () -> Commands.legacyOutputs(16));
        assertArrayEquals(new byte[] { (byte) 0xA3, (byte) 0x80 }, Commands.pwm(128));
        assertThrows(IllegalArgumentException.class, () -> Commands.pwm(256));
    }

    @Test
    void versionDecidesTheDialect() {
        FirmwareVersion rev = FirmwareVersion.parse("BITalino_v5.2\n");
        assertEquals(5, rev.major());
        assertEquals(2, rev.minor());
        assertEquals(Dialect.REVOLUTION, rev.dialect());
        assertEquals(17, rev.stateLength());
        assertEquals(16, FirmwareVersion.parse("BITalino_v5.1").stateLength());
        assertEquals(Dialect.LEGACY, FirmwareVersion.parse("BITalino_v4.0\n").dialect());
        assertEquals(Dialect.LEGACY, FirmwareVersion.parse("BITalino_v4.1").dialect());
        assertEquals(Dialect.REVOLUTION, FirmwareVersion.parse("BITalino_v4.2").dialect());
        assertEquals(Dialect.REVOLUTION, FirmwareVersion.parse("BITalino_v10").dialect());
        FirmwareVersion noisy = FirmwareVersion.parse("\u0000\u00ffBITalino_v5.2_beta\r\n");
        assertEquals("5.2", noisy.number());
        assertEquals("BITalino_v5.2_beta", noisy.text());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FirmwareVersion.parse("hello\u0001"));
        assertTrue(e.getMessage().contains("hello\\x01"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FirmwareVersion.parse("BITalino_vX"));
    }

    @Test
    void stateRoundTripAndCrc() {
        DeviceState s = new DeviceState(new int[] { 1, 1023, 512, 0, 77, 300 }, 850, 12, 128, 0b1010);
        byte[] bytes = s.encode();
        assertEquals(17, bytes.length);
        assertEquals(s, DeviceState.parse(bytes, 0, 17));
        assertEquals(1023, (bytes[2] & 0xFF) | (bytes[3] & 0xFF) << 8); // A2 little-endian
        assertTrue(s.digitalBit(0) && !s.digitalBit(1) && s.digitalBit(2) && !s.digitalBit(3));
        DeviceState old = new DeviceState(new int[] { 1, 2, 3, 4, 5, 6 }, 700, 0, -1, 0);
        byte[] sixteen = old.encode();
        assertEquals(16, sixteen.length);
        assertEquals(old, DeviceState.parse(sixteen, 0, 16));
        bytes[5] ^= 1;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeviceState.parse(bytes, 0, 17));
        assertTrue(e.getMessage().contains("CRC"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DeviceState.parse(bytes, 0, 15));
    }
}
